import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { notFound } from "../../../server/http-errors";
import type { RequestContext } from "../../authorization/actor";
import { notifications } from "../notifications.tables";
import { signedInUserId } from "../signed-in-user";

/** Marks one of the caller's notifications read (already read: unchanged). Another's is not found. */
export async function markNotificationRead(
  db: Db,
  context: RequestContext,
  input: { id: number },
): Promise<void> {
  const [marked] = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, input.id), eq(notifications.userId, signedInUserId(context))))
    .returning({ id: notifications.id });
  if (!marked) throw notFound("Notification introuvable.");
}
