import { Checkbox, Radio, Stack } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import { BARRIER_THEMES, type BarrierTheme } from "../../../../src/domains/barriers/barrier-catalogue";
import {
  BARRIER_PLAIN_LABELS,
  type FollowUpAnswers,
  SELF_ESTEEM_LABELS,
  SELF_ESTEEM_LEVELS,
} from "../../../../src/domains/follow-ups/follow-ups.schemas";
import { SITUATION_PLAIN_LABELS, SITUATIONS } from "../../../../src/domains/outcomes/situation-vocabulary";

/** The follow-up's five questions, the same by link (the former trainee) and by phone (read out to them). */

export type QuestionValues = {
  situation: string;
  projectIdentified: string;
  situationImproved: string;
  selfEsteem: string;
  barriers: string[];
  noBarrier: boolean;
};

export const EMPTY_ANSWERS: QuestionValues = {
  situation: "",
  projectIdentified: "",
  situationImproved: "",
  selfEsteem: "",
  barriers: [],
  noBarrier: false,
};

const chosen = (missing: string) => (value: string) => (value ? null : missing);

export const QUESTION_RULES = {
  situation: chosen("Choisissez votre situation."),
  projectIdentified: chosen("Répondez oui ou non."),
  situationImproved: chosen("Répondez oui ou non."),
  selfEsteem: chosen("Choisissez une réponse."),
  barriers: (value: string[], values: QuestionValues) =>
    value.length > 0 || values.noBarrier ? null : "Cochez vos difficultés, ou « Aucune de ces difficultés ».",
};

export const toAnswers = (values: QuestionValues): FollowUpAnswers => ({
  situation: values.situation as FollowUpAnswers["situation"],
  projectIdentified: values.projectIdentified === "yes",
  situationImproved: values.situationImproved === "yes",
  selfEsteem: Number(values.selfEsteem),
  barriersRemaining: values.noBarrier ? [] : (values.barriers as BarrierTheme[]),
});

function YesNo({
  form,
  field,
  label,
}: {
  form: UseFormReturnType<QuestionValues>;
  field: "projectIdentified" | "situationImproved";
  label: string;
}) {
  return (
    <Radio.Group label={label} required {...form.getInputProps(field)}>
      <Stack gap={8} mt={8}>
        <Radio value="yes" label="Oui" size="md" />
        <Radio value="no" label="Non" size="md" />
      </Stack>
    </Radio.Group>
  );
}

export function FollowUpQuestions<Values extends QuestionValues>({
  form,
}: {
  form: UseFormReturnType<Values>;
}) {
  const questions = form as unknown as UseFormReturnType<QuestionValues>;
  return (
    <Stack gap="lg">
      <Radio.Group
        label="Aujourd'hui, quelle est votre situation ?"
        required
        {...questions.getInputProps("situation")}
      >
        <Stack gap={8} mt={8}>
          {SITUATIONS.map((situation) => (
            <Radio key={situation} value={situation} label={SITUATION_PLAIN_LABELS[situation]} size="md" />
          ))}
        </Stack>
      </Radio.Group>
      <YesNo
        form={questions}
        field="projectIdentified"
        label="Le parcours vous a-t-il aidé·e à trouver ou à confirmer votre projet ?"
      />
      <YesNo
        form={questions}
        field="situationImproved"
        label="Depuis le parcours, votre situation s'est-elle améliorée ?"
      />
      <Radio.Group
        label="Depuis le parcours, comment vous sentez-vous avec vous-même ?"
        required
        {...questions.getInputProps("selfEsteem")}
      >
        <Stack gap={8} mt={8}>
          {SELF_ESTEEM_LEVELS.map((level) => (
            <Radio key={level} value={String(level)} label={SELF_ESTEEM_LABELS[level]} size="md" />
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox.Group
        label="Avez-vous encore des difficultés avec… ?"
        description="Cochez tout ce qui vous concerne."
        {...questions.getInputProps("barriers")}
        onChange={(value) => {
          questions.setFieldValue("barriers", value);
          if (value.length > 0) questions.setFieldValue("noBarrier", false);
        }}
      >
        <Stack gap={8} mt={8}>
          {BARRIER_THEMES.map((theme) => (
            <Checkbox key={theme} value={theme} label={BARRIER_PLAIN_LABELS[theme]} size="md" />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox
        label="Aucune de ces difficultés"
        size="md"
        checked={questions.values.noBarrier}
        onChange={(event) => {
          const checked = event.currentTarget.checked;
          questions.setFieldValue("noBarrier", checked);
          if (checked) questions.setFieldValue("barriers", []);
          questions.clearFieldError("barriers");
        }}
      />
    </Stack>
  );
}
