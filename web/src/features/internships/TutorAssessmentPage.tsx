import { Alert, Button, NumberInput, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import {
  ASSESSMENT_CRITERIA,
  ASSESSMENT_CRITERION_LABELS,
  ASSESSMENT_LEVEL_LABELS,
  ASSESSMENT_LEVELS,
  type AssessmentCriterion,
  type TutorAssessmentBody,
  type TutorAssessmentRequest,
} from "../../../../src/domains/internships/internships.schemas";
import { api } from "../../api/client";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { NarrowColumn } from "../../ui/NarrowColumn";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { MissingToken } from "../accounts/MissingToken";
import { hoursText } from "./internship-words";

/** The tutor's assessment at the end of the internship, from the e-mailed link, without an account. */
export default function TutorAssessmentPage() {
  const token = useSearchParams()[0].get("jeton");
  return (
    <NarrowColumn>
      <PageTitle>Votre avis sur le stage</PageTitle>
      {token ? <AssessmentForm token={token} /> : <MissingToken />}
    </NarrowColumn>
  );
}

type Values = {
  answers: Record<AssessmentCriterion, string>;
  comment: string;
  hoursDone: number | string;
  ledToJobOffer: string;
};

function AssessmentForm({ token }: { token: string }) {
  const path = `/tutor-assessments/${encodeURIComponent(token)}`;
  const request = useQuery({
    queryKey: ["tutor-assessment", token],
    queryFn: () => api.get<TutorAssessmentRequest>(path),
  });
  const submit = useMutation({ mutationFn: (body: TutorAssessmentBody) => api.post<null>(path, body) });
  const form = useForm<Values>({
    initialValues: {
      answers: { punctuality: "", attitude: "", interest: "", skills: "" },
      comment: "",
      hoursDone: "",
      ledToJobOffer: "",
    },
    validate: {
      answers: Object.fromEntries(
        ASSESSMENT_CRITERIA.map((criterion) => [
          criterion,
          (value: string) => (value ? null : "Choisissez un niveau."),
        ]),
      ) as Record<AssessmentCriterion, (value: string) => string | null>,
      hoursDone: (value) => (typeof value === "number" && value >= 0 ? null : "Indiquez les heures faites."),
      ledToJobOffer: (value) => (value ? null : "Répondez oui ou non."),
    },
  });
  if (submit.isSuccess) {
    return (
      <Alert color="green.9" title="Merci !" role="status">
        Votre avis est enregistré. L'organisme de formation en tiendra compte pour la suite du parcours.
      </Alert>
    );
  }
  if (request.isPending) return <PageLoader />;
  if (request.isError)
    return <ErrorAlert error={request.error} title="Ce lien ne permet pas de donner votre avis" />;
  const internship = request.data;
  return (
    <Stack>
      <Text size="lg">
        Bonjour {internship.tutorName}, merci d'avoir accueilli {internship.traineeName} chez{" "}
        {internship.companyName} du {formatDate(internship.startDate)} au {formatDate(internship.endDate)} (
        {hoursText(internship.hours)} prévues, métier : {internship.job}).
      </Text>
      <ErrorAlert error={submit.error} title="Avis non enregistré" />
      <form
        onSubmit={form.onSubmit((values) =>
          submit.mutate({
            answers: values.answers as TutorAssessmentBody["answers"],
            comment: values.comment,
            hoursDone: Number(values.hoursDone),
            ledToJobOffer: values.ledToJobOffer === "yes",
          }),
        )}
        noValidate
      >
        <Stack>
          {ASSESSMENT_CRITERIA.map((criterion) => (
            <Radio.Group
              key={criterion}
              label={ASSESSMENT_CRITERION_LABELS[criterion]}
              required
              {...form.getInputProps(`answers.${criterion}`)}
            >
              <Stack gap={6} mt={6}>
                {ASSESSMENT_LEVELS.map((level) => (
                  <Radio key={level} value={level} label={ASSESSMENT_LEVEL_LABELS[level]} size="md" />
                ))}
              </Stack>
            </Radio.Group>
          ))}
          <NumberInput
            size="md"
            label="Heures réellement faites"
            min={0}
            step={0.5}
            decimalSeparator=","
            required
            {...form.getInputProps("hoursDone")}
          />
          <Radio.Group
            label="Ce stage a-t-il débouché sur une proposition d'emploi ?"
            required
            {...form.getInputProps("ledToJobOffer")}
          >
            <Stack gap={6} mt={6}>
              <Radio value="yes" label="Oui" size="md" />
              <Radio value="no" label="Non" size="md" />
            </Stack>
          </Radio.Group>
          <Textarea
            size="md"
            label="Commentaire (facultatif)"
            autosize
            minRows={3}
            {...form.getInputProps("comment")}
          />
          <Button type="submit" size="md" loading={submit.isPending}>
            Envoyer mon avis
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
