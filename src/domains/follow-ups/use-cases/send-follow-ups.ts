import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { FollowUpSettings } from "../../../config";
import type { Db } from "../../../db/database";
import type { MailSettings } from "../../accounts/account-emails";
import { hashToken, newSecretToken } from "../../accounts/secret-tokens";
import { recordAuditEvent } from "../../audit/record-audit-event";
import { commandLineContext } from "../../authorization/actor";
import { queueEmail } from "../../mail/queue-email";
import { parisDay } from "../../paris-time";
import { pathways } from "../../pathways/pathways.tables";
import { people } from "../../people/people.tables";
import { tellCallList } from "../call-list-notice";
import { followUpEmail } from "../follow-up-emails";
import { followUpDueDate, linkExpiresAt, nextFollowUpStep } from "../follow-up-schedule";
import { followUps } from "../follow-ups.tables";

export type FollowUpRun = { created: number; sent: number; reminded: number; callListed: number };

export const runIsEmpty = (run: FollowUpRun) => run.created + run.sent + run.reminded + run.callListed === 0;

/**
 * The follow-up campaigns, in one transaction: every pathway exited in Amorce (not imported) gets its
 * follow-up once its due day has come (unique per pathway and months: never twice); then each follow-up
 * not yet answered nor on the call list takes its next step (sent, reminded with a new link, or put on
 * the call list). Its rows are locked (`skip locked`): a second run at the same time leaves them alone.
 */
export async function sendFollowUps(
  db: Db,
  mail: MailSettings,
  settings: FollowUpSettings,
  now = new Date(),
): Promise<FollowUpRun> {
  const today = parisDay(now);
  return db.transaction(async (tx) => {
    let created = 0;
    for (const months of settings.months) {
      const exited = await tx
        .select({ id: pathways.id, exitDate: pathways.exitDate })
        .from(pathways)
        .where(
          and(
            isNull(pathways.source),
            isNotNull(pathways.exitDate),
            sql`(${pathways.exitDate} + make_interval(months => ${months}))::date <= ${today}::date`,
            sql`not exists (select 1 from ${followUps} where ${followUps.pathwayId} = ${pathways.id} and ${followUps.months} = ${months})`,
          ),
        )
        // The same order in every run: two runs inserting the same rows wait for each other, never deadlock.
        .orderBy(pathways.id);
      if (exited.length === 0) continue;
      const inserted = await tx
        .insert(followUps)
        .values(
          exited.map((pathway) => ({
            pathwayId: pathway.id,
            months,
            dueDate: followUpDueDate(pathway.exitDate ?? today, months),
          })),
        )
        .onConflictDoNothing({ target: [followUps.pathwayId, followUps.months] })
        .returning({ id: followUps.id });
      created += inserted.length;
    }

    const open = await tx
      .select({
        followUp: followUps,
        email: people.email,
        firstName: people.firstName,
        siteId: pathways.siteId,
        lotId: pathways.lotId,
      })
      .from(followUps)
      .innerJoin(pathways, eq(pathways.id, followUps.pathwayId))
      .innerJoin(people, eq(people.id, pathways.personId))
      .where(
        and(
          isNull(followUps.answeredAt),
          isNull(followUps.callListedAt),
          sql`${followUps.dueDate} <= ${today}`,
        ),
      )
      .for("update", { of: followUps, skipLocked: true });
    const run: FollowUpRun = { created, sent: 0, reminded: 0, callListed: 0 };
    const toCall = new Map<string, { siteId: string; lotId: string; count: number }>();
    for (const { followUp, email, firstName, siteId, lotId } of open) {
      const step = nextFollowUpStep(followUp, email !== null, settings, now);
      if (step === "wait") continue;
      if (step === "call_list") {
        await tx
          .update(followUps)
          .set({ callListedAt: now, updatedAt: now })
          .where(eq(followUps.id, followUp.id));
        run.callListed += 1;
        const site = toCall.get(siteId) ?? { siteId, lotId, count: 0 };
        toCall.set(siteId, { ...site, count: site.count + 1 });
        continue;
      }
      const reminder = step === "remind";
      await sendLink(tx, mail, settings, { followUp, email: email ?? "", firstName, reminder }, now);
      if (reminder) run.reminded += 1;
      else run.sent += 1;
    }
    for (const site of toCall.values()) await tellCallList(tx, mail, site);
    if (!runIsEmpty(run)) {
      await recordAuditEvent(tx, commandLineContext("follow-ups send"), {
        action: "follow_up.send",
        details: run,
      });
    }
    return run;
  });
}

/**
 * E-mails a follow-up's link (a new token; earlier links stop working): its first sending, or a reminder.
 * Runs inside the caller's transaction, the follow-up locked.
 */
export async function sendLink(
  db: Db,
  mail: MailSettings,
  settings: FollowUpSettings,
  input: { followUp: typeof followUps.$inferSelect; email: string; firstName: string; reminder: boolean },
  now: Date,
): Promise<void> {
  const { followUp, reminder } = input;
  const token = newSecretToken();
  const sending = reminder
    ? { lastRemindedAt: now, reminderCount: followUp.reminderCount + 1 }
    : { sentAt: now };
  await db
    .update(followUps)
    .set({ ...sending, tokenHash: hashToken(token), updatedAt: now })
    .where(eq(followUps.id, followUp.id));
  const expiresAt = linkExpiresAt({ sentAt: now, lastRemindedAt: null }, settings.linkDays) ?? now;
  await queueEmail(
    db,
    followUpEmail(mail, {
      to: input.email,
      firstName: input.firstName,
      months: followUp.months,
      token,
      expiresAt,
      reminder,
    }),
  );
}
