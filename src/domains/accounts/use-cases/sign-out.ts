import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { closeSession } from "../sessions";

export async function signOut(
  db: Db,
  context: RequestContext,
  input: { sessionToken: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    await closeSession(tx, input.sessionToken);
    await recordAuditEvent(tx, context, {
      action: "auth.logout",
      recordType: "user",
      recordId: context.actor?.userId,
    });
  });
}
