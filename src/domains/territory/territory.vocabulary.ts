/** The kinds of organisation that take part in the programme. */
export const ORGANISATION_KINDS = ["region", "training_organisation", "consortium", "prescriber"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  region: "Région",
  training_organisation: "Organisme de formation",
  consortium: "Groupement",
  prescriber: "Structure prescriptrice",
};

/** Prescriber networks, in the order the Region reports them. */
export const PRESCRIBER_NETWORKS = [
  "france_travail",
  "mission_locale",
  "cap_emploi",
  "departmental_council",
  "iae",
  "university",
  "ccas_cias",
  "city_policy",
  "other",
] as const;
export type PrescriberNetwork = (typeof PRESCRIBER_NETWORKS)[number];

export const PRESCRIBER_NETWORK_LABELS: Record<PrescriberNetwork, string> = {
  france_travail: "France Travail",
  mission_locale: "Mission Locale",
  cap_emploi: "Cap emploi",
  departmental_council: "Conseil départemental",
  iae: "Insertion par l'activité économique (IAE)",
  university: "Université",
  ccas_cias: "CCAS / CIAS",
  city_policy: "Politique de la ville",
  other: "Autre",
};

/** How a person came to the programme: through a prescriber network, or on their own (`self`). */
export const REFERRAL_CHANNELS = [...PRESCRIBER_NETWORKS, "self"] as const;
export type ReferralChannel = (typeof REFERRAL_CHANNELS)[number];

export const REFERRAL_CHANNEL_LABELS: Record<ReferralChannel, string> = {
  ...PRESCRIBER_NETWORK_LABELS,
  self: "Auto-positionnement",
};

/** The Region's own organisation, created in every database with the reference data. */
export const REGION_ORGANISATION_CODE = "REGION";

/** The twelve départements of Nouvelle-Aquitaine. */
export const DEPARTMENT_NAMES: Readonly<Record<string, string>> = {
  "16": "Charente",
  "17": "Charente-Maritime",
  "19": "Corrèze",
  "23": "Creuse",
  "24": "Dordogne",
  "33": "Gironde",
  "40": "Landes",
  "47": "Lot-et-Garonne",
  "64": "Pyrénées-Atlantiques",
  "79": "Deux-Sèvres",
  "86": "Vienne",
  "87": "Haute-Vienne",
};
