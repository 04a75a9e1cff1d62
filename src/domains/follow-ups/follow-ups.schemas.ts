import { z } from "zod";
import { BARRIER_THEMES, type BarrierTheme } from "../barriers/barrier-catalogue";
import { isoDate, reference } from "../fields.schemas";
import { SITUATIONS } from "../outcomes/situation-vocabulary";

/** The follow-up questionnaire and what professionals read of it; shared by the server and the web. */

export const FOLLOW_UP_ANSWER_CHANNELS = ["link", "phone", "import"] as const;
export const ANSWER_CHANNEL_LABELS: Record<(typeof FOLLOW_UP_ANSWER_CHANNELS)[number], string> = {
  link: "par le lien",
  phone: "par téléphone",
  import: "reprise d'un ancien dossier",
};

/** How the former trainee feels about themselves since the pathway, stored 1 (worse) to 4 (much better). */
export const SELF_ESTEEM_LABELS: Record<1 | 2 | 3 | 4, string> = {
  1: "Moins bien qu'avant",
  2: "Pareil qu'avant",
  3: "Un peu mieux qu'avant",
  4: "Beaucoup mieux qu'avant",
};
export const SELF_ESTEEM_LEVELS = [4, 3, 2, 1] as const;

/** The barrier themes as a former trainee reads them on their phone. */
export const BARRIER_PLAIN_LABELS: Record<BarrierTheme, string> = {
  mobility: "Me déplacer (permis, voiture, transports)",
  housing: "Me loger",
  health: "Ma santé",
  childcare_family: "Faire garder mes enfants, ma situation familiale",
  money: "L'argent",
  paperwork: "Les papiers, les démarches",
  digital: "Utiliser un ordinateur ou internet",
  language_literacy: "Parler, lire ou écrire le français",
  justice: "La justice",
};

export const followUpTokenParams = z.object({ token: z.string().min(10).max(100) });
export const followUpIdParams = z.object({ id: z.uuid("Suivi inconnu.") });

const yesNo = (missing: string) => z.boolean({ error: missing });

/** The same questions, by link or by phone. An empty list of barriers is « aucun ». */
export const followUpAnswers = z.object({
  situation: z.enum(SITUATIONS, { error: "Choisissez votre situation." }),
  projectIdentified: yesNo("Répondez oui ou non : le parcours vous a-t-il aidé·e pour votre projet ?"),
  situationImproved: yesNo("Répondez oui ou non : votre situation s'est-elle améliorée ?"),
  selfEsteem: z.number({ error: "Choisissez comment vous vous sentez." }).int().min(1).max(4),
  barriersRemaining: z
    .array(z.enum(BARRIER_THEMES, { error: "Difficulté inconnue." }))
    .max(BARRIER_THEMES.length)
    .transform((themes) => [...new Set(themes)]),
});
export type FollowUpAnswers = z.infer<typeof followUpAnswers>;

/** From the link: the answers, and the optional « Je veux bien venir témoigner ». */
export const followUpLinkAnswer = followUpAnswers.extend({ ambassador: z.boolean().default(false) });
export type FollowUpLinkAnswer = z.input<typeof followUpLinkAnswer>;

/** What the link opens: only the first name, never anyone else's details. */
export const followUpQuestionnaire = z.object({
  firstName: z.string(),
  months: z.number().int(),
  alreadyAnswered: z.boolean(),
  ambassadorConsentText: z.string(),
});
export type FollowUpQuestionnaire = z.infer<typeof followUpQuestionnaire>;

export const followUpView = z.object({
  id: z.uuid(),
  months: z.number().int(),
  dueDate: isoDate,
  sentAt: z.iso.datetime().nullable(),
  reminderCount: z.number().int(),
  callListedAt: z.iso.datetime().nullable(),
  callAttempts: z.number().int(),
  lastCallAttemptAt: z.iso.datetime().nullable(),
  answeredAt: z.iso.datetime().nullable(),
  answerChannel: z.enum(FOLLOW_UP_ANSWER_CHANNELS).nullable(),
  answeredBy: z.string().nullable(),
  situation: z.enum(SITUATIONS).nullable(),
  projectIdentified: z.boolean().nullable(),
  situationImproved: z.boolean().nullable(),
  selfEsteem: z.number().int().nullable(),
  barriersRemaining: z.array(z.string()).nullable(),
});
export type FollowUpView = z.infer<typeof followUpView>;
export const pathwayFollowUps = z.object({ items: z.array(followUpView) });

export const callListEntry = z.object({
  id: z.uuid(),
  pathwayId: z.uuid(),
  firstName: z.string(),
  lastName: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  site: reference,
  exitDate: isoDate,
  months: z.number().int(),
  dueDate: isoDate,
  callListedAt: z.iso.datetime(),
  callAttempts: z.number().int(),
  lastCallAttemptAt: z.iso.datetime().nullable(),
});
export type CallListEntry = z.infer<typeof callListEntry>;
export const callList = z.object({ items: z.array(callListEntry) });

export const responseRateRow = z.object({
  lot: reference,
  site: reference,
  due: z.number().int(),
  sent: z.number().int(),
  answeredByLink: z.number().int(),
  answeredByPhone: z.number().int(),
  unanswered: z.number().int(),
  /** Answered out of due, 0–1; null when nothing is due. */
  rate: z.number().nullable(),
});
export type ResponseRateRow = z.infer<typeof responseRateRow>;
export const responseRates = z.object({ items: z.array(responseRateRow) });
