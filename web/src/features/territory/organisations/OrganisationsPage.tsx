import { Select } from "@mantine/core";
import { useState } from "react";
import {
  ORGANISATION_KIND_LABELS,
  ORGANISATION_KINDS,
  type OrganisationKind,
} from "../../../../../src/domains/territory/territory.vocabulary";
import { DataTable } from "../../../ui/DataTable";
import { FilterBar } from "../../../ui/FilterBar";
import { RecordLink } from "../RecordLink";
import { EditButton, TerritoryFrame } from "../TerritoryFrame";
import { useTerritoryOrganisations } from "../territory-api";
import { departmentLabel, kindLabel, networkLabel } from "./organisation-labels";

/** `/territoire/organisations`: the Region, training organisations, consortia and prescribers. */
export default function OrganisationsPage() {
  const [kind, setKind] = useState<OrganisationKind | null>(null);
  const organisations = useTerritoryOrganisations(kind ? { kind } : {});
  const rows = organisations.data ?? [];
  return (
    <TerritoryFrame
      title="Organisations"
      action={<EditButton to="/territoire/organisations/nouvelle" label="Nouvelle organisation" create />}
      error={organisations.error}
    >
      <FilterBar label="Filtrer les organisations">
        <Select
          label="Type d'organisation"
          placeholder="Tous les types"
          clearable
          data={ORGANISATION_KINDS.map((value) => ({ value, label: ORGANISATION_KIND_LABELS[value] }))}
          value={kind}
          onChange={(value) => setKind(value as OrganisationKind | null)}
        />
      </FilterBar>
      <DataTable
        caption={organisations.isPending ? "Chargement des organisations…" : `Organisations (${rows.length})`}
        rows={rows}
        rowKey={(organisation) => organisation.id}
        empty="Aucune organisation."
        columns={[
          { header: "Organisation", cell: (o) => <RecordLink kind="organisation" record={o} /> },
          { header: "Code", cell: (o) => o.code },
          { header: "Type", cell: kindLabel },
          { header: "Réseau", cell: networkLabel },
          { header: "Département", cell: (o) => departmentLabel(o.department) },
          { header: "Groupement", cell: (o) => <RecordLink kind="organisation" record={o.consortium} /> },
          { header: "État", cell: (o) => (o.active ? "Active" : "Inactive") },
        ]}
      />
    </TerritoryFrame>
  );
}
