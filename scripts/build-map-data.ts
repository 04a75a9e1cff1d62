/**
 * Builds the offline map of Nouvelle-Aquitaine: one TopoJSON with the 2026 communes and the départements.
 * Run once with `npx tsx scripts/build-map-data.ts`; the output is committed as data.
 * Method and sources: reference-data/geo/README.md.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Feature, FeatureCollection, MultiPolygon } from "geojson";
import { merge, mergeArcs, quantize } from "topojson-client";
import { topology } from "topojson-server";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type {
  GeometryCollection,
  Topology,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
} from "topojson-specification";
import {
  assignFormerCommunes,
  type Commune2018,
  type Commune2026,
  type Shape,
} from "./map-data/assign-former-communes";

const ROOT = resolve(import.meta.dirname, "..");
const SOURCE_DIR = resolve(ROOT, "../shared/data/geo");
const COMMUNES_2026 = join(ROOT, "reference-data/geo/communes-nouvelle-aquitaine-2026.json");
const OUTPUT = join(ROOT, "reference-data/geo/map-nouvelle-aquitaine.topo.json");
const MAPPING_OUTPUT = join(ROOT, "reference-data/geo/communes-2018-vers-2026.json");
/** Share of the vertices kept by the Visvalingam simplification (each arc keeps its two ends). */
const SIMPLIFY_QUANTILE = 0.03;
const QUANTIZATION = 5e3;
type Simplifiable = Parameters<typeof presimplify>[0];
type SourceGeometry = TopoPolygon | TopoMultiPolygon;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

function readContours2018(): Commune2018[] {
  return readdirSync(SOURCE_DIR)
    .filter((name) => /^communes-\d\d-.*\.geojson$/.test(name))
    .flatMap(
      (name) =>
        readJson<FeatureCollection<Shape, Commune2018["properties"]>>(join(SOURCE_DIR, name)).features,
    );
}

/** A one-polygon MultiPolygon as a Polygon: shorter in the file. */
function simplest(shape: MultiPolygon): Shape {
  const [only, ...others] = shape.coordinates;
  return only && others.length === 0 ? { type: "Polygon", coordinates: only } : shape;
}

function main() {
  const communes = new Map(readJson<Commune2026[]>(COMMUNES_2026).map((c) => [c.code, c]));
  const departements = readJson<FeatureCollection<Shape, { code: string; nom: string }>>(
    join(SOURCE_DIR, "departements-nouvelle-aquitaine.geojson"),
  ).features.map((f) => f.properties);
  const contours = readContours2018();
  const source = topology({ c: { type: "FeatureCollection", features: contours } as FeatureCollection });
  const sourceGeometries = (source.objects.c as GeometryCollection).geometries as SourceGeometry[];
  const assignment = assignFormerCommunes(contours, sourceGeometries, communes);

  // Dissolve former communes into their 2026 commune: merging on the topology removes shared borders.
  const groups = new Map<string, SourceGeometry[]>();
  contours.forEach((f, i) => {
    const code = assignment.get(f.properties.code) ?? f.properties.code;
    groups.set(code, [...(groups.get(code) ?? []), sourceGeometries[i] as SourceGeometry]);
  });
  const merged: Feature<Shape>[] = [...groups].map(([code, geometries]) => ({
    type: "Feature",
    id: code,
    properties: {},
    geometry: simplest(merge(source, geometries)),
  }));

  const full = presimplify(
    topology({
      communes: { type: "FeatureCollection", features: merged } as FeatureCollection,
    }) as Simplifiable,
  );
  const map = quantize(simplify(full, quantile(full, SIMPLIFY_QUANTILE)), QUANTIZATION) as Topology;
  const communeGeometries = (map.objects.communes as GeometryCollection).geometries;
  map.objects.departements = {
    type: "GeometryCollection",
    geometries: departements.map((d) => ({
      ...mergeArcs(
        map,
        communeGeometries.filter((g) => communes.get(String(g.id))?.departement === d.code) as Parameters<
          typeof mergeArcs
        >[1],
      ),
      id: d.code,
      properties: { name: d.nom },
    })),
  };
  writeFileSync(OUTPUT, JSON.stringify(map));
  writeFileSync(MAPPING_OUTPUT, `${JSON.stringify(Object.fromEntries([...assignment].sort()), null, 1)}\n`);

  const missing = [...communes.keys()].filter((code) => !groups.has(code));
  console.log(`${communeGeometries.length} communes 2026 dessinées, ${departements.length} départements`);
  console.log(`communes 2026 sans contour : ${missing.length === 0 ? "aucune" : missing.join(", ")}`);
  console.log(`${OUTPUT} : ${Math.round(statSync(OUTPUT).size / 1024)} ko`);
  if (missing.length > 0 || communeGeometries.length !== communes.size) process.exitCode = 1;
}

main();
