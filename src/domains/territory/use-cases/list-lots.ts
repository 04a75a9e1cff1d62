import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/database";
import type { LotItem, Reference } from "../territory.schemas";
import { basins, lotBasins, lots, organisations, sites } from "../territory.tables";

/** The lots with their operator, basins and number of sites, in one query; one lot when `id` is given. */
export async function listLots(db: Db, filter: { id?: string } = {}): Promise<LotItem[]> {
  const operator = alias(organisations, "operator");
  const rows = await db
    .select({
      id: lots.id,
      code: lots.code,
      name: lots.name,
      target: lots.target,
      operatorId: operator.id,
      operatorCode: operator.code,
      operatorName: operator.name,
      basins: sql<Reference[]>`(
        select coalesce(json_agg(json_build_object('id', ${basins.id}, 'code', ${basins.code}, 'name', ${basins.name}) order by ${basins.code}), '[]')
        from ${lotBasins} join ${basins} on ${basins.id} = ${lotBasins.basinId}
        where ${lotBasins.lotId} = ${lots.id})`,
      siteCount: sql<number>`(select count(*)::int from ${sites} where ${sites.lotId} = ${lots.id})`,
    })
    .from(lots)
    .leftJoin(operator, eq(operator.id, lots.operatorId))
    .where(filter.id ? eq(lots.id, filter.id) : undefined)
    .orderBy(asc(lots.code));
  return rows.map(({ operatorId, operatorCode, operatorName, siteCount, ...row }) => ({
    ...row,
    operator:
      operatorId && operatorCode && operatorName
        ? { id: operatorId, code: operatorCode, name: operatorName }
        : null,
    siteCount: Number(siteCount),
  }));
}
