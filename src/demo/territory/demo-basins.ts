import type { CommuneRecord } from "../../domains/territory/reference/load-communes";
import { centroid, communePoint, distanceKm, mostPopulous, type Point, population } from "./geography";

/** Basins and lots per département: 44 basins, 32 lots, more where more people live. */
export const DEPARTMENT_LAYOUT: Readonly<Record<string, { basins: number; lots: number }>> = {
  "16": { basins: 3, lots: 2 },
  "17": { basins: 5, lots: 4 },
  "19": { basins: 3, lots: 2 },
  "23": { basins: 2, lots: 2 },
  "24": { basins: 4, lots: 3 },
  "33": { basins: 7, lots: 5 },
  "40": { basins: 3, lots: 2 },
  "47": { basins: 3, lots: 2 },
  "64": { basins: 5, lots: 4 },
  "79": { basins: 3, lots: 2 },
  "86": { basins: 3, lots: 2 },
  "87": { basins: 3, lots: 2 },
};

export type Epci = { code: string; department: string; communes: CommuneRecord[]; centre: Point };
export type DemoBasin = { department: string; epcis: Epci[]; communes: CommuneRecord[]; centre: Point };

/** The EPCIs (groupings of communes), each in the département where most of its people live. */
export function groupEpcis(communes: readonly CommuneRecord[]): Epci[] {
  const byCode = new Map<string, CommuneRecord[]>();
  for (const commune of communes) {
    const key = commune.epci ?? `commune-${commune.code}`;
    byCode.set(key, [...(byCode.get(key) ?? []), commune]);
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, members]) => {
      const byDepartment = new Map<string, number>();
      for (const commune of members) {
        byDepartment.set(
          commune.departement,
          (byDepartment.get(commune.departement) ?? 0) + commune.population,
        );
      }
      const [department] =
        [...byDepartment.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
      if (!department) throw new Error(`EPCI ${code} has no commune`);
      return { code, department, communes: members, centre: centroid(members.map(communePoint)) };
    });
}

/**
 * Groups a département's EPCIs into `count` basins of whole EPCIs: seeds are populous EPCIs far from
 * each other, then a few rounds of nearest-centre assignment (k-means) make the clusters compact.
 */
export function clusterEpcis(epcis: readonly Epci[], count: number): Epci[][] {
  const weight = (epci: Epci) => Math.sqrt(population(epci.communes));
  const first = [...epcis].sort((a, b) => weight(b) - weight(a))[0];
  if (!first || epcis.length < count) throw new Error("not enough EPCIs for the basins asked");
  let centres: Point[] = [first.centre];
  while (centres.length < count) {
    const score = (epci: Epci) =>
      weight(epci) * Math.min(...centres.map((centre) => distanceKm(centre, epci.centre)));
    const next = [...epcis].sort((a, b) => score(b) - score(a))[0] as Epci;
    centres = [...centres, next.centre];
  }
  let clusters = assign(epcis, centres);
  for (let round = 0; round < 10; round += 1) {
    const moved = assign(
      epcis,
      clusters.map((cluster) => centroid(cluster.map((epci) => epci.centre))),
    );
    if (moved.some((cluster) => cluster.length === 0)) break;
    clusters = moved;
  }
  return clusters;
}

function assign(epcis: readonly Epci[], centres: readonly Point[]): Epci[][] {
  const clusters: Epci[][] = centres.map(() => []);
  for (const epci of epcis) {
    const distances = centres.map((centre) => distanceKm(centre, epci.centre));
    clusters[distances.indexOf(Math.min(...distances))]?.push(epci);
  }
  return clusters;
}

/** The 44 basins, département by département, the most populous first within each. */
export function buildBasins(communes: readonly CommuneRecord[]): DemoBasin[] {
  const epcis = groupEpcis(communes);
  return Object.entries(DEPARTMENT_LAYOUT)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([department, layout]) =>
      clusterEpcis(
        epcis.filter((epci) => epci.department === department),
        layout.basins,
      )
        .map((cluster) => {
          const members = cluster.flatMap((epci) => epci.communes);
          return {
            department,
            epcis: cluster,
            communes: members,
            centre: centroid(members.map(communePoint)),
          };
        })
        .sort((a, b) => population(b.communes) - population(a.communes)),
    );
}

export const basinTown = (basin: DemoBasin) => mostPopulous(basin.communes);
