import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { users } from "../accounts/accounts.tables";
import type { Actor } from "../authorization/actor";
import { organisations } from "../territory/territory.tables";
import { ACTOR_KIND_LABELS, type ActorKind, type ReferralStatus } from "./referral-status";
import { type ReferralEventKind, referralEvents } from "./referrals.tables";

export type ReferralEvent = {
  referralId: string;
  kind: ReferralEventKind;
  fromStatus: ReferralStatus | null;
  toStatus: ReferralStatus;
  actorKind: ActorKind;
  actor: Actor | null;
  reasonCode?: string | null;
  reasonText?: string | null;
  sharedWithPrescriber?: boolean;
  details?: Record<string, string | null>;
};

/** « Camille Durand (Mission Locale de Bordeaux) », as the history shows who acted, at the time. */
export async function actorLabel(db: Db, actor: Actor | null, actorKind: ActorKind): Promise<string> {
  if (!actor) return ACTOR_KIND_LABELS[actorKind];
  const [row] = await db
    .select({ name: users.displayName, organisation: organisations.name })
    .from(users)
    .leftJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(users.id, actor.userId));
  if (!row) return ACTOR_KIND_LABELS[actorKind];
  return row.organisation ? `${row.name} (${row.organisation})` : row.name;
}

/** Writes one row of a referral's history, in the caller's transaction. */
export async function recordReferralEvent(db: Db, event: ReferralEvent): Promise<void> {
  await db.insert(referralEvents).values({
    referralId: event.referralId,
    kind: event.kind,
    fromStatus: event.fromStatus,
    toStatus: event.toStatus,
    actorKind: event.actorKind,
    actorUserId: event.actor?.userId ?? null,
    actorLabel: await actorLabel(db, event.actor, event.actorKind),
    reasonCode: event.reasonCode ?? null,
    reasonText: event.reasonText ?? null,
    sharedWithPrescriber: event.sharedWithPrescriber ?? false,
    details: event.details ?? null,
  });
}
