import { useQuery } from "@tanstack/react-query";
import type { AuditPage } from "../../../../src/domains/audit/audit.schemas";
import type { AuditOutcome } from "../../../../src/domains/audit/audit.vocabulary";
import { api } from "../../api/client";
import { parisStartOfDay } from "../../ui/dates";

export type AuditFilters = {
  action: string | null;
  actorEmail: string;
  outcome: AuditOutcome | null;
  /** Days, `YYYY-MM-DD`, both included, in Paris time. */
  from: string;
  to: string;
};

const AUDIT_PAGE_SIZE = 50;

export function useAuditEvents(filters: AuditFilters, page: number) {
  return useQuery({
    queryKey: ["audit-events", filters, page],
    queryFn: () =>
      api.get<AuditPage>("/audit-events", {
        action: filters.action,
        actorEmail: filters.actorEmail.trim(),
        outcome: filters.outcome,
        from: filters.from && parisStartOfDay(filters.from),
        to: filters.to && parisStartOfDay(filters.to, 1),
        page,
        pageSize: AUDIT_PAGE_SIZE,
      }),
    placeholderData: (previous) => previous,
  });
}
