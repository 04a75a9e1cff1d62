import { asc, eq, type SQL } from "drizzle-orm";
import type { Db } from "../../db/database";
import { organisations } from "../territory/territory.tables";
import type { Me, UserSummary } from "./accounts.schemas";
import { userLots, users } from "./accounts.tables";

/** The signed-in user as the web interface sees them. */
export async function loadMe(db: Db, userId: string): Promise<Me> {
  const [row] = await db
    .select({ user: users, organisation: organisations })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, userId));
  if (!row) throw new Error("loadMe: unknown user");
  const lots = await db.select({ lotId: userLots.lotId }).from(userLots).where(eq(userLots.userId, userId));
  const { user, organisation } = row;
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisation: organisation && {
      id: organisation.id,
      code: organisation.code,
      name: organisation.name,
      kind: organisation.kind,
    },
    lotIds: lots.map((lot) => lot.lotId),
  };
}

/** Users as lists show them, ordered by name. */
export async function loadUserSummaries(db: Db, where: SQL | undefined): Promise<UserSummary[]> {
  const rows = await db
    .select({ user: users, organisation: organisations })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(where)
    .orderBy(asc(users.displayName), asc(users.email));
  return rows.map(({ user, organisation }) => ({
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    organisation: organisation && { id: organisation.id, code: organisation.code, name: organisation.name },
    active: user.active,
    invitationPending: user.passwordHash === null,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
  }));
}

export async function loadUserSummary(db: Db, userId: string): Promise<UserSummary> {
  const [summary] = await loadUserSummaries(db, eq(users.id, userId));
  if (!summary) throw new Error("loadUserSummary: unknown user");
  return summary;
}
