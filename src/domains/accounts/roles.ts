import type { OrganisationKind } from "../territory/territory.vocabulary";

export const ROLES = [
  "region_admin",
  "territorial_officer",
  "training_manager",
  "training_staff",
  "prescriber_admin",
  "prescriber_advisor",
  "evaluator",
  "trainee",
] as const;
export type Role = (typeof ROLES)[number];

/** Everyone but trainees: the people who run the programme. */
export const PROFESSIONAL_ROLES = ROLES.filter((role) => role !== "trainee");

/** The people of a training organisation (or consortium), and of a prescriber organisation. */
export const TRAINING_ROLES = ["training_manager", "training_staff"] as const satisfies readonly Role[];
export const PRESCRIBER_ROLES = ["prescriber_admin", "prescriber_advisor"] as const satisfies readonly Role[];

/** Who administers an organisation's accounts: the Region's, a training organisation's, a prescriber's. */
export const ORGANISATION_ADMIN_ROLES = ["region_admin", "training_manager", "prescriber_admin"] as const;

export const ROLE_LABELS: Record<Role, string> = {
  region_admin: "Administrateur·rice Région",
  territorial_officer: "Chargé·e de mission territorial·e",
  training_manager: "Responsable d'organisme de formation",
  training_staff: "Formateur·rice / équipe d'organisme de formation",
  prescriber_admin: "Administrateur·rice de structure prescriptrice",
  prescriber_advisor: "Conseiller·ère prescripteur·rice",
  evaluator: "Évaluateur·rice",
  trainee: "Stagiaire",
};

/** Which kind of organisation each role belongs to (`null`: none). */
export const ROLE_ORGANISATION_KIND: Record<Role, OrganisationKind | readonly OrganisationKind[] | null> = {
  region_admin: "region",
  territorial_officer: "region",
  training_manager: ["training_organisation", "consortium"],
  training_staff: ["training_organisation", "consortium"],
  prescriber_admin: "prescriber",
  prescriber_advisor: "prescriber",
  evaluator: null,
  trainee: null,
};

/** The roles an organisation administrator may hand out inside their own organisation. */
export const ROLES_GRANTED_BY: Partial<Record<Role, readonly Role[]>> = {
  region_admin: ROLES,
  training_manager: ["training_manager", "training_staff"],
  prescriber_admin: ["prescriber_admin", "prescriber_advisor"],
};

export function roleFitsOrganisation(role: Role, kind: OrganisationKind | null): boolean {
  const expected = ROLE_ORGANISATION_KIND[role];
  if (expected === null) return kind === null;
  if (kind === null) return false;
  return typeof expected === "string" ? expected === kind : expected.includes(kind);
}

/** How a user wants to be told of changes by e-mail: each one at once, or one daily digest. */
export const NOTIFICATION_FREQUENCIES = ["immediate", "daily_digest"] as const;
export type NotificationFrequency = (typeof NOTIFICATION_FREQUENCIES)[number];

export const NOTIFICATION_FREQUENCY_LABELS: Record<NotificationFrequency, string> = {
  immediate: "À chaque changement",
  daily_digest: "Un récapitulatif par jour",
};
