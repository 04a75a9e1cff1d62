import { Select, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { BARRIER_CATALOGUE, type BarrierSeverity } from "../../../../src/domains/barriers/barrier-catalogue";
import { ActionForm } from "../referrals/actions/ActionForm";
import { RESTRICTED_NOTICE, SEVERITY_OPTIONS } from "./AddBarrierForm";
import { type BarrierItem, useChangeBarrier } from "./barriers-api";

/** Changes a barrier's severity or details; each change goes into its history (the text itself does not). */
export function EditBarrierForm({
  pathwayId,
  barrier,
  onDone,
}: {
  pathwayId: string;
  barrier: BarrierItem;
  onDone: () => void;
}) {
  const change = useChangeBarrier(pathwayId, barrier.id);
  const form = useForm({
    initialValues: { severity: barrier.severity as BarrierSeverity, details: barrier.details ?? "" },
  });
  const restricted = BARRIER_CATALOGUE[barrier.theme].restricted;
  return (
    <ActionForm
      intro="La gravité et les précisions peuvent évoluer pendant le parcours."
      error={change.error}
      pending={change.isPending}
      submitLabel="Enregistrer"
      onSubmit={form.onSubmit((values) => change.mutate(values, { onSuccess: onDone }))}
      onCancel={onDone}
    >
      <Select
        label="Gravité"
        data={SEVERITY_OPTIONS}
        allowDeselect={false}
        {...form.getInputProps("severity")}
      />
      <Textarea
        label="Précisions"
        description={restricted ? `${RESTRICTED_NOTICE}.` : "Facultatif."}
        autosize
        minRows={3}
        maxLength={2000}
        {...form.getInputProps("details")}
      />
    </ActionForm>
  );
}
