import type { BasinRow } from "../../../../src/domains/referral-statistics/referral-statistics.schemas";

/**
 * The map's colour classes of a basin's rate against its area's (ColorBrewer RdYlBu, readable by most
 * colour-blind people): the two warm ones are the flagged basins. The tables carry the same in words.
 */
export const COVERAGE_CLASSES = [
  { key: "none", colour: "#d7191c", label: "aucune prescription" },
  { key: "low", colour: "#fdae61", label: "moins de la moitié du taux de la zone" },
  { key: "below", colour: "#ffffbf", label: "de la moitié au taux de la zone" },
  { key: "above", colour: "#abd9e9", label: "du taux de la zone à une fois et demie" },
  { key: "high", colour: "#2c7bb6", label: "une fois et demie le taux de la zone ou plus" },
] as const;
export type CoverageClass = (typeof COVERAGE_CLASSES)[number];

/** A basin's class; none without inhabitants or when the area received nothing (no rate to compare). */
export function coverageClass(basin: BasinRow, areaRate: number | null): CoverageClass | undefined {
  const classes = Object.fromEntries(COVERAGE_CLASSES.map((entry) => [entry.key, entry]));
  if (basin.flag) return classes[basin.flag];
  if (basin.ratePer10000 === null || !areaRate) return undefined;
  const ratio = basin.ratePer10000 / areaRate;
  return classes[ratio < 1 ? "below" : ratio < 1.5 ? "above" : "high"];
}
