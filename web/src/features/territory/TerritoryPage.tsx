import { Stack, Text } from "@mantine/core";
import { useSession } from "../../api/session";
import { Facts } from "./Facts";
import { ImportExportPanel } from "./ImportExportPanel";
import { LotsTable } from "./lots/LotsTable";
import { TerritoryMap } from "./map/TerritoryMap";
import { SitesTable } from "./sites/SitesTable";
import { TerritoryFrame, useCanManageTerritory } from "./TerritoryFrame";
import { useSites } from "./territory-api";
import { useTerritoryMapData } from "./use-territory-map-data";

/**
 * `/territoire`: the territory at a glance and on the map. A territorial officer sees their lots first,
 * a training organisation its sites; the Region's administrator also imports and exports the territory.
 */
export default function TerritoryPage() {
  const user = useSession().data?.user;
  const canManage = useCanManageTerritory();
  const data = useTerritoryMapData();
  const isTraining = user?.role === "training_manager" || user?.role === "training_staff";
  const mySites = useSites({ mine: true }, isTraining);
  const myLotIds = user?.role === "territorial_officer" ? user.lotIds : [];
  const myLots = data.lots.filter((lot) => myLotIds.includes(lot.id));
  const mySiteIds = (mySites.data ?? []).map((site) => site.id);

  return (
    <TerritoryFrame title="Territoire" isPending={data.isPending} error={data.error ?? mySites.error}>
      <Stack gap="xl">
        <Text maw={720}>
          Les lots de déploiement, les bassins d'emploi qui les composent et les sites où le parcours est
          proposé. {canManage ? "Vous pouvez les modifier." : "Ces informations sont tenues par la Région."}
        </Text>
        {myLots.length > 0 && <LotsTable caption="Mes lots" lots={myLots} />}
        {isTraining && <SitesTable caption="Les sites qui vous concernent" sites={mySites.data ?? []} />}
        <TerritoryMap
          title={myLots.length > 0 ? "Carte de la région : mes lots en couleur" : "Carte de la région"}
          lots={data.lots}
          basins={data.basins}
          sites={data.sites}
          highlightLotIds={myLots.length > 0 ? myLotIds : undefined}
          emphasiseSiteIds={mySiteIds}
        />
        <Facts
          facts={[
            { label: "Lots", value: data.lots.length },
            { label: "Bassins d'emploi", value: data.basins.length },
            {
              label: "Sites",
              value: `${data.sites.length}, dont ${data.sites.filter((s) => s.mandatoryRural).length} sites ruraux obligatoires`,
            },
            {
              label: "Objectif total",
              value: `${data.lots.reduce((sum, lot) => sum + lot.target, 0).toLocaleString("fr-FR")} stagiaires`,
            },
          ]}
        />
        {canManage && <ImportExportPanel />}
      </Stack>
    </TerritoryFrame>
  );
}
