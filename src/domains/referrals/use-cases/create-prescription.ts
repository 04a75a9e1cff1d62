import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict, forbidden } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { notifyUsers } from "../../notifications/notify-users";
import { findOrCreatePerson } from "../../people/find-or-create-person";
import { lots, sites } from "../../territory/territory.tables";
import { recordReferralEvent } from "../referral-history";
import { fullName, openReferralOnLot, receivingStaff } from "../referral-record";
import { receivingOrganisationIds } from "../referral-scope";
import { REFERRAL_STATUS_LABELS } from "../referral-status";
import type { PrescriptionBody } from "../referrals.schemas";
import { referrals } from "../referrals.tables";
import { listReferents } from "./list-referents";

/**
 * A prescriber refers a person: the person's record is found again or created, the referral goes to a
 * site (or to a lot whose operator will choose the site), with its first history row; the receiving
 * staff are told.
 */
export async function createPrescription(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  input: PrescriptionBody,
): Promise<{ id: string; personExisted: boolean }> {
  const actor = context.actor;
  const organisationId = actor?.organisationId;
  if (!actor || !organisationId) throw forbidden();
  return db.transaction(async (tx) => {
    const place = await destination(tx, input);
    const referentUserId = input.referentUserId ?? actor.userId;
    if (referentUserId !== actor.userId) await ensureColleague(tx, organisationId, referentUserId);

    const person = await findOrCreatePerson(tx, input.person);
    const open = await openReferralOnLot(tx, person.id, place.lotId);
    if (open) {
      throw conflict(
        `Cette personne a déjà une demande en cours sur ce lot (statut « ${REFERRAL_STATUS_LABELS[open.status]} ») : suivez-la plutôt que d'en envoyer une nouvelle.`,
      );
    }

    const [created] = await tx
      .insert(referrals)
      .values({
        kind: "prescription",
        personId: person.id,
        lotId: place.lotId,
        siteId: place.siteId,
        prescriberOrganisationId: organisationId,
        senderUserId: actor.userId,
        referentUserId,
        motivation: input.motivation,
        knownBarriers: input.knownBarriers,
        barriersNote: input.barriersNote,
        availability: input.availability,
      })
      .returning();
    if (!created) throw new Error("referral not created");
    await recordReferralEvent(tx, {
      referralId: created.id,
      kind: "created",
      fromStatus: null,
      toStatus: "sent",
      actorKind: "prescriber",
      actor,
    });
    await recordAuditEvent(tx, context, {
      action: "referral.create",
      recordType: "referral",
      recordId: created.id,
      details: {
        kind: "prescription",
        personExisted: person.existing,
        siteId: place.siteId,
        lotId: place.lotId,
      },
    });
    const receiving = await receivingOrganisationIds(tx, created);
    await notifyUsers(tx, mail, await receivingStaff(tx, created, receiving), {
      message: `Nouvelle prescription pour ${fullName(input.person)}.`,
      link: `/prescriptions/${created.id}`,
    });
    return { id: created.id, personExisted: person.existing };
  });
}

/** The site and its lot, or the lot alone; a site must be active and belong to the lot when both are given. */
async function destination(
  db: Db,
  input: PrescriptionBody,
): Promise<{ lotId: string; siteId: string | null }> {
  if (input.siteId) {
    const [site] = await db
      .select({ lotId: sites.lotId, active: sites.active })
      .from(sites)
      .where(eq(sites.id, input.siteId));
    if (!site) throw badRequest("Site inconnu.");
    if (!site.active) throw badRequest("Ce site est fermé : choisissez-en un autre.");
    if (input.lotId && input.lotId !== site.lotId)
      throw badRequest("Ce site n'appartient pas au lot choisi.");
    return { lotId: site.lotId, siteId: input.siteId };
  }
  const [lot] = input.lotId
    ? await db.select({ id: lots.id }).from(lots).where(eq(lots.id, input.lotId))
    : [];
  if (!lot) throw badRequest("Lot inconnu.");
  return { lotId: lot.id, siteId: null };
}

/** A referent is an active prescriber of the sender's own organisation. */
export async function ensureColleague(db: Db, organisationId: string, userId: string): Promise<void> {
  const referents = await listReferents(db, organisationId);
  if (!referents.some((referent) => referent.id === userId)) {
    throw badRequest("Le ou la référent·e doit être un·e prescripteur·rice actif·ve de votre structure.");
  }
}
