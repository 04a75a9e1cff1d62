import type { CommuneRecord } from "../../domains/territory/reference/load-communes";
import type { TerritoryFileInput } from "../../domains/territory/territory-file";
import { communePoint } from "../territory/geography";
import type { DemoTerritoryRows } from "./demo-referral-plan";

/** The ids the import gave the territory file's records, by code. */
export type ImportedIds = {
  lots: ReadonlyMap<string, string>;
  sites: ReadonlyMap<string, string>;
  organisations: ReadonlyMap<string, string>;
};

/** The territory file's basins (with their communes), open sites and prescribers, under their ids. */
export function demoTerritoryRows(
  territory: TerritoryFileInput,
  communes: readonly CommuneRecord[],
  ids: ImportedIds,
): DemoTerritoryRows {
  const id = (imported: ReadonlyMap<string, string>, code: string) => {
    const found = imported.get(code);
    if (!found) throw new Error(`${code} was not imported`);
    return found;
  };
  const communeByCode = new Map(communes.map((commune) => [commune.code, commune]));
  const communeOf = (code: string) => {
    const commune = communeByCode.get(code);
    if (!commune) throw new Error(`unknown commune ${code}`);
    return commune;
  };
  const lotOfBasin = new Map(
    (territory.lots ?? []).flatMap((lot) => lot.basins.map((basin) => [basin, lot.code])),
  );
  const organisationNames = new Map((territory.organisations ?? []).map((org) => [org.code, org.name]));
  return {
    basins: (territory.basins ?? []).map((basin) => {
      const lot = lotOfBasin.get(basin.code);
      return {
        code: basin.code,
        lotId: lot ? id(ids.lots, lot) : null,
        communes: basin.communes.map((code) => {
          const commune = communeOf(code);
          return {
            ...communePoint(commune),
            code,
            population: commune.population,
            department: commune.departement,
          };
        }),
      };
    }),
    sites: (territory.sites ?? [])
      .filter((site) => site.active !== false)
      .map((site) => ({
        ...communePoint(communeOf(site.commune)),
        id: id(ids.sites, site.code),
        code: site.code,
        name: site.name,
        lotId: id(ids.lots, site.lot),
        address: site.address ?? null,
        organisationName: organisationNames.get(site.organisation) ?? site.organisation,
      })),
    prescribers: (territory.organisations ?? []).flatMap((org) =>
      org.networkType
        ? [
            {
              id: id(ids.organisations, org.code),
              code: org.code,
              name: org.name,
              network: org.networkType,
              department: org.department ?? null,
            },
          ]
        : [],
    ),
  };
}
