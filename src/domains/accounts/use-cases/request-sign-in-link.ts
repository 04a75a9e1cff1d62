import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { queueEmail } from "../../mail/queue-email";
import { type MailSettings, signInLinkEmail } from "../account-emails";
import { users } from "../accounts.tables";
import { issueUserToken } from "../user-tokens";

/**
 * E-mails a single-use sign-in link to an active trainee account. Professionals sign in with their
 * password only: a link in a mailbox would open records of many people, a trainee's opens only their own.
 * Says nothing to the caller either way, so that nobody can find out which addresses have an account.
 */
export async function requestSignInLink(
  db: Db,
  context: RequestContext,
  input: { email: string },
  mail: MailSettings,
): Promise<void> {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.email, input.email), eq(users.active, true), eq(users.role, "trainee")));
  if (!user) return;
  await db.transaction(async (tx) => {
    await sendSignInLink(tx, user, "requested", mail);
    await recordAuditEvent(tx, context, {
      action: "auth.sign_in_link_request",
      actorEmail: user.email,
      recordType: "user",
      recordId: user.id,
    });
  });
}

/** Issues a sign-in token (earlier unused ones stop working) and queues the e-mail carrying it. */
export async function sendSignInLink(
  db: Db,
  user: { id: string; email: string; displayName: string },
  reason: "access_given" | "requested",
  mail: MailSettings,
): Promise<void> {
  const token = await issueUserToken(db, user.id, "sign_in");
  await queueEmail(
    db,
    signInLinkEmail(mail, { to: user.email, displayName: user.displayName, token, reason }),
  );
}
