import { Checkbox, Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useParams } from "react-router";
import type { OrganisationBody } from "../../../../../src/domains/territory/territory.schemas";
import {
  DEPARTMENT_NAMES,
  ORGANISATION_KIND_LABELS,
  PRESCRIBER_NETWORK_LABELS,
  PRESCRIBER_NETWORKS,
} from "../../../../../src/domains/territory/territory.vocabulary";
import { TerritoryFrame } from "../TerritoryFrame";
import {
  type OrganisationItem,
  useOrganisation,
  useSaveOrganisation,
  useTerritoryOrganisations,
} from "../territory-api";
import { FormShell, optionsOf, required, useSubmitRecord } from "./form-support";

const KINDS = ["training_organisation", "consortium", "prescriber"] as const;
const DEPARTMENTS = Object.entries(DEPARTMENT_NAMES).map(([value, name]) => ({
  value,
  label: `${name} (${value})`,
}));

/** Creates or edits an organisation: training organisation, consortium or prescriber. */
function OrganisationForm({ organisation: o }: { organisation: OrganisationItem | null }) {
  const organisations = useTerritoryOrganisations();
  const save = useSaveOrganisation();
  const form = useForm<OrganisationBody>({
    initialValues: {
      code: o?.code ?? "",
      name: o?.name ?? "",
      kind: o && o.kind !== "region" ? o.kind : "training_organisation",
      networkType: o?.networkType ?? null,
      siret: o?.siret ?? null,
      department: o?.department ?? null,
      consortiumId: o?.consortium?.id ?? null,
      leadMemberId: o?.leadMember?.id ?? null,
      active: o?.active ?? true,
    },
    validate: { code: required("le code"), name: required("le nom") },
  });
  const submit = useSubmitRecord("organisation", save, o?.id ?? null, form.setErrors);
  const all = organisations.data ?? [];
  const kind = form.values.kind;
  return (
    <FormShell
      onSubmit={form.onSubmit((values) => submit({ ...values, siret: values.siret?.trim() || null }))}
      error={save.error}
      saving={save.isPending}
      cancelTo={o ? `/territoire/organisations/${o.id}` : "/territoire/organisations"}
    >
      <TextInput label="Code" required {...form.getInputProps("code")} />
      <TextInput label="Nom" required {...form.getInputProps("name")} />
      <Select
        label="Type"
        required
        allowDeselect={false}
        data={KINDS.map((value) => ({ value, label: ORGANISATION_KIND_LABELS[value] }))}
        {...form.getInputProps("kind")}
      />
      {kind === "prescriber" && (
        <Select
          label="Réseau"
          clearable
          data={PRESCRIBER_NETWORKS.map((value) => ({ value, label: PRESCRIBER_NETWORK_LABELS[value] }))}
          {...form.getInputProps("networkType")}
        />
      )}
      <TextInput
        label="SIRET"
        description="14 chiffres"
        inputMode="numeric"
        value={form.values.siret ?? ""}
        onChange={(event) => form.setFieldValue("siret", event.currentTarget.value)}
        error={form.errors.siret}
      />
      <Select label="Département" clearable data={DEPARTMENTS} {...form.getInputProps("department")} />
      {kind === "training_organisation" && (
        <Select
          label="Membre du groupement"
          clearable
          searchable
          data={optionsOf(all.filter((other) => other.kind === "consortium"))}
          {...form.getInputProps("consortiumId")}
        />
      )}
      {kind === "consortium" && (
        <Select
          label="Chef de file"
          clearable
          searchable
          data={optionsOf(all.filter((other) => other.kind === "training_organisation"))}
          {...form.getInputProps("leadMemberId")}
        />
      )}
      <Checkbox label="Organisation active" {...form.getInputProps("active", { type: "checkbox" })} />
    </FormShell>
  );
}

/** `/territoire/organisations/nouvelle` and `/territoire/organisations/:id/modifier`. */
export default function OrganisationFormPage() {
  const { id } = useParams();
  const organisation = useOrganisation(id);
  return (
    <TerritoryFrame
      title={id ? "Modifier l'organisation" : "Nouvelle organisation"}
      isPending={Boolean(id) && organisation.isPending}
      error={organisation.error}
    >
      <OrganisationForm key={organisation.data?.id ?? "new"} organisation={organisation.data ?? null} />
    </TerritoryFrame>
  );
}
