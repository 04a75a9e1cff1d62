import { Checkbox, Select, TextInput } from "@mantine/core";
import {
  REFERRAL_STATUS_LABELS,
  type ReferralStatus,
} from "../../../../src/domains/referrals/referral-status";
import {
  REFERRAL_KIND_LABELS,
  type ReferralKind,
} from "../../../../src/domains/referrals/referral-vocabulary";
import { FilterBar } from "../../ui/FilterBar";
import type { ReferralFilters } from "./referrals-api";

const STATUS_OPTIONS = Object.entries(REFERRAL_STATUS_LABELS).map(([value, label]) => ({ value, label }));
const KIND_OPTIONS = Object.entries(REFERRAL_KIND_LABELS).map(([value, label]) => ({ value, label }));

export const NO_REFERRAL_FILTERS: ReferralFilters = { status: null, kind: null, q: "", unanswered: false };

/** Name, status, kind, and « left unanswered »: applied as they change. */
export function ReferralFiltersForm({
  filters,
  onChange,
}: {
  filters: ReferralFilters;
  onChange: (filters: ReferralFilters) => void;
}) {
  return (
    <FilterBar label="Filtrer les demandes">
      <TextInput
        label="Nom ou prénom"
        type="search"
        value={filters.q}
        onChange={(event) => onChange({ ...filters, q: event.currentTarget.value })}
      />
      <Select
        label="Statut"
        data={STATUS_OPTIONS}
        value={filters.status}
        clearable
        onChange={(status) => onChange({ ...filters, status: status as ReferralStatus | null })}
      />
      <Select
        label="Type de demande"
        data={KIND_OPTIONS}
        value={filters.kind}
        clearable
        onChange={(kind) => onChange({ ...filters, kind: kind as ReferralKind | null })}
      />
      <Checkbox
        label="Sans réponse dans le délai"
        checked={filters.unanswered}
        onChange={(event) => onChange({ ...filters, unanswered: event.currentTarget.checked })}
        style={{ alignSelf: "end" }}
        mb={8}
      />
    </FilterBar>
  );
}
