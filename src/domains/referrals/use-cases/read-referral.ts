import { asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import { pathways } from "../../pathways/pathways.tables";
import { people } from "../../people/people.tables";
import { communes } from "../../territory/territory.tables";
import { REFERRAL_NOT_FOUND, referralFor } from "../referral-record";
import { actorKindOf, referralResource } from "../referral-scope";
import { allowedTransitions } from "../referral-status";
import type { ReferralDetail } from "../referrals.schemas";
import { referralEvents, referrals } from "../referrals.tables";
import { fromReferralQuery, toSummary } from "./list-referrals";

/**
 * One referral with the person's details and its full history, as the caller may see it: a refusal
 * reason the site kept to itself stays hidden from the prescriber. Every reading is audited.
 */
export async function readReferral(
  db: Db,
  context: RequestContext,
  id: string,
  unansweredDays: number,
): Promise<ReferralDetail> {
  const actor = context.actor as Actor;
  const { referral, receiving } = await referralFor(db, actor, id, "read");
  const [summary] = await fromReferralQuery(db, unansweredDays).where(eq(referrals.id, id));
  const [person] = await db
    .select({
      email: people.email,
      phone: people.phone,
      franceTravailId: people.franceTravailId,
      communeCode: communes.code,
      communeName: communes.name,
    })
    .from(people)
    .innerJoin(communes, eq(communes.code, people.communeCode))
    .where(eq(people.id, referral.personId));
  if (!summary || !person) throw new Error(REFERRAL_NOT_FOUND);
  const [pathway] = await db.select({ id: pathways.id }).from(pathways).where(eq(pathways.referralId, id));
  const events = await db
    .select()
    .from(referralEvents)
    .where(eq(referralEvents.referralId, id))
    .orderBy(asc(referralEvents.at), asc(referralEvents.id));

  const resource = referralResource(referral, receiving);
  const isReceiver = can(actor, "answer", "Referral", resource) || actor.role === "region_admin";
  const hideReason = (shared: boolean, code: string | null) => !isReceiver && code !== null && !shared;
  const kind = actorKindOf(actor);
  const mayChange =
    kind !== null && can(actor, kind === "prescriber" ? "withdraw" : "answer", "Referral", resource);

  await recordAuditEvent(db, context, { action: "referral.read", recordType: "referral", recordId: id });
  const base = toSummary(summary);
  return {
    ...base,
    person: {
      ...base.person,
      email: person.email,
      phone: person.phone,
      franceTravailId: person.franceTravailId,
      commune: { code: person.communeCode, name: person.communeName },
    },
    situation: referral.situation,
    motivation: referral.motivation,
    knownBarriers: referral.knownBarriers,
    barriersNote: referral.barriersNote,
    availability: referral.availability,
    appointmentPlace: referral.appointmentPlace,
    refusalReason: hideReason(referral.refusalShared, referral.refusalReason) ? null : referral.refusalReason,
    pathwayId: pathway?.id ?? null,
    history: events.map((event) => {
      const hidden = hideReason(event.sharedWithPrescriber, event.reasonCode);
      return {
        at: event.at.toISOString(),
        kind: event.kind,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        actorLabel: event.actorLabel,
        reasonCode: hidden ? null : event.reasonCode,
        reasonText: hidden ? null : event.reasonText,
        details: event.details,
      };
    }),
    allowedTransitions: mayChange && kind ? allowedTransitions(referral.status, kind) : [],
    mayAssignSite: kind === "training_organisation" && mayChange && referral.siteId === null,
  };
}
