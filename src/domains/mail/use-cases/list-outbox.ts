import { desc } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { forbidden } from "../../../server/http-errors";
import type { RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import type { OutboxEmail } from "../mail.schemas";
import { outboxEmails } from "../mail.tables";

export const OUTBOX_PAGE_SIZE = 200;

/** The most recent e-mails of the outbox, newest first. */
export async function listOutbox(
  db: Db,
  context: RequestContext,
  input: { limit: number },
): Promise<OutboxEmail[]> {
  if (!can(context.actor, "read", "Outbox")) throw forbidden();
  const rows = await db
    .select()
    .from(outboxEmails)
    .orderBy(desc(outboxEmails.createdAt), desc(outboxEmails.id))
    .limit(input.limit);
  return rows.map((row) => ({
    id: row.id,
    toAddress: row.toAddress,
    subject: row.subject,
    bodyText: row.bodyText,
    createdAt: row.createdAt.toISOString(),
    sentAt: row.sentAt?.toISOString() ?? null,
  }));
}
