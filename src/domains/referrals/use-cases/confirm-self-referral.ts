import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict, forbidden, notFound } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { notifyUsers } from "../../notifications/notify-users";
import { recordReferralEvent } from "../referral-history";
import { fullName, personOf, REFERRAL_NOT_FOUND, receivingStaff } from "../referral-record";
import { receivingOrganisationIds } from "../referral-scope";
import { isOpen } from "../referral-status";
import { referrals } from "../referrals.tables";
import { ensureColleague } from "./create-prescription";

/**
 * A prescriber confirms a person's self-referral, found by searching the person: their organisation
 * becomes the sender, and the person gets a referent (by default, the prescriber). The site is told.
 */
export async function confirmSelfReferral(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  input: { id: string; referentUserId: string | null },
): Promise<void> {
  const actor = context.actor;
  const organisationId = actor?.organisationId;
  if (!actor || !organisationId) throw forbidden();
  await db.transaction(async (tx) => {
    const [referral] = await tx.select().from(referrals).where(eq(referrals.id, input.id)).for("update");
    if (referral?.kind !== "self_referral") throw notFound(REFERRAL_NOT_FOUND);
    if (referral.prescriberOrganisationId !== null) {
      throw conflict("Cet auto-positionnement est déjà confirmé par un·e prescripteur·rice.");
    }
    if (!isOpen(referral.status)) throw conflict("Cette demande est close.");
    const referentUserId = input.referentUserId ?? actor.userId;
    if (referentUserId !== actor.userId) await ensureColleague(tx, organisationId, referentUserId);
    await tx
      .update(referrals)
      .set({
        prescriberOrganisationId: organisationId,
        senderUserId: actor.userId,
        referentUserId,
        updatedAt: new Date(),
      })
      .where(eq(referrals.id, referral.id));
    await recordReferralEvent(tx, {
      referralId: referral.id,
      kind: "referent_named",
      fromStatus: referral.status,
      toStatus: referral.status,
      actorKind: "prescriber",
      actor,
    });
    await recordAuditEvent(tx, context, {
      action: "referral.confirm",
      recordType: "referral",
      recordId: referral.id,
    });
    const person = await personOf(tx, referral.personId);
    const receiving = await receivingOrganisationIds(tx, referral);
    await notifyUsers(tx, mail, await receivingStaff(tx, referral, receiving), {
      message: `L'auto-positionnement de ${fullName(person)} est confirmé par un·e prescripteur·rice, qui devient son ou sa référent·e.`,
      link: `/prescriptions/${referral.id}`,
    });
  });
}
