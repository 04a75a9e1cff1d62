import { Alert, Button, Card, Checkbox, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { formatDate, formatDateTime } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import {
  type MyAmbassadorship,
  useAnswerInvitation,
  useMyAmbassadorship,
  useOptIn,
  useWithdraw,
} from "./alumni-api";
import { RESPONSE_LABELS } from "./alumni-words";

/**
 * « Témoigner pour les futurs stagiaires »: for former trainees, and current ones near their end. What
 * it means in plain words, the consent to tick, an optional word for the site; then the invitations to
 * answer, and a way to change one's mind.
 */
export default function MyAmbassadorSection() {
  const mine = useMyAmbassadorship();
  if (!mine.data?.offered) return mine.error ? <ErrorAlert error={mine.error} /> : null;
  const { ambassador } = mine.data;
  const active = ambassador !== null && ambassador.withdrawnAt === null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="temoigner">
      <Title order={2} size="h3" mb="xs" id="temoigner">
        Témoigner pour les futurs stagiaires
      </Title>
      <Text size="lg" mb="sm">
        Des personnes hésitent à commencer une formation comme la vôtre. Vous pouvez les aider en racontant ce
        que vous avez vécu. Le site vous invitera parfois à une réunion d'information, près de chez vous :
        vous parlez quelques minutes et vous répondez aux questions. À chaque invitation, vous choisissez si
        vous venez ou non.
      </Text>
      {active ? <Active data={mine.data} /> : <OptInForm data={mine.data} />}
      {mine.data.invitations.length > 0 && <Invitations data={mine.data} />}
    </Card>
  );
}

function OptInForm({ data }: { data: MyAmbassadorship }) {
  const [agreed, setAgreed] = useState(false);
  const [message, setMessage] = useState(data.ambassador?.message ?? "");
  const optIn = useOptIn();
  return (
    <Stack gap="sm">
      {data.ambassador?.withdrawnAt && (
        <Text size="lg">
          Vous avez arrêté de témoigner le {formatDate(data.ambassador.withdrawnAt)}. Vous pouvez reprendre
          quand vous voulez.
        </Text>
      )}
      <Checkbox
        size="md"
        checked={agreed}
        onChange={(event) => setAgreed(event.currentTarget.checked)}
        label={data.consentText}
      />
      <Textarea
        size="md"
        label="Un petit mot pour le site (si vous voulez)"
        description="Par exemple : ce que la formation vous a apporté, ou quand vous êtes disponible."
        maxLength={500}
        autosize
        minRows={2}
        value={message}
        onChange={(event) => setMessage(event.currentTarget.value)}
      />
      <ErrorAlert error={optIn.error} />
      <Button size="md" disabled={!agreed} loading={optIn.isPending} onClick={() => optIn.mutate(message)}>
        Je veux témoigner
      </Button>
    </Stack>
  );
}

function Active({ data }: { data: MyAmbassadorship }) {
  const withdraw = useWithdraw();
  const ambassador = data.ambassador;
  if (!ambassador) return null;
  return (
    <Stack gap="sm">
      <Alert
        color="green.9"
        variant="outline"
        title={
          <Text span fw={700} size="lg" c="dark.7">
            Merci !
          </Text>
        }
      >
        <Text size="lg" c="dark.7">
          Vous avez accepté de témoigner le {formatDate(ambassador.optedInAt)}. Le site vous préviendra par
          e-mail et ici quand il vous invite.
        </Text>
        {ambassador.message && (
          <Text size="lg" c="dark.7" mt="xs">
            Votre mot : « {ambassador.message} »
          </Text>
        )}
      </Alert>
      <ErrorAlert error={withdraw.error} />
      <Button
        size="md"
        variant="outline"
        color="red.9"
        loading={withdraw.isPending}
        onClick={() => withdraw.mutate(undefined)}
      >
        Je ne souhaite plus témoigner
      </Button>
    </Stack>
  );
}

function Invitations({ data }: { data: MyAmbassadorship }) {
  const answer = useAnswerInvitation();
  const active = data.ambassador !== null && data.ambassador.withdrawnAt === null;
  return (
    <Stack gap="md" mt="lg">
      <Title order={3} size="h4">
        Mes invitations
      </Title>
      <ErrorAlert error={answer.error} />
      {data.invitations.map((invitation) => {
        const when = formatDateTime(invitation.informationSession.startsAt);
        const open = invitation.upcoming && active;
        return (
          <div key={invitation.id}>
            <Text size="lg" fw={700}>
              Réunion d'information du {when}
            </Text>
            <Text size="lg">
              Lieu : {invitation.informationSession.place} (site {invitation.informationSession.site.name})
            </Text>
            <Text size="lg">
              {invitation.response
                ? `Votre réponse : ${RESPONSE_LABELS[invitation.response]}.`
                : invitation.upcoming
                  ? "Vous n'avez pas encore répondu."
                  : "Vous n'avez pas répondu."}
            </Text>
            {open && (
              <Group mt={4} gap="sm">
                {(["accepted", "declined"] as const)
                  .filter((response) => response !== invitation.response)
                  .map((response) => (
                    <Button
                      key={response}
                      size="md"
                      variant={response === "accepted" ? "filled" : "outline"}
                      loading={answer.isPending && answer.variables?.id === invitation.id}
                      aria-label={`${RESPONSE_LABELS[response]} — réunion du ${when}`}
                      onClick={() => answer.mutate({ id: invitation.id, response })}
                    >
                      {RESPONSE_LABELS[response]}
                    </Button>
                  ))}
              </Group>
            )}
          </div>
        );
      })}
    </Stack>
  );
}
