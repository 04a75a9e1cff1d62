import { describe, expect, it } from "vitest";
import { validateTerritoryFile } from "../../domains/territory/check-territory-file";
import { readCommuneFile } from "../../domains/territory/reference/load-communes";
import { DEPARTMENT_NAMES, PRESCRIBER_NETWORKS } from "../../domains/territory/territory.vocabulary";
import { buildDemoTerritory } from "./demo-territory";

const communes = readCommuneFile();
const file = buildDemoTerritory(communes);
const basins = file.basins ?? [];
const lots = file.lots ?? [];
const sites = file.sites ?? [];
const organisations = file.organisations ?? [];

describe("demo territory", () => {
  it("is a valid territory file, the same every time", () => {
    expect(validateTerritoryFile(file, new Set(communes.map((commune) => commune.code)))).toMatchObject({
      ok: true,
    });
    expect(JSON.stringify(buildDemoTerritory(communes))).toBe(JSON.stringify(file));
  });

  it("has 44 basins of whole EPCIs covering the région", () => {
    expect(basins).toHaveLength(44);
    const basinOf = new Map(basins.flatMap((basin) => basin.communes.map((code) => [code, basin.code])));
    expect(basinOf.size).toBe(communes.length);
    const basinsOfEpci = new Map<string, Set<string>>();
    for (const commune of communes) {
      const set = basinsOfEpci.get(commune.epci ?? commune.code) ?? new Set();
      set.add(basinOf.get(commune.code) ?? "none");
      basinsOfEpci.set(commune.epci ?? commune.code, set);
    }
    for (const set of basinsOfEpci.values()) expect(set.size).toBe(1);
    for (const basin of basins) expect(basin.name).toMatch(/^Bassin (de |d'|du |des )/);
  });

  it("has 32 lots of one or two basins of one département, targets summing to 3,000", () => {
    expect(lots).toHaveLength(32);
    const department = new Map(communes.map((commune) => [commune.code, commune.departement]));
    const departmentOfBasin = new Map(
      basins.map((basin) => [basin.code, department.get(basin.communes[0] ?? "")]),
    );
    for (const lot of lots) {
      expect(lot.basins.length).toBeGreaterThanOrEqual(1);
      expect(lot.basins.length).toBeLessThanOrEqual(2);
      expect(new Set(lot.basins.map((code) => departmentOfBasin.get(code))).size).toBe(1);
      expect(lot.target).toBeGreaterThan(0);
      expect(lot.operator).toBeDefined();
    }
    expect(lots.reduce((total, lot) => total + lot.target, 0)).toBe(3000);
  });

  it("has about 100 sites, at least 15 mandatory rural ones, in every lot", () => {
    expect(sites.length).toBeGreaterThanOrEqual(90);
    expect(sites.length).toBeLessThanOrEqual(110);
    expect(sites.filter((site) => site.mandatoryRural).length).toBeGreaterThanOrEqual(15);
    expect(new Set(sites.map((site) => site.lot)).size).toBe(32);
    expect(sites.some((site) => site.organisation === "OF01")).toBe(true);
  });

  it("has ~20 fictitious training organisations in consortia with a lead member", () => {
    const training = organisations.filter((organisation) => organisation.kind === "training_organisation");
    expect(training.length).toBeGreaterThanOrEqual(18);
    expect(training.length).toBeLessThanOrEqual(22);
    for (const organisation of training) {
      expect(organisation.name).toContain("(fictif)");
      expect(organisation.siret).toMatch(/^000\d{11}$/);
    }
    const consortia = organisations.filter((organisation) => organisation.kind === "consortium");
    for (const consortium of consortia) {
      expect(training.find((member) => member.code === consortium.lead)?.consortium).toBe(consortium.code);
    }
  });

  it("has every prescriber network in every département, a university only where there is one", () => {
    const prescribers = organisations.filter((organisation) => organisation.kind === "prescriber");
    expect(prescribers.find((organisation) => organisation.code === "FT33")?.networkType).toBe(
      "france_travail",
    );
    for (const department of Object.keys(DEPARTMENT_NAMES)) {
      const networks = new Set(
        prescribers.filter((p) => p.department === department).map((p) => p.networkType),
      );
      const expected = PRESCRIBER_NETWORKS.filter((network) => network !== "university");
      for (const network of expected) expect(networks, `${department} ${network}`).toContain(network);
    }
    const universities = prescribers.filter((p) => p.networkType === "university").map((p) => p.department);
    expect(universities.sort()).toEqual(["17", "33", "64", "86", "87"]);
  });
});
