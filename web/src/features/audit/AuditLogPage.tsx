import { Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useSession } from "../../api/session";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { Pager } from "../../ui/Pager";
import { PageTitle } from "../../ui/PageTitle";
import { AuditFiltersForm } from "./AuditFiltersForm";
import { AuditTable } from "./AuditTable";
import { type AuditFilters, useAuditEvents } from "./audit-api";

const NO_FILTERS: AuditFilters = { action: null, actorEmail: "", outcome: null, from: "", to: "" };

export default function AuditLogPage() {
  const actor = useSession().data?.user;
  const [filters, setFilters] = useState(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [debouncedFilters] = useDebouncedValue(filters, 300);
  const events = useAuditEvents(debouncedFilters, page);

  return (
    <>
      <PageTitle>Journal d'audit</PageTitle>
      <Text mb="md" maw={720}>
        {actor?.role === "region_admin"
          ? "Toutes les actions enregistrées dans Amorce, des plus récentes aux plus anciennes."
          : "Les actions des personnes de votre organisation, des plus récentes aux plus anciennes."}{" "}
        Les heures sont celles de Paris.
      </Text>
      <AuditFiltersForm
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
      />
      <ErrorAlert error={events.error} />
      {events.isPending ? (
        <PageLoader />
      ) : (
        events.data && (
          <>
            <AuditTable events={events.data.items} />
            <Pager page={page} pageSize={events.data.pageSize} total={events.data.total} onChange={setPage} />
          </>
        )
      )}
    </>
  );
}
