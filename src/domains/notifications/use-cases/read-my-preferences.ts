import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import type { RequestContext } from "../../authorization/actor";
import type { PreferencesBody } from "../notifications.schemas";
import { signedInUserId } from "../signed-in-user";

/** The caller's own preferences: how they want to be e-mailed their notifications. */
export async function readMyPreferences(db: Db, context: RequestContext): Promise<PreferencesBody> {
  const [row] = await db
    .select({ notificationFrequency: users.notificationFrequency })
    .from(users)
    .where(eq(users.id, signedInUserId(context)));
  if (!row) throw new Error("readMyPreferences: unknown user");
  return row;
}
