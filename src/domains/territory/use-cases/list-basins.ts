import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import type { BasinItem } from "../territory.schemas";
import { basinCommunes, basins, communes, lotBasins, lots } from "../territory.tables";
import { sortedTexts } from "../territory-sql";

/** The basins with their lot, communes and population, in one query; one basin when `id` is given. */
export async function listBasins(db: Db, filter: { id?: string } = {}): Promise<BasinItem[]> {
  const rows = await db
    .select({
      id: basins.id,
      code: basins.code,
      name: basins.name,
      lotId: lots.id,
      lotCode: lots.code,
      lotName: lots.name,
      communeCodes: sortedTexts(basinCommunes.communeCode),
      population: sql<number>`coalesce(sum(${communes.population}), 0)::int`,
    })
    .from(basins)
    .leftJoin(basinCommunes, eq(basinCommunes.basinId, basins.id))
    .leftJoin(communes, eq(communes.code, basinCommunes.communeCode))
    .leftJoin(lotBasins, eq(lotBasins.basinId, basins.id))
    .leftJoin(lots, eq(lots.id, lotBasins.lotId))
    .where(filter.id ? eq(basins.id, filter.id) : undefined)
    .groupBy(basins.id, lots.id)
    .orderBy(asc(basins.code));
  return rows.map(({ lotId, lotCode, lotName, population, ...row }) => ({
    ...row,
    lot: lotId && lotCode && lotName ? { id: lotId, code: lotCode, name: lotName } : null,
    population: Number(population),
  }));
}
