import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/database";
import { SENT_BY_AMORCE } from "../follow-ups/use-cases/list-follow-ups";
import { RURAL_COMMUNE_POPULATION } from "../referral-statistics/basin-coverage";
import { FACT_COLUMNS, FOLLOWED, REFERRAL_COLUMNS, rowsOf } from "./count-indicators";
import type { BeforeAfterMoment } from "./dashboard-figures";
import type { Territory } from "./dashboard-territory";
import {
  dayInPeriod,
  type IndicatorScope,
  type ResolvedFilters,
  type RowColumns,
  rowCondition,
  scopeCondition,
} from "./indicator-scope";

/**
 * The dashboard's SQL beyond the engine's counts: the territory a caller may choose from, and small
 * counts over the same `indicator_facts` rows (`rowCondition`: scope, period of entry, filters).
 */

const text = (value: unknown) => String(value);

/** A row with only a lot and a site, for `scopeCondition` on the territory's tables. */
const placeColumns = (lotId: SQL, siteId: SQL): RowColumns => ({
  inPeriod: () => sql`true`,
  lotId,
  siteId,
  communeCode: sql`null::text`,
  channel: sql`null::text`,
  prescriberOrganisationId: sql`null::uuid`,
});

/**
 * Every lot, site and basin (the rows of a group outside the scope's territory need their names), each
 * lot and site marked when it is within the scope: a territorial officer's lots and their sites; a
 * training organisation's sites, the lots it operates or leads and theirs, and the lots of its sites.
 * The Region and prescribers (whose people may go anywhere) have the whole territory.
 */
export async function readTerritory(db: Db, scope: IndicatorScope): Promise<Territory> {
  const whole = scope.kind === "region" || scope.kind === "prescriber";
  const siteInScope = (site: string) =>
    whole
      ? sql`true`
      : sql`coalesce(${scopeCondition(scope, placeColumns(sql.raw(`${site}.lot_id`), sql.raw(`${site}.id`)))}, false)`;
  const lotInScope = whole
    ? sql`true`
    : sql`coalesce(${scopeCondition(scope, placeColumns(sql`l.id`, sql`null::uuid`))}, false)
        or exists (select 1 from sites ls where ls.lot_id = l.id and ${siteInScope("ls")})`;
  const [lots, sites, basins] = await Promise.all([
    rowsOf(
      db,
      sql`select l.id::text, l.code, l.name, l.target, ${lotInScope} as in_scope from lots l order by l.code`,
    ),
    rowsOf(
      db,
      sql`select s.id::text, s.code, s.name, s.lot_id::text as lot_id, o.id::text as organisation_id,
        o.code as organisation_code, o.name as organisation_name, ${siteInScope("s")} as in_scope
        from sites s join organisations o on o.id = s.organisation_id order by s.code`,
    ),
    rowsOf(
      db,
      sql`select b.id::text, b.code, b.name, lb.lot_id::text as lot_id,
        coalesce(sum(c.population), 0)::int as population,
        coalesce(sum(c.population) filter (where c.population < ${RURAL_COMMUNE_POPULATION}), 0)::int as rural_population
        from basins b left join lot_basins lb on lb.basin_id = b.id
        left join basin_communes bc on bc.basin_id = b.id left join communes c on c.code = bc.commune_code
        group by b.id, lb.lot_id order by b.code`,
    ),
  ]);
  return {
    lots: lots.map((row) => ({
      id: text(row.id),
      code: text(row.code),
      name: text(row.name),
      target: Number(row.target),
      inScope: row.in_scope === true,
    })),
    sites: sites.map((row) => ({
      id: text(row.id),
      code: text(row.code),
      name: text(row.name),
      lotId: text(row.lot_id),
      organisation: {
        id: text(row.organisation_id),
        code: text(row.organisation_code),
        name: text(row.organisation_name),
      },
      inScope: row.in_scope === true,
    })),
    basins: basins.map((row) => ({
      id: text(row.id),
      code: text(row.code),
      name: text(row.name),
      lotId: row.lot_id === null ? null : text(row.lot_id),
      population: Number(row.population),
      ruralPopulation: Number(row.rural_population),
    })),
  };
}

const RURAL = sql`c.population < ${RURAL_COMMUNE_POPULATION}`;

/** Entrants counted by one expression of their facts `f` (joined with their commune `c`). */
async function entrantsBy(
  db: Db,
  scope: IndicatorScope,
  filters: ResolvedFilters,
  key: SQL,
): Promise<Map<string | null, number>> {
  const rows = await rowsOf(
    db,
    sql`select (${key})::text as value, count(*)::int as entrants from indicator_facts f
      left join communes c on c.code = f.commune_code
      where ${rowCondition(scope, filters, FACT_COLUMNS)} group by 1`,
  );
  return new Map(rows.map((row) => [row.value === null ? null : text(row.value), Number(row.entrants)]));
}

