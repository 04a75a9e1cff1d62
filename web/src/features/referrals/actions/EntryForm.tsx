import { TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { parisToday } from "../../../ui/dates";
import type { ReferralDetail } from "../referrals-api";
import { ActionForm } from "./ActionForm";
import { useTransition } from "./use-transition";

/** Records the entry, once it has happened: the planned date, or today if that is still to come. */
export function EntryForm({ referral, onDone }: { referral: ReferralDetail; onDone: () => void }) {
  const { send, change } = useTransition(referral, onDone);
  const today = parisToday();
  const planned = referral.plannedEntryDate;
  const form = useForm({
    initialValues: { entryDate: planned && planned <= today ? planned : today },
    validate: {
      entryDate: (value) =>
        !value
          ? "Indiquez la date d'entrée."
          : value > today
            ? "L'entrée s'enregistre le jour même ou après : cette date est dans le futur."
            : null,
    },
  });
  return (
    <ActionForm
      intro="La personne entre en parcours : son parcours est créé et sa place sur le site est occupée."
      error={change.error}
      pending={change.isPending}
      submitLabel="Confirmer l'entrée"
      onSubmit={form.onSubmit((values) => send({ to: "entered", entryDate: values.entryDate }))}
      onCancel={onDone}
    >
      <TextInput
        label="Date d'entrée"
        type="date"
        max={today}
        required
        {...form.getInputProps("entryDate")}
      />
    </ActionForm>
  );
}
