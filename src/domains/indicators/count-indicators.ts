import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { COUNT_NAMES, type CountName, type IndicatorCounts, NO_COUNTS } from "./indicator-definitions";
import {
  dayInPeriod,
  type IndicatorScope,
  instantInPeriod,
  type ResolvedFilters,
  type RowColumns,
  rowCondition,
} from "./indicator-scope";

/**
 * The engine's SQL: it counts, over the maintained `indicator_facts` (one narrow row per pathway), what
 * `indicator-definitions.ts` divides. Every count is one `filter` of one scan, optionally grouped by a
 * dimension for the dashboards' tables and maps.
 */
export const DIMENSIONS = ["lot", "basin", "site", "organisation", "month", "channel"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The group of each row, and the join it needs. */
const GROUPS: Record<Dimension, { key: SQL; join?: SQL }> = {
  lot: { key: sql`f.lot_id::text` },
  site: { key: sql`f.site_id::text` },
  organisation: { key: sql`s.organisation_id::text`, join: sql`join sites s on s.id = f.site_id` },
  basin: {
    key: sql`bc.basin_id::text`,
    join: sql`left join basin_communes bc on bc.commune_code = f.commune_code`,
  },
  month: { key: sql`to_char(f.entry_date, 'YYYY-MM')` },
  channel: { key: sql`f.channel` },
};

/** Where a pathway's fields are in `indicator_facts f`, for `rowCondition`. */
export const FACT_COLUMNS: RowColumns = {
  inPeriod: dayInPeriod(sql`f.entry_date`),
  lotId: sql`f.lot_id`,
  siteId: sql`f.site_id`,
  communeCode: sql`f.commune_code`,
  channel: sql`f.channel`,
  prescriberOrganisationId: sql`f.prescriber_organisation_id`,
};

const QUALIFYING = sql`('qualifying_training_prf', 'qualifying_training_other')`;
const POSITIVE = sql`('employment_durable', 'employment_short', 'qualifying_training_prf', 'qualifying_training_other', 'apprenticeship')`;
const LEFT = sql`f.exit_date is not null`;
/** Followed leavers (spec §3): an exit, and a known situation 6 months after. */
export const FOLLOWED = sql`f.exit_date is not null and f.situation_6m is not null and f.situation_6m <> 'unknown'`;

const count = (condition: SQL) => sql`count(*) filter (where ${condition})`;

/** Each count of one row of the scan; the populations are in spec §3. */
const COUNT_SQL: Record<Exclude<CountName, "siteQuarters" | "rollingSiteQuarters">, SQL> = {
  entrants: sql`count(*)`,
  selfEntrants: count(sql`f.channel = 'self'`),
  knownLevel: sql`count(f.qualification_level)`,
  lowLevel: count(sql`f.qualification_level in ('infra3', '3')`),
  knownWorkedPrior: sql`count(f.worked_prior_12m)`,
  noWorkPrior: count(sql`not f.worked_prior_12m`),
  women: count(sql`f.gender = 'F'`),
  rqth: count(sql`f.rqth`),
  qpv: count(sql`f.qpv`),
  leavers: count(LEFT),
  completed: count(sql`${LEFT} and f.exit_reason = 'completed'`),
  leaverHoursDone: sql`coalesce(sum(f.hours_done) filter (where ${LEFT}), 0)`,
  leaverInternshipHours: sql`coalesce(sum(f.internship_hours) filter (where ${LEFT}), 0)`,
  followed: count(FOLLOWED),
  followedQualifyingBefore: count(sql`${FOLLOWED} and f.situation_before_12m in ${QUALIFYING}`),
  followedQualifying6m: count(sql`${FOLLOWED} and f.situation_6m in ${QUALIFYING}`),
  followedDurable6m: count(sql`${FOLLOWED} and f.situation_6m = 'employment_durable'`),
  followedPositive6m: count(sql`${FOLLOWED} and f.situation_6m in ${POSITIVE}`),
  prfContinuation: count(
    sql`${LEFT} and (f.situation_at_exit = 'qualifying_training_prf' or f.situation_6m = 'qualifying_training_prf')`,
  ),
  projectAnswered: count(sql`${LEFT} and f.project_identified is not null`),
  projectIdentified: count(sql`${LEFT} and f.project_identified`),
  improvementAnswered: count(sql`${LEFT} and f.situation_improved is not null`),
  noImprovement: count(sql`${LEFT} and not f.situation_improved`),
};

type Row = Record<string, unknown>;
export const rowsOf = async (db: Db, query: SQL) =>
  ((await db.execute(query)) as unknown as { rows: Row[] }).rows;

/** The counts of one group (`null` when not grouped), and its entrants by referral channel. */
export type GroupMeasures = {
  group: string | null;
  counts: IndicatorCounts;
  entrantsByChannel: Record<string, number>;
};

/** What a grouped count may leave out when its caller reads only some of it. */
export type CountParts = { channels: boolean; rollingAdmission: boolean };
const EVERY_PART: CountParts = { channels: true, rollingAdmission: true };

/**
 * Counts the indicators of a scope, once or per group of a dimension. Up to three scans of the facts:
 * the counts, the entrants by channel, and the (site, quarter) pairs of rolling admission; a part left
 * out of `parts` is not counted (its figures stay 0).
 */
export async function countIndicators(
  db: Db,
  scope: IndicatorScope,
  filters: ResolvedFilters,
  by?: Dimension,
  parts: CountParts = EVERY_PART,
): Promise<GroupMeasures[]> {
  const group = by ? GROUPS[by] : { key: sql`null::text` };
  const from = sql`from indicator_facts f ${group.join ?? sql``} where ${rowCondition(scope, filters, FACT_COLUMNS)}`;
  const [counts, channels, quarters] = await Promise.all([
    rowsOf(
      db,
      sql`select ${group.key} as grp, ${sql.join(
        Object.entries(COUNT_SQL).map(
          ([name, expression]) => sql`(${expression})::text as ${sql.identifier(name)}`,
        ),
        sql`, `,
      )} ${from} group by 1`,
    ),
    parts.channels
      ? rowsOf(
          db,
          sql`select ${group.key} as grp, f.channel, count(*)::int as entrants ${from} group by 1, 2`,
        )
      : [],
    // The distinct (site, quarter, week) of entries first, in integers (a week is its Monday's rank from
    // 1 January 1900, a Monday): hashed at once, where count(distinct) sorted a million numeric keys.
    parts.rollingAdmission
      ? rowsOf(
          db,
          sql`select grp, count(*)::int as site_quarters, (count(*) filter (where weeks >= 3))::int as rolling
        from (select grp, site_id, quarter, count(*) as weeks
          from (select distinct ${group.key} as grp, f.site_id,
            date_part('year', f.entry_date)::int * 4 + (date_part('month', f.entry_date)::int - 1) / 3 as quarter,
            (f.entry_date - date '1900-01-01') / 7 as week
            ${from}) weeks group by 1, 2, 3) pairs group by grp`,
        )
      : [],
  ]);
  const measures = new Map<string | null, GroupMeasures>();
  const entry = (grp: unknown) => {
    const key = grp === null || grp === undefined ? null : String(grp);
    let found = measures.get(key);
    if (!found) {
      found = { group: key, counts: { ...NO_COUNTS }, entrantsByChannel: {} };
      measures.set(key, found);
    }
    return found;
  };
  for (const row of counts) {
    const target = entry(row.grp).counts;
    for (const name of COUNT_NAMES) if (name in row) target[name] = Number(row[name]);
  }
  for (const row of channels) entry(row.grp).entrantsByChannel[String(row.channel)] = Number(row.entrants);
  for (const row of quarters) {
    const target = entry(row.grp).counts;
    target.siteQuarters = Number(row.site_quarters);
    target.rollingSiteQuarters = Number(row.rolling);
  }
  if (!by && measures.size === 0) entry(null);
  return [...measures.values()];
}

/** Where a referral's fields are in `referrals r` joined with `people pe` and `organisations o`. */
export const REFERRAL_COLUMNS: RowColumns = {
  inPeriod: instantInPeriod(sql`r.sent_at`),
  lotId: sql`r.lot_id`,
  siteId: sql`r.site_id`,
  communeCode: sql`pe.commune_code`,
  channel: sql`coalesce(r.channel, case when r.kind = 'self_referral' then 'self' else coalesce(o.network_type, 'other') end)`,
  prescriberOrganisationId: sql`r.prescriber_organisation_id`,
};

/** Referrals sent in the period, with the same scope and filters: the top of the funnel. */
export async function countReferrals(
  db: Db,
  scope: IndicatorScope,
  filters: ResolvedFilters,
): Promise<number> {
  const [row] = await rowsOf(
    db,
    sql`select count(*)::int as referrals from referrals r join people pe on pe.id = r.person_id
      left join organisations o on o.id = r.prescriber_organisation_id
      where ${rowCondition(scope, filters, REFERRAL_COLUMNS)}`,
  );
  return Number(row?.referrals ?? 0);
}

/**
 * The sum of the lots' targets: of the filtered lot, else of the lots in scope (a territorial officer's,
 * or all). `null` for a training or prescriber organisation, and under filters narrower than whole lots.
 */
export async function lotTargets(
  db: Db,
  scope: IndicatorScope,
  filters: ResolvedFilters,
  narrowerThanLots: boolean,
): Promise<Map<string, number> | null> {
  if (narrowerThanLots || scope.kind === "training" || scope.kind === "prescriber") return null;
  const lotIds = filters.lotId ? [filters.lotId] : scope.kind === "lots" ? scope.lotIds : null;
  const rows = await rowsOf(
    db,
    lotIds === null
      ? sql`select id::text, target from lots`
      : lotIds.length === 0
        ? sql`select id::text, target from lots where false`
        : sql`select id::text, target from lots where id in (${sql.join(
            lotIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
  );
  return new Map(rows.map((row) => [String(row.id), Number(row.target)]));
}
