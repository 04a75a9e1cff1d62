import { Alert, Anchor, Badge, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import { UNSIGNED_START_MESSAGE } from "../../../../src/domains/internships/internship-status";
import {
  INTERNSHIP_OBJECTIVE_LABELS,
  INTERNSHIP_STATUS_LABELS,
} from "../../../../src/domains/internships/internship-vocabulary";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import type { PathwayDetail } from "../pathways/pathways-api";
import { AssessmentSummary } from "./AssessmentSummary";
import { InternshipForm } from "./InternshipForm";
import { hoursText, STATUS_COLOURS } from "./internship-words";
import {
  agreementPdfUrl,
  type InternshipItem,
  useAssessmentLink,
  useCancelInternship,
} from "./internships-api";
import { SendForSignatureForm } from "./SendForSignatureForm";
import { SignatureProgress } from "./SignatureProgress";

type Dialog = "edit" | "send" | null;

/** One internship: where, when, what, its agreement's signatures, and what the staff may do next. */
export function InternshipCard({
  pathway,
  internship,
}: {
  pathway: PathwayDetail;
  internship: InternshipItem;
}) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const phone = useMediaQuery("(max-width: 48em)");
  const cancel = useCancelInternship(pathway.id, internship.id);
  const assessmentLink = useAssessmentLink(pathway.id, internship.id);
  const manage = pathway.may.manage;
  const { hostCompany: company } = internship;
  const titleId = `stage-${internship.id}`;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4" id={titleId}>
              {company.name}
            </Title>
            <Text size="sm">
              {company.address}, {company.postalCode} {company.city} — SIRET {company.siret}
            </Text>
          </div>
          <Badge color={STATUS_COLOURS[internship.status]} variant="outline">
            {INTERNSHIP_STATUS_LABELS[internship.status]}
          </Badge>
        </Group>
        {internship.startBlocked && (
          <Alert color="red" variant="light" title={UNSIGNED_START_MESSAGE}>
            Le stage ne peut pas commencer tant que les quatre parties n'ont pas signé.
          </Alert>
        )}
        <Text>
          Du {formatDate(internship.startDate)} au {formatDate(internship.endDate)} —{" "}
          {hoursText(internship.hours)}
          {internship.hoursDone !== null ? ` (${hoursText(internship.hoursDone)} faites)` : ""}
        </Text>
        <Text size="sm">Horaires : {internship.dailySchedule}</Text>
        <Text size="sm">
          Métier : {internship.romeCode} — {internship.romeLabel}. Objectif :{" "}
          {INTERNSHIP_OBJECTIVE_LABELS[internship.objective]}.
        </Text>
        <Text size="sm">
          Tuteur ou tutrice : {internship.tutorName}
          {internship.tutorJobTitle ? `, ${internship.tutorJobTitle}` : ""} ({internship.tutorEmail}
          {internship.tutorPhone ? `, ${internship.tutorPhone}` : ""})
        </Text>
        {internship.signatures.length > 0 && (
          <SignatureProgress pathwayId={pathway.id} internship={internship} manage={manage} />
        )}
        {internship.assessment && <AssessmentSummary assessment={internship.assessment} />}
        <ErrorAlert error={cancel.error ?? assessmentLink.error} title="Action impossible" />
        <Group>
          <Anchor href={agreementPdfUrl(internship.id)} target="_blank">
            Télécharger la convention (PDF)
          </Anchor>
          {manage && internship.status === "draft" && (
            <>
              <Button variant="default" onClick={() => setDialog("edit")}>
                Modifier
              </Button>
              <Button onClick={() => setDialog("send")}>Envoyer pour signature</Button>
            </>
          )}
          {manage && internship.status === "signed" && !internship.assessment?.submittedAt && (
            <Button
              variant="default"
              loading={assessmentLink.isPending}
              onClick={() => assessmentLink.mutate(undefined)}
            >
              {internship.assessment ? "Renvoyer le lien d'avis au tuteur" : "Demander l'avis du tuteur"}
            </Button>
          )}
          {manage && ["draft", "awaiting_signatures", "signed"].includes(internship.status) && (
            <Button variant="default" loading={cancel.isPending} onClick={() => cancel.mutate(undefined)}>
              Annuler le stage
            </Button>
          )}
        </Group>
      </Stack>
      <Modal
        opened={dialog === "edit"}
        onClose={() => setDialog(null)}
        title="Modifier le stage"
        size="xl"
        fullScreen={phone}
      >
        <InternshipForm pathwayId={pathway.id} internship={internship} onDone={() => setDialog(null)} />
      </Modal>
      <Modal
        opened={dialog === "send"}
        onClose={() => setDialog(null)}
        title="Envoyer la convention pour signature"
        size="lg"
        fullScreen={phone}
      >
        <SendForSignatureForm pathway={pathway} internship={internship} onDone={() => setDialog(null)} />
      </Modal>
    </Card>
  );
}
