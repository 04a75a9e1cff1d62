import { Card, Stack, Text } from "@mantine/core";
import { Suspense } from "react";
import type { Me } from "../../api/session";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { usePathways } from "../pathways/pathways-api";
import { TRAINEE_SPACE_SECTIONS } from "./trainee-space-sections";

/** The trainee's space, their home page, made for a phone: short sentences, large text. */
export function TraineeSpace({ user }: { user: Me }) {
  const pathways = usePathways({ state: null, q: "", siteId: null }, 1);
  const pathway = pathways.data?.items[0];
  return (
    <>
      <PageTitle>Mon parcours</PageTitle>
      <Text size="lg" mb="md">
        Bonjour {user.displayName}, bienvenue dans votre espace.
      </Text>
      <ErrorAlert error={pathways.error} />
      {pathways.isPending && <PageLoader />}
      {pathways.data && !pathway && (
        <Card withBorder padding="lg">
          <Text size="lg">
            Votre parcours apparaîtra ici dès votre entrée : votre semaine, vos heures, vos stages en
            entreprise et ce qui est fait pour vous aider.
          </Text>
        </Card>
      )}
      {pathway && (
        <Stack gap="lg">
          {TRAINEE_SPACE_SECTIONS.map((section) => (
            <Suspense key={section.slug} fallback={<PageLoader />}>
              <section.panel pathway={pathway} />
            </Suspense>
          ))}
        </Stack>
      )}
    </>
  );
}
