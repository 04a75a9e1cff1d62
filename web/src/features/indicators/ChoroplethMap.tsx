import { Group, Text } from "@mantine/core";
import { ErrorAlert } from "../../ui/ErrorAlert";
import { PageLoader } from "../../ui/PageLoader";
import { MUTED_ZONE } from "../territory/map/map-model";
import { TerritoryMap } from "../territory/map/TerritoryMap";
import { useTerritoryMapData } from "../territory/use-territory-map-data";
import { DashboardFigure, type FigureTable } from "./DashboardFigure";
import { type ColourClass, classOf } from "./map-classes";

function Swatch({ colour, label }: { colour: string; label: string }) {
  return (
    <Group component="li" gap={6} style={{ listStyle: "none" }}>
      <svg width="16" height="16" aria-hidden="true">
        <rect width="16" height="16" fill={colour} stroke="#495057" />
      </svg>
      <Text size="sm">{label}</Text>
    </Group>
  );
}

/**
 * A map of lots or basins coloured by a measure's classes, the classes in words, and the table behind
 * it (each zone's figures and class): colour is never the only way to read it.
 */
export function ChoroplethMap<Row>({
  title,
  description,
  layer,
  values,
  classes,
  highlightLotIds,
  zoom,
  table,
}: {
  title: string;
  description?: string;
  layer: "lots" | "basins";
  /** Each coloured zone's value by its id; zones absent or `null` stay grey. */
  values: ReadonlyMap<string, number | null>;
  classes: readonly ColourClass[];
  /** The lots of the dashboard's scope; the others greyed. */
  highlightLotIds?: readonly string[];
  /** Frame the highlighted zones rather than the whole region. */
  zoom: boolean;
  table: FigureTable<Row>;
}) {
  const map = useTerritoryMapData();
  const fill = (zoneId: string) => classOf(classes, values.get(zoneId) ?? null)?.colour ?? MUTED_ZONE;
  return (
    <DashboardFigure title={title} description={description} table={table}>
      {map.isPending ? (
        <PageLoader />
      ) : map.error ? (
        <ErrorAlert error={map.error} title="Carte indisponible" />
      ) : (
        <TerritoryMap
          title={title}
          lots={map.lots}
          basins={map.basins}
          sites={map.sites}
          layer={layer}
          fixedLayer
          highlightLotIds={highlightLotIds}
          highlightBasinIds={layer === "basins" ? [...values.keys()] : undefined}
          zoom={zoom}
          withTables={false}
          colouring={{
            fill,
            meaning: "Les couleurs suivent les classes ci-dessous ; le tableau donne les chiffres.",
          }}
        />
      )}
      <Group component="ul" aria-label={`Classes de couleur de la carte « ${title} »`} gap="md" p={0} m={0}>
        {classes.map((entry) => (
          <Swatch key={entry.label} colour={entry.colour} label={entry.label} />
        ))}
        <Swatch colour={MUTED_ZONE} label="sans valeur ou hors du périmètre" />
      </Group>
    </DashboardFigure>
  );
}
