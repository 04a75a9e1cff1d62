import { TextInput } from "@mantine/core";

export type Period = { from: string; to: string };

/** « Du » and « Au », two calendar days of a filter bar; an empty day leaves that side open. */
export function PeriodFields<T extends Period>({
  filters,
  onChange,
}: {
  filters: T;
  onChange: (filters: T) => void;
}) {
  return (
    <>
      <TextInput
        label="Du"
        type="date"
        value={filters.from}
        onChange={(event) => onChange({ ...filters, from: event.currentTarget.value })}
      />
      <TextInput
        label="Au"
        type="date"
        value={filters.to}
        onChange={(event) => onChange({ ...filters, to: event.currentTarget.value })}
      />
    </>
  );
}
