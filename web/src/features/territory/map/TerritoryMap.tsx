import { Group, SegmentedControl, Stack } from "@mantine/core";
import { geoPath } from "d3-geo";
import type { FeatureCollection, MultiPolygon } from "geojson";
import { useId, useMemo, useState } from "react";
import { feature, mesh } from "topojson-client";
import { ErrorAlert } from "../../../ui/ErrorAlert";
import { PageLoader } from "../../../ui/PageLoader";
import type { BasinItem, LotItem, SiteItem } from "../territory-api";
import { MapLegend } from "./MapLegend";
import { MapLink } from "./MapLink";
import { MapTables } from "./MapTables";
import {
  basinZones,
  fitMap,
  lotZones,
  MAP_WIDTH,
  MUTED_ZONE,
  withSurroundings,
  ZONE_COLOURS,
  type ZoneShape,
  zoneShapes,
} from "./map-model";
import { type RegionTopology, useRegionTopology } from "./region-topology";
import { SiteMarker } from "./SiteMarker";
import classes from "./TerritoryMap.module.css";

export type MapLayer = "lots" | "basins";

/** How much of the surroundings a zoomed map shows, as a share of the framed zones' size on each side. */
const ZOOM_SURROUNDINGS = 0.35;

export type TerritoryMapProps = {
  /** What the map shows, in French: names the map for screen readers. */
  title: string;
  lots: readonly LotItem[];
  basins: readonly BasinItem[];
  sites: readonly SiteItem[];
  /** The layer shown first; the user switches with « Lots / Bassins d'emploi » unless `fixedLayer`. */
  layer?: MapLayer;
  fixedLayer?: boolean;
  /** Only these lots (and their basins and sites) in colour; the others greyed. */
  highlightLotIds?: readonly string[];
  /** These basins in colour (on the basins layer). */
  highlightBasinIds?: readonly string[];
  /** These sites drawn larger. */
  emphasiseSiteIds?: readonly string[];
  /** Frame the highlighted zones rather than the whole region. */
  zoom?: boolean;
  /** The data as tables under the map (the accessible alternative); on by default. */
  withTables?: boolean;
  /**
   * Colours the highlighted zones by a measure instead of telling neighbours apart: the fill of a zone's
   * id, and what the colours mean (the legend's words; the page shows the classes and the figures).
   */
  colouring?: { fill: (zoneId: string) => string; meaning: string };
};

/** The offline map of the region: lots or basins as linked shapes, sites as linked markers. */
export function TerritoryMap(props: TerritoryMapProps) {
  const topology = useRegionTopology();
  if (topology.isPending) return <PageLoader />;
  if (topology.isError) return <ErrorAlert error={topology.error} title="Carte indisponible" />;
  return <LoadedMap {...props} topology={topology.data} />;
}

function LoadedMap({
  topology,
  title,
  lots,
  basins,
  sites,
  layer: initialLayer = "lots",
  fixedLayer = false,
  highlightLotIds,
  highlightBasinIds,
  emphasiseSiteIds = [],
  zoom = false,
  withTables = true,
  colouring,
}: TerritoryMapProps & { topology: RegionTopology }) {
  const [layer, setLayer] = useState<MapLayer>(initialLayer);
  const titleId = useId();
  const shapes = useMemo(
    () => zoneShapes(topology, layer === "lots" ? lotZones(lots, basins) : basinZones(basins)),
    [topology, layer, lots, basins],
  );
  const highlighted = (shape: ZoneShape) =>
    (!highlightLotIds || (shape.zone.lotId !== null && highlightLotIds.includes(shape.zone.lotId))) &&
    (!highlightBasinIds || layer === "lots" || highlightBasinIds.includes(shape.zone.id));
  /** Zones without communes have nothing to draw: they stay in the tables only. */
  const drawn = shapes.filter((shape) => shape.shape.geometry.coordinates.length > 0);
  const focus = drawn.filter(highlighted);
  const { land, borders } = useMemo(
    () => ({
      land: feature(topology, topology.objects.departements),
      borders: mesh(topology, topology.objects.departements),
    }),
    [topology],
  );
  const framed: FeatureCollection<MultiPolygon> = {
    type: "FeatureCollection",
    features: focus.map((s) => s.shape),
  };
  const { projection, height } = fitMap(
    zoom && focus.length > 0 ? withSurroundings(framed, ZOOM_SURROUNDINGS) : land,
  );
  const path = geoPath(projection);
  const siteMuted = (site: SiteItem) => Boolean(highlightLotIds && !highlightLotIds.includes(site.lot.id));

  return (
    <Stack gap="xs">
      {!fixedLayer && (
        <Group>
          <SegmentedControl
            aria-label="Découpage affiché sur la carte"
            value={layer}
            onChange={(value) => setLayer(value as MapLayer)}
            data={[
              { value: "lots", label: "Lots" },
              { value: "basins", label: "Bassins d'emploi" },
            ]}
          />
        </Group>
      )}
      {/* biome-ignore lint/a11y/useSemanticElements: a named group keeps the map's links reachable, unlike role="img" */}
      <svg
        className={classes.map}
        viewBox={`0 0 ${MAP_WIDTH} ${height}`}
        role="group"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{title}</title>
        <path className={classes.land} d={path(land) ?? undefined} />
        <g>
          {drawn.map((shape) => (
            <MapLink
              key={shape.zone.id}
              href={shape.zone.href}
              label={`${shape.zone.kind} ${shape.zone.code} — ${shape.zone.name}`}
              className={classes.zone}
            >
              <path
                d={path(shape.shape) ?? undefined}
                fill={
                  !highlighted(shape)
                    ? MUTED_ZONE
                    : (colouring?.fill(shape.zone.id) ?? ZONE_COLOURS[shape.colour % ZONE_COLOURS.length])
                }
              />
            </MapLink>
          ))}
        </g>
        <path className={classes.borders} d={path(borders) ?? undefined} />
        {/* biome-ignore lint/a11y/noAriaHiddenOnFocusable: SVG text is not focusable; the labels repeat the links' names */}
        <g aria-hidden="true">
          {focus.map((shape) => {
            const [x, y] = path.centroid(shape.shape);
            return (
              <text key={shape.zone.id} className={classes.label} x={x} y={y}>
                {shape.zone.code}
              </text>
            );
          })}
        </g>
        <g>
          {sites.map((site) => {
            const position = projection([site.longitude, site.latitude]);
            return (
              position && (
                <SiteMarker
                  key={site.id}
                  site={site}
                  position={position}
                  muted={siteMuted(site)}
                  emphasised={emphasiseSiteIds.includes(site.id)}
                />
              )
            );
          })}
        </g>
      </svg>
      <MapLegend emphasised={emphasiseSiteIds.length > 0} colours={colouring?.meaning} />
      {withTables && (
        <MapTables
          zones={shapes.filter(highlighted).map((s) => s.zone)}
          sites={sites.filter((s) => !siteMuted(s))}
        />
      )}
    </Stack>
  );
}
