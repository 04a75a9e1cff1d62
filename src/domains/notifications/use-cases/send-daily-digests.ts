import { and, asc, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import type { MailSettings } from "../../accounts/account-emails";
import { users } from "../../accounts/accounts.tables";
import { queueEmail } from "../../mail/queue-email";
import { digestEmail } from "../digest-email";
import { notifications } from "../notifications.tables";

export type DigestRun = { users: number; notifications: number };

/**
 * E-mails each active user one digest of their notifications made before `upTo` and not yet e-mailed
 * (those of users who chose one e-mail a day, or who chose it when they were made). Each user's
 * notifications are locked (`for update skip locked`) and marked e-mailed in the transaction that
 * queues the digest: two runs at once never take the same notification, and none is e-mailed twice.
 */
export async function sendDailyDigests(
  db: Db,
  settings: MailSettings,
  input: { upTo: Date },
): Promise<DigestRun> {
  const pending = await db
    .selectDistinct({ userId: notifications.userId })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(isNull(notifications.emailedAt), lt(notifications.createdAt, input.upTo), eq(users.active, true)),
    );
  const run: DigestRun = { users: 0, notifications: 0 };
  for (const { userId } of pending) {
    const listed = await db.transaction((tx) => sendDigestTo(tx, settings, userId, input.upTo));
    if (listed === 0) continue;
    run.users++;
    run.notifications += listed;
  }
  return run;
}

/** One user's digest; how many notifications it lists (0: none left, or another run has them). */
async function sendDigestTo(tx: Db, settings: MailSettings, userId: string, upTo: Date): Promise<number> {
  const [recipient] = await tx
    .select({ email: users.email, displayName: users.displayName, active: users.active })
    .from(users)
    .where(eq(users.id, userId));
  if (!recipient?.active) return 0;
  const items = await tx
    .select({
      id: notifications.id,
      message: notifications.message,
      link: notifications.link,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.emailedAt),
        lt(notifications.createdAt, upTo),
      ),
    )
    .orderBy(asc(notifications.createdAt), asc(notifications.id))
    .for("update", { skipLocked: true });
  if (items.length === 0) return 0;
  await queueEmail(
    tx,
    digestEmail(settings, { to: recipient.email, displayName: recipient.displayName }, items),
  );
  await tx
    .update(notifications)
    .set({ emailedAt: sql`now()` })
    .where(
      inArray(
        notifications.id,
        items.map((item) => item.id),
      ),
    );
  return items.length;
}
