import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { lots, organisations, sites } from "../territory/territory.tables";

/**
 * What a training organisation runs, as SQL on a row's site and lot: its own sites, and every site of a
 * lot it operates or whose consortium it leads. The SQL twin of the `received` policy condition.
 */
export function inTrainingReach(
  organisationId: string,
  siteId: AnyPgColumn | SQL,
  lotId: AnyPgColumn | SQL,
): SQL {
  return sql`(${siteId} in (select ${sites.id} from ${sites} where ${sites.organisationId} = ${organisationId})
    or ${lotId} in (select ${lots.id} from ${lots} join ${organisations} on ${organisations.id} = ${lots.operatorId}
      where ${lots.operatorId} = ${organisationId} or ${organisations.leadMemberId} = ${organisationId}))`;
}
