/**
 * The transversal skills assessed at entry and at exit: the seven domains of the CléA certificate
 * (Certif Pro, socle de connaissances et de compétences professionnelles).
 */
export const SKILL_DOMAINS = [
  "french",
  "numeracy",
  "digital",
  "teamwork",
  "autonomy",
  "learning",
  "safety_rules",
] as const;
export type SkillDomain = (typeof SKILL_DOMAINS)[number];

export const SKILL_DOMAIN_LABELS: Record<SkillDomain, string> = {
  french: "Communiquer en français",
  numeracy: "Utiliser les règles de base de calcul et du raisonnement mathématique",
  digital: "Utiliser les techniques usuelles de l'information et de la communication numérique",
  teamwork: "Travailler dans le cadre de règles définies d'un travail en équipe",
  autonomy: "Travailler en autonomie et réaliser un objectif individuel",
  learning: "Apprendre à apprendre tout au long de la vie",
  safety_rules:
    "Maîtriser les gestes et postures, et respecter des règles d'hygiène, de sécurité et environnementales",
};

export const SKILL_MOMENTS = ["entry", "exit"] as const;
export type SkillMoment = (typeof SKILL_MOMENTS)[number];
export const SKILL_MOMENT_LABELS: Record<SkillMoment, string> = { entry: "À l'entrée", exit: "À la sortie" };

/** A four-step scale, from 1 (not yet) to 4 (mastered). */
export const SKILL_LEVELS = [1, 2, 3, 4] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];
export const SKILL_LEVEL_LABELS: Record<SkillLevel, string> = {
  1: "Pas encore acquis",
  2: "En cours d'acquisition",
  3: "Acquis",
  4: "Maîtrisé",
};

/** The domains in everyday words, for the trainee's own space. */
export const SKILL_DOMAIN_PLAIN_LABELS: Record<SkillDomain, string> = {
  french: "Parler, lire et écrire en français",
  numeracy: "Compter et calculer",
  digital: "Se servir d'un ordinateur et d'internet",
  teamwork: "Travailler en équipe",
  autonomy: "Travailler seul·e et atteindre un objectif",
  learning: "Apprendre",
  safety_rules: "Respecter les règles de sécurité et d'hygiène",
};
