import { Anchor, Badge, Button, Modal, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { type Column, DataTable } from "../../ui/DataTable";
import { formatDate, formatDateTime } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { personName } from "../../ui/person-name";
import {
  type AmbassadorItem,
  type AmbassadorSession,
  useAmbassadorSessions,
  useAmbassadors,
} from "./alumni-api";
import { responseLabel } from "./alumni-words";
import { InviteAmbassadorForm } from "./InviteAmbassadorForm";

const SESSION_COLUMNS: readonly Column<AmbassadorSession>[] = [
  { header: "Date", cell: (session) => formatDateTime(session.startsAt) },
  { header: "Site", cell: (session) => session.site.name },
  { header: "Lieu", cell: (session) => session.place },
  { header: "Ambassadeurs invités", cell: (session) => session.invited },
  { header: "Viennent", cell: (session) => session.accepted },
];

/**
 * « Ambassadeurs »: the former trainees of the organisation's sites who agreed to testify, and its
 * information sessions to come with how many of them are invited and coming.
 */
export default function AmbassadorsPage() {
  const ambassadors = useAmbassadors();
  const sessions = useAmbassadorSessions();
  const [inviting, setInviting] = useState<AmbassadorItem | null>(null);
  const phone = useMediaQuery("(max-width: 48em)");

  const columns: readonly Column<AmbassadorItem>[] = [
    { header: "Nom", cell: (row) => personName(row) },
    {
      header: "Contact",
      cell: (row) => (
        <Stack gap={0}>
          {row.email && <Anchor href={`mailto:${row.email}`}>{row.email}</Anchor>}
          {row.phone && <Text size="sm">{row.phone}</Text>}
        </Stack>
      ),
    },
    { header: "Son mot", cell: (row) => row.message ?? "—" },
    { header: "Depuis le", cell: (row) => formatDate(row.optedInAt) },
    { header: "Stagiaire à", cell: (row) => row.sites.join(", ") },
    {
      header: "Invitations",
      cell: (row) =>
        row.invitations.length === 0 ? (
          "Aucune"
        ) : (
          <Stack gap={4}>
            {row.invitations.map((invitation) => (
              <Text size="sm" key={invitation.id}>
                {formatDateTime(invitation.informationSession.startsAt)} (
                {invitation.informationSession.site.name}) :{" "}
                <Badge
                  variant="outline"
                  color={invitation.response === "accepted" ? "green.9" : "gray.8"}
                  c="dark.7"
                >
                  {responseLabel(invitation.response)}
                </Badge>
              </Text>
            ))}
          </Stack>
        ),
    },
    {
      header: "Action",
      cell: (row) => (
        <Button size="compact-sm" aria-label={`Inviter ${personName(row)}`} onClick={() => setInviting(row)}>
          Inviter
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageTitle>Ambassadeurs</PageTitle>
      <Text maw={720} mb="md">
        Les ancien·ne·s stagiaires de vos sites qui acceptent de venir raconter leur parcours aux informations
        collectives. Invitez-les à une réunion à venir : ils reçoivent un e-mail avec la date et le lieu, et
        répondent dans leur espace. Une personne qui ne souhaite plus témoigner n'apparaît plus ici.
      </Text>
      <ErrorAlert error={ambassadors.error ?? sessions.error} />
      {(ambassadors.isPending || sessions.isPending) && <PageLoader />}
      {ambassadors.data && (
        <DataTable
          caption="Ambassadeurs et ambassadrices"
          columns={columns}
          rows={ambassadors.data.items}
          rowKey={(row) => row.id}
          empty="Aucun·e ancien·ne stagiaire de vos sites n'a encore accepté de témoigner."
        />
      )}
      {sessions.data && (
        <>
          <Title order={2} size="h3" mt="xl" mb="xs">
            Vos informations collectives à venir
          </Title>
          <DataTable
            caption="Informations collectives à venir et ambassadeurs invités"
            columns={SESSION_COLUMNS}
            rows={sessions.data.items}
            rowKey={(row) => row.id}
            empty="Aucune information collective à venir : annoncez-en une depuis la fiche de votre site."
          />
        </>
      )}
      <Modal
        opened={inviting !== null}
        onClose={() => setInviting(null)}
        title={inviting ? `Inviter ${personName(inviting)}` : ""}
        size="lg"
        fullScreen={phone}
      >
        {inviting && (
          <InviteAmbassadorForm
            ambassador={inviting}
            sessions={sessions.data?.items ?? []}
            onDone={() => setInviting(null)}
          />
        )}
      </Modal>
    </>
  );
}
