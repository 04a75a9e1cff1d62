import type { Db } from "../../db/database";
import type { MailSettings } from "../accounts/account-emails";
import { internshipStaff } from "../internships/internship-record";
import { notifyUsers } from "../notifications/notify-users";

export const CALL_LIST_PAGE = "/suivi-des-anciens";

/** Tells the training staff of a site (its organisation's, the lot's if none) who was put on its call list. */
export async function tellCallList(
  db: Db,
  mail: MailSettings,
  site: { siteId: string; lotId: string; count: number },
): Promise<void> {
  const message =
    site.count === 1
      ? "1 ancien·ne stagiaire n'a pas répondu au questionnaire de suivi : il ou elle est à appeler."
      : `${site.count} anciens stagiaires n'ont pas répondu au questionnaire de suivi : ils sont à appeler.`;
  await notifyUsers(db, mail, await internshipStaff(db, site), { message, link: CALL_LIST_PAGE });
}
