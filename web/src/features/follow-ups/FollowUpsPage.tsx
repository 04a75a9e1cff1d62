import { Anchor, Button, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { Link } from "react-router";
import { roleMay } from "../../../../src/domains/authorization/policies";
import { useSession } from "../../api/session";
import { type Column, DataTable } from "../../ui/DataTable";
import { formatDate, formatDateTime } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { personName } from "../../ui/person-name";
import {
  type CallListEntry,
  type ResponseRateRow,
  useCallAttempt,
  useCallList,
  useResponseRates,
} from "./follow-ups-api";
import { PhoneAnswerForm } from "./PhoneAnswerForm";

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 100)} %`);

const RATE_COLUMNS: readonly Column<ResponseRateRow>[] = [
  { header: "Lot", cell: (row) => row.lot.name },
  { header: "Site", cell: (row) => row.site.name },
  { header: "Suivis dus", cell: (row) => row.due },
  { header: "Envoyés par e-mail", cell: (row) => row.sent },
  { header: "Réponses par le lien", cell: (row) => row.answeredByLink },
  { header: "Réponses par téléphone", cell: (row) => row.answeredByPhone },
  { header: "Sans réponse", cell: (row) => row.unanswered },
  { header: "Taux de réponse", cell: (row) => percent(row.rate) },
];

/**
 * « Suivi des anciens stagiaires »: for a training organisation, the former trainees to call (no
 * answer after the reminders, or no e-mail address); for everyone who reads follow-ups, the response
 * rates per lot and site.
 */
export default function FollowUpsPage() {
  const role = useSession().data?.user?.role;
  const mayCall = role !== undefined && roleMay(role, "manage", "FollowUp");
  const rates = useResponseRates();
  return (
    <Stack>
      <PageTitle>Suivi des anciens stagiaires</PageTitle>
      <Text>
        Quelques mois après leur sortie, les anciens stagiaires reçoivent un court questionnaire par e-mail.
        Sans réponse après les relances, ou sans adresse e-mail, ils sont à appeler.
      </Text>
      {mayCall && <CallList />}
      <Title order={2} size="h3">
        Taux de réponse
      </Title>
      <ErrorAlert error={rates.error} />
      {rates.isPending ? (
        <PageLoader />
      ) : (
        <DataTable
          caption="Taux de réponse au suivi, par lot et par site"
          columns={RATE_COLUMNS}
          rows={rates.data?.items ?? []}
          rowKey={(row) => row.site.id}
          empty="Aucun suivi n'est encore arrivé à échéance."
        />
      )}
    </Stack>
  );
}

function CallList() {
  const list = useCallList(true);
  const attempt = useCallAttempt();
  const [answering, setAnswering] = useState<CallListEntry | null>(null);
  const phone = useMediaQuery("(max-width: 48em)");
  const columns: readonly Column<CallListEntry>[] = [
    {
      header: "Ancien·ne stagiaire",
      cell: (row) => (
        <Anchor component={Link} to={`/parcours/${row.pathwayId}?onglet=suivi`} fw={600}>
          {personName(row)}
        </Anchor>
      ),
    },
    {
      header: "Téléphone",
      cell: (row) =>
        row.phone ? (
          <Anchor href={`tel:${row.phone.replace(/[^+0-9]/g, "")}`}>{row.phone}</Anchor>
        ) : (
          "Non connu"
        ),
    },
    { header: "Site", cell: (row) => row.site.name },
    { header: "Sortie le", cell: (row) => formatDate(row.exitDate) },
    { header: "Suivi", cell: (row) => `${row.months} mois` },
    {
      header: "Appels sans réponse",
      cell: (row) =>
        row.callAttempts === 0
          ? "Aucun"
          : `${row.callAttempts} (dernier le ${formatDateTime(row.lastCallAttemptAt)})`,
    },
    {
      header: "Actions",
      cell: (row) => (
        <Group gap="xs" wrap="nowrap">
          <Button
            size="xs"
            onClick={() => setAnswering(row)}
            aria-label={`Saisir les réponses de ${personName(row)}`}
          >
            Saisir les réponses
          </Button>
          <Button
            size="xs"
            variant="default"
            loading={attempt.isPending && attempt.variables === row.id}
            onClick={() => attempt.mutate(row.id)}
            aria-label={`Noter un appel sans réponse pour ${personName(row)}`}
          >
            Pas de réponse
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <Stack>
      <Title order={2} size="h3">
        À appeler
      </Title>
      <ErrorAlert error={list.error ?? attempt.error} />
      {list.isPending ? (
        <PageLoader />
      ) : (
        <DataTable
          caption="Anciens stagiaires à appeler"
          columns={columns}
          rows={list.data?.items ?? []}
          rowKey={(row) => row.id}
          empty="Personne à appeler pour l'instant."
        />
      )}
      <Modal
        opened={answering !== null}
        onClose={() => setAnswering(null)}
        title="Réponses données par téléphone"
        size="lg"
        fullScreen={phone}
      >
        {answering && <PhoneAnswerForm entry={answering} onDone={() => setAnswering(null)} />}
      </Modal>
    </Stack>
  );
}
