import { describe, expect, it } from "vitest";
import {
  ageBandOf,
  ageDistribution,
  beforeAfterRows,
  distribution,
  monthsOfPeriod,
  scopeLabel,
  yearsCovered,
} from "./dashboard-figures";

describe("the dashboard's scope label", () => {
  it("says in French what the figures cover", () => {
    expect(scopeLabel({ kind: "region" }, ["L01"])).toBe("Toute la région");
    expect(scopeLabel({ kind: "lots", lotIds: ["a", "b"] }, ["L01", "L02"])).toBe("Vos lots : L01, L02");
    expect(scopeLabel({ kind: "lots", lotIds: [] }, [])).toBe("Vos lots : aucun");
    expect(scopeLabel({ kind: "training", organisationId: "o" }, [])).toBe("Les sites de votre organisme");
    expect(scopeLabel({ kind: "prescriber", organisationId: "o" }, [])).toBe(
      "Les personnes orientées par votre organisme",
    );
  });
});

describe("distributions", () => {
  const labels = { a: "A", b: "B" };

  it("gives each value in order with its count and share of everyone counted", () => {
    expect(
      distribution(
        ["a", "b"],
        labels,
        new Map([
          ["b", 3],
          ["a", 1],
        ]),
      ),
    ).toEqual([
      { value: "a", label: "A", count: 1, share: 0.25 },
      { value: "b", label: "B", count: 3, share: 0.75 },
    ]);
  });

  it("gathers null and values outside the order under « Inconnu », shown only when some are", () => {
    expect(
      distribution(
        ["a", "b"],
        labels,
        new Map([
          ["a", 2],
          [null, 1],
          ["z", 1],
        ]),
      ).at(-1),
    ).toEqual({
      value: "unknown",
      label: "Inconnu",
      count: 2,
      share: 0.5,
    });
    expect(distribution(["a", "b"], labels, new Map([["a", 2]]))).toHaveLength(2);
    expect(distribution(["a", "unknown"], labels, new Map([["a", 2]])).at(-1)).toEqual({
      value: "unknown",
      label: "Inconnu",
      count: 0,
      share: 0,
    });
  });

  it("has null shares with nobody counted", () => {
    expect(distribution(["a"], labels, new Map()).map((row) => row.share)).toEqual([null]);
  });
});

describe("age at entry", () => {
  it("falls in three bands: under 26, 26 to 44, 45 and over", () => {
    expect([16, 25, 26, 44, 45, 70].map(ageBandOf)).toEqual([
      "under26",
      "under26",
      "26to44",
      "26to44",
      "45plus",
      "45plus",
    ]);
  });

  it("gathers the entrants counted by age into the bands, in order", () => {
    const rows = ageDistribution(
      new Map([
        [20, 1],
        [25, 1],
        [30, 1],
        [50, 1],
      ]),
    );
    expect(rows.map((row) => [row.label, row.count, row.share])).toEqual([
      ["Moins de 26 ans", 2, 0.5],
      ["26 à 44 ans", 1, 0.25],
      ["45 ans et plus", 1, 0.25],
    ]);
  });
});

describe("months of a period", () => {
  it("lists every month from the first to the last, across years", () => {
    expect(monthsOfPeriod("2019-11-15", "2020-02-01")).toEqual(["2019-11", "2019-12", "2020-01", "2020-02"]);
    expect(monthsOfPeriod("2020-03-01", "2020-03-31")).toEqual(["2020-03"]);
  });
});

describe("before and after", () => {
  it("gives one row per situation, unrecorded ones counted as unknown", () => {
    const rows = beforeAfterRows([
      { moment: "before", situation: "job_seeking", count: 3 },
      { moment: "before", situation: null, count: 1 },
      { moment: "atExit", situation: "employment_short", count: 4 },
      { moment: "after6m", situation: "employment_durable", count: 2 },
      { moment: "after6m", situation: "job_seeking", count: 2 },
    ]);
    expect(rows.map((row) => row.situation)).toEqual([
      "employment_durable",
      "employment_short",
      "qualifying_training_prf",
      "qualifying_training_other",
      "apprenticeship",
      "job_seeking",
      "inactive",
      "unknown",
    ]);
    const row = (situation: string) => rows.find((candidate) => candidate.situation === situation);
    expect(row("job_seeking")).toMatchObject({
      label: "Recherche d'emploi",
      before: 3,
      atExit: 0,
      after6m: 2,
    });
    expect(row("unknown")).toMatchObject({ before: 1, atExit: 0, after6m: 0 });
    for (const moment of ["before", "atExit", "after6m"] as const) {
      expect(rows.reduce((sum, candidate) => sum + candidate[moment], 0)).toBe(4);
    }
  });
});

describe("yearsCovered", () => {
  it("counts each calendar year a period touches", () => {
    expect(yearsCovered({ from: "2026-03-01", to: "2026-05-31" })).toBe(1);
    expect(yearsCovered({ from: "2019-01-01", to: "2020-12-31" })).toBe(2);
    expect(yearsCovered({ from: "2019-12-31", to: "2020-01-01" })).toBe(2);
  });
});
