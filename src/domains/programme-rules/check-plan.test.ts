import { describe, expect, it } from "vitest";
import specExample from "../../../docs/examples/pathway-plan.json";
import { checkPlan, moduleBreakdown, toSpecOutput } from "./check-plan";
import { type PlanInput, type PlanItem, parsePlan } from "./plan-input";
import { DEFAULT_PROGRAMME_RULES, type ProgrammeRules } from "./programme-rules";

/** Three modules and three internships of the given hours, internships in January, 12 to 18 weeks. */
function plan({
  modules = [100, 100, 100],
  internships = [60, 60, 60],
  entryDate = "2026-01-05",
  plannedEndDate = "2026-04-17",
  extra = [],
}: {
  modules?: number[];
  internships?: number[];
  entryDate?: string;
  plannedEndDate?: string;
  extra?: PlanItem[];
} = {}): PlanInput {
  const names = ["dynamisation", "projection", "construction"] as const;
  const weeks = [
    ["2026-01-12", "2026-01-16"],
    ["2026-01-19", "2026-01-23"],
    ["2026-01-26", "2026-01-30"],
    ["2026-02-02", "2026-02-06"],
  ] as const;
  return {
    entryDate,
    plannedEndDate,
    items: [
      ...modules.map((hours, index) => ({
        kind: "module" as const,
        module: names[index] ?? "construction",
        hours,
      })),
      ...internships.map((hours, index) => {
        const [start, end] = weeks[index] ?? weeks[0];
        return { kind: "internship" as const, hours, start, end };
      }),
      ...extra,
    ],
  };
}

const internship = (start: string, end: string): PlanItem => ({ kind: "internship", hours: 60, start, end });

/** Plan with the given internships only (and 300 module hours), from 5 January to 17 April 2026. */
const withInternships = (...internships: PlanItem[]): PlanInput => ({
  ...plan({ internships: [] }),
  items: [...plan({ internships: [] }).items, ...internships],
});

const rulesBroken = (input: PlanInput, rules?: ProgrammeRules) =>
  checkPlan(input, rules).violations.map((violation) => violation.rule);

