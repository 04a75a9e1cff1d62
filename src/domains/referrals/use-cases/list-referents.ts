import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import type { Actor } from "../../authorization/actor";

/** The prescribers of the caller's organisation who may be named referent of a person. */
export async function listReferents(db: Db, actor: Actor) {
  if (!actor.organisationId) return [];
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(
      and(
        eq(users.organisationId, actor.organisationId),
        eq(users.active, true),
        inArray(users.role, ["prescriber_admin", "prescriber_advisor"]),
      ),
    )
    .orderBy(asc(users.displayName));
}
