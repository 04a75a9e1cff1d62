import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { MUTED_ZONE } from "../territory/map/map-model";
import { TerritoryMap } from "../territory/map/TerritoryMap";
import { useTerritoryMapData } from "../territory/use-territory-map-data";
import { coverageClass } from "./coverage-colours";
import type { ReferralStatistics } from "./referral-statistics-api";

/** The basins shown, coloured by their rate against the area's; the table below carries the figures. */
export function CoverageMap({
  statistics,
  followedLotIds,
}: {
  statistics: ReferralStatistics;
  /** A territorial officer's lots, framed when no lot is chosen; `null` for the whole region. */
  followedLotIds: readonly string[] | null;
}) {
  const map = useTerritoryMapData();
  if (map.isPending) return <PageLoader />;
  if (map.error) return <ErrorAlert error={map.error} title="Carte indisponible" />;
  const basins = new Map(statistics.basins.map((basin) => [basin.id, basin]));
  const lotIds = statistics.lot ? [statistics.lot.id] : followedLotIds;
  const fill = (basinId: string) => {
    const basin = basins.get(basinId);
    return (basin && coverageClass(basin, statistics.area.ratePer10000)?.colour) ?? MUTED_ZONE;
  };
  return (
    <TerritoryMap
      title="Carte des bassins d'emploi colorés selon leur taux de prescriptions"
      lots={map.lots}
      basins={map.basins}
      sites={map.sites}
      layer="basins"
      fixedLayer
      highlightLotIds={lotIds ?? undefined}
      highlightBasinIds={statistics.basins.map((basin) => basin.id)}
      zoom={lotIds !== null}
      withTables={false}
      colouring={{ fill, meaning: "Les couleurs donnent le taux de prescriptions de chaque bassin." }}
    />
  );
}
