import { and, asc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import type { Actor } from "../../authorization/actor";
import type { SiteItem } from "../territory.schemas";
import { communes, lots, organisations, sites } from "../territory.tables";

export type SiteFilter = { id?: string; lotId?: string; organisationId?: string; mine?: boolean };

/** The sites with their organisation, lot and commune (whose centre places them), in one query. */
export async function listSites(db: Db, actor: Actor | null, filter: SiteFilter = {}): Promise<SiteItem[]> {
  const rows = await db
    .select({
      id: sites.id,
      code: sites.code,
      name: sites.name,
      organisation: { id: organisations.id, code: organisations.code, name: organisations.name },
      lot: { id: lots.id, code: lots.code, name: lots.name },
      commune: { code: communes.code, name: communes.name, department: communes.department },
      address: sites.address,
      capacity: sites.capacity,
      mandatoryRural: sites.mandatoryRural,
      active: sites.active,
      longitude: communes.longitude,
      latitude: communes.latitude,
    })
    .from(sites)
    .innerJoin(organisations, eq(organisations.id, sites.organisationId))
    .innerJoin(lots, eq(lots.id, sites.lotId))
    .innerJoin(communes, eq(communes.code, sites.communeCode))
    .where(
      and(
        filter.id ? eq(sites.id, filter.id) : undefined,
        filter.lotId ? eq(sites.lotId, filter.lotId) : undefined,
        filter.organisationId ? eq(sites.organisationId, filter.organisationId) : undefined,
        filter.mine ? await concerning(db, actor) : undefined,
      ),
    )
    .orderBy(asc(sites.code));
  return rows;
}

/**
 * The sites that concern the caller: a territorial officer's lots; a training organisation's own sites
 * and those of the lots it or its consortium runs; a prescriber's département. Everything for the others.
 */
async function concerning(db: Db, actor: Actor | null): Promise<SQL | undefined> {
  if (!actor) return sql`false`;
  if (actor.role === "territorial_officer") {
    return actor.lotIds.length > 0 ? inArray(sites.lotId, [...actor.lotIds]) : sql`false`;
  }
  if (!actor.organisationId) return actor.role === "trainee" ? sql`false` : undefined;
  const [own] = await db
    .select({
      kind: organisations.kind,
      consortiumId: organisations.consortiumId,
      department: organisations.department,
    })
    .from(organisations)
    .where(eq(organisations.id, actor.organisationId));
  if (!own || own.kind === "region") return undefined;
  if (own.kind === "prescriber") {
    return own.department ? eq(communes.department, own.department) : undefined;
  }
  const operators = [actor.organisationId, ...(own.consortiumId ? [own.consortiumId] : [])];
  return or(eq(sites.organisationId, actor.organisationId), inArray(lots.operatorId, operators));
}
