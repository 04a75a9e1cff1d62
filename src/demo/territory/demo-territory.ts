import type { CommuneRecord } from "../../domains/territory/reference/load-communes";
import { DEPARTMENT_NAMES } from "../../domains/territory/territory.vocabulary";
import type { TerritoryFileInput } from "../../domains/territory/territory-file";
import { basinTown, buildBasins, type DemoBasin } from "./demo-basins";
import { buildLots, type DemoLot, lotName } from "./demo-lots";
import {
  buildPrescribers,
  buildTrainingOrganisations,
  CONSORTIA,
  INDEPENDENT_OPERATORS,
  memberCode,
} from "./demo-organisations";
import { buildSites } from "./demo-sites";
import { mostPopulous, withDe } from "./geography";
import { seededRandom } from "./random";

const SEED = 20_260_101;
const STREETS = [
  "rue de la République",
  "avenue Jean Jaurès",
  "place de la Mairie",
  "rue Victor Hugo",
  "rue des Écoles",
  "boulevard Gambetta",
  "rue du Commerce",
  "allée des Tilleuls",
  "rue Pasteur",
  "avenue de la Gare",
];

const code = (prefix: string, index: number, width = 2) =>
  `${prefix}${String(index + 1).padStart(width, "0")}`;

/**
 * The illustrative territory of the demo, as a territory file, built from the real communes: 44 basins of
 * whole EPCIs, 32 lots, ~20 fictitious training organisations in consortia, ~100 sites, and the
 * prescriber organisations of every network in every département. Same communes, same file.
 */
export function buildDemoTerritory(communes: readonly CommuneRecord[]): TerritoryFileInput {
  const random = seededRandom(SEED);
  const basins = buildBasins(communes);
  const lots = buildLots(basins);
  const basinCode = (basin: DemoBasin) => code("B", basins.indexOf(basin));
  const lotCode = (lot: DemoLot) => code("L", lots.indexOf(lot));
  const operators = lotOperators(lots);

  const memberTurn = new Map<string, number>();
  const siteOrganisation = (lot: DemoLot) => {
    const operator = operators.get(lot) ?? "";
    const consortium = CONSORTIA.findIndex((candidate) => candidate.code === operator);
    if (consortium < 0) return operator;
    const turn = memberTurn.get(operator) ?? 0;
    memberTurn.set(operator, turn + 1);
    return memberCode(consortium, turn % 3);
  };

  const mainTowns = Object.fromEntries(
    Object.keys(DEPARTMENT_NAMES).map((department) => [
      department,
      mostPopulous(communes.filter((commune) => commune.departement === department)).nom,
    ]),
  );
  return {
    basins: basins.map((basin) => ({
      code: basinCode(basin),
      name: `Bassin ${withDe(basinTown(basin).nom)}`,
      communes: basin.communes.map((commune) => commune.code).sort(),
    })),
    lots: lots.map((lot) => ({
      code: lotCode(lot),
      name: `${DEPARTMENT_NAMES[lot.department]} — ${lotName(lot)}`,
      basins: lot.basins.map(basinCode),
      target: lot.target,
      operator: operators.get(lot),
    })),
    organisations: [...buildTrainingOrganisations(random), ...buildPrescribers(mainTowns)],
    sites: buildSites(lots).map((site, index) => ({
      code: code("S", index, 3),
      name: site.mandatoryRural ? `${site.commune.nom} (site rural)` : site.commune.nom,
      lot: lotCode(site.lot),
      organisation: siteOrganisation(site.lot),
      commune: site.commune.code,
      address: `${random.integer(1, 60)} ${random.pick(STREETS)}, ${site.commune.codesPostaux[0] ?? ""} ${site.commune.nom}`,
      mandatoryRural: site.mandatoryRural,
      capacity: site.mandatoryRural ? random.integer(8, 10) : random.integer(12, 16),
    })),
  };
}

/** Each lot's operator: its département's consortium, except the smallest lot of an independent's département. */
function lotOperators(lots: readonly DemoLot[]): Map<DemoLot, string> {
  const operators = new Map<DemoLot, string>();
  for (const lot of lots) {
    const consortium = CONSORTIA.find((candidate) =>
      (candidate.departments as readonly string[]).includes(lot.department),
    );
    operators.set(lot, consortium?.code ?? "");
  }
  for (const [organisation, department] of INDEPENDENT_OPERATORS) {
    const smallest = lots
      .filter((lot) => lot.department === department)
      .sort((a, b) => a.target - b.target)[0];
    if (smallest) operators.set(smallest, organisation);
  }
  return operators;
}
