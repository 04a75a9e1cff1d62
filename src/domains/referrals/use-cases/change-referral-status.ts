import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict, forbidden } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { queueEmail } from "../../mail/queue-email";
import { notifyUsers } from "../../notifications/notify-users";
import { parisDay } from "../../paris-time";
import { pathways } from "../../pathways/pathways.tables";
import { checkAdmission, offeredFromWaitingList } from "../admission";
import { checkEntryDate, checkPlannedEntryDate } from "../entry-dates";
import { acceptedEmail, invitationToPersonEmail, refusedEmail, waitingListEmail } from "../referral-emails";
import { recordReferralEvent } from "../referral-history";
import {
  fullName,
  lockSite,
  personOf,
  type ReferralRow,
  receivingStaff,
  referralFor,
  siteContact,
} from "../referral-record";
import { actorKindOf } from "../referral-scope";
import {
  allowedTransitions,
  checkTransition,
  REFERRAL_STATUS_LABELS,
  type ReferralStatus,
} from "../referral-status";
import type { TransitionBody } from "../referrals.schemas";
import { referrals } from "../referrals.tables";
import { siteOccupancy } from "../site-occupancy";

type Change = Partial<typeof referrals.$inferInsert>;

/**
 * Moves a referral along one declared transition, in one transaction: the referral is locked, the
 * change checked by the state machine (and, for an acceptance, against the site's places under a lock
 * on the site, so that two staff cannot both take the last place), then written with its history row,
 * its audit row, the notifications and the person's e-mail. An entry creates the pathway.
 */
export async function changeReferralStatus(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  input: TransitionBody & { id: string },
): Promise<void> {
  const actor = context.actor;
  const actorKind = actor ? actorKindOf(actor) : null;
  if (!actor || !actorKind) throw forbidden();
  const action = actorKind === "prescriber" ? "withdraw" : "answer";

  await db.transaction(async (tx) => {
    const { referral, receiving } = await referralFor(tx, actor, input.id, action, { forUpdate: true });
    const from = referral.status;
    const reason = {
      code: input.refusalReason,
      text: input.reasonText ?? undefined,
      shareWithPrescriber: input.shareWithPrescriber,
    };
    const check = checkTransition({ from, to: input.to, actorKind, reason });
    if (!check.ok) {
      throw allowedTransitions(from, actorKind).includes(input.to)
        ? badRequest(check.message)
        : conflict(check.message);
    }
    const now = new Date();
    const change = await changeFor(tx, referral, input, now);
    await tx
      .update(referrals)
      .set({ ...change, status: input.to, statusChangedAt: now, updatedAt: now })
      .where(eq(referrals.id, referral.id));
    if (input.to === "entered") {
      await tx.insert(pathways).values({
        personId: referral.personId,
        referralId: referral.id,
        siteId: referral.siteId as string,
        lotId: referral.lotId,
        entryDate: change.plannedEntryDate as string,
        situationBefore12m: input.situationBefore12m ?? null,
      });
    }
    await recordReferralEvent(tx, {
      referralId: referral.id,
      kind: "status_changed",
      fromStatus: from,
      toStatus: input.to,
      actorKind,
      actor,
      reasonCode: input.refusalReason ?? null,
      reasonText: input.reasonText,
      sharedWithPrescriber: input.to === "refused" && input.shareWithPrescriber,
      details: eventDetails(input.to, change),
    });
    await recordAuditEvent(tx, context, {
      action: "referral.transition",
      recordType: "referral",
      recordId: referral.id,
      details: { from, to: input.to },
    });
    await tell(tx, mail, { ...referral, ...change, status: input.to }, receiving, actorKind);
  });
}

