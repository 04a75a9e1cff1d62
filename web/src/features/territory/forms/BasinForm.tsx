import { TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useParams } from "react-router";
import type { BasinBody } from "../../../../../src/domains/territory/territory.schemas";
import { TerritoryFrame } from "../TerritoryFrame";
import { type BasinItem, useBasin, useSaveBasin } from "../territory-api";
import { CommunesPicker } from "./CommunePicker";
import { FormShell, required, useSubmitRecord } from "./form-support";

/** Creates or edits an employment basin: code, name and communes. */
function BasinForm({ basin }: { basin: BasinItem | null }) {
  const save = useSaveBasin();
  const form = useForm<BasinBody>({
    initialValues: {
      code: basin?.code ?? "",
      name: basin?.name ?? "",
      communeCodes: basin?.communeCodes ?? [],
    },
    validate: { code: required("le code"), name: required("le nom") },
  });
  const submit = useSubmitRecord("basin", save, basin?.id ?? null, form.setErrors);
  return (
    <FormShell
      onSubmit={form.onSubmit(submit)}
      error={save.error}
      saving={save.isPending}
      cancelTo={basin ? `/territoire/bassins/${basin.id}` : "/territoire/bassins"}
    >
      <TextInput label="Code" description="Par exemple B01" required {...form.getInputProps("code")} />
      <TextInput label="Nom" required {...form.getInputProps("name")} />
      <CommunesPicker
        label="Communes du bassin"
        value={form.values.communeCodes}
        onChange={(codes) => form.setFieldValue("communeCodes", codes)}
        error={form.errors.communeCodes}
      />
    </FormShell>
  );
}

/** `/territoire/bassins/nouveau` and `/territoire/bassins/:id/modifier`. */
export default function BasinFormPage() {
  const { id } = useParams();
  const basin = useBasin(id);
  return (
    <TerritoryFrame
      title={id ? "Modifier le bassin d'emploi" : "Nouveau bassin d'emploi"}
      isPending={Boolean(id) && basin.isPending}
      error={basin.error}
    >
      <BasinForm key={basin.data?.id ?? "new"} basin={basin.data ?? null} />
    </TerritoryFrame>
  );
}
