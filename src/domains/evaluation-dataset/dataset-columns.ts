import { stringify } from "csv-stringify/sync";
import { EXIT_REASON_LABELS, SITUATION_LABELS } from "../outcomes/situation-vocabulary";
import { GENDER_LABELS, QUALIFICATION_LEVEL_LABELS } from "../people/profile-vocabulary";
import { formatHundredths, yesNo } from "../records/record-values";
import { RURAL_COMMUNE_POPULATION } from "../referral-statistics/basin-coverage";
import { REFERRAL_CHANNEL_LABELS } from "../territory/territory.vocabulary";

/** One pathway as the evaluation dataset holds it: no name, birth date, contact, identifier or free text. */
export type DatasetRow = {
  pseudonym: string;
  source: string;
  lotCode: string;
  siteCode: string;
  birthYear: number;
  gender: string | null;
  communeCode: string;
  basinCode: string | null;
  rural: boolean;
  qualificationLevel: string | null;
  workedPrior12m: boolean | null;
  rqth: boolean;
  qpv: boolean;
  channel: string;
  referralDate: string;
  entryDate: string;
  plannedHours: number;
  /** Hundredths of an hour. */
  hoursDone: number;
  internshipHours: number;
  exitDate: string | null;
  exitReason: string | null;
  situationBefore12m: string | null;
  situationAtExit: string | null;
  situation6m: string | null;
  projectIdentified: boolean | null;
  situationImproved: boolean | null;
};

/** A column of the dataset and its entry in the data dictionary. */
export type DatasetColumn = {
  name: string;
  description: string;
  /** The values it takes, and what an empty cell means. */
  values: string;
  /** Where it comes from, for Amorce's own pathways and for imported records. */
  source: string;
  cell: (row: DatasetRow) => string;
};

const vocabulary = (labels: Record<string, string>, empty?: string) =>
  [
    ...Object.entries(labels).map(([code, label]) => `${code} = ${label}`),
    ...(empty ? [`vide = ${empty}`] : []),
  ].join(" ; ");

const YES_NO = "yes = oui ; no = non";
const DAY = "date AAAA-MM-JJ (calendrier de Paris)";
const HOURS = "nombre décimal (point), au centième d'heure";
const text = (value: string | null) => value ?? "";
const situation = (
  column: Omit<DatasetColumn, "values" | "cell"> & { empty: string; of: (row: DatasetRow) => string | null },
): DatasetColumn => ({
  name: column.name,
  description: column.description,
  values: vocabulary(SITUATION_LABELS, column.empty),
  source: column.source,
  cell: (row) => text(column.of(row)),
});

/**
 * The evaluation dataset's columns, in file order: the single description from which the CSV's header
 * and cells, the data dictionary (CSV) and its table in `docs/evaluation-dataset.md` are all made.
 */
