import { Anchor, Card, Stack, Text, Title } from "@mantine/core";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import type { PathwaySummary } from "../pathways/pathways-api";
import { hoursText } from "./internship-words";
import { agreementPdfUrl, type InternshipItem, useInternships } from "./internships-api";

function agreementState(internship: InternshipItem): string {
  if (internship.status === "signed" || internship.status === "completed")
    return "Votre convention est signée.";
  if (internship.status === "awaiting_signatures") {
    const missing = internship.signatures.filter((signature) => !signature.signedAt).length;
    return `Votre convention attend encore ${missing} signature${missing > 1 ? "s" : ""}. Le stage ne peut pas commencer avant.`;
  }
  return "Votre convention est en préparation.";
}

/** « Mes stages »: where, when, how many hours, and whether the agreement is signed. */
export default function MyInternshipsSection({ pathway }: { pathway: PathwaySummary }) {
  const internships = useInternships(pathway.id);
  const items = (internships.data?.items ?? []).filter((internship) => internship.status !== "cancelled");
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-internships">
      <Title order={2} size="h3" mb="xs" id="my-internships">
        Mes stages
      </Title>
      <ErrorAlert error={internships.error} />
      {internships.data && items.length === 0 && <Text size="lg">Pas encore de stage prévu.</Text>}
      <Stack gap="md">
        {items.map((internship) => (
          <div key={internship.id}>
            <Text size="lg" fw={600}>
              {internship.hostCompany.name}, {internship.hostCompany.city}
            </Text>
            <Text size="lg">
              Du {formatDate(internship.startDate)} au {formatDate(internship.endDate)},{" "}
              {hoursText(internship.hours)} en tout.
            </Text>
            <Text size="lg">Métier : {internship.romeLabel}.</Text>
            <Text size="lg">{agreementState(internship)}</Text>
            <Anchor href={agreementPdfUrl(internship.id)} target="_blank" size="lg">
              Lire ma convention de stage
            </Anchor>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
