import { formatDay, type PlanInput, type PlanItem } from "./plan-input";
import {
  DEFAULT_PROGRAMME_RULES,
  MODULE_LABELS,
  MODULES,
  type Module,
  type ProgrammeRules,
  type RuleId,
  type Severity,
} from "./programme-rules";

/** Where an item's hours go: a module's, the unassigned module hours, the internships, or nowhere. */
type HoursBucket = { module: Module } | "unassigned" | "internship" | "not-counted";

/**
 * Modules count toward their module and internships toward the internships. The project's other kinds
 * count toward the module they name, or as module hours of no module; when their rule says they do not
 * count as module hours (`countsAsModuleHours: false`) they count in no total at all.
 */
function bucketOf(item: PlanItem, rules: ProgrammeRules): HoursBucket {
  if (item.kind === "internship") return "internship";
  if (item.kind === "module") return { module: item.module };
  if (!rules.otherKinds[item.kind].countsAsModuleHours) return "not-counted";
  return item.module ? { module: item.module } : "unassigned";
}

export type ModuleBreakdown = {
  /** Hours of each module, with the other kinds attached to it. */
  modules: Record<Module, number>;
  /** Module hours attached to no module (an interview, a workshop that names none). */
  unassigned: number;
  /** Hours of kinds that count in no total. */
  notCounted: number;
};

/** Hours per module, as the rules count them: what the plan editor shows beside each module. */
export function moduleBreakdown(
  plan: Pick<PlanInput, "items">,
  rules: ProgrammeRules = DEFAULT_PROGRAMME_RULES,
): ModuleBreakdown {
  const breakdown: ModuleBreakdown = {
    modules: { dynamisation: 0, projection: 0, construction: 0 },
    unassigned: 0,
    notCounted: 0,
  };
  for (const item of plan.items) {
    const bucket = bucketOf(item, rules);
    if (bucket === "unassigned") breakdown.unassigned += item.hours;
    else if (bucket === "not-counted") breakdown.notCounted += item.hours;
    else if (bucket !== "internship") breakdown.modules[bucket.module] += item.hours;
  }
  return breakdown;
}

export type PlanTotals = {
  hours: number;
  moduleHours: number;
  internshipHours: number;
  /** internshipHours / hours, 0 for a plan without hours. */
  internshipShare: number;
  /** (plannedEndDate − entryDate in days) / 7. */
  weeks: number;
  internships: number;
};

export type Violation = {
  rule: RuleId;
  severity: Severity;
  /** Plain French, with the plan's figures and the rule's bounds. */
  message: string;
  /** Indexes in `plan.items` of the items concerned, for the editor to point at them. */
  items?: number[];
};

export type PlanCheck = { valid: boolean; totals: PlanTotals; violations: Violation[] };

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

const number = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const oneDecimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const percent = (share: number) => `${oneDecimal.format(share * 100)} %`;

/** The exact totals the rules are checked on. */
function exactTotals(plan: PlanInput, rules: ProgrammeRules): PlanTotals {
  const breakdown = moduleBreakdown(plan, rules);
  const moduleHours = MODULES.reduce((sum, module) => sum + breakdown.modules[module], breakdown.unassigned);
  const internships = plan.items.filter((item) => item.kind === "internship");
  const internshipHours = internships.reduce((sum, item) => sum + item.hours, 0);
  const hours = moduleHours + internshipHours;
  return {
    hours,
    moduleHours,
    internshipHours,
    internshipShare: hours === 0 ? 0 : internshipHours / hours,
    weeks: daysBetween(plan.entryDate, plan.plannedEndDate) / 7,
    internships: internships.length,
  };
}

/**
 * Checks a plan against the programme rules (`spec/pathway-plan.md`). The rules are evaluated on the
 * exact figures; the totals returned are rounded for reading (hours to 2 decimals, the share to 4,
 * weeks to 1), so a share shown as 0.3 may still be just under a 0.30 minimum.
 */
export function checkPlan(plan: PlanInput, rules: ProgrammeRules = DEFAULT_PROGRAMME_RULES): PlanCheck {
  const totals = exactTotals(plan, rules);
  const violations = [
    ...checkTotalHours(totals, rules),
    ...checkDuration(plan, totals, rules),
    ...checkModules(plan, rules),
    ...checkInternshipCount(totals, rules),
    ...checkInternshipShare(totals, rules),
    ...checkInternshipDates(plan),
  ];
  return {
    valid: violations.every((violation) => violation.severity !== "error"),
    totals: {
      hours: round(totals.hours, 2),
      moduleHours: round(totals.moduleHours, 2),
      internshipHours: round(totals.internshipHours, 2),
      internshipShare: round(totals.internshipShare, 4),
      weeks: round(totals.weeks, 1),
      internships: totals.internships,
    },
    violations,
  };
}

const within = (value: number, range: { min: number; max: number }) =>
  range.min <= value && value <= range.max;

function checkTotalHours(totals: PlanTotals, rules: ProgrammeRules): Violation[] {
  const { min, max } = rules.totalHours;
  if (within(totals.hours, rules.totalHours)) return [];
  return [
    {
      rule: "total-hours",
      severity: "error",
      message: `Le plan compte ${number.format(totals.hours)} h ; il en faut entre ${number.format(min)} et ${number.format(max)}.`,
    },
  ];
}

