/** A trainee's profile at entry, as the records file (`spec/records-and-indicators.md` §2) and indicators read it. */
export const GENDERS = ["F", "M", "X"] as const;
export type Gender = (typeof GENDERS)[number];

export const GENDER_LABELS: Record<Gender, string> = { F: "Femme", M: "Homme", X: "Autre ou non précisé" };

/** Nomenclature 2019 of diploma levels; `infra3`: no diploma, or the brevet only. */
export const QUALIFICATION_LEVELS = ["infra3", "3", "4", "5", "6", "7", "8"] as const;
export type QualificationLevel = (typeof QUALIFICATION_LEVELS)[number];

export const QUALIFICATION_LEVEL_LABELS: Record<QualificationLevel, string> = {
  infra3: "Sans diplôme ou brevet (infra 3)",
  "3": "Niveau 3 : CAP, BEP",
  "4": "Niveau 4 : baccalauréat",
  "5": "Niveau 5 : bac + 2",
  "6": "Niveau 6 : licence, bac + 3",
  "7": "Niveau 7 : master, bac + 5",
  "8": "Niveau 8 : doctorat",
};
