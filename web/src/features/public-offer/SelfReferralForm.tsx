import { Button, Checkbox, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import { type FormEvent, type ReactNode, useState } from "react";
import {
  SELF_REFERRAL_CONSENT_LABEL,
  SELF_REFERRAL_CONSENT_PARAGRAPHS,
} from "../../../../src/domains/public-offer/self-referral-consent";
import {
  CURRENT_SITUATION_LABELS,
  CURRENT_SITUATIONS,
  type CurrentSituation,
} from "../../../../src/domains/referrals/referral-vocabulary";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { fieldErrors } from "../territory/forms/form-support";
import { CommuneField } from "./CommuneField";
import { Honeypot } from "./Honeypot";
import {
  type PublicCommuneItem,
  type PublicSite,
  type SelfReferralReceipt,
  useSendSelfReferral,
} from "./public-offer-api";

const HOPES_MAX = 2000;
const AVAILABILITY_MAX = 500;
const NEAREST = "nearest";

type Fields = {
  lastName: string;
  firstName: string;
  birthDate: string;
  email: string;
  phone: string;
  commune: PublicCommuneItem | null;
  situation: CurrentSituation | null;
  hopes: string;
  availability: string;
  /** A site's id, or `nearest`: the nearest site with room. */
  site: string;
  consent: boolean;
  website: string;
};
type Errors = Partial<Record<keyof Fields | "communeCode" | "siteId", string>>;

/** What must be there before sending; the server checks the rest (dates, formats, sizes). */
function missing(fields: Fields): Errors {
  const errors: Errors = {};
  if (!fields.lastName.trim()) errors.lastName = "Indiquez votre nom.";
  if (!fields.firstName.trim()) errors.firstName = "Indiquez votre prénom.";
  if (!fields.birthDate) errors.birthDate = "Indiquez votre date de naissance.";
  if (!fields.email.trim() && !fields.phone.trim()) {
    errors.email =
      "Indiquez une adresse e-mail ou un numéro de téléphone pour que le site puisse vous répondre.";
  }
  if (!fields.commune) errors.communeCode = "Choisissez votre commune dans la liste.";
  if (!fields.situation) errors.situation = "Choisissez votre situation.";
  if (!fields.hopes.trim()) errors.hopes = "Dites en quelques mots ce que vous attendez.";
  if (!fields.consent) errors.consent = "Votre accord est nécessaire pour que votre demande soit transmise.";
  return errors;
}

/** The id of each field's input, to move the focus to the first one in error. */
const FIELD_IDS: Record<keyof Errors, string> = {
  lastName: "candidature-nom",
  firstName: "candidature-prenom",
  birthDate: "candidature-naissance",
  email: "candidature-email",
  phone: "candidature-telephone",
  commune: "candidature-commune",
  communeCode: "candidature-commune",
  situation: "candidature-situation",
  hopes: "candidature-attentes",
  availability: "candidature-disponibilites",
  site: "candidature-site",
  siteId: "candidature-site",
  consent: "candidature-accord",
  website: "website",
};

/** Moves the focus to a field, or to the first choice of a group of radio buttons. */
function focusField(id: string) {
  const element = document.getElementById(id);
  const target = element?.matches("input, textarea") ? element : element?.querySelector("input, textarea");
  if (target instanceof HTMLElement) target.focus();
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack component="fieldset" gap="md" p={0} m={0} style={{ border: "none", minWidth: 0 }}>
      <legend style={{ padding: 0, marginBottom: "var(--mantine-spacing-xs)" }}>
        <Title order={2} size="h3">
          {title}
        </Title>
      </legend>
      {children}
    </Stack>
  );
}