function checkDuration(plan: PlanInput, totals: PlanTotals, rules: ProgrammeRules): Violation[] {
  const { min, max } = rules.weeks;
  if (within(totals.weeks, rules.weeks)) return [];
  return [
    {
      rule: "duration",
      severity: "error",
      message: `Le parcours dure ${oneDecimal.format(totals.weeks)} semaines (du ${formatDay(plan.entryDate)} au ${formatDay(plan.plannedEndDate)}) ; il doit durer entre ${number.format(min)} et ${number.format(max)} semaines.`,
    },
  ];
}

function checkModules(plan: PlanInput, rules: ProgrammeRules): Violation[] {
  const breakdown = moduleBreakdown(plan, rules);
  return MODULES.flatMap((module): Violation[] => {
    const rule = rules.modules[module];
    const hours = breakdown.modules[module];
    const label = `Le module ${MODULE_LABELS[module]}`;
    const message =
      rule.required && hours <= 0
        ? `${label} n'a aucune heure ; il en faut plus de 0.`
        : rule.minHours !== null && hours < rule.minHours
          ? `${label} compte ${number.format(hours)} h ; il en faut au moins ${number.format(rule.minHours)}.`
          : rule.maxHours !== null && hours > rule.maxHours
            ? `${label} compte ${number.format(hours)} h ; il en faut au plus ${number.format(rule.maxHours)}.`
            : null;
    if (message === null) return [];
    const items = plan.items.flatMap((item, index) => {
      const bucket = bucketOf(item, rules);
      return typeof bucket === "object" && bucket.module === module ? [index] : [];
    });
    return [{ rule: "modules", severity: "error", message, items }];
  });
}

function checkInternshipCount(totals: PlanTotals, rules: ProgrammeRules): Violation[] {
  const { count, countSeverity } = rules.internships;
  if (totals.internships === count) return [];
  return [
    {
      rule: "internship-count",
      severity: countSeverity,
      message: `Le plan compte ${totals.internships} stage${totals.internships > 1 ? "s" : ""} ; le cahier des charges en prévoit ${count}.`,
    },
  ];
}

function checkInternshipShare(totals: PlanTotals, rules: ProgrammeRules): Violation[] {
  const { min, max } = rules.internships.share;
  if (within(totals.internshipShare, rules.internships.share)) return [];
  return [
    {
      rule: "internship-share",
      severity: "error",
      message: `Les stages font ${number.format(totals.internshipHours)} h sur ${number.format(totals.hours)} h, soit ${percent(totals.internshipShare)} ; leur part doit être entre ${percent(min)} et ${percent(max)} des heures.`,
    },
  ];
}

type Internship = Extract<PlanItem, { kind: "internship" }>;

function checkInternshipDates(plan: PlanInput): Violation[] {
  const internships = plan.items.flatMap((item, index) =>
    item.kind === "internship" ? [{ item, index }] : [],
  );
  const name = (position: number) => {
    const { item } = internships[position] as { item: Internship };
    return `Le stage ${position + 1} (du ${formatDay(item.start)} au ${formatDay(item.end)})`;
  };
  const violation = (message: string, items: number[]): Violation => ({
    rule: "internship-dates",
    severity: "error",
    message,
    items,
  });
  const violations: Violation[] = [];
  for (const [position, { item, index }] of internships.entries()) {
    if (item.start > item.end)
      violations.push(violation(`${name(position)} finit avant de commencer.`, [index]));
    if (item.start < plan.entryDate) {
      const entry = formatDay(plan.entryDate);
      violations.push(
        violation(`${name(position)} commence avant l'entrée dans le parcours (${entry}).`, [index]),
      );
    }
    if (item.end > plan.plannedEndDate) {
      const end = formatDay(plan.plannedEndDate);
      violations.push(
        violation(`${name(position)} finit après la fin prévue du parcours (${end}).`, [index]),
      );
    }
  }
  for (const [position, later] of internships.entries()) {
    for (const [earlierPosition, earlier] of internships.slice(0, position).entries()) {
      if (overlap(earlier.item, later.item)) {
        violations.push(
          violation(`${name(position)} chevauche le stage ${earlierPosition + 1}.`, [
            earlier.index,
            later.index,
          ]),
        );
      }
    }
  }
  return violations;
}

/**
 * Sharing a day is overlapping: one ends on the 13th, the next may start on the 14th, not the 13th.
 * An internship that ends before it starts is told as such, and overlaps nothing.
 */
function overlap(a: Internship, b: Internship): boolean {
  return a.start <= a.end && b.start <= b.end && a.start <= b.end && b.start <= a.end;
}

/** The spec's output: exactly `valid`, `totals` and `violations` of `rule`, `severity`, `message`. */
export function toSpecOutput(check: PlanCheck): PlanCheck {
  return {
    valid: check.valid,
    totals: check.totals,
    violations: check.violations.map(({ rule, severity, message }) => ({ rule, severity, message })),
  };
}
