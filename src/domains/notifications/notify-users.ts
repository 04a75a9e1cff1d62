import { inArray } from "drizzle-orm";
import type { Db } from "../../db/database";
import type { MailSettings } from "../accounts/account-emails";
import { users } from "../accounts/accounts.tables";
import { queueEmail, signature } from "../mail/queue-email";
import { notifications } from "./notifications.tables";

export type Notice = {
  /** One sentence, in French, that makes sense on its own: « La prescription de Léa Martin a été acceptée. » */
  message: string;
  /** The app page it is about, from the site's root: `/prescriptions/…`. */
  link: string;
};

/**
 * Tells active users of a change, in the caller's transaction: a notification in the app for each, and an
 * e-mail queued at once for those who chose immediate e-mails (the others get it in their daily digest).
 * `emailNow`: a notice that must reach everyone the same day is e-mailed at once whatever their choice
 * (and so not again in the digest).
 */
export async function notifyUsers(
  db: Db,
  settings: MailSettings,
  userIds: readonly (string | null | undefined)[],
  notice: Notice,
  options: { emailNow?: boolean } = {},
): Promise<void> {
  const ids = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return;
  const recipients = await db
    .select({
      id: users.id,
      email: users.email,
      active: users.active,
      frequency: users.notificationFrequency,
    })
    .from(users)
    .where(inArray(users.id, ids));
  const now = new Date();
  for (const recipient of recipients.filter((user) => user.active)) {
    const immediate = options.emailNow === true || recipient.frequency === "immediate";
    await db.insert(notifications).values({
      userId: recipient.id,
      message: notice.message,
      link: notice.link,
      emailedAt: immediate ? now : null,
    });
    if (immediate) {
      await queueEmail(db, {
        to: recipient.email,
        subject: `Amorce — ${notice.message}`.slice(0, 200),
        text: [
          "Bonjour,",
          "",
          notice.message,
          "",
          `Pour voir le détail : ${settings.publicUrl}${notice.link}`,
          "",
          "Vous recevez ce message parce que vous suivez ce dossier sur Amorce. Vous pouvez choisir de ne recevoir qu'un récapitulatif par jour dans vos préférences.",
          "",
          signature(settings.regionName),
        ].join("\n"),
      });
    }
  }
}
