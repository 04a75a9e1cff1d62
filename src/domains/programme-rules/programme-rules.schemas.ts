import { z } from "zod";
import { requiredText } from "../fields.schemas";
import { programmeRulesSchema, RULE_IDS, SEVERITIES } from "./programme-rules";

/** The programme rules API's contract, shared by the server and the web (no server code here). */

export const userRef = z.object({ id: z.uuid(), displayName: z.string() });

/** One version of the rules; version 0 is the spec's defaults, in force until the Region saves one. */
export const programmeRulesVersion = z.object({
  version: z.number().int(),
  rules: programmeRulesSchema,
  note: z.string().nullable(),
  createdAt: z.string().nullable(),
  createdBy: userRef.nullable(),
});
export type ProgrammeRulesVersion = z.infer<typeof programmeRulesVersion>;

export const programmeRulesVersionList = z.object({ items: z.array(programmeRulesVersion) });
export type ProgrammeRulesVersionList = z.infer<typeof programmeRulesVersionList>;

export const programmeRulesBody = z.object({
  rules: programmeRulesSchema,
  note: requiredText(1000, "Dites pourquoi les règles changent."),
  /** The version the form was made from: saving over a newer one is refused. */
  expectedVersion: z.number().int().min(0),
});
export type ProgrammeRulesBody = z.infer<typeof programmeRulesBody>;

export const planCheckResult = z.object({
  valid: z.boolean(),
  totals: z.object({
    hours: z.number(),
    moduleHours: z.number(),
    internshipHours: z.number(),
    internshipShare: z.number(),
    weeks: z.number(),
    internships: z.number(),
  }),
  violations: z.array(
    z.object({
      rule: z.enum(RULE_IDS),
      severity: z.enum(SEVERITIES),
      message: z.string(),
      items: z.array(z.number()).optional(),
    }),
  ),
});

/** A plan to check without saving it: as `amorce plan check` reads it, with the rules or the current ones. */
export const planCheckBody = z.object({
  plan: z.unknown(),
  rules: programmeRulesSchema.optional(),
});
