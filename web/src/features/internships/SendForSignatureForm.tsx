import { Checkbox, List, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { SendForSignatureBody } from "../../../../src/domains/internships/internships.schemas";
import type { PathwayDetail } from "../pathways/pathways-api";
import { ActionForm } from "../referrals/actions/ActionForm";
import { type InternshipItem, useSendForSignature } from "./internships-api";

type Signatory = { other: boolean; name: string; email: string };
type Values = { company: Signatory; trainingOrganisation: Signatory; referent: Signatory };

const blank = (other = false): Signatory => ({ other, name: "", email: "" });
const chosen = (signatory: Signatory) =>
  signatory.other ? { name: signatory.name, email: signatory.email } : undefined;

/** Who signs, by default: the trainee, the tutor, oneself, the referent; another person may be named. */
export function SendForSignatureForm({
  pathway,
  internship,
  onDone,
}: {
  pathway: PathwayDetail;
  internship: InternshipItem;
  onDone: () => void;
}) {
  const send = useSendForSignature(pathway.id, internship.id);
  const form = useForm<Values>({
    initialValues: {
      company: blank(),
      trainingOrganisation: blank(),
      referent: blank(pathway.referent === null),
    },
  });
  const submit = (values: Values) => {
    const body: SendForSignatureBody = {
      company: chosen(values.company),
      trainingOrganisation: chosen(values.trainingOrganisation),
      referent: chosen(values.referent),
    };
    send.mutate(body, { onSuccess: onDone });
  };
  const otherFields = (key: keyof Values, label: string) =>
    form.values[key].other && (
      <Stack gap="xs" pl="lg">
        <TextInput
          label={`Nom de la personne qui signe ${label}`}
          required
          {...form.getInputProps(`${key}.name`)}
        />
        <TextInput
          label={`Son adresse e-mail`}
          type="email"
          required
          {...form.getInputProps(`${key}.email`)}
        />
      </Stack>
    );
  return (
    <ActionForm
      intro="La convention est figée : elle ne pourra plus être modifiée. Chaque signataire reçoit par e-mail un lien personnel, à usage unique, pour la signer sans créer de compte."
      error={send.error}
      pending={send.isPending}
      submitLabel="Envoyer pour signature"
      onSubmit={form.onSubmit(submit)}
      onCancel={onDone}
    >
      <List size="sm">
        <List.Item>
          Le ou la stagiaire : {pathway.person.firstName} {pathway.person.lastName} (
          {pathway.person.email ?? "pas d'adresse e-mail"})
        </List.Item>
        <List.Item>
          L'entreprise : {internship.tutorName} ({internship.tutorEmail}), sauf si une autre personne signe
        </List.Item>
        <List.Item>L'organisme de formation : vous, sauf si une autre personne signe</List.Item>
        <List.Item>
          Le ou la référent·e : {pathway.referent ? pathway.referent.displayName : "à indiquer ci-dessous"}
        </List.Item>
      </List>
      <Checkbox
        label="Une autre personne que le tuteur signe pour l'entreprise"
        {...form.getInputProps("company.other", { type: "checkbox" })}
      />
      {otherFields("company", "pour l'entreprise")}
      <Checkbox
        label="Une autre personne signe pour l'organisme de formation"
        {...form.getInputProps("trainingOrganisation.other", { type: "checkbox" })}
      />
      {otherFields("trainingOrganisation", "pour l'organisme de formation")}
      {pathway.referent ? (
        <Checkbox
          label="Une autre personne signe pour le prescripteur"
          {...form.getInputProps("referent.other", { type: "checkbox" })}
        />
      ) : null}
      {otherFields("referent", "pour le prescripteur")}
    </ActionForm>
  );
}
