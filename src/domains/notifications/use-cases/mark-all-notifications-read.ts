import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../db/database";
import type { RequestContext } from "../../authorization/actor";
import { notifications } from "../notifications.tables";
import { signedInUserId } from "../signed-in-user";

/** Marks all the caller's unread notifications read. */
export async function markAllNotificationsRead(db: Db, context: RequestContext): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, signedInUserId(context)), isNull(notifications.readAt)));
}
