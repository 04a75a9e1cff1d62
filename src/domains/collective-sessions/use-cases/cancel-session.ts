import { count, eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { attendance, collectiveSessions } from "../collective-sessions.tables";
import { sessionFor } from "../session-record";

/** Cancels a session that nobody has been marked at yet; it stays in the timetable, shown as cancelled. */
export async function cancelSession(db: Db, context: RequestContext, id: string): Promise<void> {
  const actor = context.actor as Actor;
  await db.transaction(async (tx) => {
    const session = await sessionFor(tx, actor, id, "manage", { forUpdate: true });
    if (session.cancelledAt) return;
    const [marked] = await tx.select({ value: count() }).from(attendance).where(eq(attendance.sessionId, id));
    if ((marked?.value ?? 0) > 0) {
      throw conflict("Des présences sont déjà saisies pour cette séance : elle ne peut plus être annulée.");
    }
    await tx
      .update(collectiveSessions)
      .set({ cancelledAt: new Date(), updatedAt: new Date() })
      .where(eq(collectiveSessions.id, id));
    await recordAuditEvent(tx, context, { action: "session.cancel", recordType: "session", recordId: id });
  });
}
