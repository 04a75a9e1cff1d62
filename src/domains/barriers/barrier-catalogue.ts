/**
 * The catalogue of peripheral barriers (freins périphériques): themes, and the situations of each that
 * a diagnosis picks from. Health and justice are restricted: their details are shown only to those who
 * need them, and every view of them is audited.
 */
export const BARRIER_THEMES = [
  "mobility",
  "housing",
  "health",
  "childcare_family",
  "money",
  "paperwork",
  "digital",
  "language_literacy",
  "justice",
] as const;
export type BarrierTheme = (typeof BARRIER_THEMES)[number];

type ThemeEntry = { label: string; restricted: boolean; situations: Readonly<Record<string, string>> };

export const BARRIER_CATALOGUE: Readonly<Record<BarrierTheme, ThemeEntry>> = {
  mobility: {
    label: "Mobilité",
    restricted: false,
    situations: {
      no_licence: "Pas de permis de conduire",
      no_vehicle: "Pas de véhicule",
      no_public_transport: "Pas de transport en commun adapté",
      fear_of_travel: "Difficulté à se déplacer seul·e",
      mobility_cost: "Coût des déplacements",
    },
  },
  housing: {
    label: "Logement",
    restricted: false,
    situations: {
      homeless: "Sans logement",
      temporary_housing: "Hébergement provisoire ou chez un tiers",
      unsuitable_housing: "Logement inadapté ou insalubre",
      eviction_risk: "Risque d'expulsion",
    },
  },
  health: {
    label: "Santé",
    restricted: true,
    situations: {
      physical_health: "Problème de santé physique",
      mental_health: "Souffrance psychique",
      addiction: "Addiction",
      disability: "Handicap (RQTH ou en cours)",
      no_health_cover: "Pas de couverture santé",
    },
  },
  childcare_family: {
    label: "Garde d'enfants, situation familiale",
    restricted: false,
    situations: {
      childcare: "Garde d'enfants",
      caregiver: "Aidant·e d'un proche",
      family_difficulties: "Difficultés familiales",
    },
  },
  money: {
    label: "Difficultés financières",
    restricted: false,
    situations: {
      no_income: "Pas de ressources",
      debt: "Dettes, surendettement",
      rights_not_claimed: "Droits non ouverts",
    },
  },
  paperwork: {
    label: "Démarches administratives",
    restricted: false,
    situations: {
      missing_documents: "Papiers d'identité ou titre de séjour manquants",
      administrative_difficulties: "Difficultés avec les démarches",
      bank_account: "Pas de compte bancaire",
    },
  },
  digital: {
    label: "Numérique",
    restricted: false,
    situations: {
      no_equipment: "Pas d'ordinateur ou de téléphone adapté",
      no_connection: "Pas de connexion internet",
      digital_skills: "Peu à l'aise avec le numérique",
    },
  },
  language_literacy: {
    label: "Langue française, lecture, écriture",
    restricted: false,
    situations: {
      french_language: "Maîtrise du français",
      reading_writing: "Lecture et écriture",
      numeracy: "Calcul",
    },
  },
  justice: {
    label: "Justice",
    restricted: true,
    situations: {
      ongoing_procedure: "Procédure judiciaire en cours",
      court_order: "Mesure de justice (contrôle, sursis, placement)",
      recent_release: "Sortie récente de détention",
    },
  },
};

/** Themes whose details only the people who need them may read. */
export const RESTRICTED_BARRIER_THEMES = BARRIER_THEMES.filter(
  (theme) => BARRIER_CATALOGUE[theme].restricted,
);

export const BARRIER_THEME_LABELS = Object.fromEntries(
  BARRIER_THEMES.map((theme) => [theme, BARRIER_CATALOGUE[theme].label]),
) as Record<BarrierTheme, string>;

export function isSituationOf(theme: BarrierTheme, situation: string): boolean {
  return Object.hasOwn(BARRIER_CATALOGUE[theme].situations, situation);
}

export const BARRIER_SEVERITIES = ["low", "medium", "high"] as const;
export type BarrierSeverity = (typeof BARRIER_SEVERITIES)[number];
export const BARRIER_SEVERITY_LABELS: Record<BarrierSeverity, string> = {
  low: "Léger",
  medium: "Important",
  high: "Bloquant",
};

/** A barrier is identified at entry, worked on, then lifted or not at exit. */
export const BARRIER_STATUSES = ["identified", "in_progress", "lifted", "not_lifted"] as const;
export type BarrierStatus = (typeof BARRIER_STATUSES)[number];
export const BARRIER_STATUS_LABELS: Record<BarrierStatus, string> = {
  identified: "Repéré",
  in_progress: "En cours de levée",
  lifted: "Levé",
  not_lifted: "Non levé",
};

export const BARRIER_ACTION_STATUSES = ["planned", "in_progress", "done", "cancelled"] as const;
export type BarrierActionStatus = (typeof BARRIER_ACTION_STATUSES)[number];
export const BARRIER_ACTION_STATUS_LABELS: Record<BarrierActionStatus, string> = {
  planned: "Prévue",
  in_progress: "En cours",
  done: "Faite",
  cancelled: "Abandonnée",
};

export const BARRIER_EVENT_KINDS = [
  "identified",
  "status_changed",
  "severity_changed",
  "details_changed",
  "action_added",
  "action_changed",
] as const;
export type BarrierEventKind = (typeof BARRIER_EVENT_KINDS)[number];
