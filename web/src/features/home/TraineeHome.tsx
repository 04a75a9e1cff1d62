import { Card, Text } from "@mantine/core";
import type { Me } from "../../api/session";
import { PageTitle } from "../../ui/PageTitle";

/** The trainee's space, made for a phone: short sentences, large text. */
export function TraineeHome({ user }: { user: Me }) {
  return (
    <>
      <PageTitle>Mon parcours</PageTitle>
      <Text size="xl" fw={700} mb="sm">
        Votre espace stagiaire
      </Text>
      <Text size="lg" mb="md">
        Bonjour {user.displayName}, bienvenue dans Amorce.
      </Text>
      <Card withBorder padding="lg">
        <Text size="lg">
          Votre parcours apparaîtra ici : votre planning, vos stages en entreprise et la suite de votre
          parcours.
        </Text>
      </Card>
    </>
  );
}
