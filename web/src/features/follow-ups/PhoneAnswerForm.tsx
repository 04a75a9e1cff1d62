import { Button, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { personName } from "../../ui/person-name";
import {
  EMPTY_ANSWERS,
  FollowUpQuestions,
  QUESTION_RULES,
  type QuestionValues,
  toAnswers,
} from "./FollowUpQuestions";
import { type CallListEntry, usePhoneAnswer } from "./follow-ups-api";

/** The answers a former trainee gives on the phone, typed by the person who called them. */
export function PhoneAnswerForm({ entry, onDone }: { entry: CallListEntry; onDone: () => void }) {
  const answer = usePhoneAnswer(entry.id);
  const form = useForm<QuestionValues>({ initialValues: EMPTY_ANSWERS, validate: QUESTION_RULES });
  return (
    <form
      onSubmit={form.onSubmit((values) => answer.mutate(toAnswers(values), { onSuccess: onDone }))}
      noValidate
    >
      <Stack>
        <Text>
          Lisez les questions à {personName(entry)} et cochez ses réponses (
          {entry.phone ?? "pas de téléphone connu"}).
        </Text>
        <ErrorAlert error={answer.error} title="Réponses non enregistrées" />
        <FollowUpQuestions form={form} />
        <Button type="submit" loading={answer.isPending}>
          Enregistrer les réponses
        </Button>
      </Stack>
    </form>
  );
}
