import { and, eq, exists, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import type { Actor } from "../authorization/actor";
import type { ResourceScope } from "../authorization/policies";
import { inTrainingReach } from "../authorization/training-reach";
import { receivingOrganisationIds } from "../referrals/referral-scope";
import { referrals } from "../referrals/referrals.tables";
import { pathways } from "./pathways.tables";

/**
 * Which pathways a user may see, as SQL — the same rule as the `read Pathway` policy: the Region all,
 * a territorial officer their lots, a training organisation what it runs, a prescriber the people their
 * organisation sent, a trainee their own.
 */
export function visiblePathways(actor: Actor): SQL {
  switch (actor.role) {
    case "region_admin":
      return sql`true`;
    case "territorial_officer":
      return actor.lotIds.length > 0 ? inArray(pathways.lotId, [...actor.lotIds]) : sql`false`;
    case "training_manager":
    case "training_staff":
      return actor.organisationId
        ? inTrainingReach(actor.organisationId, pathways.siteId, pathways.lotId)
        : sql`false`;
    case "prescriber_admin":
    case "prescriber_advisor":
      return actor.organisationId ? sentBy(actor.organisationId) : sql`false`;
    case "trainee":
      return actor.personId ? eq(pathways.personId, actor.personId) : sql`false`;
    default:
      return sql`false`;
  }
}

function sentBy(organisationId: string): SQL {
  return exists(
    sql`(select 1 from ${referrals} where ${and(
      eq(referrals.id, pathways.referralId),
      eq(referrals.prescriberOrganisationId, organisationId),
    )})`,
  );
}

export type PathwayScopeRow = {
  personId: string;
  siteId: string;
  lotId: string;
  prescriberOrganisationId: string | null;
  referentUserId: string | null;
};

/** What the policies look at in a pathway: who runs it, who sent the trainee, who the trainee is. */
export async function pathwayResource(db: Db, pathway: PathwayScopeRow): Promise<ResourceScope> {
  return {
    organisationId: pathway.prescriberOrganisationId,
    lotId: pathway.lotId,
    receivingOrganisationIds: await receivingOrganisationIds(db, pathway),
    personId: pathway.personId,
    referentUserId: pathway.referentUserId,
  };
}
