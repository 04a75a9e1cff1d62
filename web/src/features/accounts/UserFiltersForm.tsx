import { Select, TextInput } from "@mantine/core";
import type { Role } from "../../../../src/domains/accounts/roles";
import type { Me } from "../../api/session";
import { FilterBar } from "../../ui/FilterBar";
import { grantableRoleOptions } from "./grantable-roles";
import type { UserFilters } from "./users-api";

const STATUS_OPTIONS = [
  { value: "true", label: "Actifs" },
  { value: "false", label: "Désactivés" },
];

export function UserFiltersForm({
  actor,
  filters,
  onChange,
}: {
  actor: Me;
  filters: UserFilters;
  onChange: (filters: UserFilters) => void;
}) {
  return (
    <FilterBar label="Filtrer les utilisateurs">
      <TextInput
        label="Rechercher"
        description="Nom ou adresse e-mail"
        type="search"
        value={filters.q}
        onChange={(event) => onChange({ ...filters, q: event.currentTarget.value })}
      />
      <Select
        label="Rôle"
        description="Tous les rôles si vide"
        data={grantableRoleOptions(actor.role)}
        value={filters.role}
        clearable
        onChange={(role) => onChange({ ...filters, role: role as Role | null })}
      />
      <Select
        label="État du compte"
        description="Tous si vide"
        data={STATUS_OPTIONS}
        value={filters.active}
        clearable
        onChange={(active) => onChange({ ...filters, active: active as UserFilters["active"] })}
      />
    </FilterBar>
  );
}
