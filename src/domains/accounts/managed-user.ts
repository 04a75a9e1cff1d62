import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { notFound } from "../../server/http-errors";
import type { Actor } from "../authorization/actor";
import { type Action, can } from "../authorization/policies";
import { users } from "./accounts.tables";

/**
 * The account `actor` may do `action` on, locked for the rest of the transaction. Someone else's
 * user is "not found": an organisation admin does not learn which accounts other organisations have.
 */
export async function findManagedUser(
  db: Db,
  actor: Actor | null,
  action: Action,
  userId: string,
): Promise<typeof users.$inferSelect> {
  const [user] = await db.select().from(users).where(eq(users.id, userId)).for("update");
  if (!user || !can(actor, action, "User", { organisationId: user.organisationId })) {
    throw notFound("Ce compte n'existe pas.");
  }
  return user;
}
