import { z } from "zod";
import { BARRIER_THEMES } from "../barriers/barrier-catalogue";
import {
  email,
  isoDate,
  optionalText,
  personName,
  phone,
  reference,
  requiredText,
  text,
} from "../fields.schemas";
import { SITUATIONS } from "../outcomes/situation-vocabulary";
import { optionalFilter } from "../query-filters";
import { communeCode } from "../territory/territory-file";
import { REFERRAL_STATUSES, REFUSAL_REASONS } from "./referral-status";
import { CURRENT_SITUATIONS, REFERRAL_KINDS } from "./referral-vocabulary";

/** The referrals API's contract, shared by the server and the web (no server code here). */

/** Aged 16 to 99 today: the programme's public, and a guard against typing mistakes. */
export const birthDate = isoDate.refine((value) => {
  const age = (Date.now() - Date.parse(`${value}T00:00:00Z`)) / (365.25 * 86_400_000);
  return age >= 16 && age < 100;
}, "La date de naissance doit correspondre à une personne de 16 à 99 ans.");

/** France Travail's identifier: 7 digits and a letter or digit, sometimes 11 characters. */
const franceTravailId = z.preprocess(
  (value) => (value === "" ? null : typeof value === "string" ? value.trim().toUpperCase() : value),
  z
    .string()
    .regex(/^[0-9]{7}[0-9A-Z]([0-9A-Z]{3})?$/, "Identifiant France Travail invalide (8 ou 11 caractères).")
    .nullable()
    .default(null),
);

export const identityFields = {
  lastName: requiredText(100, "Indiquez le nom."),
  firstName: requiredText(100, "Indiquez le prénom."),
  birthDate,
  email,
  phone,
  communeCode,
};

/** The public self-referral form (auto-positionnement), sent without an account. */
export const selfReferralBody = z
  .object({
    ...identityFields,
    /** The site chosen by the person; empty: the nearest site with room. */
    siteId: z.preprocess(
      (value) => (value === "" ? null : value),
      z.uuid("Site inconnu.").nullable().default(null),
    ),
    situation: z.enum(CURRENT_SITUATIONS, "Choisissez votre situation."),
    hopes: requiredText(2000, "Dites en quelques mots ce que vous attendez."),
    availability: optionalText(500),
    consent: z.literal(true, "Votre accord est nécessaire pour que votre demande soit transmise."),
    /** Left empty by people; filled by robots (hidden field). */
    website: z.string().max(200).optional(),
  })
  .refine((body) => body.email !== null || body.phone !== null, {
    message: "Indiquez une adresse e-mail ou un numéro de téléphone pour que le site puisse vous répondre.",
    path: ["email"],
  });
export type SelfReferralBody = z.infer<typeof selfReferralBody>;

export const selfReferralReceipt = z.object({
  reference: z.string(),
  site: z.object({ name: z.string(), communeName: z.string(), address: z.string().nullable() }),
  emailSent: z.boolean(),
});
export type SelfReferralReceipt = z.infer<typeof selfReferralReceipt>;

/** A prescriber's referral: the person (found or created), where to, why, and who the referent is. */
export const prescriptionBody = z
  .object({
    person: z.object({ ...identityFields, franceTravailId }),
    /** A site, or only a lot whose operator chooses the site. */
    siteId: z.uuid("Site inconnu.").nullable().default(null),
    lotId: z.uuid("Lot inconnu.").nullable().default(null),
    motivation: requiredText(2000, "Indiquez les motifs de la prescription."),
    knownBarriers: z.array(z.enum(BARRIER_THEMES)).max(BARRIER_THEMES.length).default([]),
    barriersNote: optionalText(1000),
    availability: optionalText(500),
    /** The referent (référent·e), a user of the sender's organisation; empty: the sender. */
    referentUserId: z.uuid("Référent·e inconnu·e.").nullable().default(null),
  })
  .refine((body) => body.siteId !== null || body.lotId !== null, {
    message: "Choisissez un site, ou un lot dont le groupement choisira le site.",
    path: ["siteId"],
  });
export type PrescriptionBody = z.infer<typeof prescriptionBody>;

/** Looking for a person before referring them: name + birth date, or France Travail identifier. */
export const personSearchQuery = z
  .object({
    lastName: optionalFilter(text(100)),
    firstName: optionalFilter(text(100)),
    birthDate: optionalFilter(isoDate),
    franceTravailId: optionalFilter(z.string().trim().toUpperCase().max(11)),
  })
  .refine(
    (query) => (query.lastName && query.firstName && query.birthDate) || query.franceTravailId,
    "Cherchez avec le nom, le prénom et la date de naissance, ou avec l'identifiant France Travail.",
  );

