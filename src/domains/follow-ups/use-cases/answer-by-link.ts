import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import { AMBASSADOR_CONSENT_TEXT, becomeAmbassador } from "../../alumni/use-cases/become-ambassador";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { ALREADY_ANSWERED, followUpByToken } from "../follow-up-link-record";
import type { FollowUpAnswers, FollowUpQuestionnaire } from "../follow-ups.schemas";
import { followUps } from "../follow-ups.tables";

/** What the former trainee sees from their link: their first name only, and whether they already answered. */
export async function readQuestionnaire(
  db: Db,
  token: string,
  linkDays: number,
): Promise<FollowUpQuestionnaire> {
  const { followUp, firstName } = await followUpByToken(db, token, linkDays);
  return {
    firstName,
    months: followUp.months,
    alreadyAnswered: followUp.answeredAt !== null,
    ambassadorConsentText: AMBASSADOR_CONSENT_TEXT,
  };
}

/** The answers' columns, the same by link and by phone. */
export const answerColumns = (answers: FollowUpAnswers) => ({
  situation: answers.situation,
  projectIdentified: answers.projectIdentified,
  situationImproved: answers.situationImproved,
  selfEsteem: answers.selfEsteem,
  barriersRemaining: answers.barriersRemaining,
});

/**
 * The former trainee answers from their link, once, in one transaction (with the optional « Je veux
 * bien venir témoigner »); a second answer overwrites nothing.
 */
export async function answerByLink(
  db: Db,
  context: RequestContext,
  input: { token: string; linkDays: number; answers: FollowUpAnswers; ambassador: boolean },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { followUp, personId } = await followUpByToken(tx, input.token, input.linkDays, {
      forUpdate: true,
    });
    if (followUp.answeredAt) throw conflict(ALREADY_ANSWERED);
    await tx
      .update(followUps)
      .set({
        ...answerColumns(input.answers),
        answeredAt: new Date(),
        answerChannel: "link",
        updatedAt: new Date(),
      })
      .where(eq(followUps.id, followUp.id));
    if (input.ambassador) await becomeAmbassador(tx, { personId, message: null });
    await recordAuditEvent(tx, context, {
      action: "follow_up.answer",
      recordType: "follow_up",
      recordId: followUp.id,
      details: { channel: "link", ambassador: input.ambassador },
    });
  });
}
