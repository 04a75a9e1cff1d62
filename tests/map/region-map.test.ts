import { readFileSync } from "node:fs";
import { geoArea } from "d3-geo";
import { feature } from "topojson-client";
import { describe, expect, it } from "vitest";
import {
  basinZones,
  fitMap,
  MAP_WIDTH,
  type Zone,
  zoneShapes,
} from "../../web/src/features/territory/map/map-model";
import type { RegionTopology } from "../../web/src/features/territory/map/region-topology";

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;
const topology = readJson<RegionTopology>("reference-data/geo/map-nouvelle-aquitaine.topo.json");
const communes = readJson<{ code: string; departement: string }[]>(
  "reference-data/geo/communes-nouvelle-aquitaine-2026.json",
);

describe("offline map data", () => {
  it("draws each of the 4,293 communes of 2026 exactly once, and the 12 départements", () => {
    const ids = topology.objects.communes.geometries.map((geometry) => String(geometry.id));
    expect(ids).toHaveLength(4293);
    expect(new Set(ids)).toEqual(new Set(communes.map((commune) => commune.code)));
    expect(topology.objects.departements.geometries.map((geometry) => geometry.id).sort()).toEqual([
      "16",
      "17",
      "19",
      "23",
      "24",
      "33",
      "40",
      "47",
      "64",
      "79",
      "86",
      "87",
    ]);
  });

  it("winds rings as d3-geo expects: no shape covers more than half the globe", () => {
    const region = feature(topology, topology.objects.departements);
    for (const departement of region.features) expect(geoArea(departement)).toBeLessThan(0.01);
  });
});

describe("map zones", () => {
  const department = (code: string): Zone => ({
    id: code,
    lotId: null,
    code,
    name: code,
    kind: "Bassin d'emploi",
    href: `/territoire/bassins/${code}`,
    communeCodes: communes.filter((commune) => commune.departement === code).map((commune) => commune.code),
  });

  it("merges a zone's communes into one shape and colours neighbours differently", () => {
    const shapes = zoneShapes(topology, ["33", "24", "47", "40"].map(department));
    expect(shapes.map((shape) => shape.shape.geometry.type)).toEqual(Array(4).fill("MultiPolygon"));
    const colour = Object.fromEntries(shapes.map((shape) => [shape.zone.code, shape.colour]));
    expect(colour["33"]).not.toBe(colour["24"]);
    expect(colour["33"]).not.toBe(colour["40"]);
    expect(colour["33"]).not.toBe(colour["47"]);
    expect(colour["24"]).not.toBe(colour["47"]);
  });

  it("builds basin zones linking to their pages", () => {
    const [zone] = basinZones([
      { id: "b1", code: "B01", name: "Bassin", lot: null, communeCodes: ["16015"], population: 1 },
    ]);
    expect(zone).toMatchObject({ href: "/territoire/bassins/b1", lotId: null, communeCodes: ["16015"] });
  });

  it("fits the region in the map's width, taller than wide", () => {
    const { projection, height } = fitMap(feature(topology, topology.objects.departements));
    expect(height).toBeGreaterThan(MAP_WIDTH);
    const [x = 0, y = 0] = projection([-0.5792, 44.8378]) ?? []; // Bordeaux
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(MAP_WIDTH);
    expect(y).toBeGreaterThan(0);
    expect(y).toBeLessThan(height);
  });
});
