import { Alert, Button, Checkbox, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useSearchParams } from "react-router";
import { ApiError } from "../../api/client";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { NarrowColumn } from "../../ui/NarrowColumn";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { MissingToken } from "../accounts/MissingToken";
import {
  EMPTY_ANSWERS,
  FollowUpQuestions,
  QUESTION_RULES,
  type QuestionValues,
  toAnswers,
} from "./FollowUpQuestions";
import { useAnswerQuestionnaire, useQuestionnaire } from "./follow-ups-api";

/** The follow-up questionnaire, from the link a former trainee was e-mailed, without an account; phone first. */
export default function FollowUpQuestionnairePage() {
  const token = useSearchParams()[0].get("jeton");
  return (
    <NarrowColumn>
      <PageTitle>Où en êtes-vous ?</PageTitle>
      {token ? <Questionnaire token={token} /> : <MissingToken />}
    </NarrowColumn>
  );
}

const THANKS = "Vous avez déjà répondu, merci !";

function Thanks({ title, children }: { title: string; children: string }) {
  return (
    <Alert color="green.9" title={title} role="status">
      {children}
    </Alert>
  );
}

function Questionnaire({ token }: { token: string }) {
  const request = useQuestionnaire(token);
  const submit = useAnswerQuestionnaire(token);
  const form = useForm<QuestionValues & { ambassador: boolean }>({
    initialValues: { ...EMPTY_ANSWERS, ambassador: false },
    validate: QUESTION_RULES,
  });
  if (submit.isSuccess) {
    return (
      <Thanks title="Merci !">
        Vos réponses sont bien enregistrées. Elles aident la Région à améliorer le parcours pour les personnes
        qui le suivront.
      </Thanks>
    );
  }
  if (submit.error instanceof ApiError && submit.error.status === 409) {
    return (
      <Thanks title={THANKS}>Vos premières réponses sont bien enregistrées : elles ne changent pas.</Thanks>
    );
  }
  if (request.isPending) return <PageLoader />;
  if (request.isError) return <ErrorAlert error={request.error} title="Ce lien ne permet pas de répondre" />;
  const questionnaire = request.data;
  if (questionnaire.alreadyAnswered) {
    return <Thanks title={THANKS}>Vos réponses sont bien enregistrées.</Thanks>;
  }
  return (
    <Stack>
      <Text size="lg">
        Bonjour {questionnaire.firstName}, il y a {questionnaire.months} mois, vous avez terminé votre
        parcours. Voici 5 questions courtes sur votre situation aujourd'hui.
      </Text>
      <ErrorAlert error={submit.error} title="Réponses non enregistrées" />
      <form
        onSubmit={form.onSubmit((values) =>
          submit.mutate({ ...toAnswers(values), ambassador: values.ambassador }),
        )}
        noValidate
      >
        <Stack gap="lg">
          <FollowUpQuestions form={form} />
          <Checkbox
            size="md"
            label="Je veux bien venir témoigner (facultatif)"
            description={questionnaire.ambassadorConsentText}
            {...form.getInputProps("ambassador", { type: "checkbox" })}
          />
          <Button type="submit" size="lg" loading={submit.isPending}>
            Envoyer mes réponses
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
