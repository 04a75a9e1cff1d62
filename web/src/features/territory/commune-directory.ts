import { useQuery } from "@tanstack/react-query";
import directoryUrl from "../../../../reference-data/geo/communes-nouvelle-aquitaine-2026.json?url";

type DirectoryEntry = { code: string; nom: string; population: number; codesPostaux: string[] };
export type CommuneFacts = { code: string; name: string; population: number; postalCodes: string[] };

/**
 * The 4,293 communes of the region (COG 2026, reference-data/geo), by INSEE code: names and populations
 * for lists of codes, e.g. a basin's communes. A static asset, loaded once, only by the pages that need it.
 */
export function useCommuneDirectory() {
  return useQuery({
    queryKey: ["commune-directory", directoryUrl],
    queryFn: async () => {
      const response = await fetch(directoryUrl);
      if (!response.ok) throw new Error(`Liste des communes indisponible (${response.status})`);
      const entries = (await response.json()) as DirectoryEntry[];
      return new Map<string, CommuneFacts>(
        entries.map((e) => [
          e.code,
          { code: e.code, name: e.nom, population: e.population, postalCodes: e.codesPostaux },
        ]),
      );
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}
