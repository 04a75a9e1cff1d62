import { and, eq, gt, sql } from "drizzle-orm";
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

/**
 * The query behind every signed-in request, built once per database and prepared on the server:
 * the session, its active user and (for a territorial officer) their lots, in one round trip.
 */
function prepareSessionQuery(db: Db) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      role: users.role,
      organisationId: users.organisationId,
      personId: users.personId,
      lotIds: sql<
        string[]
      >`array(select ${userLots.lotId}::text from ${userLots} where ${userLots.userId} = ${users.id})`,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder("tokenHash")),
        gt(sessions.expiresAt, sql`now()`),
        eq(users.active, true),
      ),
    )
    .limit(1)
    .prepare("find_active_session");
}

const sessionQueries = new WeakMap<Db, ReturnType<typeof prepareSessionQuery>>();

/** The session a cookie's token opens, if it is still valid and its user still active. */
export async function findActiveSession(db: Db, token: string): Promise<ActiveSession | undefined> {
  let query = sessionQueries.get(db);
  if (!query) {
    query = prepareSessionQuery(db);
    sessionQueries.set(db, query);
  }
  const [row] = await query.execute({ tokenHash: hashToken(token) });
  if (!row) return undefined;
  const { csrfToken, expiresAt, ...actor } = row;
  return { actor, csrfToken, expiresAt };
}

export async function closeSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export async function closeAllSessionsOf(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