/** What a transition writes besides the status, after checking what it needs. */
async function changeFor(db: Db, referral: ReferralRow, input: TransitionBody, now: Date): Promise<Change> {
  const today = parisDay(now);
  switch (input.to) {
    case "information_session":
    case "admission_interview": {
      if (!input.appointmentAt || !input.appointmentPlace) {
        throw badRequest("Indiquez la date, l'heure et le lieu du rendez-vous.");
      }
      const at = new Date(input.appointmentAt);
      if (at.getTime() < now.getTime() - 86_400_000 || at.getTime() > now.getTime() + 366 * 86_400_000) {
        throw badRequest("Le rendez-vous doit avoir lieu dans l'année qui vient.");
      }
      return { appointmentAt: at, appointmentPlace: input.appointmentPlace };
    }
    case "waiting_list":
      requireSite(referral);
      return { waitingSince: now };
    case "accepted": {
      const siteId = requireSite(referral);
      if (!input.entryDate) throw badRequest("Indiquez la date d'entrée prévue.");
      const planned = checkPlannedEntryDate(input.entryDate, today);
      if (!planned.ok) throw badRequest(planned.message);
      await lockSite(db, siteId);
      const admission = checkAdmission(await siteOccupancy(db, siteId), referral.id);
      if (!admission.ok) throw conflict(admission.message);
      return { plannedEntryDate: input.entryDate, waitingSince: null };
    }
    case "entered": {
      requireSite(referral);
      const entryDate = input.entryDate ?? referral.plannedEntryDate;
      if (!entryDate) throw badRequest("Indiquez la date d'entrée.");
      const entry = checkEntryDate(entryDate, today, parisDay(referral.sentAt));
      if (!entry.ok) throw badRequest(entry.message);
      return { plannedEntryDate: entryDate };
    }
    case "refused":
      return {
        refusalReason: input.refusalReason ?? null,
        refusalShared: input.shareWithPrescriber,
        waitingSince: null,
      };
    case "withdrawn":
      return { waitingSince: null };
    default:
      return {};
  }
}

function requireSite(referral: ReferralRow): string {
  if (!referral.siteId) throw conflict("Choisissez d'abord le site qui accueillera la personne.");
  return referral.siteId;
}

function eventDetails(to: ReferralStatus, change: Change): Record<string, string | null> | undefined {
  if (to === "information_session" || to === "admission_interview") {
    return {
      appointmentAt: change.appointmentAt?.toISOString() ?? null,
      appointmentPlace: change.appointmentPlace ?? null,
    };
  }
  if (to === "accepted") return { plannedEntryDate: change.plannedEntryDate ?? null };
  if (to === "entered") return { entryDate: change.plannedEntryDate ?? null };
  return undefined;
}

/**
 * Who hears of the change: the prescriber and the referent of a site's answer, the site of a
 * withdrawal; the person by e-mail of an invitation, an acceptance, the waiting list or a refusal; the
 * site again when a freed place can go to the waiting list.
 */
async function tell(
  db: Db,
  mail: MailSettings,
  referral: ReferralRow,
  receiving: readonly string[],
  actorKind: "training_organisation" | "prescriber" | "person" | "system",
): Promise<void> {
  const person = await personOf(db, referral.personId);
  const link = `/prescriptions/${referral.id}`;
  const message = `${fullName(person)} : ${REFERRAL_STATUS_LABELS[referral.status].toLowerCase()}.`;
  if (actorKind === "prescriber") {
    await notifyUsers(db, mail, await receivingStaff(db, referral, receiving), { message, link });
  } else {
    await notifyUsers(db, mail, [referral.senderUserId, referral.referentUserId], { message, link });
  }

  if (!referral.siteId) return;
  const site = await siteContact(db, referral.siteId);
  const recipient = person.email ? { to: person.email, firstName: person.firstName } : null;
  if (recipient) {
    const email =
      referral.status === "information_session" || referral.status === "admission_interview"
        ? invitationToPersonEmail(mail, recipient, {
            kind: referral.status,
            at: referral.appointmentAt as Date,
            place: referral.appointmentPlace ?? "",
            site,
          })
        : referral.status === "accepted"
          ? acceptedEmail(mail, recipient, { entryDate: referral.plannedEntryDate as string, site })
          : referral.status === "waiting_list"
            ? waitingListEmail(mail, recipient, site)
            : referral.status === "refused"
              ? refusedEmail(mail, recipient, site)
              : null;
    if (email) await queueEmail(db, email);
  }

  if (referral.status === "refused" || referral.status === "withdrawn" || referral.status === "expired") {
    const offered = offeredFromWaitingList(await siteOccupancy(db, referral.siteId));
    if (offered.length > 0) {
      await notifyUsers(db, mail, await receivingStaff(db, referral, receiving), {
        message: `Une place s'est libérée à ${site.name} : proposez-la à la première personne de la liste d'attente.`,
        link: `/prescriptions/${offered[0]}`,
      });
    }
  }
}
