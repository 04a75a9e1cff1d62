import { describe, expect, it } from "vitest";
import {
  basinsWithoutReferrals,
  expectedShareOfTarget,
  lotsBehindTarget,
  sitesWithoutInterviews,
} from "./dashboard-alerts";

describe("the share of a yearly target a period expects", () => {
  it("counts the days of the period that have passed, each 1/365 (1/366) of its year", () => {
    expect(expectedShareOfTarget({ from: "2019-01-01", to: "2019-12-31" }, "2025-01-01")).toBe(1);
    expect(expectedShareOfTarget({ from: "2019-01-01", to: "2020-12-31" }, "2025-01-01")).toBe(2);
    expect(expectedShareOfTarget({ from: "2020-01-01", to: "2020-01-31" }, "2025-01-01")).toBeCloseTo(
      31 / 366,
    );
    expect(expectedShareOfTarget({ from: "2019-12-01", to: "2020-01-31" }, "2025-01-01")).toBeCloseTo(
      31 / 365 + 31 / 366,
    );
  });

  it("stops today: the days to come expect nothing yet", () => {
    expect(expectedShareOfTarget({ from: "2025-01-01", to: "2025-12-31" }, "2025-01-10")).toBeCloseTo(
      10 / 365,
    );
    expect(expectedShareOfTarget({ from: "2025-02-01", to: "2025-12-31" }, "2025-01-10")).toBe(0);
  });
});

describe("a lot behind its target", () => {
  const year = { from: "2019-01-01", to: "2019-12-31" };
  const lot = (entries: number, target: number) => ({ code: "L01", name: "Landes", entries, target });

  it("has fewer entries than 90 % of its target pro rata of the period", () => {
    expect(lotsBehindTarget([lot(89, 100)], year, "2025-01-01")).toEqual([
      {
        kind: "lot_behind_target",
        message:
          "Lot L01 (Landes) : 89 entrées, pour environ 100 attendues à ce jour au prorata de son objectif annuel de 100.",
      },
    ]);
    expect(lotsBehindTarget([lot(90, 100)], year, "2025-01-01")).toEqual([]);
  });

  it("is judged on the period's share of the year", () => {
    const half = { from: "2019-01-01", to: "2019-07-01" };
    expect(lotsBehindTarget([lot(46, 100)], half, "2025-01-01")).toEqual([]);
    expect(lotsBehindTarget([lot(44, 100)], half, "2025-01-01")).toHaveLength(1);
  });

  it("is never a lot without target, nor in a period not begun", () => {
    expect(lotsBehindTarget([lot(0, 0)], year, "2025-01-01")).toEqual([]);
    expect(lotsBehindTarget([lot(0, 100)], year, "2018-06-01")).toEqual([]);
  });
});

describe("a basin without referrals", () => {
  const basin = (id: string, referrals: number, population = 10_000) => ({
    id,
    code: id.toUpperCase(),
    name: `Bassin ${id}`,
    referrals,
    population,
    ruralPopulation: 0,
  });

  it("has inhabitants and no referral while the area has some", () => {
    expect(basinsWithoutReferrals([basin("b1", 5), basin("b2", 0), basin("b3", 0, 0)])).toEqual([
      {
        kind: "basin_without_referrals",
        message: "Bassin B2 (Bassin b2) : aucune orientation de ses habitants sur la période.",
      },
    ]);
  });

  it("is not judged when nobody in the area was referred", () => {
    expect(basinsWithoutReferrals([basin("b1", 0), basin("b2", 0)])).toEqual([]);
  });

  it("is only the filtered basin when one is, judged against the whole area", () => {
    const area = [basin("b1", 5), basin("b2", 0), basin("b3", 0)];
    expect(basinsWithoutReferrals(area, "b3").map((alert) => alert.message)).toEqual([
      "Bassin B3 (Bassin b3) : aucune orientation de ses habitants sur la période.",
    ]);
    expect(basinsWithoutReferrals(area, "b1")).toEqual([]);
  });
});

describe("a site without tripartite interviews", () => {
  it("had exits in the period and no interview held", () => {
    expect(
      sitesWithoutInterviews([
        { code: "S1", name: "Dax", exits: 1, held: 0 },
        { code: "S2", name: "Pau", exits: 3, held: 0 },
        { code: "S3", name: "Mont", exits: 3, held: 1 },
        { code: "S4", name: "Tarnos", exits: 0, held: 0 },
      ]).map((alert) => [alert.kind, alert.message]),
    ).toEqual([
      [
        "site_without_tripartite_interviews",
        "Site S1 (Dax) : 1 sortie sur la période sans aucun entretien tripartite tenu.",
      ],
      [
        "site_without_tripartite_interviews",
        "Site S2 (Pau) : 3 sorties sur la période sans aucun entretien tripartite tenu.",
      ],
    ]);
  });
});
