import { and, desc, eq, like } from "drizzle-orm";
import type { Db } from "../../db/database";
import { outboxEmails } from "../mail/mail.tables";
import { pathways } from "../pathways/pathways.tables";

/** Test data for follow-up tests: a pathway exited on a given day, and the link its trainee was e-mailed. */

export const FOLLOW_UP_SETTINGS = { months: [6], reminderDays: 7, reminders: 2, linkDays: 30 };
export const FOLLOW_UP_MONTHS_ALL = [3, 6, 12];
export const MAIL = { publicUrl: "http://amorce.test", regionName: "Région Test" };

export async function exitPathway(db: Db, pathwayId: string, exitDate: string): Promise<void> {
  await db
    .update(pathways)
    .set({ exitDate, exitReason: "completed", situationAtExit: "job_seeking" })
    .where(eq(pathways.id, pathwayId));
}

/** The token of the newest follow-up link e-mailed to `address`, or null. */
export async function followUpToken(db: Db, address: string): Promise<string | null> {
  const [email] = await db
    .select({ bodyText: outboxEmails.bodyText })
    .from(outboxEmails)
    .where(and(eq(outboxEmails.toAddress, address), like(outboxEmails.bodyText, "%/suivi?jeton=%")))
    .orderBy(desc(outboxEmails.createdAt))
    .limit(1);
  const match = email?.bodyText.match(/\/suivi\?jeton=([\w-]+)/);
  return match?.[1] ?? null;
}

/** How many follow-up e-mails `address` received. */
export async function followUpEmailCount(db: Db, address: string): Promise<number> {
  const rows = await db
    .select({ id: outboxEmails.id })
    .from(outboxEmails)
    .where(and(eq(outboxEmails.toAddress, address), like(outboxEmails.bodyText, "%/suivi?jeton=%")));
  return rows.length;
}
