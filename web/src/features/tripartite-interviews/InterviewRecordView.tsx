import { List, Stack, Text, Title } from "@mantine/core";
import { describeNextStep } from "../../../../src/domains/outcomes/next-step";
import { formatDate } from "../../ui/dates";
import { ownerLabel } from "./interview-words";
import type { TripartiteInterview } from "./interviews-api";

/** What was agreed at the interview: the next step, the actions and who carries them out, the notes. */
export function InterviewRecordView({ interview }: { interview: TripartiteInterview }) {
  if (!interview.nextStep) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Suite de parcours convenue
      </Title>
      <Text>{describeNextStep({ ...interview.nextStep, plan: null }, formatDate)}</Text>
      {interview.nextStep.plan && <Text style={{ whiteSpace: "pre-wrap" }}>{interview.nextStep.plan}</Text>}
      <Title order={3} size="h4">
        Actions
      </Title>
      {interview.actions.length === 0 ? (
        <Text>Aucune action notée.</Text>
      ) : (
        <List spacing="xs">
          {interview.actions.map((action, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a recorded interview\'s actions never move
            <List.Item key={`${index}-${action.description}`}>
              {action.description} — {ownerLabel(action.owner)}
              {action.dueDate ? `, pour le ${formatDate(action.dueDate)}` : ""}
            </List.Item>
          ))}
        </List>
      )}
      {interview.notes && (
        <>
          <Title order={3} size="h4">
            Notes
          </Title>
          <Text style={{ whiteSpace: "pre-wrap" }}>{interview.notes}</Text>
        </>
      )}
      {interview.recordedBy && (
        <Text size="sm" c="dimmed">
          Noté par {interview.recordedBy}.
        </Text>
      )}
    </Stack>
  );
}
