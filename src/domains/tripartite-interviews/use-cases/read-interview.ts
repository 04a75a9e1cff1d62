import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import { parisDay } from "../../paris-time";
import { pathwayFor } from "../../pathways/pathway-record";
import { interviewOf } from "../interview-record";
import { interviewDueDate, interviewState, nextReminderDay } from "../interview-rules";
import type { TripartiteInterview } from "../tripartite-interviews.schemas";

async function nameOf(db: Db, userId: string | null) {
  if (!userId) return null;
  const [user] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return user?.name ?? null;
}

/**
 * A pathway's tripartite interview as the caller may see it (the trainee does not see the
 * professionals' notes). Audited (`tripartite_interview.read`).
 */
export async function readInterview(
  db: Db,
  context: RequestContext,
  pathwayId: string,
  settings: { weeks: number },
): Promise<TripartiteInterview> {
  const actor = context.actor as Actor;
  const { pathway, resource } = await pathwayFor(db, actor, pathwayId, "read", {
    subject: "TripartiteInterview",
  });
  const row = await interviewOf(db, pathwayId);
  const dueDate =
    row?.dueDate ??
    (pathway.plannedEndDate ? interviewDueDate(pathway.plannedEndDate, settings.weeks) : null);
  await recordAuditEvent(db, context, {
    action: "tripartite_interview.read",
    recordType: "pathway",
    recordId: pathwayId,
  });
  return {
    pathwayId,
    state: interviewState(row, pathway),
    proposed: row !== null,
    dueDate,
    plannedEndDate: pathway.plannedEndDate,
    exitDate: pathway.exitDate,
    scheduledAt: row?.scheduledAt?.toISOString() ?? null,
    place: row?.place ?? null,
    heldOn: row?.heldOn ?? null,
    nextStep: row?.nextStep ?? null,
    actions: row?.actions ?? [],
    notes: actor.role === "trainee" ? null : (row?.notes ?? null),
    recordedBy: await nameOf(db, row?.recordedByUserId ?? null),
    reminderCount: row?.reminderCount ?? 0,
    nextReminderOn: row
      ? nextReminderDay(
          {
            dueDate: row.dueDate,
            heldOn: row.heldOn,
            proposedDay: parisDay(row.createdAt),
            scheduledDay: row.scheduledAt ? parisDay(row.scheduledAt) : null,
            lastRemindedDay: row.lastRemindedAt ? parisDay(row.lastRemindedAt) : null,
          },
          pathway,
        )
      : null,
    referent: await nameOf(db, pathway.referentUserId),
    mayManage: can(actor, "manage", "TripartiteInterview", resource),
  };
}
