import { Text } from "@mantine/core";
import { ROLE_LABELS, type Role } from "../../../../src/domains/accounts/roles";
import type { AuditEventView as AuditEvent } from "../../../../src/domains/audit/audit.schemas";
import { DataTable } from "../../ui/DataTable";
import { formatDateTime } from "../../ui/dates";
import { actionLabel, OUTCOME_LABELS, recordTypeLabel } from "./audit-labels";

function describeDetails(details: AuditEvent["details"]): string {
  if (!details) return "";
  return Object.entries(details)
    .map(([key, value]) => `${key} : ${typeof value === "object" ? JSON.stringify(value) : String(value)}`)
    .join(" ; ");
}

export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  return (
    <DataTable
      caption="Actions enregistrées"
      rows={events}
      rowKey={(event) => String(event.id)}
      empty="Aucune action ne correspond à ces filtres."
      columns={[
        { header: "Date", cell: (event) => formatDateTime(event.at) },
        {
          header: "Personne",
          cell: (event) => (
            <>
              <Text size="sm">{event.actorEmail ?? "—"}</Text>
              {event.actorRole && (
                <Text size="xs">{ROLE_LABELS[event.actorRole as Role] ?? event.actorRole}</Text>
              )}
            </>
          ),
        },
        { header: "Action", cell: (event) => actionLabel(event.action) },
        { header: "Résultat", cell: (event) => OUTCOME_LABELS[event.outcome] ?? event.outcome },
        {
          header: "Élément",
          cell: (event) =>
            event.recordType ? (
              <>
                <Text size="sm">{recordTypeLabel(event.recordType)}</Text>
                {event.recordId && (
                  <Text size="xs" style={{ overflowWrap: "anywhere" }}>
                    {event.recordId}
                  </Text>
                )}
              </>
            ) : (
              "—"
            ),
        },
        { header: "Adresse IP", cell: (event) => event.ip ?? "—" },
        {
          header: "Détails",
          cell: (event) => (
            <Text size="xs" style={{ overflowWrap: "anywhere" }}>
              {describeDetails(event.details)}
            </Text>
          ),
        },
      ]}
    />
  );
}
