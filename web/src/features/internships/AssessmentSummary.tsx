import { List, Text } from "@mantine/core";
import {
  ASSESSMENT_CRITERIA,
  ASSESSMENT_CRITERION_LABELS,
  ASSESSMENT_LEVEL_LABELS,
  type AssessmentLevel,
  type InternshipItem,
} from "../../../../src/domains/internships/internships.schemas";
import { formatDateTime } from "../../ui/dates";
import { hoursText } from "./internship-words";

/** The tutor's assessment: sent and awaited, or what they answered. */
export function AssessmentSummary({ assessment }: { assessment: NonNullable<InternshipItem["assessment"]> }) {
  if (!assessment.submittedAt) {
    return (
      <Text size="sm">
        Avis du tuteur demandé le {formatDateTime(assessment.sentAt)}, en attente (lien valable jusqu'au{" "}
        {formatDateTime(assessment.expiresAt)}).
      </Text>
    );
  }
  return (
    <div>
      <Text fw={600}>Avis du tuteur ou de la tutrice ({formatDateTime(assessment.submittedAt)})</Text>
      <List size="sm" spacing={2}>
        {ASSESSMENT_CRITERIA.map((criterion) => (
          <List.Item key={criterion}>
            {ASSESSMENT_CRITERION_LABELS[criterion]} :{" "}
            {ASSESSMENT_LEVEL_LABELS[assessment.answers?.[criterion] as AssessmentLevel] ?? "—"}
          </List.Item>
        ))}
        {assessment.hoursDone !== null && (
          <List.Item>Heures faites : {hoursText(assessment.hoursDone)}</List.Item>
        )}
        <List.Item>Proposition d'emploi : {assessment.ledToJobOffer ? "oui" : "non"}</List.Item>
        {assessment.comment && <List.Item>Commentaire : {assessment.comment}</List.Item>}
      </List>
    </div>
  );
}
