import { Button, Select, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { formatDateTime } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { personName } from "../../ui/person-name";
import { type AmbassadorItem, type AmbassadorSession, useInviteAmbassador } from "./alumni-api";

/** Choose one of the organisation's information sessions to come; those they are invited to are left out. */
export function InviteAmbassadorForm({
  ambassador,
  sessions,
  onDone,
}: {
  ambassador: AmbassadorItem;
  sessions: readonly AmbassadorSession[];
  onDone: () => void;
}) {
  const invite = useInviteAmbassador();
  const [sessionId, setSessionId] = useState<string | null>(null);
  const invited = new Set(ambassador.invitations.map((invitation) => invitation.informationSession.id));
  const choices = sessions
    .filter((session) => !invited.has(session.id))
    .map((session) => ({
      value: session.id,
      label: `${formatDateTime(session.startsAt)} — ${session.site.name}, ${session.place}`,
    }));
  const name = personName(ambassador);
  if (choices.length === 0) {
    return (
      <Text>
        Aucune information collective à venir où inviter {name}. Annoncez-en une depuis la fiche de votre
        site.
      </Text>
    );
  }
  return (
    <Stack>
      <Select
        label="Information collective"
        placeholder="Choisissez une date"
        data={choices}
        value={sessionId}
        onChange={setSessionId}
        allowDeselect={false}
      />
      <Text size="sm">
        {ambassador.hasAccount
          ? `${name} recevra un e-mail avec la date et le lieu, et répondra dans son espace.`
          : `${name} recevra un e-mail avec la date et le lieu, et vous répondra directement.`}
      </Text>
      <ErrorAlert error={invite.error} />
      <Button
        disabled={sessionId === null}
        loading={invite.isPending}
        onClick={() =>
          sessionId &&
          invite.mutate(
            { ambassadorId: ambassador.id, informationSessionId: sessionId },
            {
              onSuccess: (created) => {
                notifications.show({
                  title: "Invitation envoyée",
                  message: created.emailed
                    ? `${name} a reçu un e-mail.`
                    : `${name} n'a pas d'adresse e-mail : prévenez cette personne par téléphone.`,
                });
                onDone();
              },
            },
          )
        }
      >
        Envoyer l'invitation
      </Button>
    </Stack>
  );
}
