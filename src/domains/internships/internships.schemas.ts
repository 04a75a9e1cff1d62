import { z } from "zod";
import { isoDate, optionalText, phone, requiredText, text } from "../fields.schemas";
import { INTERNSHIP_OBJECTIVES, INTERNSHIP_STATUSES, SIGNATORY_PARTIES } from "./internship-vocabulary";
import { isRomeCodeInSubset } from "./rome-subset";
import { isValidSiret, normaliseSiret } from "./siret";

/** The internships API's contract, shared by the server and the web (no server code here). */

export const ASSESSMENT_CRITERIA = ["punctuality", "attitude", "interest", "skills"] as const;
export type AssessmentCriterion = (typeof ASSESSMENT_CRITERIA)[number];
export const ASSESSMENT_CRITERION_LABELS: Record<AssessmentCriterion, string> = {
  punctuality: "Ponctualité et assiduité",
  attitude: "Comportement, savoir-être",
  interest: "Intérêt pour le métier",
  skills: "Savoir-faire découverts",
};
export const ASSESSMENT_LEVELS = ["insufficient", "fair", "good", "very_good"] as const;
export type AssessmentLevel = (typeof ASSESSMENT_LEVELS)[number];
export const ASSESSMENT_LEVEL_LABELS: Record<AssessmentLevel, string> = {
  insufficient: "Insuffisant",
  fair: "Moyen",
  good: "Bien",
  very_good: "Très bien",
};

const requiredEmail = z.email("Adresse e-mail invalide.").max(254).toLowerCase();

export const siret = z
  .string()
  .transform(normaliseSiret)
  .refine((value) => /^\d{14}$/.test(value), "Le SIRET compte 14 chiffres.")
  .refine(
    isValidSiret,
    "Ce SIRET n'existe pas : vérifiez les 14 chiffres (la clé de contrôle ne correspond pas).",
  );

export const hostCompanyBody = z.object({
  siret,
  name: requiredText(200, "Le nom de l'entreprise est obligatoire."),
  address: requiredText(300, "L'adresse est obligatoire."),
  postalCode: z
    .string()
    .trim()
    .regex(/^\d{5}$/, "Le code postal compte 5 chiffres."),
  city: requiredText(100, "La commune est obligatoire."),
  communeCode: z.preprocess(
    (value) => (value === "" ? null : value),
    z
      .string()
      .regex(/^\d[\dAB]\d{3}$/, "Code commune INSEE invalide.")
      .nullable()
      .default(null),
  ),
  sector: requiredText(200, "Le secteur d'activité est obligatoire."),
});
export type HostCompanyBody = z.input<typeof hostCompanyBody>;

export const hostCompany = z.object({
  id: z.uuid(),
  siret: z.string(),
  name: z.string(),
  address: z.string(),
  postalCode: z.string(),
  city: z.string(),
  communeCode: z.string().nullable(),
  sector: z.string(),
});
export type HostCompany = z.infer<typeof hostCompany>;

export const hostCompanyQuery = z.object({ q: text(100).default("") });
export const hostCompanyList = z.object({ items: z.array(hostCompany) });

export const internshipIdParams = z.object({ id: z.uuid("Stage inconnu.") });
export const partyParams = internshipIdParams.extend({ party: z.enum(SIGNATORY_PARTIES) });
export const tokenParams = z.object({ token: z.string().min(10).max(100) });

export const internshipBody = z.object({
  hostCompanyId: z.uuid("Choisissez l'entreprise d'accueil."),
  tutorName: requiredText(200, "Le nom du tuteur ou de la tutrice est obligatoire."),
  tutorJobTitle: optionalText(200),
  tutorEmail: requiredEmail,
  tutorPhone: phone,
  startDate: isoDate,
  endDate: isoDate,
  dailySchedule: requiredText(500, "Indiquez les horaires de la journée."),
  hours: z.number("Indiquez le nombre d'heures.").max(9999),
  romeCode: z.string().refine(isRomeCodeInSubset, "Choisissez un métier de la liste (code ROME)."),
  objective: z.enum(INTERNSHIP_OBJECTIVES, "Choisissez l'objectif du stage."),
  activities: optionalText(2000),
});
export type InternshipBody = z.input<typeof internshipBody>;
export const internshipPatch = internshipBody.partial();

