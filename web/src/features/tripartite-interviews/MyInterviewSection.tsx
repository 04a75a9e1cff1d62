import { Card, List, Stack, Text, Title } from "@mantine/core";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import type { PathwaySummary } from "../pathways/pathways-api";
import { formatMeeting, plainNextStepText } from "./interview-words";
import { type TripartiteInterview, useInterview } from "./interviews-api";

function Meeting({ interview }: { interview: TripartiteInterview }) {
  if (interview.state === "held") {
    return <Text size="lg">Le rendez-vous a eu lieu le {formatDate(interview.heldOn)}.</Text>;
  }
  if (interview.state === "scheduled" && interview.scheduledAt) {
    return (
      <>
        <Text size="lg">
          <strong>Quand :</strong> {formatMeeting(interview.scheduledAt)}
        </Text>
        <Text size="lg">
          <strong>Où :</strong> {interview.place}
        </Text>
        <Text size="lg">Vous, votre conseiller ou conseillère et l'équipe de formation serez là.</Text>
      </>
    );
  }
  return (
    <Text size="lg">
      Avant la fin de votre parcours, un rendez-vous à trois est prévu : vous, votre conseiller ou conseillère
      et l'équipe de formation. La date n'est pas encore fixée.
    </Text>
  );
}

/**
 * « Mon entretien de fin de parcours »: when and where, what was agreed and what I have to do, in plain
 * words. Shown once the interview is proposed (or scheduled, or held).
 */
export default function MyInterviewSection({ pathway }: { pathway: PathwaySummary }) {
  const interview = useInterview(pathway.id);
  const data = interview.data;
  if (interview.error) return <ErrorAlert error={interview.error} />;
  if (!data?.proposed || data.state === "not_held") return null;
  const mine = data.actions.filter((action) => action.owner === "trainee");
  const others = data.actions.filter((action) => action.owner !== "trainee");
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-interview">
      <Title order={2} size="h3" mb="xs" id="my-interview">
        Mon entretien de fin de parcours
      </Title>
      <Stack gap="sm">
        <Meeting interview={data} />
        {data.nextStep && (
          <>
            <Title order={3} size="h4">
              Ce que nous avons décidé
            </Title>
            <Text size="lg">{plainNextStepText(data.nextStep)}</Text>
            {data.nextStep.plan && (
              <Text size="lg" style={{ whiteSpace: "pre-wrap" }}>
                {data.nextStep.plan}
              </Text>
            )}
            <Title order={3} size="h4">
              Ce que je dois faire
            </Title>
            {mine.length === 0 ? (
              <Text size="lg">Rien de particulier pour l'instant.</Text>
            ) : (
              <List size="lg" spacing="xs">
                {mine.map((action, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a recorded interview\'s actions never move
                  <List.Item key={`${index}-${action.description}`}>
                    {action.description}
                    {action.dueDate ? `, avant le ${formatDate(action.dueDate)}` : ""}
                  </List.Item>
                ))}
              </List>
            )}
            {others.length > 0 && (
              <>
                <Title order={3} size="h4">
                  Ce que les autres font pour moi
                </Title>
                <List size="lg" spacing="xs">
                  {others.map((action, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a recorded interview\'s actions never move
                    <List.Item key={`${index}-${action.description}`}>
                      {action.description} (
                      {action.owner === "prescriber"
                        ? "mon conseiller ou ma conseillère"
                        : "l'équipe de formation"}
                      ){action.dueDate ? `, avant le ${formatDate(action.dueDate)}` : ""}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}
