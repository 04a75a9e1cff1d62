import { describe, expect, it } from "vitest";
import { assessBasinCoverage, type BasinCounts } from "./basin-coverage";

const basin = (code: string, referrals: number, population: number, ruralPopulation = 0) => ({
  code,
  referrals,
  population,
  ruralPopulation,
});
const flags = (basins: readonly (BasinCounts & { code: string })[]) =>
  Object.fromEntries(assessBasinCoverage(basins).basins.map((row) => [row.code, row.flag]));

describe("referrals per 10,000 inhabitants", () => {
  it("gives each basin's rate and the area's, from the basins' totals", () => {
    const { area, basins } = assessBasinCoverage([basin("B01", 30, 100_000), basin("B02", 10, 20_000)]);
    expect(basins.map((row) => row.ratePer10000)).toEqual([3, 5]);
    expect(area).toEqual({
      referrals: 40,
      population: 120_000,
      ratePer10000: (40 * 10_000) / 120_000,
      thresholdPer10000: (40 * 10_000) / 120_000 / 2,
    });
  });

  it("keeps the basins' own fields and order", () => {
    const { basins } = assessBasinCoverage([
      { ...basin("B02", 1, 10), name: "Deux" },
      { ...basin("B01", 1, 10), name: "Un" },
    ]);
    expect(basins.map((row) => [row.code, row.name])).toEqual([
      ["B02", "Deux"],
      ["B01", "Un"],
    ]);
  });
});

describe("basins that receive too few referrals", () => {
  it("flags a basin below half of the area's rate, and one with none", () => {
    // area: 100 referrals for 100,000 inhabitants = 10 per 10,000; threshold 5
    expect(
      flags([
        basin("B01", 80, 60_000), // 13.3
        basin("B02", 16, 30_000), // 5.3: low, but not below half
        basin("B03", 4, 9_000), // 4.4: below half
        basin("B04", 0, 1_000), // none
      ]),
    ).toEqual({ B01: null, B02: null, B03: "low", B04: "none" });
  });

  it("does not flag a basin at exactly half of the area's rate", () => {
    // area: 40 for 20,000 = 20 per 10,000; B02 at 10 is exactly half
    expect(flags([basin("B01", 30, 10_000), basin("B02", 10, 10_000)])).toEqual({
      B01: null,
      B02: null,
    });
    expect(flags([basin("B01", 25, 10_000), basin("B02", 5, 10_000)])).toEqual({ B01: null, B02: "low" });
  });

  it("flags nothing when the area has no referral at all, and divides by nothing", () => {
    const { area, basins } = assessBasinCoverage([basin("B01", 0, 50_000), basin("B02", 0, 2_000)]);
    expect(basins.map((row) => [row.ratePer10000, row.flag])).toEqual([
      [0, null],
      [0, null],
    ]);
    expect(area).toEqual({
      referrals: 0,
      population: 50_000 + 2_000,
      ratePer10000: 0,
      thresholdPer10000: null,
    });
  });

  it("neither rates nor flags a basin without inhabitants, and leaves it out of the area", () => {
    const { area, basins } = assessBasinCoverage([basin("B01", 10, 10_000), basin("B02", 3, 0)]);
    expect(basins[1]).toMatchObject({ ratePer10000: null, ruralShare: null, rural: false, flag: null });
    expect(area).toMatchObject({ referrals: 10, population: 10_000, ratePer10000: 10 });
    expect(basins[0]?.flag).toBeNull();
  });

  it("never flags a single basin, which is its own area", () => {
    expect(flags([basin("B01", 3, 80_000)])).toEqual({ B01: null });
    expect(flags([basin("B01", 0, 80_000)])).toEqual({ B01: null });
  });

  it("has nothing to judge without basins", () => {
    expect(assessBasinCoverage([])).toEqual({
      area: { referrals: 0, population: 0, ratePer10000: null, thresholdPer10000: null },
      basins: [],
    });
  });
});

describe("rural basins", () => {
  it("gives the share of inhabitants in communes under 2,000, rural from half of them", () => {
    const { basins } = assessBasinCoverage([
      basin("B01", 1, 100_000, 20_000),
      basin("B02", 1, 40_000, 20_000),
      basin("B03", 1, 40_000, 30_000),
    ]);
    expect(basins.map((row) => [row.ruralShare, row.rural])).toEqual([
      [0.2, false],
      [0.5, true],
      [0.75, true],
    ]);
  });
});
