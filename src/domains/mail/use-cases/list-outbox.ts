import type { Db } from "../../../db/database";
import { forbidden } from "../../../server/http-errors";
import type { RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import type { OutboxEmail } from "../mail.schemas";
import { recentEmails } from "../recent-emails";

export const OUTBOX_PAGE_SIZE = 200;

/** The outbox, for the demo screen that shows what Amorce would have e-mailed. */
export async function listOutbox(
  db: Db,
  context: RequestContext,
  input: { limit: number },
): Promise<OutboxEmail[]> {
  if (!can(context.actor, "read", "Outbox")) throw forbidden();
  return recentEmails(db, input.limit);
}
