import { NativeSelect, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  SITUATION_LABELS,
  SITUATIONS,
  type Situation,
} from "../../../../../src/domains/outcomes/situation-vocabulary";
import { parisToday } from "../../../ui/dates";
import type { ReferralDetail } from "../referrals-api";
import { ActionForm } from "./ActionForm";
import { useTransition } from "./use-transition";

const SITUATION_OPTIONS = [
  { value: "", label: "À renseigner plus tard" },
  ...SITUATIONS.map((situation) => ({ value: situation, label: SITUATION_LABELS[situation] })),
];

/**
 * Records the entry, once it has happened: the planned date, or today if that is still to come; and
 * asks where the person stood 12 months before (the rest of the profile is on the pathway's page).
 */
export function EntryForm({ referral, onDone }: { referral: ReferralDetail; onDone: () => void }) {
  const { send, change } = useTransition(referral, onDone);
  const today = parisToday();
  const planned = referral.plannedEntryDate;
  const form = useForm({
    initialValues: {
      entryDate: planned && planned <= today ? planned : today,
      situationBefore12m: "" as Situation | "",
    },
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
      onSubmit={form.onSubmit((values) =>
        send({
          to: "entered",
          entryDate: values.entryDate,
          situationBefore12m: values.situationBefore12m || undefined,
        }),
      )}
      onCancel={onDone}
    >
      <TextInput
        label="Date d'entrée"
        type="date"
        max={today}
        required
        {...form.getInputProps("entryDate")}
      />
      <NativeSelect
        label="Situation 12 mois avant l'entrée"
        description="Ce que la personne déclare ; le reste de son profil se complète sur la page de son parcours."
        data={SITUATION_OPTIONS}
        {...form.getInputProps("situationBefore12m")}
      />
    </ActionForm>
  );
}
