import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { organisations } from "../../territory/territory.tables";
import type { MailSettings } from "../account-emails";
import type { UserSummary } from "../accounts.schemas";
import { findManagedUser } from "../managed-user";
import { sendInvitation } from "../send-invitation";
import { loadUserSummary } from "../user-views";

/** Sends a fresh invitation to someone who has not chosen a password yet; earlier links stop working. */
export async function resendInvitation(
  db: Db,
  context: RequestContext,
  input: { userId: string },
  mail: MailSettings,
): Promise<UserSummary> {
  return db.transaction(async (tx) => {
    const user = await findManagedUser(tx, context.actor, "invite", input.userId);
    if (user.passwordHash) throw conflict("Cette personne a déjà activé son compte : l'invitation a servi.");
    if (!user.active)
      throw conflict("Ce compte est désactivé : réactivez-le avant de renvoyer l'invitation.");
    const [organisation] = user.organisationId
      ? await tx.select().from(organisations).where(eq(organisations.id, user.organisationId))
      : [];
    await sendInvitation(tx, user, organisation?.name ?? null, mail);
    await recordAuditEvent(tx, context, {
      action: "user.invitation_resend",
      recordType: "user",
      recordId: user.id,
    });
    return loadUserSummary(tx, user.id);
  });
}
