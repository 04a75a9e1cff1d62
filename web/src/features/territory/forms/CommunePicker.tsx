import { MultiSelect, Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useCommuneDirectory } from "../commune-directory";
import { type CommuneItem, useCommuneSearch } from "../territory-api";

const optionOf = (commune: Pick<CommuneItem, "code" | "name" | "postalCodes">) => ({
  value: commune.code,
  label: `${commune.name} (${commune.postalCodes[0] ?? commune.code})`,
});
const HINT = "Tapez au moins 2 lettres du nom, ou le code postal.";

/** The communes matching what the user types, from `GET /api/communes?q=`. */
function useSearch() {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 250);
  const found = useCommuneSearch(debounced);
  return { search, setSearch, options: (found.data ?? []).map(optionOf), loading: found.isFetching };
}

type FieldProps = { label: string; required?: boolean; error?: unknown };

/** One commune, found by name or postal code. `initial` labels the current value before any search. */
export function CommunePicker({
  value,
  onChange,
  initial,
  ...field
}: FieldProps & {
  value: string;
  onChange: (code: string) => void;
  initial: Pick<CommuneItem, "code" | "name"> | null;
}) {
  const { search, setSearch, options } = useSearch();
  const [picked, setPicked] = useState(initial && { value: initial.code, label: initial.name });
  const current = picked && picked.value === value ? [picked] : [];
  return (
    <Select
      {...field}
      error={field.error as string | undefined}
      description={HINT}
      searchable
      allowDeselect={false}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={search.length >= 2 ? "Aucune commune ne correspond." : HINT}
      data={[...current, ...options.filter((option) => option.value !== value)]}
      value={value || null}
      onChange={(code, option) => {
        setPicked(option && { value: option.value, label: option.label });
        onChange(code ?? "");
      }}
    />
  );
}

/**
 * Several communes (a basin's), found by name or postal code; chosen ones are named from the directory.
 * A chosen commune stays in the search results, ticked: choosing it again removes it. Mantine's pills
 * cannot be removed with the keyboard (their buttons are hidden from it), only the last one with
 * Backspace, so this is how a keyboard or screen reader user takes out any commune of a long list.
 */
export function CommunesPicker({
  value,
  onChange,
  ...field
}: FieldProps & { value: string[]; onChange: (codes: string[]) => void }) {
  const { search, setSearch, options } = useSearch();
  const directory = useCommuneDirectory();
  const chosen = value.map((code) => {
    const commune = directory.data?.get(code);
    return commune ? optionOf(commune) : { value: code, label: code };
  });
  const found = new Set(options.map((option) => option.value));
  return (
    <MultiSelect
      {...field}
      error={field.error as string | undefined}
      description={`${HINT} Une commune déjà retenue apparaît cochée : choisissez-la pour la retirer.`}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) =>
        search.trim().length < 2 ? [] : all.filter((option) => "value" in option && found.has(option.value))
      }
      nothingFoundMessage={search.length >= 2 ? "Aucune commune ne correspond." : HINT}
      data={[...chosen, ...options.filter((option) => !value.includes(option.value))]}
      value={value}
      onChange={onChange}
    />
  );
}
