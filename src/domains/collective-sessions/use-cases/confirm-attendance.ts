import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { notFound } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { pathwayFor } from "../../pathways/pathway-record";
import { attendance } from "../collective-sessions.tables";

/** The trainee confirms the mark of one of their sessions, from their space. */
export async function confirmAttendance(
  db: Db,
  context: RequestContext,
  pathwayId: string,
  sessionId: string,
): Promise<void> {
  await pathwayFor(db, context.actor as Actor, pathwayId, "confirm", { subject: "CollectiveSession" });
  const now = new Date();
  await db.transaction(async (tx) => {
    const [confirmed] = await tx
      .update(attendance)
      .set({ confirmedByTraineeAt: now })
      .where(and(eq(attendance.sessionId, sessionId), eq(attendance.pathwayId, pathwayId)))
      .returning({ sessionId: attendance.sessionId });
    if (!confirmed) throw notFound("Pas encore de présence notée pour cette séance.");
    await recordAuditEvent(tx, context, {
      action: "attendance.confirm",
      recordType: "pathway",
      recordId: pathwayId,
      details: { sessionId },
    });
  });
}
