import { z } from "zod";
import { optionalText } from "../fields.schemas";
import {
  SKILL_DOMAIN_LABELS,
  SKILL_DOMAINS,
  SKILL_MOMENTS,
  type SkillDomain,
  type SkillLevel,
} from "./skill-domains";

/** The skills API's contract, shared by the server and the web (no server code here). */

const level = (domain: SkillDomain) =>
  z
    .number({ error: `Choisissez un niveau pour « ${SKILL_DOMAIN_LABELS[domain]} ».` })
    .int()
    .min(1, "Le niveau va de 1 à 4.")
    .max(4, "Le niveau va de 1 à 4.")
    .transform((value) => value as SkillLevel);

export const skillMomentParams = z.object({
  id: z.uuid("Parcours inconnu."),
  moment: z.enum(SKILL_MOMENTS, "Moment inconnu : « entry » (entrée) ou « exit » (sortie)."),
});

/** One assessment: a level for each of the seven domains, and a note. */
export const skillAssessmentBody = z.object({
  levels: z.object(
    Object.fromEntries(SKILL_DOMAINS.map((domain) => [domain, level(domain)])) as {
      [D in SkillDomain]: ReturnType<typeof level>;
    },
  ),
  note: optionalText(2000),
});
export type SkillAssessmentInput = z.input<typeof skillAssessmentBody>;

const skillLevel = z.number().int().min(1).max(4);

const assessmentFacts = z
  .object({
    assessedAt: z.iso.datetime({ offset: true }),
    assessedBy: z.string().nullable(),
    note: z.string().nullable(),
  })
  .nullable();

export const skillsView = z.object({
  domains: z.array(
    z.object({
      domain: z.enum(SKILL_DOMAINS),
      entry: skillLevel.nullable(),
      exit: skillLevel.nullable(),
      progress: z.number().int().nullable(),
    }),
  ),
  entry: assessmentFacts,
  exit: assessmentFacts,
});
export type SkillsView = z.infer<typeof skillsView>;
