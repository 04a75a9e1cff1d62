import { Select, TextInput } from "@mantine/core";
import type { AuditOutcome } from "../../../../src/domains/audit/audit.vocabulary";
import { FilterBar } from "../../ui/FilterBar";
import { PeriodFields } from "../../ui/PeriodFields";
import type { AuditFilters } from "./audit-api";
import { ACTION_LABELS, OUTCOME_LABELS } from "./audit-labels";

const ACTION_OPTIONS = Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label }));
const OUTCOME_OPTIONS = Object.entries(OUTCOME_LABELS).map(([value, label]) => ({ value, label }));

export function AuditFiltersForm({
  filters,
  onChange,
}: {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}) {
  return (
    <FilterBar label="Filtrer le journal">
      <Select
        label="Action"
        data={ACTION_OPTIONS}
        value={filters.action}
        searchable
        clearable
        onChange={(action) => onChange({ ...filters, action })}
      />
      <TextInput
        label="E-mail de la personne"
        type="search"
        value={filters.actorEmail}
        onChange={(event) => onChange({ ...filters, actorEmail: event.currentTarget.value })}
      />
      <Select
        label="Résultat"
        data={OUTCOME_OPTIONS}
        value={filters.outcome}
        clearable
        onChange={(outcome) => onChange({ ...filters, outcome: outcome as AuditOutcome | null })}
      />
      <PeriodFields filters={filters} onChange={onChange} />
    </FilterBar>
  );
}
