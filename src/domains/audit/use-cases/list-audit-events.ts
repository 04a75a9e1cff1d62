import { and, count, desc, eq, gte, lt, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { forbidden } from "../../../server/http-errors";
import type { RequestContext } from "../../authorization/actor";
import { can, seesAllOrganisations } from "../../authorization/policies";
import type { AuditPage, AuditQuery } from "../audit.schemas";
import { auditEvents } from "../audit.tables";

/** The audit log, newest first: all of it for the Region's admins, their organisation's actors' otherwise. */
export async function listAuditEvents(
  db: Db,
  context: RequestContext,
  query: AuditQuery,
): Promise<AuditPage> {
  const { actor } = context;
  if (!actor || !can(actor, "read", "AuditLog")) throw forbidden();
  const conditions: (SQL | undefined)[] = [
    query.action ? eq(auditEvents.action, query.action) : undefined,
    query.actorEmail ? eq(auditEvents.actorEmail, query.actorEmail.toLowerCase()) : undefined,
    query.recordType ? eq(auditEvents.recordType, query.recordType) : undefined,
    query.recordId ? eq(auditEvents.recordId, query.recordId) : undefined,
    query.outcome ? eq(auditEvents.outcome, query.outcome) : undefined,
    query.from ? gte(auditEvents.at, query.from) : undefined,
    query.to ? lt(auditEvents.at, query.to) : undefined,
  ];
  if (!seesAllOrganisations(actor)) {
    conditions.push(
      actor.organisationId ? eq(auditEvents.actorOrganisationId, actor.organisationId) : sql`false`,
    );
  }
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(auditEvents).where(where),
  ]);
  return {
    items: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
    total: Number(counted?.total ?? 0),
    page: query.page,
    pageSize: query.pageSize,
  };
}
