import { and, eq } from "drizzle-orm";
import type { FollowUpSettings } from "../../../config";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { pathwayFor } from "../../pathways/pathway-record";
import { people } from "../../people/people.tables";
import { actorOf } from "../follow-up-record";
import { followUpDueDate } from "../follow-up-schedule";
import { followUps } from "../follow-ups.tables";
import { sendLink } from "./send-follow-ups";

/**
 * For a demonstration only (the route checks the demo is loaded): the follow-up of a pathway that has
 * just ended is sent now instead of months later, as the job would send it on its due day (or put on
 * the call list without an e-mail address). Once per pathway and months, as ever.
 */
export async function sendFollowUpNowForDemo(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  settings: FollowUpSettings,
  pathwayId: string,
): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const { pathway } = await pathwayFor(tx, actorOf(context), pathwayId, "manage", {
      subject: "FollowUp",
      forUpdate: true,
    });
    if (!pathway.exitDate || pathway.source !== null) {
      throw conflict("Ce parcours n'est pas terminé dans Amorce : il n'a pas de suivi.");
    }
    const months = settings.months.includes(6) ? 6 : (settings.months[0] ?? 6);
    await tx
      .insert(followUps)
      .values({ pathwayId, months, dueDate: followUpDueDate(pathway.exitDate, months) })
      .onConflictDoNothing({ target: [followUps.pathwayId, followUps.months] });
    const [followUp] = await tx
      .select()
      .from(followUps)
      .where(and(eq(followUps.pathwayId, pathwayId), eq(followUps.months, months)))
      .for("update");
    if (!followUp) throw new Error("follow-up not created");
    if (followUp.sentAt || followUp.callListedAt || followUp.answeredAt) {
      throw conflict("Ce suivi a déjà été envoyé : il ne part qu'une fois.");
    }
    const [person] = await tx
      .select({ email: people.email, firstName: people.firstName })
      .from(people)
      .where(eq(people.id, pathway.personId));
    const now = new Date();
    if (person?.email) {
      await sendLink(
        tx,
        mail,
        settings,
        { followUp, email: person.email, firstName: person.firstName, reminder: false },
        now,
      );
    } else {
      await tx
        .update(followUps)
        .set({ callListedAt: now, updatedAt: now })
        .where(eq(followUps.id, followUp.id));
    }
    await recordAuditEvent(tx, context, {
      action: "follow_up.demo_send",
      recordType: "follow_up",
      recordId: followUp.id,
    });
    return { id: followUp.id };
  });
}
