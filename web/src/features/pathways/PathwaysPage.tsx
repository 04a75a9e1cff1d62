import { Select, TextInput } from "@mantine/core";
import { useState } from "react";
import {
  PATHWAY_STATE_LABELS,
  PATHWAY_STATES,
  type PathwayState,
} from "../../../../src/domains/pathways/pathways.schemas";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { FilterBar } from "../../ui/FilterBar";
import { PageLoader } from "../../ui/PageLoader";
import { Pager } from "../../ui/Pager";
import { PageTitle } from "../../ui/PageTitle";
import { PathwaysTable } from "./PathwaysTable";
import { type PathwayFilters, usePathways } from "./pathways-api";

/** `/parcours`: the trainees one follows, current ones first. */
export default function PathwaysPage() {
  const [filters, setFilters] = useState<PathwayFilters>({ state: "current", q: "", siteId: null });
  const [page, setPage] = useState(1);
  const pathways = usePathways(filters, page);
  const change = (next: Partial<PathwayFilters>) => {
    setFilters((current) => ({ ...current, ...next }));
    setPage(1);
  };
  return (
    <>
      <PageTitle>Parcours</PageTitle>
      <FilterBar label="Filtrer les parcours">
        <Select
          label="Situation"
          data={PATHWAY_STATES.map((state) => ({ value: state, label: PATHWAY_STATE_LABELS[state] }))}
          value={filters.state}
          onChange={(value) => change({ state: value as PathwayState | null })}
          placeholder="Toutes"
          clearable
        />
        <TextInput
          label="Nom ou prénom"
          value={filters.q}
          onChange={(event) => change({ q: event.currentTarget.value })}
        />
      </FilterBar>
      <ErrorAlert error={pathways.error} />
      {pathways.isPending && <PageLoader />}
      {pathways.data && (
        <>
          <PathwaysTable pathways={pathways.data.items} />
          <Pager
            page={pathways.data.page}
            pageSize={pathways.data.pageSize}
            total={pathways.data.total}
            onChange={setPage}
          />
        </>
      )}
    </>
  );
}
