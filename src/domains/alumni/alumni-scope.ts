import { and, eq, exists, gt, type SQL, sql } from "drizzle-orm";
import { inTrainingReach } from "../authorization/training-reach";
import { informationSessions } from "../information-sessions/information-sessions.tables";
import { pathways } from "../pathways/pathways.tables";
import { sites } from "../territory/territory.tables";
import { ambassadors } from "./alumni.tables";

/**
 * The ambassadors a training organisation may see and invite: people who were (or are) trainees at a
 * site it runs — the SQL twin of the `received` condition of `read Ambassador`.
 */
export function ambassadorInReach(organisationId: string): SQL {
  return exists(
    sql`(select 1 from ${pathways} where ${and(
      eq(pathways.personId, ambassadors.personId),
      inTrainingReach(organisationId, pathways.siteId, pathways.lotId),
    )})`,
  );
}

/** Information sessions of the sites a training organisation runs (the query must join `sites`). */
export function sessionInReach(organisationId: string): SQL {
  return inTrainingReach(organisationId, sites.id, sites.lotId);
}

/** Sessions still to come. */
export const upcomingSession = gt(informationSessions.startsAt, sql`now()`);
