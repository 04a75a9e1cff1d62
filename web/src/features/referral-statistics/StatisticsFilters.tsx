import { Select } from "@mantine/core";
import { FilterBar } from "../../ui/FilterBar";
import { PeriodFields } from "../../ui/PeriodFields";
import type { ReferralStatistics, StatisticsFilters } from "./referral-statistics-api";

/**
 * The period (Paris days, both included; an empty day takes the last twelve months' one) and the lot;
 * the lots offered are those the caller may see.
 */
export function StatisticsFiltersForm({
  filters,
  lots,
  allLotsLabel,
  onChange,
}: {
  filters: StatisticsFilters;
  lots: ReferralStatistics["lots"];
  allLotsLabel: string;
  onChange: (filters: StatisticsFilters) => void;
}) {
  return (
    <FilterBar label="Période et lot">
      <PeriodFields filters={filters} onChange={onChange} />
      <Select
        label="Lot"
        placeholder={allLotsLabel}
        data={lots.map((lot) => ({ value: lot.id, label: `${lot.code} — ${lot.name}` }))}
        value={filters.lotId}
        searchable
        clearable
        onChange={(lotId) => onChange({ ...filters, lotId })}
      />
    </FilterBar>
  );
}
