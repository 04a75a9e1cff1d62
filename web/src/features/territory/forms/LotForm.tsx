import { MultiSelect, NumberInput, Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useParams } from "react-router";
import type { LotBody } from "../../../../../src/domains/territory/territory.schemas";
import { TerritoryFrame } from "../TerritoryFrame";
import { type LotItem, useBasins, useLot, useSaveLot, useTerritoryOrganisations } from "../territory-api";
import { FormShell, optionsOf, required, useSubmitRecord } from "./form-support";

/** Creates or edits a lot: code, name, target, basins and the organisation or consortium running it. */
function LotForm({ lot }: { lot: LotItem | null }) {
  const basins = useBasins();
  const operators = useTerritoryOrganisations();
  const save = useSaveLot();
  const form = useForm<LotBody>({
    initialValues: {
      code: lot?.code ?? "",
      name: lot?.name ?? "",
      target: lot?.target ?? 0,
      basinIds: lot?.basins.map((basin) => basin.id) ?? [],
      operatorId: lot?.operator?.id ?? null,
    },
    validate: { code: required("le code"), name: required("le nom"), target: required("l'objectif") },
  });
  const submit = useSubmitRecord("lot", save, lot?.id ?? null, form.setErrors);
  const operatorOptions = optionsOf(
    (operators.data ?? []).filter((o) => o.kind === "consortium" || o.kind === "training_organisation"),
  );
  return (
    <FormShell
      onSubmit={form.onSubmit(submit)}
      error={save.error}
      saving={save.isPending}
      cancelTo={lot ? `/territoire/lots/${lot.id}` : "/territoire/lots"}
    >
      <TextInput label="Code" description="Par exemple L01" required {...form.getInputProps("code")} />
      <TextInput label="Nom" required {...form.getInputProps("name")} />
      <NumberInput
        label="Objectif (nombre de stagiaires)"
        required
        min={0}
        {...form.getInputProps("target")}
      />
      <MultiSelect
        label="Bassins d'emploi"
        searchable
        nothingFoundMessage="Aucun bassin ne correspond."
        data={optionsOf(basins.data ?? [])}
        {...form.getInputProps("basinIds")}
      />
      <Select
        label="Porté par (organisme de formation ou groupement)"
        searchable
        clearable
        nothingFoundMessage="Aucune organisation ne correspond."
        data={operatorOptions}
        {...form.getInputProps("operatorId")}
      />
    </FormShell>
  );
}

/** `/territoire/lots/nouveau` and `/territoire/lots/:id/modifier`. */
export default function LotFormPage() {
  const { id } = useParams();
  const lot = useLot(id);
  return (
    <TerritoryFrame
      title={id ? "Modifier le lot" : "Nouveau lot"}
      isPending={Boolean(id) && lot.isPending}
      error={lot.error}
    >
      <LotForm key={lot.data?.id ?? "new"} lot={lot.data ?? null} />
    </TerritoryFrame>
  );
}
