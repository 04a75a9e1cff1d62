import type { Db } from "../../db/database";
import type { RequestContext } from "../authorization/actor";
import { auditEvents } from "./audit.tables";
import type { AuditOutcome } from "./audit.vocabulary";

export type AuditEvent = {
  /** What was done, as `area.verb`: `territory.import`, `user.invite`, `auth.login`… */
  action: string;
  recordType?: string;
  recordId?: string;
  outcome?: AuditOutcome;
  /** Never a person's details: identifiers and counts only. */
  details?: Record<string, unknown>;
  /** For events without a signed-in actor, e.g. a failed login: whom it was about. */
  actorEmail?: string;
};

/** Writes one row of the audit log, in the caller's transaction when given one. */
export async function recordAuditEvent(db: Db, context: RequestContext, event: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: context.actor?.userId ?? null,
    actorEmail: context.actor?.email ?? event.actorEmail ?? null,
    actorRole: context.actor?.role ?? null,
    actorOrganisationId: context.actor?.organisationId ?? null,
    action: event.action,
    recordType: event.recordType ?? null,
    recordId: event.recordId ?? null,
    outcome: event.outcome ?? "success",
    ip: context.ip,
    userAgent: context.userAgent,
    details: event.details ?? null,
  });
}
