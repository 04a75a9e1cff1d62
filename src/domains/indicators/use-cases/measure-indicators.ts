import { sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { forbidden, notFound } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import { countIndicators, lotTargets } from "../count-indicators";
import {
  type IndicatorLine,
  type IndicatorMeasures,
  type IndicatorsJson,
  indicatorLines,
  indicatorsJson,
} from "../indicator-definitions";
import { hasSubLotFilter, type IndicatorFilters } from "../indicator-filters";
import { type IndicatorScope, indicatorScopeOf, type ResolvedFilters } from "../indicator-scope";

const CODED = [
  { filter: "lot", table: "lots", id: "lotId", missing: "Lot" },
  { filter: "basin", table: "basins", id: "basinId", missing: "Bassin d'emploi" },
  { filter: "site", table: "sites", id: "siteId", missing: "Site" },
  { filter: "organisation", table: "organisations", id: "organisationId", missing: "Organisme" },
] as const;

/** The filters' codes as ids; an unknown code is a 404 naming it. */
export async function resolveFilters(db: Db, filters: IndicatorFilters): Promise<ResolvedFilters> {
  const { lot, basin, site, organisation, ...rest } = filters;
  const resolved: ResolvedFilters = { ...rest };
  for (const coded of CODED) {
    const code = filters[coded.filter];
    if (code === undefined) continue;
    const result = (await db.execute(
      sql`select id::text from ${sql.identifier(coded.table)} where code = ${code}`,
    )) as unknown as { rows: { id: string }[] };
    const id = result.rows[0]?.id;
    if (!id) throw notFound(`${coded.missing} « ${code} » introuvable.`);
    resolved[coded.id] = id;
  }
  return resolved;
}

/** The caller's scope; a territorial officer asking for a lot they do not follow is refused. */
export function authorisedScope(context: RequestContext, filters: ResolvedFilters): IndicatorScope {
  const { actor } = context;
  if (actor && !can(actor, "read", "Indicators")) throw forbidden();
  const scope = indicatorScopeOf(actor);
  if (scope.kind === "lots" && filters.lotId && !scope.lotIds.includes(filters.lotId)) {
    throw forbidden("Vous ne suivez pas ce lot : ses indicateurs ne vous sont pas accessibles.");
  }
  return scope;
}

export type MeasuredIndicators = {
  filters: IndicatorFilters;
  scope: IndicatorScope;
  resolved: ResolvedFilters;
  measures: IndicatorMeasures;
  json: IndicatorsJson;
  lines: IndicatorLine[];
};

/**
 * The indicators of spec §3 over what the caller may see, with the filters given: the one engine behind
 * `npx amorce indicators`, the dashboards and the exports. Audited with the filters (figures only), as
 * `indicators.read` unless the caller names what it reads (the dashboard: one audit row per read).
 */
export async function measureIndicators(
  db: Db,
  context: RequestContext,
  filters: IndicatorFilters,
  options: { auditAction?: string } = {},
): Promise<MeasuredIndicators> {
  const resolved = await resolveFilters(db, filters);
  const scope = authorisedScope(context, resolved);
  const [[measured], targets] = await Promise.all([
    countIndicators(db, scope, resolved),
    lotTargets(db, scope, resolved, hasSubLotFilter(filters)),
  ]);
  if (!measured) throw new Error("countIndicators returns one group when not grouped");
  const target = targets === null ? null : [...targets.values()].reduce((sum, value) => sum + value, 0);
  const measures: IndicatorMeasures = {
    counts: measured.counts,
    entrantsByChannel: measured.entrantsByChannel,
    target,
  };
  await recordAuditEvent(db, context, {
    action: options.auditAction ?? "indicators.read",
    details: { ...filters },
  });
  return {
    filters,
    scope,
    resolved,
    measures,
    json: indicatorsJson(measures),
    lines: indicatorLines(measures.counts),
  };
}
