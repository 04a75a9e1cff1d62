import { Card, Stack, Text, Title } from "@mantine/core";
import type { BarrierActionStatus, BarrierStatus } from "../../../../src/domains/barriers/barrier-catalogue";
import { BARRIER_CATALOGUE } from "../../../../src/domains/barriers/barrier-catalogue";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import type { PathwaySummary } from "../pathways/pathways-api";
import { inCatalogueOrder, situationLabel } from "./barrier-words";
import { type BarrierItem, useBarriers } from "./barriers-api";

const WHERE_IT_STANDS: Record<BarrierStatus, string> = {
  identified: "nous allons en parler ensemble",
  in_progress: "on s'en occupe",
  lifted: "c'est réglé",
  not_lifted: "ce n'est pas encore réglé",
};
const ACTION_STANDS: Record<BarrierActionStatus, string> = {
  planned: "prévu",
  in_progress: "en cours",
  done: "fait",
  cancelled: "annulé",
};

const subject = (barrier: BarrierItem) => situationLabel(barrier) ?? BARRIER_CATALOGUE[barrier.theme].label;

/** The trainee's space: each difficulty and what is done about it, in plain words. */
export default function MyBarriersSection({ pathway }: { pathway: PathwaySummary }) {
  const barriers = useBarriers(pathway.id);
  const items = inCatalogueOrder(barriers.data?.items ?? []);
  if (barriers.data && items.length === 0) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="mon-aide">
      <Title order={2} size="h3" mb="xs" id="mon-aide">
        Ce qui est fait pour vous aider
      </Title>
      <ErrorAlert error={barriers.error} />
      <Stack gap="md">
        {items.map((barrier) => {
          const actions = barrier.actions.filter((action) => action.status !== "cancelled");
          return (
            <div key={barrier.id}>
              <Text size="lg" fw={700}>
                {subject(barrier)} : {WHERE_IT_STANDS[barrier.status]}.
              </Text>
              <Stack component="ul" gap={4} m={0} pl="lg">
                {actions.map((action) => (
                  <Text component="li" size="lg" key={action.id} style={{ overflowWrap: "anywhere" }}>
                    {action.description}
                    {action.partner && ` (${action.partner})`}
                    {action.dueOn && ` le ${formatDate(action.dueOn)}`} — {ACTION_STANDS[action.status]}
                  </Text>
                ))}
              </Stack>
            </div>
          );
        })}
      </Stack>
    </Card>
  );
}
