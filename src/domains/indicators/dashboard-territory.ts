import type { IndicatorScope, ResolvedFilters } from "./indicator-scope";

/**
 * Which lots, sites, basins and organisations a dashboard offers as filters and shows as rows. Pure:
 * the territory is read by `readTerritory` (`dashboard-queries.ts`), each lot and site marked when it is
 * within the caller's scope.
 */
export type Reference = { id: string; code: string; name: string };
export type TerritoryLot = Reference & { target: number; inScope: boolean };
export type TerritorySite = Reference & { lotId: string; organisation: Reference; inScope: boolean };
export type TerritoryBasin = Reference & {
  lotId: string | null;
  population: number;
  ruralPopulation: number;
};
/** Each list sorted by code. */
export type Territory = { lots: TerritoryLot[]; sites: TerritorySite[]; basins: TerritoryBasin[] };

/**
 * What the filters may choose from: the lots and sites in scope, the basins of those lots (every basin
 * for the Region and prescribers, whose people may live anywhere), the training organisations running
 * the sites; sorted by code.
 */
export function choicesOf(territory: Territory, scope: IndicatorScope) {
  const lots = territory.lots.filter((lot) => lot.inScope);
  const sites = territory.sites.filter((site) => site.inScope);
  const lotIds = new Set(lots.map((lot) => lot.id));
  const whole = scope.kind === "region" || scope.kind === "prescriber";
  const basins = territory.basins.filter(
    (basin) => whole || (basin.lotId !== null && lotIds.has(basin.lotId)),
  );
  const organisations = new Map(sites.map((site) => [site.organisation.id, site.organisation]));
  return {
    lots,
    sites,
    basins,
    organisations: [...organisations.values()].sort((a, b) => a.code.localeCompare(b.code)),
  };
}

export type Choices = ReturnType<typeof choicesOf>;

/**
 * The rows of the tables by lot, site and basin: those of the choices the filters keep, with or without
 * entries (a site with none is worth seeing), and any other with figures. A prescriber's choices are
 * the whole territory: only the rows with figures are shown.
 */
export function shownTerritory(choices: Choices, scope: IndicatorScope, filters: ResolvedFilters) {
  const base = scope.kind === "prescriber" ? { lots: [], sites: [], basins: [] } : choices;
  const sites = base.sites.filter(
    (site) =>
      (!filters.lotId || site.lotId === filters.lotId) &&
      (!filters.siteId || site.id === filters.siteId) &&
      (!filters.organisationId || site.organisation.id === filters.organisationId),
  );
  const siteLots = new Set(sites.map((site) => site.lotId));
  const lots = base.lots.filter(
    (lot) =>
      (!filters.lotId || lot.id === filters.lotId) &&
      (!(filters.siteId || filters.organisationId) || siteLots.has(lot.id)),
  );
  const basins = base.basins.filter(
    (basin) =>
      (!filters.basinId || basin.id === filters.basinId) && (!filters.lotId || basin.lotId === filters.lotId),
  );
  return { lots, sites, basins };
}

/** The rows of `all` (in its order) that are in `base` or have figures. */
export function withFigures<T extends Reference>(
  all: readonly T[],
  base: readonly T[],
  figures: ReadonlySet<string>,
): T[] {
  const ids = new Set(base.map((row) => row.id));
  return all.filter((row) => ids.has(row.id) || figures.has(row.id));
}
