import type { Db } from "../../db/database";
import { queueEmail } from "../mail/queue-email";
import { invitationEmail, type MailSettings } from "./account-emails";
import type { users } from "./accounts.tables";
import { ROLE_LABELS } from "./roles";
import { issueUserToken } from "./user-tokens";

/** Issues an invitation token and e-mails its link; returns the token. */
export async function sendInvitation(
  db: Db,
  user: Pick<typeof users.$inferSelect, "id" | "email" | "displayName" | "role">,
  organisationName: string | null,
  mail: MailSettings,
): Promise<string> {
  const token = await issueUserToken(db, user.id, "invitation");
  await queueEmail(
    db,
    invitationEmail(mail, {
      to: user.email,
      displayName: user.displayName,
      roleLabel: ROLE_LABELS[user.role],
      organisationName,
      token,
    }),
  );
  return token;
}
