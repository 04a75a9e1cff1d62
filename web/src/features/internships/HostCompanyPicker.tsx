import { Button, Group, Select, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import type { HostCompanyBody } from "../../../../src/domains/internships/internships.schemas";
import { ApiError } from "../../api/client";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { type HostCompany, useCreateHostCompany, useHostCompanySearch } from "./internships-api";

const label = (company: HostCompany) => `${company.name} — ${company.city} (SIRET ${company.siret})`;

/**
 * The host company: found by name or SIRET among those already recorded, or recorded here. A SIRET
 * already known picks the company recorded.
 */
export function HostCompanyPicker({
  value,
  onChange,
  initial,
  error,
}: {
  value: HostCompany | null;
  onChange: (company: HostCompany) => void;
  initial: HostCompany | null;
  error?: unknown;
}) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const found = useHostCompanySearch(debounced);
  const [creating, setCreating] = useState(false);
  const known = [value ?? initial, ...(found.data?.items ?? [])].filter(
    (company, index, all): company is HostCompany =>
      company !== null && all.findIndex((other) => other?.id === company.id) === index,
  );
  return (
    <Stack gap="xs">
      <Select
        label="Entreprise d'accueil"
        description="Tapez son nom ou son SIRET."
        required
        searchable
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options }) => options}
        nothingFoundMessage="Aucune entreprise ne correspond : enregistrez-la."
        data={known.map((company) => ({ value: company.id, label: label(company) }))}
        value={value?.id ?? null}
        onChange={(id) => {
          const company = known.find((candidate) => candidate.id === id);
          if (company) onChange(company);
        }}
        error={error as string | undefined}
      />
      {creating ? (
        <NewHostCompany
          onCreated={(company) => {
            onChange(company);
            setCreating(false);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={() => setCreating(true)}>
            Enregistrer une nouvelle entreprise
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function NewHostCompany({
  onCreated,
  onCancel,
}: {
  onCreated: (company: HostCompany) => void;
  onCancel: () => void;
}) {
  const create = useCreateHostCompany();
  const form = useForm<Required<HostCompanyBody>>({
    initialValues: {
      siret: "",
      name: "",
      address: "",
      postalCode: "",
      city: "",
      communeCode: null,
      sector: "",
    },
  });
  const submit = () =>
    create.mutate(form.values, {
      onSuccess: onCreated,
      onError: (error) => {
        const existing =
          error instanceof ApiError && error.status === 409
            ? (error.details as { hostCompany?: HostCompany } | undefined)?.hostCompany
            : undefined;
        if (existing) onCreated(existing);
      },
    });
  return (
    <Stack gap="xs" p="sm" style={{ border: "1px solid var(--mantine-color-gray-4)", borderRadius: 4 }}>
      <ErrorAlert error={create.error} title="Entreprise non enregistrée" />
      <TextInput label="SIRET (14 chiffres)" required inputMode="numeric" {...form.getInputProps("siret")} />
      <TextInput label="Nom de l'entreprise" required {...form.getInputProps("name")} />
      <TextInput label="Adresse" required {...form.getInputProps("address")} />
      <Group grow>
        <TextInput label="Code postal" required inputMode="numeric" {...form.getInputProps("postalCode")} />
        <TextInput label="Commune" required {...form.getInputProps("city")} />
      </Group>
      <TextInput label="Secteur d'activité" required {...form.getInputProps("sector")} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Annuler
        </Button>
        <Button onClick={submit} loading={create.isPending}>
          Enregistrer l'entreprise
        </Button>
      </Group>
    </Stack>
  );
}
