import { Checkbox, NumberInput, Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useParams } from "react-router";
import type { SiteBody } from "../../../../../src/domains/territory/territory.schemas";
import { TerritoryFrame } from "../TerritoryFrame";
import { type SiteItem, useLots, useSaveSite, useSite, useTerritoryOrganisations } from "../territory-api";
import { CommunePicker } from "./CommunePicker";
import { FormShell, optionsOf, required, useSubmitRecord } from "./form-support";

/** Creates or edits a site: its organisation, lot, commune, address, capacity, rural status. */
function SiteForm({ site }: { site: SiteItem | null }) {
  const lots = useLots();
  const organisations = useTerritoryOrganisations();
  const save = useSaveSite();
  const form = useForm<SiteBody>({
    initialValues: {
      code: site?.code ?? "",
      name: site?.name ?? "",
      organisationId: site?.organisation.id ?? "",
      lotId: site?.lot.id ?? "",
      communeCode: site?.commune.code ?? "",
      address: site?.address ?? null,
      capacity: site?.capacity ?? 12,
      mandatoryRural: site?.mandatoryRural ?? false,
      active: site?.active ?? true,
    },
    validate: {
      code: required("le code"),
      name: required("le nom"),
      organisationId: required("l'organisme"),
      lotId: required("le lot"),
      communeCode: required("la commune"),
    },
  });
  const submit = useSubmitRecord("site", save, site?.id ?? null, form.setErrors);
  const trainingOrganisations = (organisations.data ?? []).filter(
    (o) => o.kind === "training_organisation" || o.kind === "consortium",
  );
  return (
    <FormShell
      onSubmit={form.onSubmit((values) => submit({ ...values, address: values.address?.trim() || null }))}
      error={save.error}
      saving={save.isPending}
      cancelTo={site ? `/territoire/sites/${site.id}` : "/territoire/sites"}
    >
      <TextInput label="Code" description="Par exemple S001" required {...form.getInputProps("code")} />
      <TextInput label="Nom" required {...form.getInputProps("name")} />
      <Select
        label="Organisme de formation"
        required
        searchable
        data={optionsOf(trainingOrganisations)}
        {...form.getInputProps("organisationId")}
      />
      <Select
        label="Lot"
        required
        searchable
        data={optionsOf(lots.data ?? [])}
        {...form.getInputProps("lotId")}
      />
      <CommunePicker
        label="Commune"
        required
        value={form.values.communeCode}
        onChange={(code) => form.setFieldValue("communeCode", code)}
        error={form.errors.communeCode}
        initial={site?.commune ?? null}
      />
      <TextInput
        label="Adresse"
        value={form.values.address ?? ""}
        onChange={(event) => form.setFieldValue("address", event.currentTarget.value)}
        error={form.errors.address}
      />
      <NumberInput label="Nombre de places" required min={0} {...form.getInputProps("capacity")} />
      <Checkbox
        label="Site rural obligatoire"
        {...form.getInputProps("mandatoryRural", { type: "checkbox" })}
      />
      <Checkbox label="Site ouvert" {...form.getInputProps("active", { type: "checkbox" })} />
    </FormShell>
  );
}

/** `/territoire/sites/nouveau` and `/territoire/sites/:id/modifier`. */
export default function SiteFormPage() {
  const { id } = useParams();
  const site = useSite(id);
  return (
    <TerritoryFrame
      title={id ? "Modifier le site" : "Nouveau site"}
      isPending={Boolean(id) && site.isPending}
      error={site.error}
    >
      <SiteForm key={site.data?.id ?? "new"} site={site.data ?? null} />
    </TerritoryFrame>
  );
}
