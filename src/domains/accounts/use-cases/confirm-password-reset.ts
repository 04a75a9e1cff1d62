import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { users } from "../accounts.tables";
import { actingAs } from "../acting-user";
import { hashPassword } from "../passwords";
import { closeAllSessionsOf } from "../sessions";
import { consumeToken, findUsableToken, refuseToken } from "../user-tokens";

/** Sets a new password from an e-mailed link; every session of the account is closed. */
export async function confirmPasswordReset(
  db: Db,
  context: RequestContext,
  input: { token: string; password: string },
): Promise<void> {
  const found = await findUsableToken(db, input.token, "password_reset");
  if ("refusal" in found) throw refuseToken("password_reset", found.refusal);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    if (!(await consumeToken(tx, found.tokenId))) throw refuseToken("password_reset", "used");
    await tx
      .update(users)
      .set({ passwordHash, failedLoginCount: 0, lockedUntil: null, updatedAt: new Date() })
      .where(eq(users.id, found.user.id));
    await closeAllSessionsOf(tx, found.user.id);
    await recordAuditEvent(tx, actingAs(context, found.user), {
      action: "auth.password_reset",
      recordType: "user",
      recordId: found.user.id,
    });
  });
}
