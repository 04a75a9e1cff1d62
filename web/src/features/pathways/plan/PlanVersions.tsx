import { Badge, Button, Card, Group, Modal, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { formatDateTime } from "../../../ui/dates";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageLoader } from "../../../ui/PageLoader";
import { PlanReadOnly } from "./PlanReadOnly";
import { usePlanVersion, usePlanVersions } from "./plan-api";

/** Every version of the plan: who, when, why, valid or not; an old one opens as it was, read-only. */
export function PlanVersions({ pathwayId }: { pathwayId: string }) {
  const versions = usePlanVersions(pathwayId);
  const [opened, setOpened] = useState<number | null>(null);
  const old = usePlanVersion(pathwayId, opened);
  const items = versions.data?.items ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="versions-plan">
      <Title order={3} size="h4" id="versions-plan" mb="sm">
        Versions du plan
      </Title>
      <ErrorAlert error={versions.error} />
      {items.length === 0 && !versions.isPending && <Text size="sm">Aucune version enregistrée.</Text>}
      <Stack
        component="ol"
        gap="sm"
        m={0}
        pl="lg"
        aria-label="Versions du plan, de la plus récente à la première"
      >
        {items.map((version) => (
          <li key={version.version}>
            <Group gap="xs">
              <Text fw={600}>Version {version.version}</Text>
              <Badge color={version.valid ? "green.9" : "red.9"} c="dark.7" variant="outline">
                {version.valid ? "Conforme" : "Non conforme"}
              </Badge>
              <Button variant="subtle" size="compact-sm" onClick={() => setOpened(version.version)}>
                Voir la version {version.version}
              </Button>
            </Group>
            <Text size="sm">
              {formatDateTime(version.createdAt)} — {version.createdBy?.displayName ?? "—"} — règles version{" "}
              {version.ruleVersion}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
              {version.revisionNote ? `Pourquoi : ${version.revisionNote}` : "Premier plan."}
            </Text>
          </li>
        ))}
      </Stack>
      <Modal
        opened={opened !== null}
        onClose={() => setOpened(null)}
        title={`Plan, version ${opened ?? ""} (lecture seule)`}
        size="80rem"
      >
        <ErrorAlert error={old.error} />
        {old.isPending && <PageLoader />}
        {old.data && <PlanReadOnly pathwayId={pathwayId} view={old.data} />}
      </Modal>
    </Card>
  );
}
