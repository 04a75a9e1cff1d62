import { Alert, Anchor, Button, Checkbox, List, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import {
  INTERNSHIP_OBJECTIVE_LABELS,
  SIGNATORY_PARTY_LABELS,
} from "../../../../src/domains/internships/internship-vocabulary";
import type { SignatureRequest } from "../../../../src/domains/internships/internships.schemas";
import { api } from "../../api/client";
import { formatDate } from "../../ui/dates";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { NarrowColumn } from "../../ui/NarrowColumn";
import { PageLoader } from "../../ui/PageLoader";
import { PageTitle } from "../../ui/PageTitle";
import { MissingToken } from "../accounts/MissingToken";
import { hoursText } from "./internship-words";

/** Signing an internship agreement from the e-mailed link, without an account, on a phone first. */
export default function SignPage() {
  const token = useSearchParams()[0].get("jeton");
  return (
    <NarrowColumn>
      <PageTitle>Signer la convention de stage</PageTitle>
      {token ? <SignAgreement token={token} /> : <MissingToken />}
    </NarrowColumn>
  );
}

function SignAgreement({ token }: { token: string }) {
  const path = `/signatures/${encodeURIComponent(token)}`;
  const request = useQuery({
    queryKey: ["signature", token],
    queryFn: () => api.get<SignatureRequest>(path),
  });
  const sign = useMutation({
    mutationFn: (values: { fullName: string; accepted: boolean }) =>
      api.post<{ signedAt: string; allSigned: boolean }>(path, values),
  });
  const form = useForm({
    initialValues: { fullName: "", accepted: false },
    validate: {
      fullName: (value) => (value.trim() ? null : "Tapez votre nom complet."),
      accepted: (value) => (value ? null : "Cochez la case pour signer."),
    },
  });

  if (sign.isSuccess) {
    return (
      <Stack>
        <Alert color="green.9" title="C'est signé, merci !" role="status">
          Votre signature est enregistrée.{" "}
          {sign.data.allSigned
            ? "Les quatre parties ont signé : le stage peut commencer."
            : "Le stage pourra commencer quand les quatre parties auront signé."}
        </Alert>
        <Anchor href={`/api${path}/agreement.pdf`} target="_blank" size="lg">
          Lire la convention (PDF)
        </Anchor>
      </Stack>
    );
  }
  if (request.isPending) return <PageLoader />;
  if (request.isError) return <ErrorAlert error={request.error} title="Ce lien ne permet pas de signer" />;
  const { agreement, party, signerName } = request.data;
  return (
    <Stack>
      <Text size="lg">
        Bonjour {signerName}, vous êtes invité·e à signer cette convention de stage (
        {SIGNATORY_PARTY_LABELS[party].toLowerCase()}).
      </Text>
      <List size="lg" spacing="xs">
        <List.Item>Stagiaire : {agreement.traineeName}</List.Item>
        <List.Item>
          Entreprise : {agreement.companyName}, {agreement.companyCity} (tuteur ou tutrice :{" "}
          {agreement.tutorName})
        </List.Item>
        <List.Item>Organisme de formation : {agreement.siteName}</List.Item>
        <List.Item>
          Dates : du {formatDate(agreement.startDate)} au {formatDate(agreement.endDate)}
        </List.Item>
        <List.Item>Horaires : {agreement.dailySchedule}</List.Item>
        <List.Item>Durée : {hoursText(agreement.hours)}</List.Item>
        <List.Item>Métier : {agreement.job}</List.Item>
        <List.Item>Objectif : {INTERNSHIP_OBJECTIVE_LABELS[agreement.objective]}</List.Item>
        {agreement.activities && <List.Item>Activités : {agreement.activities}</List.Item>}
      </List>
      <Anchor href={`/api${path}/agreement.pdf`} target="_blank" size="lg">
        Lire la convention complète (PDF)
      </Anchor>
      <ErrorAlert error={sign.error} title="Signature refusée" />
      <form onSubmit={form.onSubmit((values) => sign.mutate(values))} noValidate>
        <Stack>
          <TextInput
            size="md"
            label="Votre nom complet"
            description={`Tapez votre prénom et votre nom : ${signerName}`}
            autoComplete="name"
            required
            {...form.getInputProps("fullName")}
          />
          <Checkbox
            size="md"
            label="J'ai lu et j'accepte la convention"
            {...form.getInputProps("accepted", { type: "checkbox" })}
          />
          <Button type="submit" size="md" loading={sign.isPending}>
            Signer la convention
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
