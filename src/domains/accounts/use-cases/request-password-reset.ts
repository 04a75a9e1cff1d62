import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { queueEmail } from "../../mail/queue-email";
import { type MailSettings, passwordResetEmail } from "../account-emails";
import { users } from "../accounts.tables";
import { issueUserToken } from "../user-tokens";

/**
 * E-mails a password reset link to an active account. Says nothing to the caller either way, so that
 * nobody can find out which addresses have an account.
 */
export async function requestPasswordReset(
  db: Db,
  context: RequestContext,
  input: { email: string },
  mail: MailSettings,
): Promise<void> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, input.email), eq(users.active, true)));
  if (!user) return;
  await db.transaction(async (tx) => {
    const token = await issueUserToken(tx, user.id, "password_reset");
    await queueEmail(tx, passwordResetEmail(mail, { to: user.email, displayName: user.displayName, token }));
    await recordAuditEvent(tx, context, {
      action: "auth.password_reset_request",
      actorEmail: user.email,
      recordType: "user",
      recordId: user.id,
    });
  });
}
