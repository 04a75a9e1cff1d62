import { Alert, Select, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import {
  BARRIER_CATALOGUE,
  BARRIER_SEVERITIES,
  BARRIER_SEVERITY_LABELS,
  BARRIER_THEMES,
  type BarrierSeverity,
  type BarrierTheme,
} from "../../../../src/domains/barriers/barrier-catalogue";
import { parisToday } from "../../ui/dates";
import { ActionForm } from "../referrals/actions/ActionForm";
import { useAddBarrier } from "./barriers-api";

const THEME_OPTIONS = BARRIER_THEMES.map((value) => ({ value, label: BARRIER_CATALOGUE[value].label }));
export const SEVERITY_OPTIONS = BARRIER_SEVERITIES.map((value) => ({
  value,
  label: BARRIER_SEVERITY_LABELS[value],
}));

/** Who reads the details of a health or justice barrier. */
export const RESTRICTED_NOTICE =
  "Visible seulement par l'organisme de formation, le ou la référent·e et la personne";

type Values = {
  theme: BarrierTheme | null;
  situation: string | null;
  severity: BarrierSeverity;
  details: string;
  identifiedOn: string;
};

/** A barrier of the diagnosis: the theme, then one of its situations from the catalogue. */
export function AddBarrierForm({ pathwayId, onDone }: { pathwayId: string; onDone: () => void }) {
  const add = useAddBarrier(pathwayId);
  const form = useForm<Values>({
    initialValues: {
      theme: null,
      situation: null,
      severity: "medium",
      details: "",
      identifiedOn: parisToday(),
    },
    validate: {
      theme: (value) => (value ? null : "Choisissez le thème."),
      situation: (value) => (value ? null : "Choisissez la situation."),
    },
  });
  const theme = form.values.theme ? BARRIER_CATALOGUE[form.values.theme] : null;
  const situations = theme
    ? Object.entries(theme.situations).map(([value, label]) => ({ value, label }))
    : [];
  return (
    <ActionForm
      intro="Le frein est inscrit au diagnostic du parcours, avec son historique."
      error={add.error}
      pending={add.isPending}
      submitLabel="Ajouter le frein"
      onSubmit={form.onSubmit((values) =>
        add.mutate(
          {
            theme: values.theme ?? undefined,
            situation: values.situation ?? undefined,
            severity: values.severity,
            details: values.details,
            identifiedOn: values.identifiedOn,
          },
          { onSuccess: onDone },
        ),
      )}
      onCancel={onDone}
    >
      <Select
        label="Thème"
        data={THEME_OPTIONS}
        required
        {...form.getInputProps("theme")}
        onChange={(value) => {
          form.setFieldValue("theme", value as BarrierTheme | null);
          form.setFieldValue("situation", null);
        }}
      />
      <Select
        label="Situation"
        data={situations}
        required
        disabled={!theme}
        description={theme ? undefined : "Choisissez d'abord le thème."}
        {...form.getInputProps("situation")}
      />
      <Select
        label="Gravité"
        data={SEVERITY_OPTIONS}
        allowDeselect={false}
        required
        {...form.getInputProps("severity")}
      />
      {theme?.restricted && (
        <Alert color="gray" title="Informations réservées">
          {RESTRICTED_NOTICE}. La Région, le ou la chargé·e de mission et les collègues du ou de la référent·e
          voient seulement le thème, la gravité et le statut.
        </Alert>
      )}
      <Textarea
        label="Précisions"
        description={theme?.restricted ? `${RESTRICTED_NOTICE}.` : "Facultatif."}
        autosize
        minRows={3}
        maxLength={2000}
        {...form.getInputProps("details")}
      />
      <TextInput label="Repéré le" type="date" required {...form.getInputProps("identifiedOn")} />
    </ActionForm>
  );
}
