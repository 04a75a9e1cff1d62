import { Button, Group, Modal } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useState } from "react";
import type { BarrierStatus } from "../../../../src/domains/barriers/barrier-catalogue";
import { BARRIER_TRANSITIONS } from "../../../../src/domains/barriers/barrier-status";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { type BarrierItem, useChangeBarrier } from "./barriers-api";
import { EditBarrierForm } from "./EditBarrierForm";

/** The button that moves a barrier to each status it may go to next. */
const ACTIONS: Record<BarrierStatus, string> = {
  identified: "Repéré",
  in_progress: "Commencer la levée",
  lifted: "Marquer levé",
  not_lifted: "Marquer non levé",
};

/** What the site's staff may do to a barrier: move its status, change its severity or details. */
export function BarrierButtons({ pathwayId, barrier }: { pathwayId: string; barrier: BarrierItem }) {
  const change = useChangeBarrier(pathwayId, barrier.id);
  const [editing, setEditing] = useState(false);
  const phone = useMediaQuery("(max-width: 48em)");
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
        <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
          Modifier la gravité ou les précisions
        </Button>
      </Group>
      <Modal
        opened={editing}
        onClose={() => setEditing(false)}
        title="Modifier le frein"
        size="lg"
        fullScreen={phone}
      >
        <EditBarrierForm pathwayId={pathwayId} barrier={barrier} onDone={() => setEditing(false)} />
      </Modal>
    </>
  );
}
