/**
 * Finds which 2026 commune each former commune (a 2018 code absent from the 2026 list) was merged into,
 * offline, from the contours' adjacency and the published 2026 centroids. Method: reference-data/geo/README.md.
 */
import { geoArea, geoCentroid, geoDistance } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { neighbors } from "topojson-client";
import type { GeometryObject } from "topojson-specification";

export type Shape = Polygon | MultiPolygon;
export type Commune2018 = Feature<Shape, { code: string; nom: string }>;
export type Commune2026 = { code: string; nom: string; departement: string; centre: [number, number] };

const EARTH_RADIUS_KM = 6371;
/** A 2026 commune whose published centroid lies further than this from its own 2018 contour's absorbed others. */
const CHANGED_CENTROID_KM = 0.05;
/** Above this many combinations in one group of former communes, the exhaustive search would be too slow. */
const MAX_COMBINATIONS = 2_000_000;

type Point = [number, number];
type Orphan = { code: string; candidates: string[] };

const distance = (a: Point, b: Point) => geoDistance(a, b) * EARTH_RADIUS_KM;

type Vector = [number, number, number];
const add = (a: Vector, b: Vector): Vector => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
const RADIANS = Math.PI / 180;

/** A shape's area times the unit vector of its centroid. */
function moment(shape: Shape): Vector {
  const [lon, lat] = geoCentroid(shape).map((d) => d * RADIANS) as Point;
  const area = geoArea(shape);
  return [area * Math.cos(lat) * Math.cos(lon), area * Math.cos(lat) * Math.sin(lon), area * Math.sin(lat)];
}

function toLonLat([x, y, z]: Vector): Point {
  return [Math.atan2(y, x) / RADIANS, Math.atan2(z, Math.hypot(x, y)) / RADIANS];
}

function* combinations(lists: string[][]): Generator<string[]> {
  const [first, ...rest] = lists;
  if (!first) {
    yield [];
    return;
  }
  for (const head of first) for (const tail of combinations(rest)) yield [head, ...tail];
}

/** Groups former communes that compete for the same 2026 communes. */
function groupByCandidates(orphans: Orphan[]): Orphan[][] {
  let groups: Orphan[][] = [];
  for (const orphan of orphans) {
    const touching = groups.filter((g) =>
      g.some((o) => o.candidates.some((c) => orphan.candidates.includes(c))),
    );
    groups = [...groups.filter((g) => !touching.includes(g)), [orphan, ...touching.flat()]];
  }
  return groups;
}

/**
 * Returns former code → 2026 code. `geometries` are the contours' TopoJSON geometries, in the same order.
 */
export function assignFormerCommunes(
  contours: Commune2018[],
  geometries: GeometryObject[],
  communes: Map<string, Commune2026>,
): Map<string, string> {
  const codes = contours.map((f) => f.properties.code);
  const shapeOf = new Map(contours.map((f) => [f.properties.code, f.geometry]));
  const adjacency = neighbors(geometries);
  const absorbing = new Set(
    codes.filter((code) => {
      const commune = communes.get(code);
      const own = shapeOf.get(code) as Shape;
      return commune && distance(geoCentroid(own) as Point, commune.centre) > CHANGED_CENTROID_KM;
    }),
  );
  // The absorbing communes reachable from a former commune, directly or through other former communes.
  const candidatesOf = (start: number): string[] => {
    const seen = new Set([start]);
    const found = new Set<string>();
    let frontier = [start];
    while (frontier.length > 0) {
      frontier = frontier.flatMap((i) => adjacency[i] ?? []).filter((j) => !seen.has(j) && seen.add(j));
      for (const j of frontier) if (absorbing.has(codes[j] as string)) found.add(codes[j] as string);
      frontier = frontier.filter((j) => !communes.has(codes[j] as string));
    }
    return [...found];
  };
  const orphans = codes.flatMap((code, i) =>
    communes.has(code) ? [] : [{ code, candidates: candidatesOf(i) }],
  );

  // Area-weighted centroids add up as 3-D vectors: precompute each contour's moment once.
  const momentOf = (code: string) => momentCache.get(code) as Vector;
  const momentCache = new Map(codes.map((code) => [code, moment(shapeOf.get(code) as Shape)]));
  /** Sum of the distances between reconstituted and published centroids, for these targets. */
  const error = (targets: string[], formers: string[], choice: string[]) => {
    const sums = new Map(targets.map((t) => [t, momentOf(t)]));
    for (const [i, target] of choice.entries()) {
      sums.set(target, add(sums.get(target) as Vector, momentOf(formers[i] as string)));
    }
    return targets.map((t) => distance(toLonLat(sums.get(t) as Vector), centreOf(t)));
  };
  const centreOf = (code: string) => (communes.get(code) as Commune2026).centre;
  const assignment = new Map<string, string>();
  let worst = 0;
  for (const group of groupByCandidates(orphans)) {
    const lists = group.map((o) => o.candidates);
    const size = lists.reduce((n, l) => n * l.length, 1);
    if (size === 0) throw new Error(`Aucune commune 2026 voisine pour ${group.map((o) => o.code)}`);
    if (size > MAX_COMBINATIONS)
      throw new Error(`Trop de combinaisons (${size}) autour de ${group[0]?.code}`);
    const targets = [...new Set(lists.flat())];
    const formers = group.map((o) => o.code);
    let best = { cost: Number.POSITIVE_INFINITY, choice: [] as string[] };
    for (const choice of combinations(lists)) {
      const cost = error(targets, formers, choice).reduce((a, b) => a + b, 0);
      if (cost < best.cost) best = { cost, choice };
    }
    for (const [i, former] of formers.entries()) assignment.set(former, best.choice[i] as string);
    worst = Math.max(worst, ...error(targets, formers, best.choice));
  }

  const targets = new Set(assignment.values());
  const unused = [...absorbing].filter((code) => !targets.has(code));
  console.log(`${orphans.length} anciennes communes rattachées à ${targets.size} communes 2026`);
  console.log(
    `communes 2026 issues de fusions sans ancienne commune : ${unused.length === 0 ? "aucune" : unused}`,
  );
  console.log(`écart maximal entre centroïde reconstitué et centroïde publié : ${worst.toFixed(3)} km`);
  return assignment;
}