export const DATASET_COLUMNS: readonly DatasetColumn[] = [
  {
    name: "person_pseudonym",
    description:
      "Pseudonyme stable de la personne : le même pour tous ses parcours et d'un export à l'autre, tant que la clé de la Région ne change pas. Ne permet pas de retrouver la personne sans cette clé.",
    values: "64 caractères hexadécimaux (HMAC-SHA-256 de l'identifiant interne de la personne)",
    source: "Calculé à l'export à partir de l'identifiant de la personne et de EVALUATION_PSEUDONYM_KEY",
    cell: (row) => row.pseudonym,
  },
  {
    name: "source",
    description:
      "Système d'où vient le parcours : Amorce lui-même, ou le système d'origine d'une fiche importée",
    values: "amorce = parcours suivi dans Amorce ; autre texte = nom du système d'origine (fiches importées)",
    source: "Amorce ; fiches importées : colonne source",
    cell: (row) => row.source,
  },
  {
    name: "lot_code",
    description: "Code du lot (territoire du marché) du parcours",
    values: "code du lot du référentiel territorial",
    source: "Parcours ; fiches importées : colonne lot_code",
    cell: (row) => row.lotCode,
  },
  {
    name: "site_code",
    description: "Code du site de formation du parcours",
    values: "code du site du référentiel territorial",
    source: "Parcours ; fiches importées : colonne site_code",
    cell: (row) => row.siteCode,
  },
  {
    name: "birth_year",
    description: "Année de naissance (la date de naissance n'est pas exportée)",
    values: "année sur 4 chiffres",
    source: "Personne (date de naissance) ; fiches importées : colonne birth_date",
    cell: (row) => String(row.birthYear),
  },
  {
    name: "gender",
    description: "Genre",
    values: vocabulary(GENDER_LABELS, "non renseigné"),
    source: "Personne ; fiches importées : colonne gender",
    cell: (row) => text(row.gender),
  },
  {
    name: "commune_code",
    description: "Commune de résidence",
    values: "code INSEE de la commune",
    source: "Personne ; fiches importées : colonne commune_code",
    cell: (row) => row.communeCode,
  },
  {
    name: "basin_code",
    description: "Bassin d'emploi de la commune de résidence",
    values: "code du bassin du référentiel territorial ; vide = commune hors des bassins du référentiel",
    source: "Référentiel territorial (communes des bassins)",
    cell: (row) => text(row.basinCode),
  },
  {
    name: "rural_residence",
    description: `Réside dans une commune rurale (moins de ${RURAL_COMMUNE_POPULATION.toLocaleString("fr-FR")} habitants), comme le filtre « résidence » des indicateurs`,
    values: YES_NO,
    source: "Référentiel territorial (population des communes)",
    cell: (row) => yesNo(row.rural),
  },
  {
    name: "qualification_level",
    description: "Niveau de diplôme à l'entrée (nomenclature 2019)",
    values: vocabulary(QUALIFICATION_LEVEL_LABELS, "inconnu"),
    source: "Profil à l'entrée du parcours ; fiches importées : colonne qualification_level",
    cell: (row) => text(row.qualificationLevel),
  },
  {
    name: "worked_prior_12m",
    description: "A travaillé dans les 12 mois avant l'entrée",
    values: `${YES_NO} ; vide = inconnu`,
    source: "Profil à l'entrée du parcours ; fiches importées : colonne worked_prior_12m",
    cell: (row) => yesNo(row.workedPrior12m),
  },
  {
    name: "rqth",
    description: "Reconnu·e travailleur handicapé (RQTH)",
    values: `${YES_NO} (non renseigné = no)`,
    source: "Profil à l'entrée du parcours ; fiches importées : colonne rqth",
    cell: (row) => yesNo(row.rqth),
  },
  {
    name: "qpv",
    description: "Réside dans un quartier prioritaire de la politique de la ville (QPV)",
    values: `${YES_NO} (non renseigné = no)`,
    source: "Profil à l'entrée du parcours ; fiches importées : colonne qpv",
    cell: (row) => yesNo(row.qpv),
  },
  {
    name: "referral_channel",
    description: "Canal d'orientation : le réseau prescripteur, ou self pour une candidature spontanée",
    values: vocabulary(REFERRAL_CHANNEL_LABELS),
    source:
      "Orientation (réseau de la structure prescriptrice) ; fiches importées : colonne referral_channel",
    cell: (row) => row.channel,
  },
  {
    name: "referral_date",
    description: "Jour de l'envoi de l'orientation (à défaut, jour d'entrée)",
    values: DAY,
    source: "Orientation ; fiches importées : colonne referral_date",
    cell: (row) => row.referralDate,
  },
  {
    name: "entry_date",
    description: "Jour d'entrée dans le dispositif",
    values: DAY,
    source: "Parcours ; fiches importées : colonne entry_date",
    cell: (row) => row.entryDate,
  },
  {
    name: "planned_hours",
    description: "Heures prévues au parcours",
    values: "nombre entier d'heures",
    source:
      "Dernière version du plan de parcours (modules et stages), arrondie à l'heure ; fiches importées : colonne planned_hours",
    cell: (row) => String(row.plannedHours),
  },
  {
    name: "hours_done",
    description: "Heures réalisées, stages compris",
    values: HOURS,
    source:
      "Émargements (présent ou en retard, séances non annulées) et heures de stage effectuées ; fiches importées : colonne hours_done",
    cell: (row) => formatHundredths(row.hoursDone),
  },
  {
    name: "internship_hours",
    description: "Heures réalisées en stage en entreprise",
    values: HOURS,
    source: "Stages (heures effectuées) ; fiches importées : colonne internship_hours",
    cell: (row) => formatHundredths(row.internshipHours),
  },
  {
    name: "exit_date",
    description: "Jour de sortie du dispositif",
    values: `${DAY} ; vide = parcours en cours`,
    source: "Sortie du parcours ; fiches importées : colonne exit_date",
    cell: (row) => text(row.exitDate),
  },
  {
    name: "exit_reason",
    description: "Motif de sortie",
    values: vocabulary(EXIT_REASON_LABELS, "parcours en cours"),
    source: "Sortie du parcours ; fiches importées : colonne exit_reason",
    cell: (row) => text(row.exitReason),
  },
  situation({
    name: "situation_before_12m",
    description: "Situation 12 mois avant l'entrée",
    empty: "non renseignée",
    source: "Profil à l'entrée du parcours ; fiches importées : colonne situation_before_12m",
    of: (row) => row.situationBefore12m,
  }),
  situation({
    name: "situation_exit",
    description: "Situation à la sortie",
    empty: "parcours en cours, ou sortie sans situation renseignée",
    source: "Sortie du parcours ; fiches importées : colonne situation_exit",
    of: (row) => row.situationAtExit,
  }),
  situation({
    name: "situation_6m",
    description: "Situation 6 mois après la sortie",
    empty: "questionnaire à 6 mois pas (encore) répondu",
    source: "Questionnaire de suivi à 6 mois (réponse reçue) ; fiches importées : colonne situation_6m",
    of: (row) => row.situation6m,
  }),
  {
    name: "project_identified",
    description: "Projet professionnel identifié ou confirmé, selon la personne 6 mois après",
    values: `${YES_NO} ; vide = pas de réponse`,
    source: "Questionnaire de suivi à 6 mois ; fiches importées : colonne project_identified",
    cell: (row) => yesNo(row.projectIdentified),
  },
  {
    name: "situation_improved",
    description: "Situation améliorée, selon la personne 6 mois après",
    values: `${YES_NO} ; vide = pas de réponse`,
    source: "Questionnaire de suivi à 6 mois ; fiches importées : colonne situation_improved",
    cell: (row) => yesNo(row.situationImproved),
  },
];

