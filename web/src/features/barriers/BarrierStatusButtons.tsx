import { Button, Group } from "@mantine/core";
import type { BarrierStatus } from "../../../../src/domains/barriers/barrier-catalogue";
import { BARRIER_TRANSITIONS } from "../../../../src/domains/barriers/barrier-status";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { type BarrierItem, useChangeBarrier } from "./barriers-api";

/** The button that moves a barrier to each status it may go to next. */
const ACTIONS: Record<BarrierStatus, string> = {
  identified: "Repéré",
  in_progress: "Commencer la levée",
  lifted: "Marquer levé",
  not_lifted: "Marquer non levé",
};

export function BarrierStatusButtons({ pathwayId, barrier }: { pathwayId: string; barrier: BarrierItem }) {
  const change = useChangeBarrier(pathwayId, barrier.id);
  const reopening = barrier.status === "lifted" || barrier.status === "not_lifted";
  return (
    <>
      <ErrorAlert error={change.error} title="Changement impossible" />
      <Group gap="xs" mt="sm">
        {BARRIER_TRANSITIONS[barrier.status].map((to) => (
          <Button
            key={to}
            size="xs"
            variant={to === "not_lifted" ? "outline" : "light"}
            loading={change.isPending && change.variables?.status === to}
            onClick={() => change.mutate({ status: to })}
          >
            {reopening ? "Rouvrir" : ACTIONS[to]}
          </Button>
        ))}
      </Group>
    </>
  );
}
