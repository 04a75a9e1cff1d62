/**
 * One vocabulary for where a person stands: 12 months before entry, at exit and at each follow-up
 * (`spec/records-and-indicators.md` §2). No server code: the web reads the same labels.
 */
export const SITUATIONS = [
  "employment_durable",
  "employment_short",
  "qualifying_training_prf",
  "qualifying_training_other",
  "apprenticeship",
  "job_seeking",
  "inactive",
  "unknown",
] as const;
export type Situation = (typeof SITUATIONS)[number];

/** As professionals read them. */
export const SITUATION_LABELS: Record<Situation, string> = {
  employment_durable: "Emploi durable (CDI, CDD ou intérim de 6 mois ou plus, création d'entreprise)",
  employment_short: "Emploi de moins de 6 mois",
  qualifying_training_prf: "Formation qualifiante du Programme régional de formation (PRF)",
  qualifying_training_other: "Autre formation qualifiante",
  apprenticeship: "Apprentissage",
  job_seeking: "Recherche d'emploi",
  inactive: "Sans activité, sans recherche d'emploi",
  unknown: "Inconnue",
};

/** As a former trainee answers on their phone: plain words, no acronym left unexplained. */
export const SITUATION_PLAIN_LABELS: Record<Situation, string> = {
  employment_durable: "J'ai un travail de 6 mois ou plus (CDI, CDD, intérim) ou j'ai créé mon entreprise",
  employment_short: "J'ai un travail de moins de 6 mois",
  qualifying_training_prf: "Je suis une formation payée par la Région",
  qualifying_training_other: "Je suis une autre formation qui donne un diplôme ou un titre",
  apprenticeship: "Je suis en apprentissage",
  job_seeking: "Je cherche du travail",
  inactive: "Je ne travaille pas et je ne cherche pas en ce moment",
  unknown: "Je ne sais pas ou je préfère ne pas répondre",
};

/** Qualifying training, PRF or other, as the indicators count it. */
export const QUALIFYING_TRAINING_SITUATIONS = [
  "qualifying_training_prf",
  "qualifying_training_other",
] as const satisfies readonly Situation[];

/** Why a pathway ended (`exit_reason` of the records file). */
export const EXIT_REASONS = [
  "completed",
  "early_exit_employment",
  "early_exit_training",
  "early_exit_health",
  "early_exit_dropout",
  "early_exit_other",
] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];

export const EXIT_REASON_LABELS: Record<ExitReason, string> = {
  completed: "Parcours terminé",
  early_exit_employment: "Sortie anticipée pour un emploi",
  early_exit_training: "Sortie anticipée pour une formation",
  early_exit_health: "Sortie anticipée pour raison de santé",
  early_exit_dropout: "Abandon",
  early_exit_other: "Sortie anticipée pour une autre raison",
};
