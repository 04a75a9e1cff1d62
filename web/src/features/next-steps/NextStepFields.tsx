import { Group, NativeSelect, Textarea, TextInput } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import {
  CONTRACT_TYPE_LABELS,
  CONTRACT_TYPES,
  NEXT_STEP_KIND_LABELS,
  NEXT_STEP_KINDS,
  type NextStep,
} from "../../../../src/domains/outcomes/next-step";

/** The next step as the form holds it: every field a string, empty when not given. */
export type NextStepValues = {
  kind: string;
  title: string;
  startDate: string;
  contractType: string;
  plan: string;
};

export const nextStepValues = (step: NextStep | null): NextStepValues => ({
  kind: step?.kind ?? "",
  title: step?.title ?? "",
  startDate: step?.startDate ?? "",
  contractType: step?.contractType ?? "",
  plan: step?.plan ?? "",
});

/** What the form sends (the server checks it against `nextStepSchema`). */
export const nextStepOf = (values: NextStepValues): NextStep => ({
  kind: values.kind as NextStep["kind"],
  title: values.title || null,
  startDate: values.startDate || null,
  contractType: (values.contractType || null) as NextStep["contractType"],
  plan: values.plan || null,
});

const choices = <T extends string>(values: readonly T[], labels: Record<T, string>) => [
  { value: "", label: "Choisir…" },
  ...values.map((value) => ({ value, label: labels[value] })),
];

/**
 * « Suite de parcours » and the fields its kind calls for, the same at the tripartite interview and at
 * exit; `inputProps` gives each field's props from the caller's form.
 */
export function NextStepFields({
  kind,
  inputProps,
}: {
  kind: string;
  inputProps: (field: keyof NextStepValues) => GetInputPropsReturnType;
}) {
  const training = kind === "qualifying_training_prf" || kind === "qualifying_training_other";
  return (
    <>
      <NativeSelect
        label="Suite de parcours"
        required
        data={choices(NEXT_STEP_KINDS, NEXT_STEP_KIND_LABELS)}
        {...inputProps("kind")}
      />
      {training && (
        <Group grow align="flex-start">
          <TextInput label="Intitulé de la formation" required {...inputProps("title")} />
          <TextInput label="Date d'entrée en formation" type="date" required {...inputProps("startDate")} />
        </Group>
      )}
      {kind === "apprenticeship" && (
        <Group grow align="flex-start">
          <TextInput label="Métier ou employeur (facultatif)" {...inputProps("title")} />
          <TextInput label="Date de début (facultatif)" type="date" {...inputProps("startDate")} />
        </Group>
      )}
      {kind === "employment" && (
        <>
          <NativeSelect
            label="Type de contrat"
            required
            data={choices(CONTRACT_TYPES, CONTRACT_TYPE_LABELS)}
            {...inputProps("contractType")}
          />
          <Group grow align="flex-start">
            <TextInput label="Employeur (facultatif)" {...inputProps("title")} />
            <TextInput label="Date de début (facultatif)" type="date" {...inputProps("startDate")} />
          </Group>
        </>
      )}
      {(kind === "job_search" || kind === "other") && (
        <Textarea
          label={kind === "job_search" ? "Plan de recherche d'emploi" : "Précisez la suite"}
          required
          autosize
          minRows={2}
          maxLength={2000}
          {...inputProps("plan")}
        />
      )}
    </>
  );
}
