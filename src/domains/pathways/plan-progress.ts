import type { AttendanceStatus } from "../collective-sessions/attendance-vocabulary";
import { moduleBreakdown } from "../programme-rules/check-plan";
import type { PlanItem } from "../programme-rules/plan-input";
import { MODULES, type Module, type ProgrammeRules } from "../programme-rules/programme-rules";

/** The statuses whose hours are done: being there, even late. */
const DONE_STATUSES: readonly AttendanceStatus[] = ["present", "late"];

export type AttendanceRow = { module: Module; status: AttendanceStatus; hours: number };
export type InternshipRow = { id: string; hoursDone: number | null };

export type ModuleProgress = { module: Module; planned: number; done: number };
export type InternshipProgress = {
  /** 1 for the plan's first internship. */
  position: number;
  start: string;
  end: string;
  planned: number;
  /** The linked internship's hours done; `null` when the plan's internship is linked to none. */
  done: number | null;
};
export type PlanProgress = {
  modules: ModuleProgress[];
  /** Module hours planned but attached to no module (an interview naming none). */
  unassignedPlanned: number;
  internships: InternshipProgress[];
  /** Every internship of the pathway, linked or not. */
  allInternships: { planned: number; done: number };
};

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * Planned against done: per module, planned as the rules count it and done from the attendance marked
 * present or late; per internship of the plan, done from the internship it is linked to
 * (`internshipId`), and for all internships together, done from every internship of the pathway.
 */
export function planProgress(
  items: readonly PlanItem[],
  rules: ProgrammeRules,
  attendance: readonly AttendanceRow[],
  internships: readonly InternshipRow[],
): PlanProgress {
  const breakdown = moduleBreakdown({ items: [...items] }, rules);
  const done = { dynamisation: 0, projection: 0, construction: 0 } satisfies Record<Module, number>;
  for (const row of attendance) if (DONE_STATUSES.includes(row.status)) done[row.module] += row.hours;
  const doneById = new Map(internships.map((row) => [row.id, row.hoursDone ?? 0]));
  const planInternships = items.flatMap((item) => (item.kind === "internship" ? [item] : []));
  return {
    modules: MODULES.map((module) => ({
      module,
      planned: round2(breakdown.modules[module]),
      done: round2(done[module]),
    })),
    unassignedPlanned: round2(breakdown.unassigned),
    internships: planInternships.map((item, index) => {
      const linked = typeof item.internshipId === "string" ? doneById.get(item.internshipId) : undefined;
      return {
        position: index + 1,
        start: item.start,
        end: item.end,
        planned: item.hours,
        done: linked === undefined ? null : round2(linked),
      };
    }),
    allInternships: {
      planned: round2(planInternships.reduce((sum, item) => sum + item.hours, 0)),
      done: round2(internships.reduce((sum, row) => sum + (row.hoursDone ?? 0), 0)),
    },
  };
}
