import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { notifyUsers } from "../../notifications/notify-users";
import { sites } from "../../territory/territory.tables";
import { recordReferralEvent } from "../referral-history";
import { fullName, personOf, referralFor, trainingStaffOf } from "../referral-record";
import { isOpen } from "../referral-status";
import { referrals } from "../referrals.tables";

/** The lot's operator chooses the site of a referral made to the lot; the site's staff are told. */
export async function assignSite(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  input: { id: string; siteId: string },
): Promise<void> {
  const actor = context.actor as Actor;
  await db.transaction(async (tx) => {
    const { referral } = await referralFor(tx, actor, input.id, "answer", { forUpdate: true });
    if (referral.siteId) throw conflict("Le site de cette demande est déjà choisi.");
    if (!isOpen(referral.status)) throw conflict("Cette demande est close.");
    const [site] = await tx
      .select({
        lotId: sites.lotId,
        active: sites.active,
        name: sites.name,
        organisationId: sites.organisationId,
      })
      .from(sites)
      .where(eq(sites.id, input.siteId));
    if (!site || site.lotId !== referral.lotId) throw badRequest("Choisissez un site du lot de la demande.");
    if (!site.active) throw badRequest("Ce site est fermé : choisissez-en un autre.");
    await tx
      .update(referrals)
      .set({ siteId: input.siteId, updatedAt: new Date() })
      .where(eq(referrals.id, referral.id));
    await recordReferralEvent(tx, {
      referralId: referral.id,
      kind: "site_assigned",
      fromStatus: referral.status,
      toStatus: referral.status,
      actorKind: "training_organisation",
      actor,
      details: { site: site.name },
    });
    await recordAuditEvent(tx, context, {
      action: "referral.assignSite",
      recordType: "referral",
      recordId: referral.id,
      details: { siteId: input.siteId },
    });
    const person = await personOf(tx, referral.personId);
    await notifyUsers(tx, mail, await trainingStaffOf(tx, [site.organisationId]), {
      message: `Nouvelle demande pour ${fullName(person)}, orientée vers ${site.name}.`,
      link: `/prescriptions/${referral.id}`,
    });
  });
}
