import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { PageTitle } from "../ui/PageTitle";

/** A signed-in user opened a page that their role may not see. */
export function AccessDenied() {
  return (
    <>
      <PageTitle>Accès refusé</PageTitle>
      <Text mb="md">Votre rôle ne vous permet pas d'ouvrir cette page.</Text>
      <Anchor component={Link} to="/">
        Revenir à l'accueil
      </Anchor>
    </>
  );
}
