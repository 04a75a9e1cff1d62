import type { Db } from "../../db/database";
import { outboxEmails } from "./mail.tables";

export type OutgoingEmail = { to: string; subject: string; text: string };

/**
 * Puts an e-mail in the outbox, inside the caller's transaction: it leaves only if the change that
 * caused it is committed. The dispatcher sends it when SMTP is configured.
 */
export async function queueEmail(db: Db, email: OutgoingEmail): Promise<void> {
  await db.insert(outboxEmails).values({ toAddress: email.to, subject: email.subject, bodyText: email.text });
}

/** The closing line of every e-mail. */
export function signature(regionName: string): string {
  return `L'équipe Amorce — ${regionName}`;
}
