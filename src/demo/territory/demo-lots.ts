import { basinTown, DEPARTMENT_LAYOUT, type DemoBasin } from "./demo-basins";
import { apportion, distanceKm, population } from "./geography";

export type DemoLot = { department: string; basins: DemoBasin[]; target: number };

/** Trainees a year across the programme (the 2021 evaluation counts about 3,000 entries). */
export const YEARLY_TARGET = 3000;

/**
 * The 32 lots: in each département, the least populated basins are merged with their nearest
 * neighbour until the département has its number of lots. Targets follow population, sublinearly
 * (rural areas need more per inhabitant), in steps of 5.
 */
export function buildLots(basins: readonly DemoBasin[]): DemoLot[] {
  const lots = Object.entries(DEPARTMENT_LAYOUT)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([department, layout]) =>
      mergeSmallest(
        basins.filter((basin) => basin.department === department).map((basin) => [basin]),
        layout.lots,
      ),
    );
  const targets = apportion(
    YEARLY_TARGET,
    lots.map((group) => population(group.flatMap((basin) => basin.communes)) ** 0.75),
    5,
  );
  return lots.map((group, index) => ({
    department: group[0]?.department ?? "",
    basins: group,
    target: targets[index] ?? 0,
  }));
}

function mergeSmallest(groups: DemoBasin[][], count: number): DemoBasin[][] {
  const result = [...groups];
  while (result.length > count) {
    const singles = result.filter((group) => group.length === 1).map((group) => group[0] as DemoBasin);
    const smallest = singles.sort((a, b) => population(a.communes) - population(b.communes))[0];
    if (!smallest) throw new Error("too few basins to merge");
    const nearest = singles
      .filter((basin) => basin !== smallest)
      .sort((a, b) => distanceKm(smallest.centre, a.centre) - distanceKm(smallest.centre, b.centre))[0];
    if (!nearest) throw new Error("too few basins to merge");
    const merged = [nearest, smallest];
    const kept = result.filter((group) => group[0] !== smallest && group[0] !== nearest);
    result.splice(0, result.length, ...kept, merged);
    result.sort(
      (a, b) => population(b.flatMap((x) => x.communes)) - population(a.flatMap((x) => x.communes)),
    );
  }
  return result;
}

export function lotName(lot: DemoLot): string {
  const towns = lot.basins.map((basin) => basinTown(basin).nom);
  return towns.length === 1 ? (towns[0] ?? "") : `${towns.slice(0, -1).join(", ")} et ${towns.at(-1)}`;
}
