import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../db/database";
import type { RequestContext } from "../../authorization/actor";
import { NOTIFICATIONS_PAGE_SIZE, type NotificationPage } from "../notifications.schemas";
import { notifications } from "../notifications.tables";
import { signedInUserId } from "../signed-in-user";

/** The caller's own notifications, newest first, a page at a time, with how many are unread. */
export async function listMyNotifications(
  db: Db,
  context: RequestContext,
  input: { page: number },
): Promise<NotificationPage> {
  const mine = eq(notifications.userId, signedInUserId(context));
  const [rows, [counted], [unread]] = await Promise.all([
    db
      .select()
      .from(notifications)
      .where(mine)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(NOTIFICATIONS_PAGE_SIZE)
      .offset((input.page - 1) * NOTIFICATIONS_PAGE_SIZE),
    db.select({ total: count() }).from(notifications).where(mine),
    db
      .select({ total: count() })
      .from(notifications)
      .where(and(mine, isNull(notifications.readAt))),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      message: row.message,
      link: row.link,
      createdAt: row.createdAt.toISOString(),
      readAt: row.readAt?.toISOString() ?? null,
    })),
    total: Number(counted?.total ?? 0),
    page: input.page,
    pageSize: NOTIFICATIONS_PAGE_SIZE,
    unreadCount: Number(unread?.total ?? 0),
  };
}
