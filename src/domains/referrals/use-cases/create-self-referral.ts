import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { queueEmail } from "../../mail/queue-email";
import { notifyUsers } from "../../notifications/notify-users";
import { findOrCreatePerson } from "../../people/find-or-create-person";
import { nearestSites } from "../../public-offer/nearest-sites";
import { SELF_REFERRAL_CONSENT_TEXT } from "../../public-offer/self-referral-consent";
import { loadOccupancy } from "../../public-offer/site-availability";
import { communes, sites } from "../../territory/territory.tables";
import { freePlaces } from "../admission";
import { selfReferralReceiptEmail } from "../referral-emails";
import { recordReferralEvent } from "../referral-history";
import {
  fullName,
  openReferralOnLot,
  publicReference,
  receivingStaff,
  siteContact,
} from "../referral-record";
import { receivingOrganisationIds } from "../referral-scope";
import type { SelfReferralBody, SelfReferralReceipt } from "../referrals.schemas";
import { referrals } from "../referrals.tables";

/**
 * A person applies on their own, without an account: their record is found again or created, the
 * self-referral reaches the site they chose — or the nearest open site with a free place, or failing
 * that the nearest — and they get an e-mail receipt. All in one transaction.
 */
export async function createSelfReferral(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  input: SelfReferralBody,
): Promise<SelfReferralReceipt> {
  return db.transaction(async (tx) => {
    const site = await chooseSite(tx, input);
    const person = await findOrCreatePerson(tx, input);
    if (await openReferralOnLot(tx, person.id, site.lotId)) {
      throw conflict(
        "Une demande à votre nom est déjà en cours pour ce secteur : le site va vous contacter. Pour toute question, appelez-le.",
      );
    }
    const now = new Date();
    const [created] = await tx
      .insert(referrals)
      .values({
        kind: "self_referral",
        personId: person.id,
        lotId: site.lotId,
        siteId: site.id,
        situation: input.situation,
        motivation: input.hopes,
        availability: input.availability,
        consentedAt: now,
        consentText: SELF_REFERRAL_CONSENT_TEXT,
      })
      .returning();
    if (!created) throw new Error("self-referral not created");
    await recordReferralEvent(tx, {
      referralId: created.id,
      kind: "created",
      fromStatus: null,
      toStatus: "sent",
      actorKind: "person",
      actor: null,
    });
    await recordAuditEvent(tx, context, {
      action: "referral.create",
      recordType: "referral",
      recordId: created.id,
      details: {
        kind: "self_referral",
        personExisted: person.existing,
        siteId: site.id,
        siteChosen: site.chosen,
      },
    });
    const receiving = await receivingOrganisationIds(tx, created);
    await notifyUsers(tx, mail, await receivingStaff(tx, created, receiving), {
      message: `Nouvel auto-positionnement de ${fullName(input)}.`,
      link: `/prescriptions/${created.id}`,
    });
    const contact = await siteContact(tx, site.id);
    const reference = publicReference(created.id);
    if (input.email) {
      await queueEmail(
        tx,
        selfReferralReceiptEmail(
          mail,
          { to: input.email, firstName: input.firstName },
          { reference, site: contact },
        ),
      );
    }
    return {
      reference,
      site: { name: contact.name, communeName: contact.communeName, address: contact.address },
      emailSent: input.email !== null,
    };
  });
}

type ChosenSite = { id: string; lotId: string; chosen: boolean };

async function chooseSite(db: Db, input: SelfReferralBody): Promise<ChosenSite> {
  if (input.siteId) {
    const [site] = await db
      .select({ id: sites.id, lotId: sites.lotId })
      .from(sites)
      .where(and(eq(sites.id, input.siteId), eq(sites.active, true)));
    if (!site)
      throw badRequest("Ce site n'existe pas ou n'accueille plus de public : choisissez-en un autre.");
    return { ...site, chosen: true };
  }
  const [home] = await db
    .select({ longitude: communes.longitude, latitude: communes.latitude })
    .from(communes)
    .where(eq(communes.code, input.communeCode));
  if (!home) throw badRequest("Cette commune n'est pas une commune de la région.");
  const open = await db
    .select({
      id: sites.id,
      code: sites.code,
      lotId: sites.lotId,
      capacity: sites.capacity,
      longitude: communes.longitude,
      latitude: communes.latitude,
    })
    .from(sites)
    .innerJoin(communes, eq(communes.code, sites.communeCode))
    .where(eq(sites.active, true));
  const byDistance = nearestSites(home, open, open.length);
  const occupancy = await loadOccupancy(
    db,
    byDistance.map((site) => site.id),
  );
  const withRoom = byDistance.find((site) => {
    const taken = occupancy.get(site.id) ?? { present: 0, reserved: 0 };
    return freePlaces({ capacity: site.capacity, ...taken }) > 0;
  });
  const site = withRoom ?? byDistance[0];
  if (!site) throw conflict("Aucun site n'accueille de public en ce moment. Réessayez plus tard.");
  return { id: site.id, lotId: site.lotId, chosen: false };
}
