import { z } from "zod";
import { isoDate, optionalText, text } from "../fields.schemas";
import { planItemSchema } from "../programme-rules/plan-input";
import { MODULES } from "../programme-rules/programme-rules";
import { planCheckResult, programmeRulesVersion, userRef } from "../programme-rules/programme-rules.schemas";

/** The individual plan API's contract, shared by the server and the web (no server code here). */

export const PLAN_REVISION_NOTE_MISSING = "Pourquoi modifier le plan ? Indiquez la raison de cette révision.";
export const PLAN_CHANGED_MEANWHILE =
  "Le plan a été modifié entre-temps : rechargez-le pour partir de la dernière version.";

export const planVersionParams = z.object({
  id: z.uuid("Parcours inconnu."),
  version: z.coerce.number().int("Version inconnue.").min(1, "Version inconnue."),
});

/** A new version of the plan: its items (as `plan-input.ts` reads them), objectives and planned end. */
export const planBody = z.object({
  items: z.array(planItemSchema).max(200, "200 éléments au plus."),
  objectives: text(4000).default(""),
  plannedEndDate: isoDate,
  /** Why the plan is revised: required from the second version. */
  revisionNote: optionalText(1000),
  /** The version the editor started from (0 for a first plan): saving over a newer one is refused. */
  expectedVersion: z.number().int().min(0),
});
export type PlanBody = z.infer<typeof planBody>;
/** What the editor sends (defaults may be left out). */
export type PlanBodyInput = z.input<typeof planBody>;

export const planVersion = z.object({
  version: z.number().int(),
  items: z.array(z.record(z.string(), z.unknown())),
  objectives: z.string(),
  plannedEndDate: z.string(),
  valid: z.boolean(),
  revisionNote: z.string().nullable(),
  createdAt: z.string(),
  createdBy: userRef.nullable(),
  /** The version of the programme rules the plan is checked with. */
  ruleVersion: z.number().int(),
});
export type PlanVersion = z.infer<typeof planVersion>;

export const planVersionList = z.object({
  items: z.array(planVersion.omit({ items: true, objectives: true })),
});
export type PlanVersionList = z.infer<typeof planVersionList>;

export const planProgress = z.object({
  modules: z.array(z.object({ module: z.enum(MODULES), planned: z.number(), done: z.number() })),
  unassignedPlanned: z.number(),
  internships: z.array(
    z.object({
      position: z.number().int(),
      start: z.string(),
      end: z.string(),
      planned: z.number(),
      done: z.number().nullable(),
    }),
  ),
  allInternships: z.object({ planned: z.number(), done: z.number() }),
});
export type PlanProgressView = z.infer<typeof planProgress>;

/** One version of a pathway's plan, with the rules it is checked with and what the check finds. */
export const planVersionView = z.object({
  entryDate: z.string(),
  plan: planVersion,
  rules: programmeRulesVersion,
  check: planCheckResult,
});
export type PlanVersionView = z.infer<typeof planVersionView>;

/**
 * The current plan (`null` before the first) and its check, with the rules a plan is checked with:
 * the plan's own, or for a first plan the rules in force; and the hours planned against done.
 */
export const pathwayPlanView = planVersionView.extend({
  plan: planVersion.nullable(),
  check: planCheckResult.nullable(),
  progress: planProgress,
});
export type PathwayPlanView = z.infer<typeof pathwayPlanView>;
