import { and, count, eq, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { pathways } from "../../pathways/pathways.tables";
import type { EnrolmentList, EnrolmentsBody } from "../collective-sessions.schemas";
import { attendance, sessionEnrolments } from "../collective-sessions.tables";
import { enrolledTrainees } from "../enrolled-trainees";
import { sessionFor, sessionViews } from "../session-record";

/** A session and the trainees enrolled in it. Reading their names is audited. */
export async function listEnrolments(db: Db, context: RequestContext, id: string): Promise<EnrolmentList> {
  const session = await sessionFor(db, context.actor as Actor, id, "read");
  const items = await enrolledTrainees(db, id);
  await recordAuditEvent(db, context, {
    action: "session.enrolments.read",
    recordType: "session",
    recordId: id,
  });
  const [view] = await sessionViews(db, [session]);
  if (!view) throw new Error("session view missing");
  return { session: view, items };
}

/**
 * Enrols and unenrols trainees of the session's site, in one transaction under a lock on the session:
 * two staff enrolling at once never fill it beyond its places. A trainee already marked stays enrolled.
 */
export async function changeEnrolments(
  db: Db,
  context: RequestContext,
  id: string,
  body: EnrolmentsBody,
): Promise<void> {
  const actor = context.actor as Actor;
  const add = [...new Set(body.add)];
  const remove = [...new Set(body.remove)].filter((pathwayId) => !add.includes(pathwayId));
  await db.transaction(async (tx) => {
    const session = await sessionFor(tx, actor, id, "manage", { forUpdate: true });
    if (session.cancelledAt) throw conflict("Cette séance est annulée : on ne peut plus s'y inscrire.");
    if (add.length > 0) {
      const trainees = await tx
        .select({ id: pathways.id })
        .from(pathways)
        .where(
          and(inArray(pathways.id, add), eq(pathways.siteId, session.siteId), isNull(pathways.exitDate)),
        );
      if (trainees.length !== add.length) {
        throw badRequest(
          "Seul·es les stagiaires en parcours sur le site de la séance peuvent y être inscrit·es.",
        );
      }
      await tx
        .insert(sessionEnrolments)
        .values(add.map((pathwayId) => ({ sessionId: id, pathwayId, enrolledByUserId: actor.userId })))
        .onConflictDoNothing();
    }
    if (remove.length > 0) {
      const marked = await tx
        .select({ pathwayId: attendance.pathwayId })
        .from(attendance)
        .where(and(eq(attendance.sessionId, id), inArray(attendance.pathwayId, remove)));
      if (marked.length > 0) {
        throw conflict("Une personne déjà émargée à cette séance ne peut pas en être désinscrite.");
      }
      await tx
        .delete(sessionEnrolments)
        .where(and(eq(sessionEnrolments.sessionId, id), inArray(sessionEnrolments.pathwayId, remove)));
    }
    const [enrolled] = await tx
      .select({ value: count() })
      .from(sessionEnrolments)
      .where(eq(sessionEnrolments.sessionId, id));
    if ((enrolled?.value ?? 0) > session.capacity) {
      throw conflict(
        `La séance est complète : ${session.capacity} place${session.capacity > 1 ? "s" : ""}, ${enrolled?.value} inscriptions demandées.`,
      );
    }
    await recordAuditEvent(tx, context, {
      action: "session.enrol",
      recordType: "session",
      recordId: id,
      details: { added: add.length, removed: remove.length },
    });
  });
}
