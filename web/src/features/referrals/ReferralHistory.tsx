import { Card, Stack, Text, Title, VisuallyHidden } from "@mantine/core";
import type { ReactNode } from "react";
import { REFERRAL_STATUS_LABELS } from "../../../../src/domains/referrals/referral-status";
import { formatDate, formatDateTime } from "../../ui/dates";
import { refusalReasonLabel } from "./ReferralFacts";
import type { ReferralDetail } from "./referrals-api";

type HistoryEvent = ReferralDetail["history"][number];

/** What happened, in words: the change of status, or the site chosen, or the referent named. */
function whatHappened(event: HistoryEvent): ReactNode {
  const to = REFERRAL_STATUS_LABELS[event.toStatus];
  switch (event.kind) {
    case "created":
      return "Demande envoyée";
    case "site_assigned":
      return <>Site choisi : {event.details?.site ?? "—"}</>;
    case "referent_named":
      return <>Suivi repris par la structure prescriptrice, qui nomme un·e référent·e</>;
    default:
      return event.fromStatus ? (
        <>
          {REFERRAL_STATUS_LABELS[event.fromStatus]} <span aria-hidden>→</span>
          <VisuallyHidden>, puis</VisuallyHidden> {to}
        </>
      ) : (
        to
      );
  }
}

/** The appointment, planned entry or entry an event recorded. */
function recordedDetails(details: HistoryEvent["details"]): string[] {
  if (!details) return [];
  const lines: string[] = [];
  if (details.appointmentAt) {
    lines.push(
      `Rendez-vous le ${formatDateTime(details.appointmentAt)}${details.appointmentPlace ? `, ${details.appointmentPlace}` : ""}`,
    );
  }
  if (details.plannedEntryDate) lines.push(`Entrée prévue le ${formatDate(details.plannedEntryDate)}`);
  if (details.entryDate) lines.push(`Entrée le ${formatDate(details.entryDate)}`);
  return lines;
}

/** Every step of the referral's life, oldest first, as an ordered list. */
export function ReferralHistory({ history }: { history: ReferralDetail["history"] }) {
  return (
    <Card withBorder component="section" aria-labelledby="historique">
      <Title order={2} size="h3" id="historique" mb="sm">
        Historique
      </Title>
      <Stack
        component="ol"
        gap="sm"
        m={0}
        pl="lg"
        aria-label="Historique de la demande, du plus ancien au plus récent"
      >
        {history.map((event) => (
          <li key={`${event.at}-${event.kind}-${event.toStatus}`}>
            <Text fw={600}>{whatHappened(event)}</Text>
            <Text size="sm">
              <time dateTime={event.at}>{formatDateTime(event.at)}</time> — {event.actorLabel}
            </Text>
            {recordedDetails(event.details).map((line) => (
              <Text size="sm" key={line} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {line}
              </Text>
            ))}
            {event.reasonCode && <Text size="sm">Motif : {refusalReasonLabel(event.reasonCode)}</Text>}
            {event.reasonText && (
              <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
                {event.reasonCode ? "Précisions" : "Motif"} : {event.reasonText}
              </Text>
            )}
          </li>
        ))}
      </Stack>
    </Card>
  );
}
