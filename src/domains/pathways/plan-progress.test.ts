import { describe, expect, it } from "vitest";
import type { PlanItem } from "../programme-rules/plan-input";
import { DEFAULT_PROGRAMME_RULES } from "../programme-rules/programme-rules";
import { planProgress } from "./plan-progress";

const items: PlanItem[] = [
  { kind: "module", module: "dynamisation", hours: 70 },
  { kind: "module", module: "projection", hours: 80 },
  { kind: "workshop", module: "projection", hours: 6 },
  { kind: "individual_interview", hours: 2 },
  { kind: "module", module: "construction", hours: 90 },
  { kind: "internship", hours: 70, start: "2026-02-02", end: "2026-02-13", internshipId: "stage-a" },
  { kind: "internship", hours: 70, start: "2026-03-02", end: "2026-03-13" },
];

describe("planProgress", () => {
  it("counts as done the hours of the sessions attended, present or late, per module", () => {
    const progress = planProgress(
      items,
      DEFAULT_PROGRAMME_RULES,
      [
        { module: "dynamisation", status: "present", hours: 3.5 },
        { module: "dynamisation", status: "late", hours: 2.75 },
        { module: "dynamisation", status: "absent_excused", hours: 3.5 },
        { module: "construction", status: "absent_unexcused", hours: 3.5 },
        { module: "projection", status: "present", hours: 3 },
      ],
      [],
    );
    expect(progress.modules).toEqual([
      { module: "dynamisation", planned: 70, done: 6.25 },
      { module: "projection", planned: 86, done: 3 },
      { module: "construction", planned: 90, done: 0 },
    ]);
    expect(progress.unassignedPlanned).toBe(2);
  });

  it("follows the rules on what counts: a workshop that is not module hours is planned nowhere", () => {
    const rules = {
      ...DEFAULT_PROGRAMME_RULES,
      otherKinds: { ...DEFAULT_PROGRAMME_RULES.otherKinds, workshop: { countsAsModuleHours: false } },
    };
    const progress = planProgress(items, rules, [], []);
    expect(progress.modules.find((row) => row.module === "projection")?.planned).toBe(80);
  });

  it("reads a linked internship's hours done, and sums every internship of the pathway", () => {
    const progress = planProgress(
      items,
      DEFAULT_PROGRAMME_RULES,
      [],
      [
        { id: "stage-a", hoursDone: 68.5 },
        { id: "stage-b", hoursDone: 35 },
        { id: "stage-c", hoursDone: null },
      ],
    );
    expect(progress.internships).toEqual([
      { position: 1, start: "2026-02-02", end: "2026-02-13", planned: 70, done: 68.5 },
      { position: 2, start: "2026-03-02", end: "2026-03-13", planned: 70, done: null },
    ]);
    expect(progress.allInternships).toEqual({ planned: 140, done: 103.5 });
  });

  it("has nothing planned and nothing done for an empty plan", () => {
    const progress = planProgress([], DEFAULT_PROGRAMME_RULES, [], []);
    expect(progress.modules.every((row) => row.planned === 0 && row.done === 0)).toBe(true);
    expect(progress.internships).toEqual([]);
    expect(progress.allInternships).toEqual({ planned: 0, done: 0 });
  });

  it("rounds sums to the hundredth (no 0.30000000000000004 h)", () => {
    const progress = planProgress(
      [],
      DEFAULT_PROGRAMME_RULES,
      [
        { module: "construction", status: "present", hours: 0.1 },
        { module: "construction", status: "present", hours: 0.2 },
      ],
      [],
    );
    expect(progress.modules.at(2)?.done).toBe(0.3);
  });
});
