import { desc } from "drizzle-orm";
import type { Db } from "../../db/database";
import type { OutboxEmail } from "./mail.schemas";
import { outboxEmails } from "./mail.tables";

/** The most recent e-mails of the outbox, newest first. */
export async function recentEmails(db: Db, limit: number): Promise<OutboxEmail[]> {
  const rows = await db
    .select()
    .from(outboxEmails)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(limit);
  return rows.map((row) => ({
    id: row.id,
    toAddress: row.toAddress,
    subject: row.subject,
    bodyText: row.bodyText,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  }));
}
