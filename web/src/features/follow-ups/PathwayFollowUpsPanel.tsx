import { Badge, Card, Group, List, Stack, Text, Title } from "@mantine/core";
import { BARRIER_THEME_LABELS } from "../../../../src/domains/barriers/barrier-catalogue";
import {
  ANSWER_CHANNEL_LABELS,
  SELF_ESTEEM_LABELS,
} from "../../../../src/domains/follow-ups/follow-ups.schemas";
import { SITUATION_LABELS } from "../../../../src/domains/outcomes/situation-vocabulary";
import { ApiError } from "../../api/client";
import { formatDate, formatDateTime } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import type { PathwayDetail } from "../pathways/pathways-api";
import { type FollowUpView, usePathwayFollowUps } from "./follow-ups-api";

const yesNo = (value: boolean | null) => (value === null ? "—" : value ? "Oui" : "Non");

function barrierLabel(theme: string): string {
  if (theme === "restricted") return "Une difficulté confidentielle";
  return (BARRIER_THEME_LABELS as Record<string, string>)[theme] ?? theme;
}

function status(followUp: FollowUpView): { label: string; color: string } {
  if (followUp.answeredAt) return { label: "Répondu", color: "green.9" };
  if (followUp.callListedAt) return { label: "À appeler", color: "orange.9" };
  if (followUp.sentAt) return { label: "Envoyé, sans réponse", color: "blue.9" };
  return { label: "À envoyer", color: "gray.8" };
}

function FollowUpCard({ followUp }: { followUp: FollowUpView }) {
  const state = status(followUp);
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={3} size="h4">
            Suivi à {followUp.months} mois
          </Title>
          <Badge variant="outline" color={state.color} c="dark.7">
            {state.label}
          </Badge>
        </Group>
        <Text size="sm">
          Dû le {formatDate(followUp.dueDate)}
          {followUp.sentAt ? ` · envoyé le ${formatDateTime(followUp.sentAt)}` : " · pas d'envoi par e-mail"}
          {followUp.reminderCount > 0 ? ` · ${followUp.reminderCount} relance(s)` : ""}
          {followUp.callListedAt ? ` · à appeler depuis le ${formatDate(followUp.callListedAt)}` : ""}
          {followUp.callAttempts > 0 ? ` · ${followUp.callAttempts} appel(s) sans réponse` : ""}
        </Text>
        {followUp.answeredAt && (
          <>
            <Text size="sm">
              Répondu le {formatDateTime(followUp.answeredAt)}
              {followUp.answerChannel ? ` ${ANSWER_CHANNEL_LABELS[followUp.answerChannel]}` : ""}
              {followUp.answeredBy ? ` (saisi par ${followUp.answeredBy})` : ""}
            </Text>
            <List size="sm" spacing={4}>
              <List.Item>
                Situation : {followUp.situation ? SITUATION_LABELS[followUp.situation] : "—"}
              </List.Item>
              <List.Item>
                Le parcours a aidé à trouver ou confirmer un projet : {yesNo(followUp.projectIdentified)}
              </List.Item>
              <List.Item>Situation améliorée : {yesNo(followUp.situationImproved)}</List.Item>
              <List.Item>
                Estime de soi :{" "}
                {followUp.selfEsteem ? SELF_ESTEEM_LABELS[followUp.selfEsteem as 1 | 2 | 3 | 4] : "—"}
              </List.Item>
              <List.Item>
                Freins encore présents :{" "}
                {followUp.barriersRemaining === null
                  ? "—"
                  : followUp.barriersRemaining.length === 0
                    ? "aucun"
                    : followUp.barriersRemaining.map(barrierLabel).join(", ")}
              </List.Item>
            </List>
          </>
        )}
      </Stack>
    </Card>
  );
}

/** The « Suivi » tab: the pathway's follow-ups after exit (due, sent, answered) and their answers. */
export default function PathwayFollowUpsPanel({ pathway }: { pathway: PathwayDetail }) {
  const followUps = usePathwayFollowUps(pathway.id);
  return (
    <Stack>
      <Title order={2} size="h3">
        Suivi après la sortie
      </Title>
      {followUps.error instanceof ApiError && followUps.error.status === 403 ? (
        <Text>Le suivi après la sortie est tenu par l'organisme de formation et votre conseiller·ère.</Text>
      ) : (
        <ErrorAlert error={followUps.error} />
      )}
      {followUps.isPending && <PageLoader />}
      {followUps.data?.items.length === 0 && (
        <Text>Aucun suivi pour l'instant : le questionnaire part 6 mois après la sortie du parcours.</Text>
      )}
      {followUps.data?.items.map((followUp) => (
        <FollowUpCard key={followUp.id} followUp={followUp} />
      ))}
    </Stack>
  );
}
