import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import type { UserSummary } from "../accounts.schemas";
import { users } from "../accounts.tables";
import { findManagedUser } from "../managed-user";
import { closeAllSessionsOf } from "../sessions";
import { loadUserSummary } from "../user-views";

/** Deactivates an account (its sessions close at once) or reactivates it. */
export async function setUserActive(
  db: Db,
  context: RequestContext,
  input: { userId: string; active: boolean },
): Promise<UserSummary> {
  return db.transaction(async (tx) => {
    const user = await findManagedUser(tx, context.actor, "deactivate", input.userId);
    if (user.id === context.actor?.userId) {
      throw badRequest("Vous ne pouvez pas désactiver ni réactiver votre propre compte.");
    }
    await tx
      .update(users)
      .set({
        active: input.active,
        updatedAt: new Date(),
        ...(input.active ? { failedLoginCount: 0, lockedUntil: null } : {}),
      })
      .where(eq(users.id, user.id));
    if (!input.active) await closeAllSessionsOf(tx, user.id);
    await recordAuditEvent(tx, context, {
      action: input.active ? "user.reactivate" : "user.deactivate",
      recordType: "user",
      recordId: user.id,
    });
    return loadUserSummary(tx, user.id);
  });
}
