import {
  type GeoPermissibleObjects,
  type GeoProjection,
  geoBounds,
  geoConicConformal,
  geoPath,
} from "d3-geo";
import type { Feature, MultiPolygon } from "geojson";
import { feature, mergeArcs, neighbors } from "topojson-client";
import type { MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from "topojson-specification";
import type { BasinItem, LotItem } from "../territory-api";
import type { RegionTopology } from "./region-topology";

/** A lot or a basin on the map: a set of communes, drawn as one shape linking to its page. */
export type Zone = {
  id: string;
  /** The lot's id, for a basin its lot's: highlighting a lot highlights its basins. */
  lotId: string | null;
  code: string;
  name: string;
  /** What the zone is, in French: « Lot », « Bassin d'emploi ». */
  kind: string;
  href: string;
  communeCodes: readonly string[];
};
export type ZoneShape = { zone: Zone; shape: Feature<MultiPolygon>; colour: number };

/** The map's width in SVG units; its height follows the drawn area's proportions. */
export const MAP_WIDTH = 600;
const MAX_HEIGHT = 700;
const PADDING = 12;

export function lotZones(lots: readonly LotItem[], basins: readonly BasinItem[]): Zone[] {
  const basinCommunes = new Map(basins.map((basin) => [basin.id, basin.communeCodes]));
  return lots.map((lot) => ({
    id: lot.id,
    lotId: lot.id,
    code: lot.code,
    name: lot.name,
    kind: "Lot",
    href: `/territoire/lots/${lot.id}`,
    communeCodes: lot.basins.flatMap((basin) => basinCommunes.get(basin.id) ?? []),
  }));
}

export function basinZones(basins: readonly BasinItem[]): Zone[] {
  return basins.map((basin) => ({
    id: basin.id,
    lotId: basin.lot?.id ?? null,
    code: basin.code,
    name: basin.name,
    kind: "Bassin d'emploi",
    href: `/territoire/bassins/${basin.id}`,
    communeCodes: basin.communeCodes,
  }));
}

/**
 * One merged shape per zone (its communes' borders dissolved), each with a colour index that differs
 * from its neighbours' (greedy colouring of the zones' adjacency).
 */
export function zoneShapes(topology: RegionTopology, zones: readonly Zone[]): ZoneShape[] {
  const communes = new Map(
    topology.objects.communes.geometries.map((geometry) => [String(geometry.id), geometry]),
  );
  const merged = zones.map((zone) =>
    mergeArcs(
      topology,
      zone.communeCodes.flatMap((code) => (communes.get(code) as TopoPolygon | TopoMultiPolygon) ?? []),
    ),
  );
  const adjacency = neighbors(merged);
  const colours: number[] = [];
  merged.forEach((_, index) => {
    const taken = new Set((adjacency[index] ?? []).map((other) => colours[other]));
    let colour = 0;
    while (taken.has(colour)) colour += 1;
    colours[index] = colour;
  });
  return zones.map((zone, index) => ({
    zone,
    shape: feature(topology, merged[index] as TopoMultiPolygon) as Feature<MultiPolygon>,
    colour: colours[index] ?? 0,
  }));
}

/** `target`'s bounding box, widened by `ratio` of its size on every side: a zoomed map keeps some context. */
export function withSurroundings(target: GeoPermissibleObjects, ratio: number): GeoPermissibleObjects {
  const [[west, south], [east, north]] = geoBounds(target);
  const [dx, dy] = [(east - west) * ratio, (north - south) * ratio];
  return {
    type: "MultiPoint",
    coordinates: [
      [west - dx, south - dy],
      [east + dx, north + dy],
    ],
  };
}

/** Lambert conformal conic, like Lambert-93, fitted to `target`; the height is cropped to it. */
export function fitMap(target: GeoPermissibleObjects): { projection: GeoProjection; height: number } {
  const projection = geoConicConformal()
    .parallels([44, 49])
    .rotate([-3, 0])
    .fitExtent(
      [
        [PADDING, PADDING],
        [MAP_WIDTH - PADDING, MAX_HEIGHT - PADDING],
      ],
      target,
    );
  const [[, top], [, bottom]] = geoPath(projection).bounds(target);
  projection.translate([projection.translate()[0], projection.translate()[1] - top + PADDING]);
  return { projection, height: Math.ceil(bottom - top + 2 * PADDING) };
}

/** A qualitative palette (ColorBrewer Set3, light enough for dark markers and text on top). */
export const ZONE_COLOURS = [
  "#8dd3c7",
  "#ffffb3",
  "#bebada",
  "#fb8072",
  "#80b1d3",
  "#fdb462",
  "#b3de69",
  "#fccde5",
  "#ccebc5",
  "#ffed6f",
] as const;
/** The fill of zones outside the highlighted ones. */
export const MUTED_ZONE = "#e9ecef";
