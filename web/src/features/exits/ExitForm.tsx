import { Alert, Button, Group, List, NativeSelect, Stack, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { checkExit } from "../../../../src/domains/exits/exit-rules";
import {
  CONTRACT_TYPE_LABELS,
  CONTRACT_TYPES,
  NEXT_STEP_KIND_LABELS,
  NEXT_STEP_KINDS,
  type NextStep,
  type NextStepKind,
  situationOfNextStep,
} from "../../../../src/domains/outcomes/next-step";
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
import type { PathwayDetail } from "../pathways/pathways-api";
import { type ExitView, useRecordExit } from "./exits-api";

type Values = {
  exitDate: string;
  reason: string;
  kind: string;
  title: string;
  startDate: string;
  contractType: string;
  plan: string;
  situationAtExit: string;
};

const choose = { value: "", label: "Choisir…" };
const TRAINING_KINDS: readonly string[] = ["qualifying_training_prf", "qualifying_training_other"];

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
      kind: step?.kind ?? "",
      title: step?.title ?? "",
      startDate: step?.startDate ?? "",
      contractType: step?.contractType ?? "",
      plan: step?.plan ?? "",
      situationAtExit: current?.situationAtExit ?? (step ? situationOfNextStep(step) : ""),
    },
    validate: {
      exitDate: (value) => (value ? null : "Indiquez la date de sortie."),
      reason: (value) => (value ? null : "Choisissez le motif de sortie."),
      kind: (value) => (value ? null : "Choisissez la suite de parcours."),
      situationAtExit: (value) => (value ? null : "Choisissez la situation à la sortie."),
    },
  });
  const values = form.getValues();
  /** A new next step offers its situation, as long as the situation was not chosen by hand. */
  const offerSituation = (kind: string, contractType: string) => {
    if (!kind || form.isTouched("situationAtExit")) return;
    form.setFieldValue(
      "situationAtExit",
      situationOfNextStep({
        kind: kind as NextStepKind,
        contractType: (contractType || null) as NextStep["contractType"],
      }),
    );
  };
  const warnings =
    values.exitDate && values.reason && values.kind && values.situationAtExit
      ? checkExit({
          entryDate: pathway.entryDate,
          plannedEndDate: pathway.plannedEndDate,
          today: parisToday(),
          exitDate: values.exitDate,
          reason: values.reason as ExitReason,
          situationAtExit: values.situationAtExit as Situation,
          nextStep: {
            kind: values.kind as NextStepKind,
            contractType: (values.contractType || null) as NextStep["contractType"],
          },
        })
      : { errors: [], warnings: [] };
  const submit = form.onSubmit((input) =>
    record.mutate(
      {
        exitDate: input.exitDate,
        reason: input.reason as ExitReason,
        situationAtExit: input.situationAtExit as Situation,
        nextStep: {
          kind: input.kind as NextStepKind,
          title: input.title || null,
          startDate: input.startDate || null,
          contractType: (input.contractType || null) as NextStep["contractType"],
          plan: input.plan || null,
        },
        correction: current !== null,
      },
      { onSuccess: () => onDone?.() },
    ),
  );
  const kind = values.kind;
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
        <NativeSelect
          label="Suite de parcours"
          required
          data={[choose, ...NEXT_STEP_KINDS.map((value) => ({ value, label: NEXT_STEP_KIND_LABELS[value] }))]}
          {...form.getInputProps("kind")}
          onChange={(event) => {
            form.setFieldValue("kind", event.currentTarget.value);
            offerSituation(event.currentTarget.value, values.contractType);
          }}
        />
        {TRAINING_KINDS.includes(kind) && (
          <Group grow align="flex-start">
            <TextInput label="Intitulé de la formation" required {...form.getInputProps("title")} />
            <TextInput
              label="Date d'entrée en formation"
              type="date"
              required
              {...form.getInputProps("startDate")}
            />
          </Group>
        )}
        {kind === "apprenticeship" && (
          <Group grow align="flex-start">
            <TextInput label="Métier ou employeur (facultatif)" {...form.getInputProps("title")} />
            <TextInput label="Date de début (facultatif)" type="date" {...form.getInputProps("startDate")} />
          </Group>
        )}
        {kind === "employment" && (
          <Group grow align="flex-start">
            <NativeSelect
              label="Type de contrat"
              required
              data={[
                choose,
                ...CONTRACT_TYPES.map((value) => ({ value, label: CONTRACT_TYPE_LABELS[value] })),
              ]}
              {...form.getInputProps("contractType")}
              onChange={(event) => {
                form.setFieldValue("contractType", event.currentTarget.value);
                offerSituation(kind, event.currentTarget.value);
              }}
            />
            <TextInput label="Employeur (facultatif)" {...form.getInputProps("title")} />
          </Group>
        )}
        {(kind === "job_search" || kind === "other") && (
          <Textarea
            label={kind === "job_search" ? "Plan d'action de la recherche" : "Précisez la suite"}
            required
            autosize
            minRows={2}
            maxLength={2000}
            {...form.getInputProps("plan")}
          />
        )}
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
        <Group>
          <Button type="submit" loading={record.isPending}>
            {label}
          </Button>
          {onDone && current && (
            <Button variant="subtle" onClick={onDone}>
              Annuler
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