/** The entrants by qualification level, gender, age at entry (year of entry less year of birth) and residence. */
export async function countProfile(db: Db, scope: IndicatorScope, filters: ResolvedFilters) {
  const [qualification, gender, age, residence] = await Promise.all([
    entrantsBy(db, scope, filters, sql`f.qualification_level`),
    entrantsBy(db, scope, filters, sql`f.gender`),
    entrantsBy(db, scope, filters, sql`extract(year from f.entry_date)::int - f.birth_year`),
    entrantsBy(db, scope, filters, sql`case when ${RURAL} then 'rural' else 'urban' end`),
  ]);
  return {
    qualification,
    gender,
    age: new Map([...age].map(([value, count]) => [Number(value), count])),
    residence,
  };
}

/** The entrants living in a rural commune, by basin of residence. */
export async function countRuralEntrantsByBasin(
  db: Db,
  scope: IndicatorScope,
  filters: ResolvedFilters,
): Promise<Map<string, number>> {
  const rows = await rowsOf(
    db,
    sql`select bc.basin_id::text as basin_id, count(*)::int as entrants from indicator_facts f
      join communes c on c.code = f.commune_code join basin_communes bc on bc.commune_code = f.commune_code
      where ${rowCondition(scope, filters, FACT_COLUMNS)} and ${RURAL} group by 1`,
  );
  return new Map(rows.map((row) => [text(row.basin_id), Number(row.entrants)]));
}

/** The followed leavers by their situation 12 months before entry, at exit and 6 months after. */
export async function countSituations(db: Db, scope: IndicatorScope, filters: ResolvedFilters) {
  const where = sql`where ${rowCondition(scope, filters, FACT_COLUMNS)} and ${FOLLOWED}`;
  const moment = (name: BeforeAfterMoment, column: SQL) =>
    sql`select ${name}::text as moment, ${column} as situation, count(*)::int as followed from indicator_facts f ${where} group by 2`;
  const rows = await rowsOf(
    db,
    sql`${moment("before", sql`f.situation_before_12m`)} union all ${moment("atExit", sql`f.situation_at_exit`)}
      union all ${moment("after6m", sql`f.situation_6m`)}`,
  );
  return rows.map((row) => ({
    moment: row.moment as BeforeAfterMoment,
    situation: row.situation === null ? null : text(row.situation),
    count: Number(row.followed),
  }));
}

/** The barriers of the entrants, by theme: how many, and how many lifted. */
export async function countBarriers(db: Db, scope: IndicatorScope, filters: ResolvedFilters) {
  const rows = await rowsOf(
    db,
    sql`select b.theme, count(*)::int as identified, (count(*) filter (where b.status = 'lifted'))::int as lifted
      from barriers b join indicator_facts f on f.pathway_id = b.pathway_id
      where ${rowCondition(scope, filters, FACT_COLUMNS)} group by 1`,
  );
  return new Map(
    rows.map((row) => [text(row.theme), { identified: Number(row.identified), lifted: Number(row.lifted) }]),
  );
}

/**
 * The entrants' 6-month follow-ups due by `today`, per lot, and those answered: the follow-ups Amorce
 * sent, as the follow-ups' own response rates count them.
 */
export async function countFollowUpsDue(
  db: Db,
  scope: IndicatorScope,
  filters: ResolvedFilters,
  today: string,
) {
  const rows = await rowsOf(
    db,
    sql`select f.lot_id::text as lot_id, count(*)::int as due,
        (count(*) filter (where follow_ups.answered_at is not null))::int as answered
      from indicator_facts f join follow_ups on follow_ups.pathway_id = f.pathway_id
      where ${rowCondition(scope, filters, FACT_COLUMNS)} and follow_ups.months = 6
        and follow_ups.due_date <= ${today}::date and ${SENT_BY_AMORCE}
      group by 1`,
  );
  return new Map(
    rows.map((row) => [text(row.lot_id), { due: Number(row.due), answered: Number(row.answered) }]),
  );
}

/**
 * Per site, the exits of the period (exit date in it, whatever the entry) from Amorce's own pathways
 * (imported records have no interview), and how many of them had their tripartite interview held.
 */
export async function countExitInterviews(db: Db, scope: IndicatorScope, filters: ResolvedFilters) {
  const rows = await rowsOf(
    db,
    sql`select f.site_id::text as site_id, count(*)::int as exits, count(t.held_on)::int as held
      from indicator_facts f join pathways p on p.id = f.pathway_id and p.source is null
      left join tripartite_interviews t on t.pathway_id = f.pathway_id
      where ${rowCondition(scope, filters, { ...FACT_COLUMNS, inPeriod: dayInPeriod(sql`f.exit_date`) })} group by 1`,
  );
  return rows.map((row) => ({ siteId: text(row.site_id), exits: Number(row.exits), held: Number(row.held) }));
}

/** Referrals sent in the period by basin of residence of the person referred. */
export async function countReferralsByBasin(
  db: Db,
  scope: IndicatorScope,
  filters: ResolvedFilters,
): Promise<Map<string, number>> {
  const rows = await rowsOf(
    db,
    sql`select bc.basin_id::text as basin_id, count(*)::int as referrals from referrals r
      join people pe on pe.id = r.person_id join basin_communes bc on bc.commune_code = pe.commune_code
      left join organisations o on o.id = r.prescriber_organisation_id
      where ${rowCondition(scope, filters, REFERRAL_COLUMNS)} group by 1`,
  );
  return new Map(rows.map((row) => [text(row.basin_id), Number(row.referrals)]));
}
