import { Anchor, Text } from "@mantine/core";
import { Link } from "react-router";
import { PageTitle } from "../ui/PageTitle";

/** No page at this address. */
export function NotFound() {
  return (
    <>
      <PageTitle>Page introuvable</PageTitle>
      <Text mb="md">Cette adresse ne correspond à aucune page d'Amorce.</Text>
      <Anchor component={Link} to="/">
        Revenir à l'accueil
      </Anchor>
    </>
  );
}