describe("checkPlan", () => {
  it("finds the spec's example valid, with the spec's totals", () => {
    const parsed = parsePlan(specExample);
    if (!parsed.ok) throw new Error(parsed.problems.join("\n"));
    expect(checkPlan(parsed.value)).toEqual({
      valid: true,
      totals: {
        hours: 450,
        moduleHours: 240,
        internshipHours: 210,
        internshipShare: 0.4667,
        weeks: 14.6,
        internships: 3,
      },
      violations: [],
    });
  });

  it("total-hours: 300 and 600 are in, 299 and 601 are out", () => {
    expect(rulesBroken(plan({ modules: [60, 60, 60], internships: [40, 40, 40] }))).toEqual([]);
    expect(rulesBroken(plan({ modules: [60, 60, 59], internships: [40, 40, 40] }))).toEqual(["total-hours"]);
    expect(rulesBroken(plan({ modules: [120, 120, 120], internships: [80, 80, 80] }))).toEqual([]);
    const over = checkPlan(plan({ modules: [120, 120, 121], internships: [80, 80, 80] }));
    expect(over.valid).toBe(false);
    expect(over.totals.hours).toBe(601);
    expect(over.violations).toEqual([
      {
        rule: "total-hours",
        severity: "error",
        message: "Le plan compte 601 h ; il en faut entre 300 et 600.",
      },
    ]);
  });

  it("duration: weeks are days / 7; 84 and 126 days are in, 83 and 127 are out", () => {
    const from = (plannedEndDate: string) => checkPlan(plan({ plannedEndDate }));
    expect(from("2026-03-30").totals.weeks).toBe(12);
    expect(from("2026-03-30").violations).toEqual([]);
    expect(from("2026-05-11").totals.weeks).toBe(18);
    expect(from("2026-05-11").violations).toEqual([]);
    const short = from("2026-03-29");
    expect(short.totals.weeks).toBe(11.9);
    expect(short.violations).toEqual([
      {
        rule: "duration",
        severity: "error",
        message:
          "Le parcours dure 11,9 semaines (du 05/01/2026 au 29/03/2026) ; il doit durer entre 12 et 18 semaines.",
      },
    ]);
    expect(from("2026-05-12").totals.weeks).toBe(18.1);
    expect(rulesBroken(plan({ plannedEndDate: "2026-05-12" }))).toEqual(["duration"]);
  });

  it("modules: a module with 0 hours, or none at all, is an error pointing at its items", () => {
    const zero = checkPlan(plan({ modules: [100, 0, 200] }));
    expect(zero.valid).toBe(false);
    expect(zero.violations).toEqual([
      {
        rule: "modules",
        severity: "error",
        message: "Le module Projection professionnelle n'a aucune heure ; il en faut plus de 0.",
        items: [1],
      },
    ]);
    const missing = checkPlan(plan({ modules: [150, 150] }));
    expect(missing.violations).toMatchObject([
      {
        rule: "modules",
        message: "Le module Construction professionnelle n'a aucune heure ; il en faut plus de 0.",
        items: [],
      },
    ]);
  });

  it("modules: an interview or a workshop counts toward the module it names, else as module hours of none", () => {
    const input = plan({
      modules: [100, 0, 190],
      extra: [
        { kind: "individual_interview", hours: 2, module: "projection" },
        { kind: "workshop", hours: 8 },
      ],
    });
    expect(moduleBreakdown(input)).toEqual({
      modules: { dynamisation: 100, projection: 2, construction: 190 },
      unassigned: 8,
      notCounted: 0,
    });
    const check = checkPlan(input);
    expect(check.violations).toEqual([]);
    expect(check.totals).toMatchObject({ hours: 480, moduleHours: 300, internshipHours: 180 });
  });

  it("modules: a kind that does not count as module hours counts in no total, nor toward its module", () => {
    const rules: ProgrammeRules = {
      ...DEFAULT_PROGRAMME_RULES,
      otherKinds: { ...DEFAULT_PROGRAMME_RULES.otherKinds, workshop: { countsAsModuleHours: false } },
    };
    const input = plan({
      modules: [100, 0, 200],
      extra: [{ kind: "workshop", hours: 8, module: "projection" }],
    });
    expect(moduleBreakdown(input, rules)).toEqual({
      modules: { dynamisation: 100, projection: 0, construction: 200 },
      unassigned: 0,
      notCounted: 8,
    });
    const check = checkPlan(input, rules);
    expect(check.totals).toMatchObject({ hours: 480, moduleHours: 300 });
    expect(check.violations.map((violation) => violation.rule)).toEqual(["modules"]);
  });

  it("internship-count: 3 is right, 2 or 4 is a warning that leaves the plan valid", () => {
    expect(rulesBroken(plan({ internships: [60, 60, 60] }))).toEqual([]);
    const two = checkPlan(plan({ modules: [120, 120, 120], internships: [90, 90] }));
    expect(two.valid).toBe(true);
    expect(two.violations).toEqual([
      {
        rule: "internship-count",
        severity: "warning",
        message: "Le plan compte 2 stages ; le cahier des charges en prévoit 3.",
      },
    ]);
    const four = checkPlan(plan({ internships: [45, 45, 45, 45] }));
    expect(four.valid).toBe(true);
    expect(four.totals.internships).toBe(4);
    expect(four.violations.map(({ rule, severity }) => [rule, severity])).toEqual([
      ["internship-count", "warning"],
    ]);
  });

  it("internship-share: 0.30 and 0.60 are in, just under and just over are out", () => {
    expect(rulesBroken(plan({ modules: [110, 120, 120], internships: [50, 50, 50] }))).toEqual([]);
    expect(
      checkPlan(plan({ modules: [110, 120, 120], internships: [50, 50, 50] })).totals.internshipShare,
    ).toBe(0.3);
    const under = checkPlan(plan({ modules: [111, 120, 120], internships: [50, 50, 49] }));
    expect(under.totals.internshipShare).toBe(0.298);
    expect(under.violations).toEqual([
      {
        rule: "internship-share",
        severity: "error",
        message:
          "Les stages font 149 h sur 500 h, soit 29,8 % ; leur part doit être entre 30 % et 60 % des heures.",
      },
    ]);
    expect(rulesBroken(plan({ modules: [60, 70, 70], internships: [100, 100, 100] }))).toEqual([]);
    expect(rulesBroken(plan({ modules: [60, 70, 69], internships: [100, 100, 101] }))).toEqual([
      "internship-share",
    ]);
  });

  it("checks the exact figures, not the rounded totals", () => {
    const justUnder = checkPlan(plan({ modules: [110, 120, 120.01], internships: [50, 50, 49.99] }));
    expect(justUnder.totals).toMatchObject({ hours: 500, internshipShare: 0.3 });
    expect(justUnder.violations.map((violation) => violation.rule)).toEqual(["internship-share"]);
  });

  it("a plan without hours has a share of 0", () => {
    const empty = checkPlan({ entryDate: "2026-01-05", plannedEndDate: "2026-04-17", items: [] });
    expect(empty.totals).toEqual({
      hours: 0,
      moduleHours: 0,
      internshipHours: 0,
      internshipShare: 0,
      weeks: 14.6,
      internships: 0,
    });
    expect(empty.violations.map((violation) => violation.rule)).toEqual([
      "total-hours",
      "modules",
      "modules",
      "modules",
      "internship-count",
      "internship-share",
    ]);
  });

  describe("internship-dates", () => {
    it("accepts internships on the first and last day of the pathway, and on adjacent days", () => {
      expect(
        rulesBroken(
          withInternships(
            internship("2026-01-05", "2026-01-09"),
            internship("2026-01-10", "2026-01-16"),
            internship("2026-04-13", "2026-04-17"),
          ),
        ),
      ).toEqual([]);
    });

    it("refuses two internships that share a day, or overlap", () => {
      const touching = checkPlan(
        withInternships(
          internship("2026-02-02", "2026-02-13"),
          internship("2026-02-13", "2026-02-20"),
          internship("2026-03-02", "2026-03-06"),
        ),
      );
      expect(touching.valid).toBe(false);
      expect(touching.violations).toEqual([
        {
          rule: "internship-dates",
          severity: "error",
          message: "Le stage 2 (du 13/02/2026 au 20/02/2026) chevauche le stage 1.",
          items: [3, 4],
        },
      ]);
      const inside = checkPlan(
        withInternships(
          internship("2026-02-02", "2026-02-27"),
          internship("2026-03-02", "2026-03-06"),
          internship("2026-02-09", "2026-02-13"),
        ),
      );
      expect(inside.violations.map((violation) => violation.message)).toEqual([
        "Le stage 3 (du 09/02/2026 au 13/02/2026) chevauche le stage 1.",
      ]);
    });

    it("refuses an internship before the entry or after the planned end", () => {
      const outside = checkPlan(
        withInternships(
          internship("2026-01-02", "2026-01-09"),
          internship("2026-02-02", "2026-02-06"),
          internship("2026-04-13", "2026-04-18"),
        ),
      );
      expect(outside.violations.map((violation) => violation.message)).toEqual([
        "Le stage 1 (du 02/01/2026 au 09/01/2026) commence avant l'entrée dans le parcours (05/01/2026).",
        "Le stage 3 (du 13/04/2026 au 18/04/2026) finit après la fin prévue du parcours (17/04/2026).",
      ]);
    });

    it("refuses an internship that ends before it starts, without comparing it with the others", () => {
      const reversed = checkPlan(
        withInternships(
          internship("2026-02-13", "2026-02-02"),
          internship("2026-02-02", "2026-02-06"),
          internship("2026-03-02", "2026-03-06"),
        ),
      );
      expect(reversed.violations).toEqual([
        {
          rule: "internship-dates",
          severity: "error",
          message: "Le stage 1 (du 13/02/2026 au 02/02/2026) finit avant de commencer.",
          items: [3],
        },
      ]);
    });
  });

  describe("with the Region's own rules", () => {
    const custom: ProgrammeRules = {
      ...DEFAULT_PROGRAMME_RULES,
      totalHours: { min: 400, max: 500 },
      weeks: { min: 10, max: 14 },
      modules: {
        ...DEFAULT_PROGRAMME_RULES.modules,
        dynamisation: { required: false, minHours: null, maxHours: 50 },
        projection: { required: true, minHours: 90, maxHours: null },
      },
      internships: { count: 2, countSeverity: "error", share: { min: 0.2, max: 0.4 } },
    };

    it("checks the changed bounds, and a count that is an error", () => {
      const check = checkPlan(plan({ modules: [60, 80, 100], internships: [40, 40, 40] }), custom);
      expect(check.valid).toBe(false);
      expect(check.violations).toEqual([
        {
          rule: "total-hours",
          severity: "error",
          message: "Le plan compte 360 h ; il en faut entre 400 et 500.",
        },
        {
          rule: "duration",
          severity: "error",
          message:
            "Le parcours dure 14,6 semaines (du 05/01/2026 au 17/04/2026) ; il doit durer entre 10 et 14 semaines.",
        },
        {
          rule: "modules",
          severity: "error",
          message: "Le module Dynamisation compte 60 h ; il en faut au plus 50.",
          items: [0],
        },
        {
          rule: "modules",
          severity: "error",
          message: "Le module Projection professionnelle compte 80 h ; il en faut au moins 90.",
          items: [1],
        },
        {
          rule: "internship-count",
          severity: "error",
          message: "Le plan compte 3 stages ; le cahier des charges en prévoit 2.",
        },
      ]);
    });

    it("passes a plan within them, without a module that is no longer required", () => {
      const input = plan({ modules: [0, 150, 150], internships: [60, 60], plannedEndDate: "2026-03-27" });
      expect(checkPlan(input, custom)).toMatchObject({ valid: true, violations: [] });
    });
  });
});

describe("toSpecOutput", () => {
  it("keeps exactly the spec's keys", () => {
    const check = checkPlan(plan({ modules: [100, 0, 200] }));
    expect(check.violations[0]?.items).toEqual([1]);
    expect(toSpecOutput(check).violations).toEqual([
      {
        rule: "modules",
        severity: "error",
        message: "Le module Projection professionnelle n'a aucune heure ; il en faut plus de 0.",
      },
    ]);
  });
});
