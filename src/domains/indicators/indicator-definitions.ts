/**
 * The indicators of `spec/records-and-indicators.md` §3: each one's definition, numerator and
 * denominator, in one place. The SQL (`count-indicators.ts`) only counts; every ratio, the JSON of the
 * CLI and the figures of the dashboards and exports are computed here from those counts. No I/O.
 */

/** What the SQL counts over the entrants of a scope (see `count-indicators.ts` for each one's query). */
export const COUNT_NAMES = [
  "entrants",
  "selfEntrants",
  "knownLevel",
  "lowLevel",
  "knownWorkedPrior",
  "noWorkPrior",
  "women",
  "rqth",
  "qpv",
  "leavers",
  "completed",
  "leaverHoursDone",
  "leaverInternshipHours",
  "followed",
  "followedQualifyingBefore",
  "followedQualifying6m",
  "followedDurable6m",
  "followedPositive6m",
  "prfContinuation",
  "projectAnswered",
  "projectIdentified",
  "improvementAnswered",
  "noImprovement",
  "siteQuarters",
  "rollingSiteQuarters",
] as const;
export type CountName = (typeof COUNT_NAMES)[number];
export type IndicatorCounts = Record<CountName, number>;

/** What the populations and counts mean, in French, for the dashboards' « définition » lines. */
export const COUNT_LABELS: Record<CountName, string> = {
  entrants: "entrées (date d'entrée dans la période)",
  selfEntrants: "entrées venues d'elles-mêmes (candidature spontanée)",
  knownLevel: "entrées dont le niveau de diplôme est connu",
  lowLevel: "entrées sans diplôme ou de niveau CAP/BEP (infra 3 ou 3)",
  knownWorkedPrior: "entrées dont on sait si elles ont travaillé dans les 12 mois avant",
  noWorkPrior: "entrées sans emploi dans les 12 mois avant",
  women: "entrées de femmes",
  rqth: "entrées reconnues travailleur handicapé (RQTH)",
  qpv: "entrées résidant en quartier prioritaire (QPV)",
  leavers: "sorties (entrées de la période qui ont une date de sortie)",
  completed: "sorties en fin de parcours",
  leaverHoursDone: "heures réalisées par les sortants",
  leaverInternshipHours: "heures de stage des sortants",
  followed: "sortants dont la situation à 6 mois est connue",
  followedQualifyingBefore: "suivis en formation qualifiante 12 mois avant l'entrée",
  followedQualifying6m: "suivis en formation qualifiante à 6 mois",
  followedDurable6m: "suivis en emploi durable à 6 mois",
  followedPositive6m: "suivis en emploi, en formation qualifiante ou en apprentissage à 6 mois",
  prfContinuation: "sortants en formation du PRF à la sortie ou à 6 mois",
  projectAnswered: "sortants qui ont répondu sur leur projet",
  projectIdentified: "sortants dont le projet est identifié ou confirmé",
  improvementAnswered: "sortants qui ont répondu sur l'amélioration de leur situation",
  noImprovement: "sortants dont la situation ne s'est pas améliorée",
  siteQuarters: "couples (site, trimestre) avec au moins une entrée",
  rollingSiteQuarters: "couples (site, trimestre) dont les entrées s'étalent sur au moins 3 semaines ISO",
};

export type IndicatorUnit = "count" | "share" | "hours";

export type IndicatorDefinition = {
  /** The key in the spec's JSON, dotted for nested ones (`profile.womenShare`). */
  key: string;
  label: string;
  unit: IndicatorUnit;
  numerator: CountName;
  /** Absent for a plain count; a ratio over 0 is `null`. */
  denominator?: CountName;
};

const share = (key: string, label: string, numerator: CountName, denominator: CountName) =>
  ({ key, label, unit: "share", numerator, denominator }) as const satisfies IndicatorDefinition;

/** Every indicator of the spec but `target` and `referralsByChannel`, which are not ratios of counts. */
export const INDICATOR_DEFINITIONS = [
  { key: "entries", label: "Entrées", unit: "count", numerator: "entrants" },
  share("selfReferralShare", "Part des candidatures spontanées", "selfEntrants", "entrants"),
  share("profile.lowQualificationShare", "Part des niveaux CAP/BEP ou moins", "lowLevel", "knownLevel"),
  share(
    "profile.noWorkPrior12mShare",
    "Part sans emploi dans les 12 mois avant l'entrée",
    "noWorkPrior",
    "knownWorkedPrior",
  ),
  share("profile.womenShare", "Part de femmes", "women", "entrants"),
  share("profile.rqthShare", "Part de personnes reconnues travailleur handicapé", "rqth", "entrants"),
  share("profile.qpvShare", "Part de résidents des quartiers prioritaires", "qpv", "entrants"),
  share("pathway.completionRate", "Taux de parcours menés à leur terme", "completed", "leavers"),
  {
    key: "pathway.averageHoursDone",
    label: "Heures réalisées en moyenne par parcours",
    unit: "hours",
    numerator: "leaverHoursDone",
    denominator: "leavers",
  },
  share(
    "pathway.internshipShare",
    "Part des heures réalisées en stage",
    "leaverInternshipHours",
    "leaverHoursDone",
  ),
  share(
    "outcomes.qualifyingTrainingBefore",
    "En formation qualifiante 12 mois avant l'entrée",
    "followedQualifyingBefore",
    "followed",
  ),
  share(
    "outcomes.qualifyingTraining6m",
    "En formation qualifiante 6 mois après",
    "followedQualifying6m",
    "followed",
  ),
  share("outcomes.durableEmployment6m", "En emploi durable 6 mois après", "followedDurable6m", "followed"),
  share("outcomes.prfContinuation", "Poursuite en formation du PRF", "prfContinuation", "leavers"),
  share("outcomes.projectIdentified", "Projet identifié ou confirmé", "projectIdentified", "projectAnswered"),
  share("outcomes.noImprovement", "Situation non améliorée", "noImprovement", "improvementAnswered"),
  share(
    "practice.rollingAdmissionShare",
    "Entrées au fil de l'eau (sites et trimestres)",
    "rollingSiteQuarters",
    "siteQuarters",
  ),
] as const satisfies readonly IndicatorDefinition[];