/** A person already known, and their referrals still open, as a prescriber may see them before referring. */
export const personMatch = z.object({
  id: z.uuid(),
  lastName: z.string(),
  firstName: z.string(),
  birthDate: z.string(),
  communeName: z.string(),
  openReferrals: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(REFERRAL_KINDS),
      status: z.enum(REFERRAL_STATUSES),
      siteName: z.string().nullable(),
      lotName: z.string(),
      sentAt: z.string(),
      /** Sent by the caller's organisation: they can open it. */
      ours: z.boolean(),
      /** A self-referral no prescriber has confirmed yet: the caller may confirm it and become referent. */
      confirmable: z.boolean(),
    }),
  ),
});
export type PersonMatch = z.infer<typeof personMatch>;

export const referralListQuery = z.object({
  siteId: optionalFilter(z.uuid("Site inconnu.")),
  status: optionalFilter(z.enum(REFERRAL_STATUSES)),
  kind: optionalFilter(z.enum(REFERRAL_KINDS)),
  /** Only those whose site is still to be chosen (referred to a lot). */
  unassigned: optionalFilter(z.enum(["true", "false"]).transform((value) => value === "true")),
  /** Only those left unanswered too long. */
  unanswered: optionalFilter(z.enum(["true", "false"]).transform((value) => value === "true")),
  q: optionalFilter(text(100)),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type ReferralListQuery = z.infer<typeof referralListQuery>;

export const referralSummary = z.object({
  id: z.uuid(),
  kind: z.enum(REFERRAL_KINDS),
  status: z.enum(REFERRAL_STATUSES),
  person: personName,
  site: reference.nullable(),
  lot: reference,
  prescriberOrganisation: reference.nullable(),
  referent: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  sentAt: z.string(),
  statusChangedAt: z.string(),
  appointmentAt: z.string().nullable(),
  plannedEntryDate: z.string().nullable(),
  /** Position on the site's waiting list, from 1. */
  waitingListPosition: z.number().nullable(),
  unanswered: z.boolean(),
});
export type ReferralSummary = z.infer<typeof referralSummary>;

export const referralList = z.object({
  items: z.array(referralSummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});

export const referralEventItem = z.object({
  at: z.string(),
  kind: z.string(),
  fromStatus: z.enum(REFERRAL_STATUSES).nullable(),
  toStatus: z.enum(REFERRAL_STATUSES),
  actorLabel: z.string(),
  /** Hidden from the prescriber when the site did not share a refusal's reason. */
  reasonCode: z.string().nullable(),
  reasonText: z.string().nullable(),
  details: z.record(z.string(), z.string().nullable()).nullable(),
});

export const referralDetail = referralSummary.extend({
  person: personName.extend({
    email: z.string().nullable(),
    phone: z.string().nullable(),
    commune: z.object({ code: z.string(), name: z.string() }),
    franceTravailId: z.string().nullable(),
  }),
  situation: z.string().nullable(),
  motivation: z.string(),
  knownBarriers: z.array(z.string()),
  barriersNote: z.string().nullable(),
  availability: z.string().nullable(),
  appointmentPlace: z.string().nullable(),
  refusalReason: z.string().nullable(),
  pathwayId: z.uuid().nullable(),
  history: z.array(referralEventItem),
  /** What the caller may do now: the statuses they may move it to, and whether they choose its site. */
  allowedTransitions: z.array(z.enum(REFERRAL_STATUSES)),
  mayAssignSite: z.boolean(),
});
export type ReferralDetail = z.infer<typeof referralDetail>;

/** A change of status asked by a training organisation or a prescriber. */
export const transitionBody = z.object({
  to: z.enum(REFERRAL_STATUSES, "Statut inconnu."),
  /** For an invitation to an information session or an admission interview. */
  appointmentAt: z.iso.datetime({ offset: true, error: "Date et heure invalides." }).optional(),
  appointmentPlace: optionalText(300),
  /** For an acceptance or an entry: the (planned) entry date, any day of the week. */
  entryDate: isoDate.optional(),
  /** For an entry: where the person stood 12 months before (the rest of the profile is on the pathway). */
  situationBefore12m: z.enum(SITUATIONS, "Situation inconnue.").optional(),
  refusalReason: z.enum(REFUSAL_REASONS, "Motif de refus inconnu.").optional(),
  shareWithPrescriber: z.boolean().default(false),
  reasonText: optionalText(1000),
});
export type TransitionBody = z.infer<typeof transitionBody>;

export const assignSiteBody = z.object({ siteId: z.uuid("Site inconnu.") });
export const confirmBody = z.object({
  referentUserId: z.uuid("Référent·e inconnu·e.").nullable().default(null),
});

export const referralIdParams = z.object({ id: z.uuid("Identifiant invalide.") });