/** The dataset as CSV: UTF-8, commas, a header row of the column names, one line per pathway. */
export function datasetCsv(rows: readonly DatasetRow[]): string {
  return stringify(
    [
      DATASET_COLUMNS.map((column) => column.name),
      ...rows.map((row) => DATASET_COLUMNS.map((c) => c.cell(row))),
    ],
    { record_delimiter: "\n" },
  );
}

const DICTIONARY_HEADER = ["colonne", "description", "valeurs", "source"];
const dictionaryRows = () =>
  DATASET_COLUMNS.map((column) => [column.name, column.description, column.values, column.source]);

/** The data dictionary as CSV, for a spreadsheet: UTF-8 with a BOM, one line per column of the dataset. */
export function dictionaryCsv(): string {
  return `\uFEFF${stringify([DICTIONARY_HEADER, ...dictionaryRows()], { record_delimiter: "\r\n" })}`;
}

/** The data dictionary as a Markdown table (the one `docs/evaluation-dataset.md` shows). */
export function dictionaryMarkdown(): string {
  const cell = (value: string) => value.replace(/\|/g, "\\|");
  return [
    `| ${DICTIONARY_HEADER.join(" | ")} |`,
    `|${DICTIONARY_HEADER.map(() => "---").join("|")}|`,
    ...dictionaryRows().map(
      ([name, ...rest]) => `| \`${name}\` | ${rest.map((v) => cell(v ?? "")).join(" | ")} |`,
    ),
  ].join("\n");
}
