import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import { PRESCRIBER_ROLES } from "../../accounts/roles";

/** The prescribers of an organisation who may be named referent of a person. */
export async function listReferents(db: Db, organisationId: string | null) {
  if (!organisationId) return [];
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.organisationId, organisationId),
        eq(users.active, true),
        inArray(users.role, [...PRESCRIBER_ROLES]),
      ),
    )
    .orderBy(asc(users.displayName));
}
