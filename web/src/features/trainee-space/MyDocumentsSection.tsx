import { Anchor, Card, List, Text, Title } from "@mantine/core";
import { parisToday } from "../../ui/dates";
import { monthLabel } from "../collective-sessions/attendance-labels";
import { statementUrl } from "../collective-sessions/sessions-api";
import { certificateUrl } from "../exits/exits-api";
import { agreementPdfUrl, useInternships } from "../internships/internships-api";
import type { PathwaySummary } from "../pathways/pathways-api";

/** The month before `month` (`YYYY-MM`). */
function previousMonth(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, "0")}`;
}

/** « de novembre 2026 », « d'avril 2026 ». */
const ofMonth = (month: string) => {
  const label = monthLabel(month);
  return /^[aeiou]/.test(label) ? `d'${label}` : `de ${label}`;
};

/** Agreements sent for signature are the trainee's documents; a draft is not yet. */
const WITH_AGREEMENT = new Set(["awaiting_signatures", "signed", "completed"]);

/**
 * « Mes documents »: the end-of-training certificate once the pathway is over, this month's and last
 * month's attendance statements, and the internship agreements.
 */
export default function MyDocumentsSection({ pathway }: { pathway: PathwaySummary }) {
  const internships = useInternships(pathway.id);
  const thisMonth = parisToday().slice(0, 7);
  const months = [thisMonth, previousMonth(thisMonth)].filter(
    (month) => month >= pathway.entryDate.slice(0, 7),
  );
  const agreements = (internships.data?.items ?? []).filter((internship) =>
    WITH_AGREEMENT.has(internship.status),
  );
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-documents">
      <Title order={2} size="h3" mb="xs" id="my-documents">
        Mes documents
      </Title>
      <Text size="lg" mb="xs">
        Vos papiers à télécharger :
      </Text>
      <List spacing="sm" size="lg">
        {pathway.exitDate && (
          <List.Item>
            <Anchor href={certificateUrl(pathway.id)} download size="lg">
              Attestation de fin de formation (PDF)
            </Anchor>
          </List.Item>
        )}
        {months.map((month) => (
          <List.Item key={month}>
            <Anchor href={statementUrl(pathway.id, month, "pdf")} download size="lg">
              Relevé d'heures {ofMonth(month)} (PDF)
            </Anchor>
          </List.Item>
        ))}
        {agreements.map((internship) => (
          <List.Item key={internship.id}>
            <Anchor href={agreementPdfUrl(internship.id)} download size="lg">
              Convention de stage — {internship.hostCompany.name} (PDF)
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
