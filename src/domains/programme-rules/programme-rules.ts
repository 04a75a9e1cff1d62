import { z } from "zod";

/** The three modules of every pathway, in their order. */
export const MODULES = ["dynamisation", "projection", "construction"] as const;
export type Module = (typeof MODULES)[number];

export const MODULE_LABELS: Record<Module, string> = {
  dynamisation: "Dynamisation",
  projection: "Projection professionnelle",
  construction: "Construction professionnelle",
};

/**
 * What a plan is made of. `module` and `internship` are the spec's; the others are the project's own
 * and count as module hours unless their rule says otherwise.
 */
export const PLAN_ITEM_KINDS = ["module", "internship", "individual_interview", "workshop"] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

export const PLAN_ITEM_KIND_LABELS: Record<PlanItemKind, string> = {
  module: "Module",
  internship: "Stage en entreprise",
  individual_interview: "Entretien individuel",
  workshop: "Atelier collectif",
};

export const RULE_IDS = [
  "total-hours",
  "duration",
  "modules",
  "internship-count",
  "internship-share",
  "internship-dates",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const SEVERITIES = ["error", "warning"] as const;
export type Severity = (typeof SEVERITIES)[number];

const bounds = (unit: string) =>
  z
    .object({ min: z.number().nonnegative(), max: z.number().nonnegative() })
    .refine((range) => range.min <= range.max, {
      message: `Le minimum doit être inférieur ou égal au maximum (${unit}).`,
    });

const moduleRule = z.object({
  required: z.boolean(),
  minHours: z.number().nonnegative().nullable(),
  maxHours: z.number().nonnegative().nullable(),
});

/**
 * The programme's rules (the *cahier des charges*) as data: the Region edits them, and each plan is
 * checked against the version in force when it was built.
 */
export const programmeRulesSchema = z.object({
  /** total-hours: hours of the whole plan. */
  totalHours: bounds("heures"),
  /** duration: (plannedEndDate − entryDate in days) / 7. */
  weeks: bounds("semaines"),
  /** modules: the modules that must have more than 0 hours, and each module's own bounds if any. */
  modules: z.object({ dynamisation: moduleRule, projection: moduleRule, construction: moduleRule }),
  internships: z.object({
    /** internship-count: how many internships a plan has. */
    count: z.number().int().nonnegative(),
    countSeverity: z.enum(SEVERITIES),
    /** internship-share: internship hours / total hours. */
    share: z
      .object({ min: z.number().min(0).max(1), max: z.number().min(0).max(1) })
      .refine((range) => range.min <= range.max, {
        message: "La part minimale doit être inférieure ou égale à la part maximale.",
      }),
  }),
  /** How the project's own kinds count: as module hours (the default) or not at all. */
  otherKinds: z.object({
    individual_interview: z.object({ countsAsModuleHours: z.boolean() }),
    workshop: z.object({ countsAsModuleHours: z.boolean() }),
  }),
});
export type ProgrammeRules = z.infer<typeof programmeRulesSchema>;

/** The defaults of `spec/pathway-plan.md`. */
export const DEFAULT_PROGRAMME_RULES: ProgrammeRules = {
  totalHours: { min: 300, max: 600 },
  weeks: { min: 12, max: 18 },
  modules: {
    dynamisation: { required: true, minHours: null, maxHours: null },
    projection: { required: true, minHours: null, maxHours: null },
    construction: { required: true, minHours: null, maxHours: null },
  },
  internships: { count: 3, countSeverity: "warning", share: { min: 0.3, max: 0.6 } },
  otherKinds: {
    individual_interview: { countsAsModuleHours: true },
    workshop: { countsAsModuleHours: true },
  },
};
