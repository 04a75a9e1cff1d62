import { and, asc, count, eq, gt, inArray, isNull } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { pathwayFor } from "../../pathways/pathway-record";
import type { Module } from "../../programme-rules/programme-rules";
import { collectiveSessions, sessionEnrolments } from "../collective-sessions.tables";

/**
 * « Inscrire à toutes les séances à venir du module »: enrols a current trainee in every coming session of
 * a module on their site that still has a place, under a lock on those sessions. Says how many were full.
 */
export async function enrolInModule(
  db: Db,
  context: RequestContext,
  pathwayId: string,
  module: Module,
  now = new Date(),
): Promise<{ enrolled: number; full: number }> {
  const actor = context.actor as Actor;
  return db.transaction(async (tx) => {
    const { pathway } = await pathwayFor(tx, actor, pathwayId, "manage", { subject: "CollectiveSession" });
    if (pathway.exitDate) throw conflict("Ce parcours est terminé : plus d'inscription possible.");
    const coming = await tx
      .select({ id: collectiveSessions.id, capacity: collectiveSessions.capacity })
      .from(collectiveSessions)
      .where(
        and(
          eq(collectiveSessions.siteId, pathway.siteId),
          eq(collectiveSessions.module, module),
          eq(collectiveSessions.format, "collective"),
          isNull(collectiveSessions.cancelledAt),
          gt(collectiveSessions.startsAt, now),
        ),
      )
      .orderBy(asc(collectiveSessions.id))
      .for("update");
    if (coming.length === 0) return { enrolled: 0, full: 0 };
    const ids = coming.map((session) => session.id);
    const counts = await tx
      .select({ sessionId: sessionEnrolments.sessionId, value: count() })
      .from(sessionEnrolments)
      .where(inArray(sessionEnrolments.sessionId, ids))
      .groupBy(sessionEnrolments.sessionId);
    const already = await tx
      .select({ sessionId: sessionEnrolments.sessionId })
      .from(sessionEnrolments)
      .where(and(inArray(sessionEnrolments.sessionId, ids), eq(sessionEnrolments.pathwayId, pathwayId)));
    const toEnrol = coming.filter((session) => !already.some((row) => row.sessionId === session.id));
    const withRoom = toEnrol.filter(
      (session) => (counts.find((row) => row.sessionId === session.id)?.value ?? 0) < session.capacity,
    );
    if (withRoom.length > 0) {
      await tx
        .insert(sessionEnrolments)
        .values(
          withRoom.map((session) => ({ sessionId: session.id, pathwayId, enrolledByUserId: actor.userId })),
        );
    }
    await recordAuditEvent(tx, context, {
      action: "session.enrol_module",
      recordType: "pathway",
      recordId: pathwayId,
      details: { module, enrolled: withRoom.length },
    });
    return { enrolled: withRoom.length, full: toEnrol.length - withRoom.length };
  });
}
