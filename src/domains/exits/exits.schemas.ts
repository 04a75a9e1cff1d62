import { z } from "zod";
import { isoDate } from "../fields.schemas";
import { nextStepSchema } from "../outcomes/next-step";
import { EXIT_REASONS, SITUATIONS } from "../outcomes/situation-vocabulary";
import { GENDERS, QUALIFICATION_LEVELS } from "../people/profile-vocabulary";

/** The exit and the profile at entry: the API's contract, shared by the server and the web (no server code). */

const emptyAsNull = (value: unknown) => (value === "" ? null : value);

/** What is asked at entry; `null` where the answer is not known (yet). */
export const entryProfile = z.object({
  situationBefore12m: z.enum(SITUATIONS).nullable(),
  qualificationLevel: z.enum(QUALIFICATION_LEVELS).nullable(),
  workedPrior12m: z.boolean().nullable(),
  rqth: z.boolean(),
  qpv: z.boolean(),
  gender: z.enum(GENDERS).nullable(),
});
export type EntryProfile = z.infer<typeof entryProfile>;

export const entryProfileBody = z.object({
  situationBefore12m: z.preprocess(
    emptyAsNull,
    z.enum(SITUATIONS, "Situation inconnue.").nullable().default(null),
  ),
  qualificationLevel: z.preprocess(
    emptyAsNull,
    z.enum(QUALIFICATION_LEVELS, "Niveau de qualification inconnu.").nullable().default(null),
  ),
  workedPrior12m: z.boolean("Répondez par oui, non ou inconnu.").nullable().default(null),
  rqth: z.boolean("Répondez par oui ou non.").default(false),
  qpv: z.boolean("Répondez par oui ou non.").default(false),
  gender: z.preprocess(emptyAsNull, z.enum(GENDERS, "Genre inconnu.").nullable().default(null)),
});
export type EntryProfileBody = z.infer<typeof entryProfileBody>;

/** Recording (or, with `correction`, correcting) a pathway's exit. */
export const exitBody = z.object({
  exitDate: isoDate,
  reason: z.enum(EXIT_REASONS, "Choisissez le motif de sortie."),
  situationAtExit: z.enum(SITUATIONS, "Choisissez la situation à la sortie."),
  nextStep: nextStepSchema,
  /** `true` to correct an exit already recorded; without it, a second exit is refused (409). */
  correction: z.boolean().default(false),
});
export type ExitBody = z.input<typeof exitBody>;

/** A pathway's exit as the pages show it; imported exits may lack the situation and the next step. */
export const exitView = z.object({
  exitDate: z.string(),
  reason: z.enum(EXIT_REASONS),
  situationAtExit: z.enum(SITUATIONS).nullable(),
  nextStep: nextStepSchema.nullable(),
  recordedAt: z.iso.datetime().nullable(),
  recordedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  /** Warnings about the exit's consistency, in French (not blocking). */
  warnings: z.array(z.string()),
});
export type ExitView = z.infer<typeof exitView>;

/** What the exit form starts from: the next step agreed at the tripartite interview, if one was held. */
export const exitDefaults = z.object({
  entryDate: z.string(),
  plannedEndDate: z.string().nullable(),
  agreedNextStep: nextStepSchema.nullable(),
  interviewHeldOn: z.string().nullable(),
});
export type ExitDefaults = z.infer<typeof exitDefaults>;
