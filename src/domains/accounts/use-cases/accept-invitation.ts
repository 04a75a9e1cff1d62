import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import type { SignedIn } from "../accounts.schemas";
import { users } from "../accounts.tables";
import { actingAs } from "../acting-user";
import { hashPassword } from "../passwords";
import { openSession } from "../sessions";
import { consumeToken, findUsableToken, refuseToken } from "../user-tokens";
import { loadMe } from "../user-views";

/** Activates an invited account with the password the person chose, and signs them in. */
export async function acceptInvitation(
  db: Db,
  context: RequestContext,
  input: { token: string; password: string },
): Promise<SignedIn & { sessionToken: string }> {
  const found = await findUsableToken(db, input.token, "invitation");
  if ("refusal" in found) throw refuseToken("invitation", found.refusal);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    if (!(await consumeToken(tx, found.tokenId))) throw refuseToken("invitation", "used");
    const now = new Date();
    await tx
      .update(users)
      .set({ passwordHash, failedLoginCount: 0, lockedUntil: null, lastLoginAt: now, updatedAt: now })
      .where(eq(users.id, found.user.id));
    const session = await openSession(tx, found.user.id);
    await recordAuditEvent(tx, actingAs(context, found.user), {
      action: "user.invitation_accept",
      recordType: "user",
      recordId: found.user.id,
    });
    return {
      user: await loadMe(tx, found.user.id),
      csrfToken: session.csrfToken,
      sessionToken: session.token,
    };
  });
}
