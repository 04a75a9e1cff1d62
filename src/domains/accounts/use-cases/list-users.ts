import { and, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { forbidden } from "../../../server/http-errors";
import type { RequestContext } from "../../authorization/actor";
import { can, seesAllOrganisations } from "../../authorization/policies";
import type { UserListQuery, UserSummary } from "../accounts.schemas";
import { users } from "../accounts.tables";
import { loadUserSummaries } from "../user-views";

/** The users the actor administers: everyone for the Region's admins, their organisation's otherwise. */
export async function listUsers(
  db: Db,
  context: RequestContext,
  query: UserListQuery,
): Promise<UserSummary[]> {
  const { actor } = context;
  if (!actor || !can(actor, "read", "User")) throw forbidden();
  const conditions: (SQL | undefined)[] = [];
  if (!seesAllOrganisations(actor)) {
    conditions.push(actor.organisationId ? eq(users.organisationId, actor.organisationId) : sql`false`);
  }
  if (query.organisationId) conditions.push(eq(users.organisationId, query.organisationId));
  if (query.role) conditions.push(eq(users.role, query.role));
  if (query.active !== undefined) conditions.push(eq(users.active, query.active));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    conditions.push(or(ilike(users.email, pattern), ilike(users.displayName, pattern)));
  }
  return loadUserSummaries(db, and(...conditions));
}
