import { useBasins, useLots, useSites } from "./territory-api";

/** What the map draws: lots, basins and sites, with one loading state and the first error. */
export function useTerritoryMapData() {
  const lots = useLots();
  const basins = useBasins();
  const sites = useSites();
  const queries = [lots, basins, sites];
  return {
    lots: lots.data ?? [],
    basins: basins.data ?? [],
    sites: sites.data ?? [],
    isPending: queries.some((query) => query.isPending),
    error: queries.find((query) => query.error)?.error ?? null,
  };
}
