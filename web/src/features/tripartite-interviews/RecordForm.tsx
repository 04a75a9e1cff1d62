import { Button, Fieldset, Group, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  ACTION_OWNER_LABELS,
  ACTION_OWNERS,
  type ActionOwner,
} from "../../../../src/domains/outcomes/next-step";
import { parisToday } from "../../ui/dates";
import {
  NextStepFields,
  type NextStepValues,
  nextStepOf,
  nextStepValues,
} from "../next-steps/NextStepFields";
import { ActionForm } from "../referrals/actions/ActionForm";
import { fieldErrors, formError } from "./field-errors";
import { type TripartiteInterview, useRecordInterview } from "./interviews-api";

type ActionValues = { key: string; description: string; owner: ActionOwner | ""; dueDate: string };
type Values = {
  heldOn: string;
  nextStep: NextStepValues;
  actions: ActionValues[];
  notes: string;
};

const options = <T extends string>(values: readonly T[], labels: Record<T, string>, placeholder: string) => [
  { value: "", label: placeholder },
  ...values.map((value) => ({ value, label: labels[value] })),
];

function valuesOf(interview: TripartiteInterview): Values {
  return {
    heldOn: interview.heldOn ?? parisToday(),
    nextStep: nextStepValues(interview.nextStep),
    actions: interview.actions.map((action) => ({
      ...action,
      key: crypto.randomUUID(),
      dueDate: action.dueDate ?? "",
    })),
    notes: interview.notes ?? "",
  };
}

/** « Noter l'entretien »: the day, the next step agreed, the actions and who carries them out, notes. */
export function RecordForm({ interview, onDone }: { interview: TripartiteInterview; onDone: () => void }) {
  const record = useRecordInterview(interview.pathwayId);
  const form = useForm<Values>({ initialValues: valuesOf(interview) });
  const submit = (values: Values) =>
    record.mutate(
      {
        heldOn: values.heldOn,
        nextStep: nextStepOf(values.nextStep),
        actions: values.actions.map(({ key: _key, ...action }) => ({
          ...action,
          owner: action.owner as ActionOwner,
        })),
        notes: values.notes,
      },
      { onSuccess: onDone, onError: (error) => form.setErrors(fieldErrors(error)) },
    );
  return (
    <ActionForm
      intro="La suite de parcours convenue sera proposée par défaut à la sortie. Le ou la stagiaire voit la suite et les actions, pas les notes."
      error={formError(record.error)}
      pending={record.isPending}
      submitLabel="Enregistrer l'entretien"
      onSubmit={form.onSubmit(submit)}
      onCancel={onDone}
    >
      <TextInput
        label="Date de l'entretien (tenu le)"
        type="date"
        required
        {...form.getInputProps("heldOn")}
      />
      <NextStepFields
        kind={form.values.nextStep.kind}
        inputProps={(field) => form.getInputProps(`nextStep.${field}`)}
      />
      <Fieldset legend="Actions convenues">
        <Stack>
          {form.values.actions.map((action, index) => (
            <Group key={action.key} align="flex-end" wrap="wrap">
              <TextInput
                label={`Action ${index + 1}`}
                required
                style={{ flex: "2 1 16rem" }}
                {...form.getInputProps(`actions.${index}.description`)}
              />
              <NativeSelect
                label={`Qui porte l'action ${index + 1}`}
                required
                style={{ flex: "1 1 10rem" }}
                data={options(ACTION_OWNERS, ACTION_OWNER_LABELS, "Choisir…")}
                {...form.getInputProps(`actions.${index}.owner`)}
              />
              <TextInput
                label={`Échéance de l'action ${index + 1}`}
                type="date"
                style={{ flex: "1 1 9rem" }}
                {...form.getInputProps(`actions.${index}.dueDate`)}
              />
              <Button variant="subtle" color="red" onClick={() => form.removeListItem("actions", index)}>
                Retirer l'action {index + 1}
              </Button>
            </Group>
          ))}
          <Button
            variant="light"
            onClick={() =>
              form.insertListItem("actions", {
                key: crypto.randomUUID(),
                description: "",
                owner: "",
                dueDate: "",
              })
            }
          >
            Ajouter une action
          </Button>
        </Stack>
      </Fieldset>
      <Textarea
        label="Notes"
        description="Pour les professionnel·le·s : le ou la stagiaire ne les voit pas."
        autosize
        minRows={2}
        {...form.getInputProps("notes")}
      />
    </ActionForm>
  );
}
