import { Badge, Card, Group, Text, Title } from "@mantine/core";
import {
  BARRIER_SEVERITY_LABELS,
  BARRIER_STATUS_LABELS,
} from "../../../../src/domains/barriers/barrier-catalogue";
import { formatDate } from "../../ui/dates";
import { BarrierActions } from "./BarrierActions";
import { BarrierButtons } from "./BarrierButtons";
import { BarrierHistory } from "./BarrierHistory";
import { barrierTitle, SEVERITY_BADGES, STATUS_COLOURS, situationLabel } from "./barrier-words";
import type { BarrierItem } from "./barriers-api";

/** One barrier: theme, situation, severity, status, details if the user may read them, actions, history. */
export function BarrierCard({
  pathwayId,
  barrier,
  manage,
}: {
  pathwayId: string;
  barrier: BarrierItem;
  manage: boolean;
}) {
  const titleId = `frein-${barrier.id}`;
  const situation = situationLabel(barrier);
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Title order={3} size="h4" id={titleId}>
            {barrierTitle(barrier)}
          </Title>
          {situation && <Text fw={600}>{situation}</Text>}
        </div>
        <Group gap={4}>
          <Badge {...SEVERITY_BADGES[barrier.severity]}>{BARRIER_SEVERITY_LABELS[barrier.severity]}</Badge>
          <Badge color={STATUS_COLOURS[barrier.status]} variant="outline">
            {BARRIER_STATUS_LABELS[barrier.status]}
          </Badge>
        </Group>
      </Group>
      <Text size="sm">
        Repéré le {formatDate(barrier.identifiedOn)}
        {barrier.closedOn && ` — clos le ${formatDate(barrier.closedOn)}`}
      </Text>
      {barrier.details && (
        <Text mt="xs" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
          {barrier.details}
        </Text>
      )}
      {manage && <BarrierButtons pathwayId={pathwayId} barrier={barrier} />}
      <BarrierActions pathwayId={pathwayId} barrier={barrier} manage={manage} />
      <BarrierHistory barrier={barrier} />
    </Card>
  );
}
