import { and, eq, gt } from "drizzle-orm";
import type { Db } from "../../db/database";
import type { Actor } from "../authorization/actor";
import { sessions, userLots, users } from "./accounts.tables";
import { hashToken, newSecretToken } from "./secret-tokens";

export const SESSION_DURATION_MS = 12 * 60 * 60 * 1000;

export type ActiveSession = { actor: Actor; csrfToken: string; expiresAt: Date };

export async function openSession(
  db: Db,
  userId: string,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  const expiresAt = new Date(Date.now() + SESSION_DURATION_MS);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, csrfToken, expiresAt });
  return { token, csrfToken, expiresAt };
}

/** The session a cookie's token opens, if it is still valid and its user still active. */
export async function findActiveSession(db: Db, token: string): Promise<ActiveSession | undefined> {
  const [row] = await db
    .select({
      userId: users.id,
      email: users.email,
      role: users.role,
      organisationId: users.organisationId,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, hashToken(token)),
        gt(sessions.expiresAt, new Date()),
        eq(users.active, true),
      ),
    )
    .limit(1);
  if (!row) return undefined;
  const lotIds =
    row.role === "territorial_officer"
      ? (
          await db.select({ lotId: userLots.lotId }).from(userLots).where(eq(userLots.userId, row.userId))
        ).map((lot) => lot.lotId)
      : [];
  return {
    actor: {
      userId: row.userId,
      email: row.email,
      role: row.role,
      organisationId: row.organisationId,
      lotIds,
    },
    csrfToken: row.csrfToken,
    expiresAt: row.expiresAt,
  };
}

export async function closeSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function closeAllSessionsOf(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
