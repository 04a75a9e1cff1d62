import type { CommuneRecord } from "../../domains/territory/reference/load-communes";
import { basinTown } from "./demo-basins";
import type { DemoLot } from "./demo-lots";
import { apportion, communePoint, distanceKm } from "./geography";

export type DemoSite = { lot: DemoLot; commune: CommuneRecord; mandatoryRural: boolean };

const URBAN_SITES = 80;
const RURAL_SITES = 20;
/** Two sites of a lot are at least this far apart, when the lot has enough towns. */
const SPACING_KM = 10;
/** A rural site is in a small commune: a bourg, not a hamlet. */
const RURAL_POPULATION = { min: 700, max: 4000 };

/**
 * About 100 sites: each basin's main town, more towns in the lots with the largest targets, and a
 * mandatory rural site in the 20 most rural lots, in a bourg as far as possible from the other sites.
 */
export function buildSites(lots: readonly DemoLot[]): DemoSite[] {
  const extra = apportion(
    URBAN_SITES - lots.reduce((total, lot) => total + lot.basins.length, 0),
    lots.map((lot) => lot.target),
  );
  const ruralLots = new Set(
    [...lots].sort((a, b) => ruralShare(b) - ruralShare(a) || a.target - b.target).slice(0, RURAL_SITES),
  );
  return lots.flatMap((lot, index) => {
    const towns = urbanCommunes(lot, lot.basins.length + (extra[index] ?? 0));
    const urban = towns.map((commune) => ({ lot, commune, mandatoryRural: false }));
    if (!ruralLots.has(lot)) return urban;
    const rural = ruralCommune(lot, towns);
    return rural ? [...urban, { lot, commune: rural, mandatoryRural: true }] : urban;
  });
}

const communesOf = (lot: DemoLot) => lot.basins.flatMap((basin) => basin.communes);

/** Share of the lot's people living in communes under 2,000 inhabitants. */
function ruralShare(lot: DemoLot): number {
  const communes = communesOf(lot);
  const total = communes.reduce((sum, commune) => sum + commune.population, 0);
  const rural = communes.filter((commune) => commune.population < 2000);
  return rural.reduce((sum, commune) => sum + commune.population, 0) / total;
}

function urbanCommunes(lot: DemoLot, count: number): CommuneRecord[] {
  const chosen = lot.basins.map(basinTown);
  const byPopulation = communesOf(lot).sort(
    (a, b) => b.population - a.population || a.code.localeCompare(b.code),
  );
  const farFromChosen = (commune: CommuneRecord) =>
    chosen.every((other) => distanceKm(communePoint(other), communePoint(commune)) >= SPACING_KM);
  for (const spaced of [true, false]) {
    for (const commune of byPopulation) {
      if (chosen.length >= count) return chosen;
      if (!chosen.includes(commune) && (!spaced || farFromChosen(commune))) chosen.push(commune);
    }
  }
  return chosen;
}

function ruralCommune(lot: DemoLot, towns: readonly CommuneRecord[]): CommuneRecord | undefined {
  const distanceToTowns = (commune: CommuneRecord) =>
    Math.min(...towns.map((town) => distanceKm(communePoint(town), communePoint(commune))));
  return communesOf(lot)
    .filter(
      (commune) => commune.population >= RURAL_POPULATION.min && commune.population <= RURAL_POPULATION.max,
    )
    .sort((a, b) => distanceToTowns(b) - distanceToTowns(a) || a.code.localeCompare(b.code))[0];
}
