import { Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  BARRIER_ACTION_STATUS_LABELS,
  BARRIER_ACTION_STATUSES,
  type BarrierActionStatus,
} from "../../../../src/domains/barriers/barrier-catalogue";
import { ActionForm } from "../referrals/actions/ActionForm";
import { type BarrierActionItem, useAddBarrierAction, useChangeBarrierAction } from "./barriers-api";

const STATUS_OPTIONS = BARRIER_ACTION_STATUSES.map((value) => ({
  value,
  label: BARRIER_ACTION_STATUS_LABELS[value],
}));

/** Adds an action to a barrier, or changes one: what, with which partner, by when, where it stands. */
export function BarrierActionForm({
  pathwayId,
  barrierId,
  action,
  onDone,
}: {
  pathwayId: string;
  barrierId: string;
  action: BarrierActionItem | null;
  onDone: () => void;
}) {
  const add = useAddBarrierAction(pathwayId, barrierId);
  const change = useChangeBarrierAction(pathwayId, action?.id ?? "");
  const save = action ? change : add;
  const form = useForm({
    initialValues: {
      description: action?.description ?? "",
      partner: action?.partner ?? "",
      dueOn: action?.dueOn ?? "",
      status: (action?.status ?? "planned") as BarrierActionStatus,
    },
    validate: { description: (value) => (value.trim() ? null : "Décrivez l'action.") },
  });
  return (
    <ActionForm
      intro="L'action et son statut sont inscrits dans l'historique du frein. La personne les voit dans son espace."
      error={save.error}
      pending={save.isPending}
      submitLabel={action ? "Enregistrer" : "Ajouter l'action"}
      onSubmit={form.onSubmit((values) => save.mutate(values, { onSuccess: onDone }))}
      onCancel={onDone}
    >
      <TextInput
        label="Action"
        description="En mots simples, par exemple : rendez-vous avec l'auto-école solidaire."
        required
        maxLength={500}
        {...form.getInputProps("description")}
      />
      <TextInput label="Partenaire" maxLength={200} {...form.getInputProps("partner")} />
      <TextInput label="Échéance" type="date" {...form.getInputProps("dueOn")} />
      <Select
        label="Statut de l'action"
        data={STATUS_OPTIONS}
        allowDeselect={false}
        {...form.getInputProps("status")}
      />
    </ActionForm>
  );
}
