import { Anchor, List, Stack, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { Facts } from "../Facts";
import { TerritoryMap } from "../map/TerritoryMap";
import { RecordLink } from "../RecordLink";
import { SitesTable } from "../sites/SitesTable";
import { EditButton, TerritoryFrame } from "../TerritoryFrame";
import { useLot } from "../territory-api";
import { useTerritoryMapData } from "../use-territory-map-data";

/** `/territoire/lots/:id`: a lot's target, operator, basins and sites, on a map of the lot. */
export default function LotPage() {
  const { id } = useParams();
  const lot = useLot(id);
  const map = useTerritoryMapData();
  const sites = map.sites.filter((site) => site.lot.id === id);
  return (
    <TerritoryFrame
      title={lot.data ? `Lot ${lot.data.code} — ${lot.data.name}` : "Lot"}
      action={<EditButton to={`/territoire/lots/${id}/modifier`} label="Modifier le lot" />}
      isPending={lot.isPending || map.isPending}
      error={lot.error ?? map.error}
    >
      {lot.data && (
        <Stack gap="lg">
          <Facts
            facts={[
              { label: "Objectif", value: `${lot.data.target.toLocaleString("fr-FR")} stagiaires` },
              { label: "Porté par", value: <RecordLink kind="organisation" record={lot.data.operator} /> },
              { label: "Nombre de sites", value: lot.data.siteCount },
            ]}
          />
          <section aria-labelledby="lot-basins">
            <Title order={2} size="h3" id="lot-basins" mb="xs">
              Bassins d'emploi du lot
            </Title>
            <List>
              {lot.data.basins.map((basin) => (
                <List.Item key={basin.id}>
                  <Anchor component={Link} to={`/territoire/bassins/${basin.id}`}>
                    {basin.code} — {basin.name}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </section>
          <SitesTable caption="Sites du lot" sites={sites} />
          <TerritoryMap
            title={`Carte du lot ${lot.data.code}`}
            lots={map.lots}
            basins={map.basins}
            sites={map.sites}
            layer="basins"
            highlightLotIds={[lot.data.id]}
            zoom
            withTables={false}
          />
        </Stack>
      )}
    </TerritoryFrame>
  );
}
