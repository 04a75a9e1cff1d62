import { and, asc, eq, gte, inArray, isNotNull, lt, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../db/database";
import { people } from "../people/people.tables";
import { referrals } from "../referrals/referrals.tables";
import {
  basinCommunes,
  basins,
  communes,
  lotBasins,
  lots,
  organisations,
  sites,
} from "../territory/territory.tables";
import { RURAL_COMMUNE_POPULATION } from "./basin-coverage";
import type { Period } from "./statistics-period";

/**
 * The referral statistics' three aggregates, each one grouped query: by channel, by site, by basin of
 * residence. `lotIds` is what the caller may see: `null` for every lot, otherwise only these lots'
 * referrals, sites and basins.
 */
export type StatisticsScope = { lotIds: readonly string[] | null; period: Period };

const inLots = (column: AnyPgColumn, lotIds: readonly string[] | null): SQL | undefined =>
  lotIds === null ? undefined : lotIds.length > 0 ? inArray(column, [...lotIds]) : sql`false`;

/** Referrals of the scope sent during the period, its days taken in Paris. */
const counted = ({ lotIds, period }: StatisticsScope) =>
  and(
    inLots(referrals.lotId, lotIds),
    gte(referrals.sentAt, sql`(${period.from}::date::timestamp at time zone 'Europe/Paris')`),
    lt(referrals.sentAt, sql`((${period.to}::date + 1)::timestamp at time zone 'Europe/Paris')`),
  );

const countWhere = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;
const prescriptions = countWhere(sql`${referrals.kind} = 'prescription'`);
const selfReferrals = countWhere(sql`${referrals.kind} = 'self_referral'`);
const entered = countWhere(sql`${referrals.status} = 'entered'`);

/** Referrals by kind and by the prescriber organisation's network. */
export function countByChannel(db: Db, scope: StatisticsScope) {
  return db
    .select({
      kind: referrals.kind,
      network: organisations.networkType,
      referrals: sql<number>`count(*)::int`,
      entered,
      withoutSite: countWhere(sql`${referrals.siteId} is null`),
    })
    .from(referrals)
    .leftJoin(organisations, eq(organisations.id, referrals.prescriberOrganisationId))
    .where(counted(scope))
    .groupBy(referrals.kind, organisations.networkType);
}

/** Every site of the scope, with the referrals it received (none included). */
export function countBySite(db: Db, scope: StatisticsScope) {
  const received = db
    .select({
      siteId: referrals.siteId,
      referrals: prescriptions.as("referrals"),
      selfReferrals: selfReferrals.as("self_referrals"),
      entered: entered.as("entered"),
    })
    .from(referrals)
    .where(and(counted(scope), isNotNull(referrals.siteId)))
    .groupBy(referrals.siteId)
    .as("received");
  return db
    .select({
      id: sites.id,
      code: sites.code,
      name: sites.name,
      lot: { id: lots.id, code: lots.code, name: lots.name },
      mandatoryRural: sites.mandatoryRural,
      active: sites.active,
      referrals: sql<number>`coalesce(${received.referrals}, 0)`,
      selfReferrals: sql<number>`coalesce(${received.selfReferrals}, 0)`,
      entered: sql<number>`coalesce(${received.entered}, 0)`,
    })
    .from(sites)
    .innerJoin(lots, eq(lots.id, sites.lotId))
    .leftJoin(received, eq(received.siteId, sites.id))
    .where(inLots(sites.lotId, scope.lotIds))
    .orderBy(asc(sites.code));
}

/**
 * Every basin of the scope (of its lots, or all of them), with its inhabitants, those of its rural
 * communes, and the referrals of people who live there.
 */
export function countByBasin(db: Db, scope: StatisticsScope) {
  const inhabitants = db
    .select({
      basinId: basinCommunes.basinId,
      population: sql<number>`sum(${communes.population})::int`.as("population"),
      ruralPopulation:
        sql<number>`coalesce(sum(${communes.population}) filter (where ${communes.population} < ${RURAL_COMMUNE_POPULATION}), 0)::int`.as(
          "rural_population",
        ),
    })
    .from(basinCommunes)
    .innerJoin(communes, eq(communes.code, basinCommunes.communeCode))
    .groupBy(basinCommunes.basinId)
    .as("inhabitants");
  const residents = db
    .select({
      basinId: basinCommunes.basinId,
      referrals: prescriptions.as("referrals"),
      selfReferrals: selfReferrals.as("self_referrals"),
    })
    .from(referrals)
    .innerJoin(people, eq(people.id, referrals.personId))
    .innerJoin(basinCommunes, eq(basinCommunes.communeCode, people.communeCode))
    .where(counted(scope))
    .groupBy(basinCommunes.basinId)
    .as("residents");
  return db
    .select({
      id: basins.id,
      code: basins.code,
      name: basins.name,
      lotId: lots.id,
      lotCode: lots.code,
      lotName: lots.name,
      population: sql<number>`coalesce(${inhabitants.population}, 0)`,
      ruralPopulation: sql<number>`coalesce(${inhabitants.ruralPopulation}, 0)`,
      referrals: sql<number>`coalesce(${residents.referrals}, 0)`,
      selfReferrals: sql<number>`coalesce(${residents.selfReferrals}, 0)`,
    })
    .from(basins)
    .leftJoin(lotBasins, eq(lotBasins.basinId, basins.id))
    .leftJoin(lots, eq(lots.id, lotBasins.lotId))
    .leftJoin(inhabitants, eq(inhabitants.basinId, basins.id))
    .leftJoin(residents, eq(residents.basinId, basins.id))
    .where(inLots(lotBasins.lotId, scope.lotIds))
    .orderBy(asc(basins.code));
}

/** The lots a caller may choose from. */
export function listLotReferences(db: Db, lotIds: readonly string[] | null) {
  return db
    .select({ id: lots.id, code: lots.code, name: lots.name })
    .from(lots)
    .where(inLots(lots.id, lotIds))
    .orderBy(asc(lots.code));
}
