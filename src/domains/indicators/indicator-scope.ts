import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../authorization/actor";
import { inTrainingReach } from "../authorization/training-reach";
import { RURAL_COMMUNE_POPULATION } from "../referral-statistics/basin-coverage";
import type { IndicatorFilters } from "./indicator-filters";

/**
 * Whose figures a caller may count: the Region, evaluators and the command line everything; a
 * territorial officer their lots; a training organisation what it runs (its sites, the lots it
 * operates or leads); a prescriber organisation the people it sent.
 */
export type IndicatorScope =
  | { kind: "region" }
  | { kind: "lots"; lotIds: readonly string[] }
  | { kind: "training"; organisationId: string }
  | { kind: "prescriber"; organisationId: string };

export function indicatorScopeOf(actor: Actor | null): IndicatorScope {
  if (actor === null) return { kind: "region" };
  switch (actor.role) {
    case "region_admin":
    case "evaluator":
      return { kind: "region" };
    case "territorial_officer":
      return { kind: "lots", lotIds: actor.lotIds };
    case "training_manager":
    case "training_staff":
      return { kind: "training", organisationId: actor.organisationId ?? "" };
    case "prescriber_admin":
    case "prescriber_advisor":
      return { kind: "prescriber", organisationId: actor.organisationId ?? "" };
    case "trainee":
      throw new Error("A trainee has no indicators");
  }
}

/** The filters once their codes are found: ids of the territory. */
export type ResolvedFilters = Omit<IndicatorFilters, "lot" | "basin" | "site" | "organisation"> & {
  lotId?: string;
  basinId?: string;
  siteId?: string;
  organisationId?: string;
};

/** Where a row's fields are, as SQL: the facts of a pathway, or a referral. */
export type RowColumns = {
  /** The row is in the period, both Paris days included. */
  inPeriod: (from: string, to: string) => SQL;
  lotId: SQL;
  siteId: SQL;
  communeCode: SQL;
  channel: SQL;
  prescriberOrganisationId: SQL;
};

/** A date column in the period. */
export const dayInPeriod =
  (column: SQL) =>
  (from: string, to: string): SQL =>
    sql`${column} between ${from}::date and ${to}::date`;

/** An instant in the period's Paris days: a range on the column itself, so its indexes serve. */
export const instantInPeriod =
  (column: SQL) =>
  (from: string, to: string): SQL =>
    sql`${column} >= (${from}::date::timestamp at time zone 'Europe/Paris')
      and ${column} < ((${to}::date + 1)::timestamp at time zone 'Europe/Paris')`;

const uuidList = (ids: readonly string[]) =>
  ids.length === 0
    ? sql`false`
    : sql`in (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`;

/** The scope alone, as a condition on a row. */
export function scopeCondition(scope: IndicatorScope, row: RowColumns): SQL {
  switch (scope.kind) {
    case "region":
      return sql`true`;
    case "lots":
      return scope.lotIds.length === 0 ? sql`false` : sql`${row.lotId} ${uuidList(scope.lotIds)}`;
    case "training":
      return inTrainingReach(scope.organisationId, row.siteId, row.lotId);
    case "prescriber":
      return sql`${row.prescriberOrganisationId} = ${scope.organisationId}::uuid`;
  }
}

/** The scope and every filter, as one SQL condition on a row. */
export function rowCondition(scope: IndicatorScope, filters: ResolvedFilters, row: RowColumns): SQL {
  const conditions: SQL[] = [scopeCondition(scope, row), row.inPeriod(filters.from, filters.to)];
  if (filters.lotId) conditions.push(sql`${row.lotId} = ${filters.lotId}::uuid`);
  if (filters.siteId) conditions.push(sql`${row.siteId} = ${filters.siteId}::uuid`);
  if (filters.organisationId)
    conditions.push(
      sql`${row.siteId} in (select id from sites where organisation_id = ${filters.organisationId}::uuid)`,
    );
  if (filters.basinId)
    conditions.push(
      sql`${row.communeCode} in (select commune_code from basin_communes where basin_id = ${filters.basinId}::uuid)`,
    );
  if (filters.network) conditions.push(sql`${row.channel} = ${filters.network}`);
  if (filters.residence)
    conditions.push(
      sql`${row.communeCode} ${sql.raw(filters.residence === "rural" ? "in" : "not in")}
        (select code from communes where population < ${RURAL_COMMUNE_POPULATION})`,
    );
  return sql.join(conditions, sql` and `);
}
