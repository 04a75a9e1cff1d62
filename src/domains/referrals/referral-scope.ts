import { eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { PRESCRIBER_ROLES, type Role, TRAINING_ROLES } from "../accounts/roles";
import type { Actor } from "../authorization/actor";
import type { ResourceScope } from "../authorization/policies";
import { inTrainingReach } from "../authorization/training-reach";
import { lots, organisations, sites } from "../territory/territory.tables";
import type { ActorKind } from "./referral-status";
import { referrals } from "./referrals.tables";

/**
 * Which referrals a user may see, as SQL — the same rule as the `read Referral` policy: the Region all,
 * a territorial officer their lots, a prescriber what their organisation sent, a training organisation
 * what it receives (its sites' referrals, and all of a lot it runs or whose consortium it leads).
 */
export function visibleReferrals(actor: Actor): SQL {
  switch (actor.role) {
    case "region_admin":
      return sql`true`;
    case "territorial_officer":
      return actor.lotIds.length > 0 ? inArray(referrals.lotId, [...actor.lotIds]) : sql`false`;
    case "training_manager":
    case "training_staff":
      return actor.organisationId
        ? inTrainingReach(actor.organisationId, referrals.siteId, referrals.lotId)
        : sql`false`;
    case "prescriber_admin":
    case "prescriber_advisor":
      return actor.organisationId ? eq(referrals.prescriberOrganisationId, actor.organisationId) : sql`false`;
    default:
      return sql`false`;
  }
}

/** The training organisations that receive a referral to this site, or to this lot without a site. */
export async function receivingOrganisationIds(
  db: Db,
  place: { lotId: string; siteId: string | null },
): Promise<string[]> {
  const [lot] = await db
    .select({ operatorId: lots.operatorId, leadMemberId: organisations.leadMemberId })
    .from(lots)
    .leftJoin(organisations, eq(organisations.id, lots.operatorId))
    .where(eq(lots.id, place.lotId));
  const [site] = place.siteId
    ? await db.select({ organisationId: sites.organisationId }).from(sites).where(eq(sites.id, place.siteId))
    : [];
  return [site?.organisationId, lot?.operatorId, lot?.leadMemberId].filter(
    (id): id is string => typeof id === "string",
  );
}

/** What the policies look at in a referral. */
export function referralResource(
  referral: { prescriberOrganisationId: string | null; lotId: string },
  receiving: readonly string[],
): ResourceScope {
  return {
    organisationId: referral.prescriberOrganisationId,
    lotId: referral.lotId,
    receivingOrganisationIds: receiving,
  };
}

/** The part a signed-in user plays in a referral's life, if any. */
export function actorKindOf(actor: Actor): ActorKind | null {
  if ((TRAINING_ROLES as readonly Role[]).includes(actor.role)) return "training_organisation";
  if ((PRESCRIBER_ROLES as readonly Role[]).includes(actor.role)) return "prescriber";
  return null;
}
