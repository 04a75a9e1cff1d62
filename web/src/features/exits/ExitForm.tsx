import { Alert, List, NativeSelect, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { checkExit } from "../../../../src/domains/exits/exit-rules";
import { type NextStep, situationOfNextStep } from "../../../../src/domains/outcomes/next-step";
import {
  EXIT_REASON_LABELS,
  EXIT_REASONS,
  type ExitReason,
  SITUATION_LABELS,
  SITUATIONS,
  type Situation,
} from "../../../../src/domains/outcomes/situation-vocabulary";
import { formatDate, parisToday } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { SubmitOrCancel } from "../../ui/SubmitOrCancel";
import {
  NextStepFields,
  type NextStepValues,
  nextStepOf,
  nextStepValues,
} from "../next-steps/NextStepFields";
import type { PathwayDetail } from "../pathways/pathways-api";
import { type ExitView, useRecordExit } from "./exits-api";

type Values = { exitDate: string; reason: string; nextStep: NextStepValues; situationAtExit: string };

const choose = { value: "", label: "Choisir…" };

/**
 * The exit form: date, reason, the next step (its fields follow its kind; the one agreed at the
 * tripartite interview is offered) and the situation at exit (offered from the next step). The rules'
 * warnings show before sending; their errors come back from the server in French.
 */
export function ExitForm({
  pathway,
  current,
  agreedNextStep,
  onDone,
}: {
  pathway: PathwayDetail;
  current: ExitView | null;
  agreedNextStep: NextStep | null;
  onDone?: () => void;
}) {
  const record = useRecordExit(pathway.id);
  const step = current?.nextStep ?? agreedNextStep;
  const form = useForm<Values>({
    initialValues: {
      exitDate: current?.exitDate ?? parisToday(),
      reason: current?.reason ?? "",
      nextStep: nextStepValues(step),
      situationAtExit: current?.situationAtExit ?? (step ? situationOfNextStep(step) : ""),
    },
    validate: {
      exitDate: (value) => (value ? null : "Indiquez la date de sortie."),
      reason: (value) => (value ? null : "Choisissez le motif de sortie."),
      nextStep: { kind: (value) => (value ? null : "Choisissez la suite de parcours.") },
      situationAtExit: (value) => (value ? null : "Choisissez la situation à la sortie."),
    },
    /** A new next step offers its situation, as long as the situation was not chosen by hand. */
    onValuesChange: ({ nextStep }, previous) => {
      const changed =
        nextStep.kind !== previous.nextStep.kind || nextStep.contractType !== previous.nextStep.contractType;
      if (changed && nextStep.kind && !form.isTouched("situationAtExit"))
        form.setFieldValue("situationAtExit", situationOfNextStep(nextStepOf(nextStep)));
    },
  });
  const values = form.getValues();
  const warnings =
    values.exitDate && values.reason && values.nextStep.kind && values.situationAtExit
      ? checkExit({
          entryDate: pathway.entryDate,
          plannedEndDate: pathway.plannedEndDate,
          today: parisToday(),
          exitDate: values.exitDate,
          reason: values.reason as ExitReason,
          situationAtExit: values.situationAtExit as Situation,
          nextStep: nextStepOf(values.nextStep),
        })
      : { errors: [], warnings: [] };
  const submit = form.onSubmit((input) =>
    record.mutate(
      {
        exitDate: input.exitDate,
        reason: input.reason as ExitReason,
        situationAtExit: input.situationAtExit as Situation,
        nextStep: nextStepOf(input.nextStep),
        correction: current !== null,
      },
      { onSuccess: () => onDone?.() },
    ),
  );
  const label = current ? "Corriger la sortie" : "Enregistrer la sortie";

  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack>
        <ErrorAlert error={record.error} title="Sortie non enregistrée" />
        {agreedNextStep && !current && (
          <Alert color="blue" variant="light">
            La suite de parcours convenue à l'entretien tripartite est proposée ; modifiez-la si elle a
            changé.
          </Alert>
        )}
        <TextInput
          label="Date de sortie"
          type="date"
          required
          min={pathway.entryDate}
          max={parisToday()}
          description={`Entrée le ${formatDate(pathway.entryDate)}`}
          {...form.getInputProps("exitDate")}
        />
        <NativeSelect
          label="Motif de sortie"
          required
          data={[choose, ...EXIT_REASONS.map((value) => ({ value, label: EXIT_REASON_LABELS[value] }))]}
          {...form.getInputProps("reason")}
        />
        <NextStepFields
          kind={values.nextStep.kind}
          inputProps={(field) => form.getInputProps(`nextStep.${field}`)}
        />
        <NativeSelect
          label="Situation à la sortie"
          required
          description="Proposée d'après la suite de parcours ; changez-la si la personne est dans une autre situation."
          data={[choose, ...SITUATIONS.map((value) => ({ value, label: SITUATION_LABELS[value] }))]}
          {...form.getInputProps("situationAtExit")}
        />
        {[...warnings.errors.map((error) => error.message), ...warnings.warnings].length > 0 && (
          <Alert color="orange.9" title="À vérifier">
            <List size="sm">
              {[...warnings.errors.map((error) => error.message), ...warnings.warnings].map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <SubmitOrCancel label={label} pending={record.isPending} onCancel={current ? onDone : undefined} />
      </Stack>
    </form>
  );
}
