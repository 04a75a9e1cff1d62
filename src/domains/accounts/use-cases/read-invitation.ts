import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { organisations } from "../../territory/territory.tables";
import type { Invitation } from "../accounts.schemas";
import { ROLE_LABELS } from "../roles";
import { findUsableToken, refuseToken } from "../user-tokens";

/** What the invitation page shows before the person chooses a password. The token is the permission. */
export async function readInvitation(db: Db, input: { token: string }): Promise<Invitation> {
  const found = await findUsableToken(db, input.token, "invitation");
  if ("refusal" in found) {
    throw refuseToken("invitation", found.refusal, { unknown: 404, used: 410, expired: 410 });
  }
  const { user } = found;
  const [organisation] = user.organisationId
    ? await db
        .select({ name: organisations.name })
        .from(organisations)
        .where(eq(organisations.id, user.organisationId))
    : [];
  return {
    email: user.email,
    displayName: user.displayName,
    organisationName: organisation?.name ?? null,
    roleLabel: ROLE_LABELS[user.role],
  };
}
