import { Card, Text, Title } from "@mantine/core";
import { formatDate } from "../../ui/dates";
import type { PathwaySummary } from "../pathways/pathways-api";

/** Where and since when, in a sentence or two. */
export default function MyPathwaySection({ pathway }: { pathway: PathwaySummary }) {
  return (
    <Card withBorder padding="lg">
      <Title order={2} size="h3" mb="xs">
        Mon parcours
      </Title>
      <Text size="lg">
        Vous êtes au site {pathway.site.name} depuis le {formatDate(pathway.entryDate)}.
      </Text>
      {pathway.plannedEndDate && (
        <Text size="lg">Votre parcours doit se terminer le {formatDate(pathway.plannedEndDate)}.</Text>
      )}
      {pathway.referent && (
        <Text size="lg" mt="xs">
          Votre référent·e : {pathway.referent.displayName}
          {pathway.prescriberOrganisation ? ` (${pathway.prescriberOrganisation.name})` : ""}.
        </Text>
      )}
    </Card>
  );
}
