import { useQuery } from "@tanstack/react-query";
import type { GeometryCollection, Topology } from "topojson-specification";
import mapUrl from "../../../../../reference-data/geo/map-nouvelle-aquitaine.topo.json?url";

/** The offline map: the 2026 communes (`id` = INSEE code) and the départements (reference-data/geo). */
export type RegionTopology = Topology<{ communes: GeometryCollection; departements: GeometryCollection }>;

/** Loads the map file once (a static, hashed asset: the browser caches it) and keeps it for the session. */
export function useRegionTopology() {
  return useQuery({
    queryKey: ["region-map", mapUrl],
    queryFn: async () => {
      const response = await fetch(mapUrl);
      if (!response.ok) throw new Error(`Carte indisponible (${response.status})`);
      return (await response.json()) as RegionTopology;
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}