/** The self-referral form (auto-positionnement), sent without an account. */
export function SelfReferralForm({
  site,
  onSent,
}: {
  site: PublicSite | null;
  onSent: (receipt: SelfReferralReceipt) => void;
}) {
  const send = useSendSelfReferral();
  const [fields, setFields] = useState<Fields>({
    lastName: "",
    firstName: "",
    birthDate: "",
    email: "",
    phone: "",
    commune: null,
    situation: null,
    hopes: "",
    availability: "",
    site: site?.id ?? NEAREST,
    consent: false,
    website: "",
  });
  const [errors, setErrors] = useState<Errors>({});
  const set = <K extends keyof Fields>(key: K, value: Fields[K]) =>
    setFields((previous) => ({ ...previous, [key]: value }));
  const input = (key: "lastName" | "firstName" | "birthDate" | "email" | "phone") => ({
    id: FIELD_IDS[key],
    value: fields[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key, event.currentTarget.value),
    error: errors[key],
    size: "lg" as const,
  });

  const showErrors = (found: Errors) => {
    setErrors(found);
    const first = (Object.keys(FIELD_IDS) as (keyof Errors)[]).find((key) => found[key]);
    if (first) focusField(FIELD_IDS[first]);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = missing(fields);
    if (Object.keys(found).length > 0) return showErrors(found);
    setErrors({});
    send.mutate(
      {
        lastName: fields.lastName,
        firstName: fields.firstName,
        birthDate: fields.birthDate,
        email: fields.email.trim() || null,
        phone: fields.phone.trim() || null,
        communeCode: fields.commune?.code ?? "",
        siteId: fields.site === NEAREST ? null : fields.site,
        situation: fields.situation ?? "other",
        hopes: fields.hopes,
        availability: fields.availability.trim() || null,
        consent: true,
        website: fields.website,
      },
      { onSuccess: onSent, onError: (error) => showErrors(fieldErrors(error) as Errors) },
    );
  };

  const errorCount = Object.keys(errors).length;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xl">
        <Text>Tous les champs sont obligatoires, sauf ceux marqués « facultatif ».</Text>
        <ErrorAlert error={send.error} title="Votre demande n'est pas partie" />
        {errorCount > 0 && !send.error && (
          <Text role="alert" c="red.9" fw={700}>
            {errorCount === 1
              ? "Un champ est à compléter ou à corriger."
              : `${errorCount} champs sont à compléter ou à corriger.`}
          </Text>
        )}

        <Part title="Vous">
          <TextInput label="Nom" autoComplete="family-name" {...input("lastName")} />
          <TextInput label="Prénom" autoComplete="given-name" {...input("firstName")} />
          <TextInput label="Date de naissance" type="date" autoComplete="bday" {...input("birthDate")} />
        </Part>

        <Part title="Pour vous joindre">
          <Text>Indiquez au moins l'un des deux.</Text>
          <TextInput
            label="Adresse e-mail (facultatif si vous donnez un téléphone)"
            type="email"
            autoComplete="email"
            {...input("email")}
          />
          <TextInput
            label="Téléphone (facultatif si vous donnez un e-mail)"
            type="tel"
            autoComplete="tel"
            {...input("phone")}
          />
          <CommuneField
            id={FIELD_IDS.communeCode}
            value={fields.commune}
            onChange={(commune) => set("commune", commune)}
            error={errors.communeCode}
          />
        </Part>

        <Part title="Votre situation">
          <div id={FIELD_IDS.situation}>
            <Radio.Group
              label="Aujourd'hui :"
              size="md"
              value={fields.situation}
              onChange={(value) => set("situation", value as CurrentSituation)}
              error={errors.situation}
            >
              <Stack gap="sm" mt="xs">
                {CURRENT_SITUATIONS.map((situation) => (
                  <Radio
                    key={situation}
                    value={situation}
                    label={CURRENT_SITUATION_LABELS[situation]}
                    size="md"
                  />
                ))}
              </Stack>
            </Radio.Group>
          </div>
          <Textarea
            id={FIELD_IDS.hopes}
            label="Ce que vous attendez du parcours"
            description={`En quelques mots : un métier qui vous attire, une formation, reprendre confiance… ${fields.hopes.length.toLocaleString("fr-FR")} / ${HOPES_MAX.toLocaleString("fr-FR")} caractères.`}
            size="lg"
            autosize
            minRows={3}
            maxLength={HOPES_MAX}
            value={fields.hopes}
            onChange={(event) => set("hopes", event.currentTarget.value)}
            error={errors.hopes}
          />
          <Textarea
            id={FIELD_IDS.availability}
            label="Vos disponibilités (facultatif)"
            description="Par exemple : disponible tout de suite, sauf le mercredi."
            size="lg"
            autosize
            minRows={2}
            maxLength={AVAILABILITY_MAX}
            value={fields.availability}
            onChange={(event) => set("availability", event.currentTarget.value)}
            error={errors.availability}
          />
        </Part>

        <Part title="Le site">
          <div id={FIELD_IDS.site}>
            <Radio.Group
              label="Où voulez-vous suivre le parcours ?"
              size="md"
              value={fields.site}
              onChange={(value) => set("site", value)}
              error={errors.siteId}
            >
              <Stack gap="sm" mt="xs">
                {site && <Radio value={site.id} label={`${site.name} (${site.communeName})`} size="md" />}
                <Radio
                  value={NEAREST}
                  label="Le site le plus proche de chez moi qui a de la place"
                  size="md"
                />
              </Stack>
            </Radio.Group>
          </div>
        </Part>

        <Part title="Vos informations">
          <Paper withBorder p="md">
            <Stack gap="xs">
              {SELF_REFERRAL_CONSENT_PARAGRAPHS.map((paragraph) => (
                <Text key={paragraph}>{paragraph}</Text>
              ))}
            </Stack>
          </Paper>
          <Checkbox
            id={FIELD_IDS.consent}
            label={SELF_REFERRAL_CONSENT_LABEL}
            size="md"
            checked={fields.consent}
            onChange={(event) => set("consent", event.currentTarget.checked)}
            error={errors.consent}
          />
        </Part>

        <Honeypot value={fields.website} onChange={(value) => set("website", value)} />
        <Button type="submit" size="lg" loading={send.isPending}>
          Envoyer ma demande
        </Button>
      </Stack>
    </form>
  );
}
