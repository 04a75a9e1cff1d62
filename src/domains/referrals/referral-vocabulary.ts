/** The words of the ways in: how a referral arrived, the situations and barriers a sender can state. */

/** A prescriber's referral (prescription) or a person's own application (auto-positionnement). */
export const REFERRAL_KINDS = ["prescription", "self_referral"] as const;
export type ReferralKind = (typeof REFERRAL_KINDS)[number];

export const REFERRAL_KIND_LABELS: Record<ReferralKind, string> = {
  prescription: "Prescription",
  self_referral: "Auto-positionnement",
};

/** Where the person stands today, as a self-referring person or a prescriber would say it. */
export const CURRENT_SITUATIONS = [
  "job_seeker_registered",
  "job_seeker_not_registered",
  "short_jobs",
  "inactive",
  "student",
  "other",
] as const;
export type CurrentSituation = (typeof CURRENT_SITUATIONS)[number];

export const CURRENT_SITUATION_LABELS: Record<CurrentSituation, string> = {
  job_seeker_registered: "Je cherche un emploi et je suis inscrit·e à France Travail",
  job_seeker_not_registered: "Je cherche un emploi sans être inscrit·e à France Travail",
  short_jobs: "Je fais des petits boulots ou des missions courtes",
  inactive: "Je ne travaille pas et je ne cherche pas d'emploi en ce moment",
  student: "Je viens de quitter l'école ou les études",
  other: "Autre situation",
};
