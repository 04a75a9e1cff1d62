import { Stack } from "@mantine/core";
import { useParams } from "react-router";
import { DataTable } from "../../../ui/DataTable";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { type CommuneFacts, useCommuneDirectory } from "../commune-directory";
import { Facts } from "../Facts";
import { TerritoryMap } from "../map/TerritoryMap";
import { RecordLink } from "../RecordLink";
import { EditButton, TerritoryFrame } from "../TerritoryFrame";
import { useBasin } from "../territory-api";
import { useTerritoryMapData } from "../use-territory-map-data";

/** `/territoire/bassins/:id`: a basin's lot, communes and population, on a map of the basin. */
export default function BasinPage() {
  const { id } = useParams();
  const basin = useBasin(id);
  const directory = useCommuneDirectory();
  const map = useTerritoryMapData();
  const b = basin.data;
  const communes = (b?.communeCodes ?? [])
    .map(
      (code): CommuneFacts =>
        directory.data?.get(code) ?? { code, name: code, population: 0, postalCodes: [] },
    )
    .sort((x, y) => x.name.localeCompare(y.name, "fr"));
  return (
    <TerritoryFrame
      title={b ? `Bassin d'emploi ${b.code} — ${b.name}` : "Bassin d'emploi"}
      action={<EditButton to={`/territoire/bassins/${id}/modifier`} label="Modifier le bassin" />}
      isPending={basin.isPending || map.isPending}
      error={basin.error ?? map.error}
    >
      {b && (
        <Stack gap="lg">
          <Facts
            facts={[
              { label: "Lot", value: <RecordLink kind="lot" record={b.lot} /> },
              { label: "Population", value: `${b.population.toLocaleString("fr-FR")} habitants` },
              { label: "Nombre de communes", value: b.communeCodes.length },
            ]}
          />
          <TerritoryMap
            title={`Carte du bassin d'emploi ${b.code}`}
            lots={map.lots}
            basins={map.basins}
            sites={map.sites}
            layer="basins"
            fixedLayer
            highlightBasinIds={[b.id]}
            zoom
            withTables={false}
          />
          <ErrorAlert error={directory.error} title="Noms des communes indisponibles" />
          <DataTable
            caption={`Communes du bassin (${communes.length})`}
            rows={communes}
            rowKey={(commune) => commune.code}
            columns={[
              { header: "Commune", cell: (commune) => commune.name },
              { header: "Code INSEE", cell: (commune) => commune.code },
              { header: "Code postal", cell: (commune) => commune.postalCodes.join(", ") },
              { header: "Population", cell: (commune) => commune.population.toLocaleString("fr-FR") },
            ]}
          />
        </Stack>
      )}
    </TerritoryFrame>
  );
}
