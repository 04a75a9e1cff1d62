import { Accordion, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { OutboxEmail } from "../../../../src/domains/mail/mail.schemas";
import { api } from "../../api/client";
import { formatDateTime } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { LinkifiedText } from "../../ui/LinkifiedText";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";

/** The e-mails Amorce has sent, readable on screen: in the demonstration, nobody receives them. */
export default function OutboxPage() {
  const outbox = useQuery({
    queryKey: ["outbox"],
    queryFn: () => api.get<{ items: OutboxEmail[] }>("/outbox"),
    select: (data) => data.items,
  });

  return (
    <>
      <PageTitle>E-mails envoyés (démonstration)</PageTitle>
      <Text mb="md" maw={720}>
        Les e-mails qu'Amorce a envoyés, des plus récents aux plus anciens : invitations, liens pour choisir
        un nouveau mot de passe… Ouvrez-en un pour le lire et suivre ses liens.
      </Text>
      <ErrorAlert error={outbox.error} />
      {outbox.isPending && <PageLoader />}
      {outbox.data?.length === 0 && <Text>Aucun e-mail envoyé pour l'instant.</Text>}
      {outbox.data && outbox.data.length > 0 && (
        <Accordion variant="separated" multiple>
          {outbox.data.map((email) => (
            <Accordion.Item key={email.id} value={email.id}>
              <Accordion.Control>
                <Text fw={600}>{email.subject}</Text>
                <Text size="sm">
                  À {email.toAddress} — {formatDateTime(email.sentAt ?? email.createdAt)}
                  {email.sentAt ? "" : " (en attente d'envoi)"}
                </Text>
              </Accordion.Control>
              <Accordion.Panel>
                <LinkifiedText text={email.bodyText} />
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
    </>
  );
}
