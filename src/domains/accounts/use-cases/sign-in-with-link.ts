import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import type { SignedIn } from "../accounts.schemas";
import { users } from "../accounts.tables";
import { actingAs } from "../acting-user";
import { openSession } from "../sessions";
import { consumeToken, findUsableToken, refuseToken } from "../user-tokens";
import { loadMe } from "../user-views";

/** Opens a trainee's session from an e-mailed sign-in link, which then stops working. */
export async function signInWithLink(
  db: Db,
  context: RequestContext,
  input: { token: string },
): Promise<SignedIn & { sessionToken: string }> {
  const found = await findUsableToken(db, input.token, "sign_in");
  if ("refusal" in found) {
    await recordAuditEvent(db, context, {
      action: "auth.login",
      outcome: "failure",
      details: { method: "link", reason: `token_${found.refusal}` },
    });
    throw refuseToken("sign_in", found.refusal);
  }
  return db.transaction(async (tx) => {
    if (!(await consumeToken(tx, found.tokenId))) throw refuseToken("sign_in", "used");
    await tx
      .update(users)
      .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() })
      .where(eq(users.id, found.user.id));
    const session = await openSession(tx, found.user.id);
    await recordAuditEvent(tx, actingAs(context, found.user), {
      action: "auth.login",
      recordType: "user",
      recordId: found.user.id,
      details: { method: "link" },
    });
    return {
      user: await loadMe(tx, found.user.id),
      csrfToken: session.csrfToken,
      sessionToken: session.token,
    };
  });
}
