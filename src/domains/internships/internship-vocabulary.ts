/** The three legal objectives of an internship (période de mise en situation en milieu professionnel). */
export const INTERNSHIP_OBJECTIVES = ["discover_job", "confirm_project", "start_recruitment"] as const;
export type InternshipObjective = (typeof INTERNSHIP_OBJECTIVES)[number];
export const INTERNSHIP_OBJECTIVE_LABELS: Record<InternshipObjective, string> = {
  discover_job: "Découvrir un métier ou un secteur d'activité",
  confirm_project: "Confirmer un projet professionnel",
  start_recruitment: "Initier une démarche de recrutement",
};

/**
 * An internship is drafted, sent for signature (its agreement is then frozen), signed by all four
 * parties, then completed with the tutor's assessment; it may be cancelled before it is completed.
 */
export const INTERNSHIP_STATUSES = [
  "draft",
  "awaiting_signatures",
  "signed",
  "completed",
  "cancelled",
] as const;
export type InternshipStatus = (typeof INTERNSHIP_STATUSES)[number];
export const INTERNSHIP_STATUS_LABELS: Record<InternshipStatus, string> = {
  draft: "En préparation",
  awaiting_signatures: "En attente de signatures",
  signed: "Convention signée",
  completed: "Terminé",
  cancelled: "Annulé",
};

/** Who signs the internship agreement, in the order the agreement lists them. */
export const SIGNATORY_PARTIES = ["trainee", "company", "training_organisation", "referent"] as const;
export type SignatoryParty = (typeof SIGNATORY_PARTIES)[number];
export const SIGNATORY_PARTY_LABELS: Record<SignatoryParty, string> = {
  trainee: "Le ou la stagiaire",
  company: "L'entreprise d'accueil",
  training_organisation: "L'organisme de formation",
  referent: "Le ou la référent·e prescripteur·rice",
};
