import { eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { actorOf, followUpFor } from "../follow-up-record";
import type { FollowUpAnswers } from "../follow-ups.schemas";
import { followUps } from "../follow-ups.tables";
import { answerColumns } from "./answer-by-link";

const ALREADY_ANSWERED = "Ce suivi a déjà une réponse : elle n'est pas remplacée.";

/** The training organisation records the answers given by phone, once, by the user who called. */
export async function answerByPhone(
  db: Db,
  context: RequestContext,
  id: string,
  answers: FollowUpAnswers,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { followUp } = await followUpFor(tx, actorOf(context), id, "manage");
    if (followUp.answeredAt) throw conflict(ALREADY_ANSWERED);
    await tx
      .update(followUps)
      .set({
        ...answerColumns(answers),
        answeredAt: new Date(),
        answerChannel: "phone",
        answeredByUserId: actorOf(context).userId,
        updatedAt: new Date(),
      })
      .where(eq(followUps.id, followUp.id));
    await recordAuditEvent(tx, context, {
      action: "follow_up.answer",
      recordType: "follow_up",
      recordId: followUp.id,
      details: { channel: "phone" },
    });
  });
}

/** A call that reached nobody: counted and dated; the follow-up stays on the call list. */
export async function recordCallAttempt(db: Db, context: RequestContext, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { followUp } = await followUpFor(tx, actorOf(context), id, "manage");
    if (followUp.answeredAt) throw conflict(ALREADY_ANSWERED);
    await tx
      .update(followUps)
      .set({
        callAttempts: sql`${followUps.callAttempts} + 1`,
        lastCallAttemptAt: new Date(),
        updatedAt: new Date(),
      })
      .where(eq(followUps.id, followUp.id));
    await recordAuditEvent(tx, context, {
      action: "follow_up.call_attempt",
      recordType: "follow_up",
      recordId: followUp.id,
    });
  });
}
