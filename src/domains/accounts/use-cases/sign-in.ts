import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { forbidden, tooManyRequests, unauthorized } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import type { SignedIn } from "../accounts.schemas";
import { users } from "../accounts.tables";
import { actingAs } from "../acting-user";
import { afterFailedLogin, isLocked, lockoutMessage } from "../login-lockout";
import { hashPassword, verifyPassword } from "../passwords";
import { newSecretToken } from "../secret-tokens";
import { openSession } from "../sessions";
import { loadMe } from "../user-views";

export const WRONG_CREDENTIALS = "Adresse e-mail ou mot de passe incorrect.";

/** Checked when the e-mail is unknown, so that the answer takes as long as for a real account. */
let decoyHash: Promise<string> | undefined;

/**
 * Signs a user in with e-mail and password. Five wrong passwords in a row lock the account for
 * 15 minutes; an unknown e-mail gets the same answer as a wrong password.
 */
export async function signIn(
  db: Db,
  context: RequestContext,
  input: { email: string; password: string },
): Promise<SignedIn & { sessionToken: string }> {
  const [user] = await db.select().from(users).where(eq(users.email, input.email));
  const failure = (reason: string) =>
    recordAuditEvent(db, context, {
      action: "auth.login",
      outcome: "failure",
      actorEmail: input.email,
      recordType: user ? "user" : undefined,
      recordId: user?.id,
      details: { reason },
    });

  if (user?.lockedUntil && isLocked(user, new Date())) {
    await failure("locked");
    throw tooManyRequests(lockoutMessage(user.lockedUntil));
  }
  decoyHash ??= hashPassword(newSecretToken());
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyHash), input.password);
  if (!user) {
    await failure("unknown_email");
    throw unauthorized(WRONG_CREDENTIALS);
  }
  if (!user.passwordHash || !passwordMatches) {
    const lockedUntil = await countFailure(db, context, user.id);
    if (lockedUntil) throw tooManyRequests(lockoutMessage(lockedUntil));
    throw unauthorized(WRONG_CREDENTIALS);
  }
  if (!user.active) {
    await failure("inactive");
    throw forbidden(
      "Ce compte a été désactivé. Adressez-vous à l'administrateur de votre structure pour le réactiver.",
    );
  }

  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() })
      .where(eq(users.id, user.id));
    const session = await openSession(tx, user.id);
    await recordAuditEvent(tx, actingAs(context, user), {
      action: "auth.login",
      recordType: "user",
      recordId: user.id,
    });
    return { user: await loadMe(tx, user.id), csrfToken: session.csrfToken, sessionToken: session.token };
  });
}

/** Counts a wrong password; returns the end of the lockout when this one locks the account. */
async function countFailure(db: Db, context: RequestContext, userId: string): Promise<Date | null> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!current) return null;
    const now = new Date();
    const next = afterFailedLogin(current, now);
    await tx.update(users).set(next).where(eq(users.id, userId));
    const audit = { actorEmail: current.email, recordType: "user", recordId: userId };
    await recordAuditEvent(tx, context, {
      ...audit,
      action: "auth.login",
      outcome: "failure",
      details: { reason: current.passwordHash ? "wrong_password" : "invitation_pending" },
    });
    if (!isLocked(next, now) || isLocked(current, now)) return null;
    await recordAuditEvent(tx, context, { ...audit, action: "auth.lockout", outcome: "denied" });
    return next.lockedUntil;
  });
}
