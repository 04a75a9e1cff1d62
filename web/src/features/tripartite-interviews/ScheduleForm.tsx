import { Group, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { parisDay, parisTime } from "../../../../src/domains/paris-time";
import type { ScheduleInterviewBody } from "../../../../src/domains/tripartite-interviews/tripartite-interviews.schemas";
import { ActionForm } from "../referrals/actions/ActionForm";
import { fieldErrors, formError } from "./field-errors";
import { type TripartiteInterview, useScheduleInterview } from "./interviews-api";

/** The date and time inputs' values for an instant, in Paris time. */
const parisParts = (instant: string) => ({
  date: parisDay(new Date(instant)),
  time: parisTime(new Date(instant)),
});

/** « Fixer la date »: when and where the three parties meet; the invitations leave on saving. */
export function ScheduleForm({ interview, onDone }: { interview: TripartiteInterview; onDone: () => void }) {
  const schedule = useScheduleInterview(interview.pathwayId);
  const form = useForm<ScheduleInterviewBody>({
    initialValues: {
      ...(interview.scheduledAt ? parisParts(interview.scheduledAt) : { date: "", time: "" }),
      place: interview.place ?? "",
    },
  });
  return (
    <ActionForm
      intro="Le ou la référent·e, l'équipe de formation du site et le ou la stagiaire reçoivent l'invitation par e-mail et dans Amorce."
      error={formError(schedule.error)}
      pending={schedule.isPending}
      submitLabel="Envoyer les invitations"
      onSubmit={form.onSubmit((values) =>
        schedule.mutate(values, {
          onSuccess: onDone,
          onError: (error) => form.setErrors(fieldErrors(error)),
        }),
      )}
      onCancel={onDone}
    >
      <Group grow align="flex-start">
        <TextInput label="Date de l'entretien" type="date" required {...form.getInputProps("date")} />
        <TextInput label="Heure" type="time" required {...form.getInputProps("time")} />
      </Group>
      <TextInput
        label="Lieu"
        description="Adresse, salle, ou lien de visioconférence"
        required
        {...form.getInputProps("place")}
      />
    </ActionForm>
  );
}
