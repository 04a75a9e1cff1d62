import type { PlanBodyInput } from "./pathway-plan.schemas";

/**
 * The spec's example plan moved to an entry on 7 September 2026 (the test fixtures' default): 450 h
 * over 14.6 weeks, three internships of 70 h — valid with the default rules.
 */
export function validPlanBody(expectedVersion = 0, revisionNote?: string): PlanBodyInput {
  return {
    objectives: "Reprendre confiance et choisir un métier de la logistique.",
    plannedEndDate: "2026-12-18",
    items: [
      { kind: "module", module: "dynamisation", hours: 70 },
      { kind: "module", module: "projection", hours: 80 },
      { kind: "module", module: "construction", hours: 90 },
      { kind: "internship", hours: 70, start: "2026-10-05", end: "2026-10-16" },
      { kind: "internship", hours: 70, start: "2026-11-02", end: "2026-11-13" },
      { kind: "internship", hours: 70, start: "2026-11-30", end: "2026-12-11" },
    ],
    expectedVersion,
    revisionNote,
  };
}
