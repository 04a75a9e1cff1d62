import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import type { PreferencesBody } from "../notifications.schemas";
import { signedInUserId } from "../signed-in-user";
import { readMyPreferences } from "./read-my-preferences";

/** Changes the caller's own preferences, audited as `preferences.update`. */
export async function updateMyPreferences(
  db: Db,
  context: RequestContext,
  input: PreferencesBody,
): Promise<PreferencesBody> {
  const userId = signedInUserId(context);
  return db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ notificationFrequency: input.notificationFrequency, updatedAt: new Date() })
      .where(eq(users.id, userId));
    await recordAuditEvent(tx, context, {
      action: "preferences.update",
      recordType: "user",
      recordId: userId,
      details: { notificationFrequency: input.notificationFrequency },
    });
    return readMyPreferences(tx, context);
  });
}
