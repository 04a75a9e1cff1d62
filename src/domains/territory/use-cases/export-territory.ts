import { asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../../../db/database";
import { basinCommunes, basins, lotBasins, lots, organisations, sites } from "../territory.tables";
import { FILE_ORGANISATION_KINDS, type TerritoryFileInput } from "../territory-file";
import { sortedTexts } from "../territory-sql";

/**
 * The whole territory as a territory file (interchange spec §1), sorted by code. Importing it again
 * changes nothing. Optional fields are left out when empty; `active` only when false.
 */
export async function exportTerritory(db: Db): Promise<TerritoryFileInput> {
  const consortium = alias(organisations, "consortium");
  const lead = alias(organisations, "lead");
  const operator = alias(organisations, "operator");
  // One query after the other: inside a transaction, node-postgres has a single connection.
  const basinRows = await db
    .select({
      code: basins.code,
      name: basins.name,
      communes: sortedTexts(basinCommunes.communeCode),
    })
    .from(basins)
    .leftJoin(basinCommunes, eq(basinCommunes.basinId, basins.id))
    .groupBy(basins.id)
    .orderBy(asc(basins.code));
  const lotRows = await db
    .select({
      code: lots.code,
      name: lots.name,
      basins: sortedTexts(basins.code),
      target: lots.target,
      operator: operator.code,
    })
    .from(lots)
    .leftJoin(lotBasins, eq(lotBasins.lotId, lots.id))
    .leftJoin(basins, eq(basins.id, lotBasins.basinId))
    .leftJoin(operator, eq(operator.id, lots.operatorId))
    .groupBy(lots.id, operator.code)
    .orderBy(asc(lots.code));
  const organisationRows = await db
    .select({
      code: organisations.code,
      name: organisations.name,
      siret: organisations.siret,
      kind: organisations.kind,
      networkType: organisations.networkType,
      department: organisations.department,
      consortium: consortium.code,
      lead: lead.code,
      active: organisations.active,
    })
    .from(organisations)
    .leftJoin(consortium, eq(consortium.id, organisations.consortiumId))
    .leftJoin(lead, eq(lead.id, organisations.leadMemberId))
    .where(inArray(organisations.kind, FILE_ORGANISATION_KINDS))
    .orderBy(asc(organisations.code));
  const siteRows = await db
    .select({
      code: sites.code,
      name: sites.name,
      lot: lots.code,
      organisation: organisations.code,
      commune: sites.communeCode,
      address: sites.address,
      mandatoryRural: sites.mandatoryRural,
      capacity: sites.capacity,
      active: sites.active,
    })
    .from(sites)
    .innerJoin(lots, eq(lots.id, sites.lotId))
    .innerJoin(organisations, eq(organisations.id, sites.organisationId))
    .orderBy(asc(sites.code));
  return {
    basins: basinRows,
    lots: lotRows.map(withoutEmpty),
    organisations: organisationRows.map((row) =>
      withoutEmpty({
        ...row,
        kind: row.kind as (typeof FILE_ORGANISATION_KINDS)[number],
        active: row.active ? undefined : false,
      }),
    ),
    sites: siteRows.map((row) => withoutEmpty({ ...row, active: row.active ? undefined : false })),
  };
}

/** Drops null and undefined fields, so that the file lists only what is set. */
function withoutEmpty<T extends Record<string, unknown>>(row: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value != null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}