const signatory = z.object({
  name: requiredText(200, "Le nom du ou de la signataire est obligatoire."),
  email: requiredEmail,
});
export const sendForSignatureBody = z.object({
  /** Who signs for the company (the tutor when absent), the training organisation (oneself), the referent. */
  company: signatory.optional(),
  trainingOrganisation: signatory.optional(),
  referent: signatory.optional(),
});
export type SendForSignatureBody = z.input<typeof sendForSignatureBody>;

export const signatureView = z.object({
  party: z.enum(SIGNATORY_PARTIES),
  signerName: z.string(),
  signerEmail: z.string(),
  signedAt: z.string().nullable(),
  expiresAt: z.string(),
  remindersSent: z.number(),
});

export const assessmentView = z.object({
  sentAt: z.string(),
  expiresAt: z.string(),
  submittedAt: z.string().nullable(),
  answers: z.record(z.string(), z.string()).nullable(),
  comment: z.string().nullable(),
  hoursDone: z.number().nullable(),
  ledToJobOffer: z.boolean().nullable(),
});

export const internshipItem = z.object({
  id: z.uuid(),
  pathwayId: z.uuid(),
  status: z.enum(INTERNSHIP_STATUSES),
  hostCompany,
  tutorName: z.string(),
  tutorJobTitle: z.string().nullable(),
  tutorEmail: z.string(),
  tutorPhone: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  dailySchedule: z.string(),
  hours: z.number(),
  hoursDone: z.number().nullable(),
  romeCode: z.string(),
  romeLabel: z.string(),
  objective: z.enum(INTERNSHIP_OBJECTIVES),
  activities: z.string().nullable(),
  /** From its start date, an internship still unsigned cannot begin. */
  startBlocked: z.boolean(),
  signatures: z.array(signatureView),
  assessment: assessmentView.nullable(),
});
export type InternshipItem = z.infer<typeof internshipItem>;
export const internshipList = z.object({ items: z.array(internshipItem) });

/** What a signer sees before signing, from their link, without an account. */
export const signatureRequest = z.object({
  party: z.enum(SIGNATORY_PARTIES),
  signerName: z.string(),
  alreadySigned: z.array(z.enum(SIGNATORY_PARTIES)),
  agreement: z.object({
    traineeName: z.string(),
    companyName: z.string(),
    companyCity: z.string(),
    tutorName: z.string(),
    siteName: z.string(),
    startDate: z.string(),
    endDate: z.string(),
    dailySchedule: z.string(),
    hours: z.number(),
    job: z.string(),
    objective: z.enum(INTERNSHIP_OBJECTIVES),
    activities: z.string().nullable(),
  }),
});
export type SignatureRequest = z.infer<typeof signatureRequest>;

export const signBody = z.object({
  fullName: requiredText(200, "Tapez votre nom complet."),
  accepted: z.literal(true, "Cochez « J'ai lu et j'accepte la convention » pour signer."),
});
export type SignBody = z.input<typeof signBody>;
export const signReceipt = z.object({ signedAt: z.string(), allSigned: z.boolean() });

export const tutorAssessmentRequest = z.object({
  traineeName: z.string(),
  companyName: z.string(),
  tutorName: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  hours: z.number(),
  job: z.string(),
});
export type TutorAssessmentRequest = z.infer<typeof tutorAssessmentRequest>;

const level = z.enum(ASSESSMENT_LEVELS, "Choisissez un niveau.");
export const tutorAssessmentBody = z.object({
  answers: z.object({ punctuality: level, attitude: level, interest: level, skills: level }),
  comment: optionalText(2000),
  hoursDone: z
    .number("Indiquez les heures réellement faites.")
    .min(0, "Les heures ne peuvent pas être négatives.")
    .max(9999),
  ledToJobOffer: z.boolean("Répondez oui ou non."),
});
export type TutorAssessmentBody = z.input<typeof tutorAssessmentBody>;
