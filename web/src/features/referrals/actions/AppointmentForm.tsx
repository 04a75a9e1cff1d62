import { Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { parisDateTimeToIso } from "../../../ui/dates";
import type { ReferralDetail } from "../referrals-api";
import { ActionForm } from "./ActionForm";
import { useTransition } from "./use-transition";

const WHAT = {
  information_session: "l'information collective",
  admission_interview: "l'entretien de positionnement",
} as const;

/** Invites the person to an information session or an admission interview: when and where. */
export function AppointmentForm({
  referral,
  to,
  onDone,
}: {
  referral: ReferralDetail;
  to: keyof typeof WHAT;
  onDone: () => void;
}) {
  const { send, change } = useTransition(referral, onDone);
  const form = useForm({
    initialValues: { at: "", place: "" },
    validate: {
      at: (value) => (value ? null : "Indiquez la date et l'heure."),
      place: (value) => (value.trim() ? null : "Indiquez le lieu."),
    },
  });
  return (
    <ActionForm
      intro={`La personne recevra par e-mail la date, l'heure et le lieu de ${WHAT[to]}, et le prescripteur en sera informé. Heure de Paris.`}
      error={change.error}
      pending={change.isPending}
      submitLabel="Envoyer l'invitation"
      onSubmit={form.onSubmit((values) =>
        send({ to, appointmentAt: parisDateTimeToIso(values.at), appointmentPlace: values.place.trim() }),
      )}
      onCancel={onDone}
    >
      <TextInput label="Date et heure" type="datetime-local" required {...form.getInputProps("at")} />
      <Textarea
        label="Lieu"
        description="Adresse, salle, étage : ce que la personne doit savoir pour venir."
        required
        autosize
        minRows={2}
        maxLength={300}
        {...form.getInputProps("place")}
      />
    </ActionForm>
  );
}
