import { Alert, Anchor, Card, List, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { describeNextStep } from "../../../../src/domains/outcomes/next-step";
import { EXIT_REASON_LABELS, SITUATION_LABELS } from "../../../../src/domains/outcomes/situation-vocabulary";
import { formatDate, formatDateTime } from "../../ui/dates";
import type { PathwayDetail } from "../pathways/pathways-api";
import { Facts } from "../territory/Facts";
import { certificateUrl, type ExitView } from "./exits-api";

/** « Sortie »: the exit recorded, its warnings, and the certificate for those it is given to. */
export function ExitFacts({ pathway, exit }: { pathway: PathwayDetail; exit: ExitView }) {
  return (
    <Card withBorder component="section" aria-labelledby="exit-facts">
      <Title order={2} size="h4" mb="sm" id="exit-facts">
        Sortie
      </Title>
      <Facts
        facts={[
          { label: "Date de sortie", value: formatDate(exit.exitDate) },
          { label: "Motif", value: EXIT_REASON_LABELS[exit.reason] },
          {
            label: "Situation à la sortie",
            value: exit.situationAtExit ? SITUATION_LABELS[exit.situationAtExit] : "Non renseignée",
          },
          {
            label: "Suite de parcours",
            value: exit.nextStep ? describeNextStep(exit.nextStep, formatDate) : "Non renseignée",
          },
          {
            label: "Enregistrée",
            value: exit.recordedAt
              ? `le ${formatDateTime(exit.recordedAt)}${exit.recordedBy ? ` par ${exit.recordedBy.displayName}` : ""}`
              : "Importée",
          },
        ]}
      />
      {exit.warnings.length > 0 && (
        <Alert color="orange.9" title="À vérifier" mt="sm">
          <List size="sm">
            {exit.warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {pathway.may.readCertificate && (
        <Anchor href={certificateUrl(pathway.id)} download mt="sm" display="inline-flex" style={{ gap: 6 }}>
          <IconDownload size={18} aria-hidden /> Attestation de fin de formation (PDF)
        </Anchor>
      )}
    </Card>
  );
}