/** A ratio of two counts; `null` when the denominator is 0, as the spec wants. */
export const ratio = (numerator: number, denominator: number): number | null =>
  denominator === 0 ? null : numerator / denominator;

export function indicatorValue(definition: IndicatorDefinition, counts: IndicatorCounts): number | null {
  const numerator = counts[definition.numerator];
  return definition.denominator === undefined ? numerator : ratio(numerator, counts[definition.denominator]);
}

/** The definition of an indicator in one French sentence: what is divided by what. */
export function describeDefinition(definition: IndicatorDefinition): string {
  const numerator = COUNT_LABELS[definition.numerator];
  if (definition.denominator === undefined) return `Nombre d'${numerator}.`;
  const denominator = COUNT_LABELS[definition.denominator];
  return definition.unit === "hours"
    ? `Somme des ${numerator}, divisée par le nombre de ${denominator}.`
    : `${capitalise(numerator)}, rapportées aux ${denominator}.`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What the engine measures for a scope: the counts, the entrants by channel, and the lots' target. */
export type IndicatorMeasures = {
  counts: IndicatorCounts;
  entrantsByChannel: Record<string, number>;
  /** The targets of the lots concerned; `null` when the scope is narrower than whole lots. */
  target: number | null;
};

/** The JSON object of spec §3, keys in the spec's order. */
export type IndicatorsJson = {
  entries: number;
  target: number | null;
  referralsByChannel: Record<string, number>;
  selfReferralShare: number | null;
  profile: Record<
    "lowQualificationShare" | "noWorkPrior12mShare" | "womenShare" | "rqthShare" | "qpvShare",
    number | null
  >;
  pathway: Record<"completionRate" | "averageHoursDone" | "internshipShare", number | null>;
  outcomes: Record<
    | "qualifyingTrainingBefore"
    | "qualifyingTraining6m"
    | "durableEmployment6m"
    | "prfContinuation"
    | "projectIdentified"
    | "noImprovement",
    number | null
  >;
  practice: { rollingAdmissionShare: number | null };
};

export function indicatorsJson(measures: IndicatorMeasures): IndicatorsJson {
  const value = (key: string) => {
    const definition = INDICATOR_DEFINITIONS.find((candidate) => candidate.key === key);
    if (!definition) throw new Error(`Unknown indicator ${key}`);
    return indicatorValue(definition, measures.counts);
  };
  const group = <K extends string>(prefix: string, keys: readonly K[]) =>
    Object.fromEntries(keys.map((key) => [key, value(`${prefix}.${key}`)])) as Record<K, number | null>;
  return {
    entries: measures.counts.entrants,
    target: measures.target,
    referralsByChannel: measures.entrantsByChannel,
    selfReferralShare: value("selfReferralShare"),
    profile: group("profile", [
      "lowQualificationShare",
      "noWorkPrior12mShare",
      "womenShare",
      "rqthShare",
      "qpvShare",
    ]),
    pathway: group("pathway", ["completionRate", "averageHoursDone", "internshipShare"]),
    outcomes: group("outcomes", [
      "qualifyingTrainingBefore",
      "qualifyingTraining6m",
      "durableEmployment6m",
      "prfContinuation",
      "projectIdentified",
      "noImprovement",
    ]),
    practice: { rollingAdmissionShare: value("practice.rollingAdmissionShare") },
  };
}

/** One indicator as the dashboards and exports show it: value, definition, numerator and denominator. */
export type IndicatorLine = {
  key: string;
  label: string;
  unit: IndicatorUnit;
  value: number | null;
  definition: string;
  numerator: number;
  denominator: number | null;
};

export function indicatorLines(counts: IndicatorCounts): IndicatorLine[] {
  return INDICATOR_DEFINITIONS.map((definition: IndicatorDefinition) => ({
    key: definition.key,
    label: definition.label,
    unit: definition.unit,
    value: indicatorValue(definition, counts),
    definition: describeDefinition(definition),
    numerator: counts[definition.numerator],
    denominator: definition.denominator === undefined ? null : counts[definition.denominator],
  }));
}

/** No entrant at all: every count 0 (every ratio `null`). */
export const NO_COUNTS: IndicatorCounts = Object.fromEntries(
  COUNT_NAMES.map((name) => [name, 0]),
) as IndicatorCounts;
