import { EXIT_REASONS, type ExitReason, SITUATIONS, type Situation } from "../outcomes/situation-vocabulary";
import { identityKey } from "../people/identity-key";
import {
  GENDERS,
  type Gender,
  QUALIFICATION_LEVELS,
  type QualificationLevel,
} from "../people/profile-vocabulary";
import { isCalendarDate } from "../programme-rules/plan-input";
import { REFERRAL_CHANNELS, type ReferralChannel } from "../territory/territory.vocabulary";
import { parseHundredths, parseYesNo } from "./record-values";
import { AMORCE_SOURCE, RECORD_COLUMNS, type RecordCells, type RecordColumn } from "./records-columns";

/** What the file is checked against: the territory, the communes and Amorce's own pathways. */
export type RecordReferences = {
  /** Lot code → lot id. */
  lots: ReadonlyMap<string, string>;
  /** Site code → its id and its lot's code. */
  sites: ReadonlyMap<string, { id: string; lotCode: string }>;
  /** INSEE codes. */
  communes: ReadonlySet<string>;
  /** The ids of Amorce's own pathways (`source` null), which rows of source `amorce` update. */
  amorcePathwayIds: ReadonlySet<string>;
};

/** One line of the file, as read: its line number in the file (the header is line 1) and its cells. */
export type RecordLine = { line: number; cells: string[] };

/** `line N, column C: reason`, the reason in French. */
export type RecordProblem = { line: number; column: string; reason: string };

/** A valid line, typed: what the import writes. Hours in hundredths. */
export type ValidRecord = {
  line: number;
  recordId: string;
  source: string;
  lotId: string;
  siteId: string;
  lastName: string;
  firstName: string;
  birthDate: string;
  identityKey: string;
  gender: Gender;
  communeCode: string;
  qualificationLevel: QualificationLevel | null;
  workedPrior12m: boolean | null;
  rqth: boolean;
  qpv: boolean;
  channel: ReferralChannel;
  referralDate: string;
  entryDate: string;
  plannedHours: number;
  hoursDone: number;
  internshipHours: number;
  exitDate: string | null;
  exitReason: ExitReason | null;
  situationBefore12m: Situation;
  /** `null` while in the programme (written `unknown`). */
  situationAtExit: Situation | null;
  situation6m: Situation | null;
  projectIdentified: boolean | null;
  situationImproved: boolean | null;
};

export const formatProblem = (problem: RecordProblem) =>
  `line ${problem.line}, column ${problem.column}: ${problem.reason}`;

const MAX_PLANNED_HOURS = 100_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const list = (values: readonly string[]) => values.join(", ");

/** Checks the header: every column once, no other. Problems are on line 1. */
export function checkHeader(header: readonly string[]): RecordProblem[] {
  const problems: RecordProblem[] = [];
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) problems.push({ line: 1, column: name, reason: "colonne en double dans l'en-tête" });
    else if (!(RECORD_COLUMNS as readonly string[]).includes(name)) {
      problems.push({ line: 1, column: name || "(vide)", reason: "colonne inconnue" });
    }
    seen.add(name);
  }
  for (const name of RECORD_COLUMNS) {
    if (!seen.has(name)) problems.push({ line: 1, column: name, reason: "colonne absente de l'en-tête" });
  }
  return problems;
}

/**
 * Checks every line of a records file whose header is valid, and types the valid ones. Pure: every
 * problem of every line is listed, in line then column order.
 */
export function validateRecords(
  header: readonly string[],
  lines: readonly RecordLine[],
  references: RecordReferences,
): { problems: RecordProblem[]; records: ValidRecord[] } {
  const problems: RecordProblem[] = [];
  const records: ValidRecord[] = [];
  const firstLineOfKey = new Map<string, number>();
  const index = new Map(header.map((name, position) => [name, position]));
  for (const { line, cells } of lines) {
    if (cells.length !== header.length) {
      problems.push({
        line,
        column: header[Math.min(cells.length, header.length - 1)] ?? "record_id",
        reason: `la ligne a ${cells.length} valeur(s) au lieu de ${header.length}`,
      });
      continue;
    }
    const row = Object.fromEntries(
      RECORD_COLUMNS.map((name) => [name, cells[index.get(name) as number] ?? ""]),
    ) as RecordCells;
    const lineProblems: RecordProblem[] = [];
    const record = checkLine(line, row, references, (column, reason) =>
      lineProblems.push({ line, column, reason }),
    );
    if (row.record_id && row.source) {
      const key = `${row.source}\u0000${row.record_id}`;
      const first = firstLineOfKey.get(key);
      if (first !== undefined) {
        lineProblems.push({
          line,
          column: "record_id",
          reason: `« ${row.record_id} » de la source « ${row.source} » est déjà à la ligne ${first}`,
        });
      } else firstLineOfKey.set(key, line);
    }
    if (lineProblems.length > 0) {
      const order = (column: string) => RECORD_COLUMNS.indexOf(column as RecordColumn);
      problems.push(...lineProblems.sort((a, b) => order(a.column) - order(b.column)));
    } else if (record) records.push(record);
  }
  return { problems, records };
}

type Report = (column: RecordColumn, reason: string) => void;

function checkLine(
  line: number,
  row: RecordCells,
  references: RecordReferences,
  report: Report,
): ValidRecord | null {
  const required = (column: RecordColumn) => {
    if (row[column] === "") report(column, "valeur obligatoire");
    return row[column];
  };
  const oneOf = <T extends string>(
    column: RecordColumn,
    values: readonly T[],
    optional = false,
  ): T | null => {
    const cell = row[column];
    if (cell === "" && optional) return null;
    if (!(values as readonly string[]).includes(cell)) {
      report(
        column,
        cell === ""
          ? `valeur obligatoire : ${list(values)}`
          : `« ${cell} » n'est pas une valeur permise : ${list(values)}${optional ? " ou vide" : ""}`,
      );
      return null;
    }
    return cell as T;
  };
  const yesNo = (column: RecordColumn, optional: boolean) => {
    const value = oneOf(column, ["yes", "no"], optional);
    return value === null ? null : parseYesNo(value);
  };
  const day = (column: RecordColumn, optional = false): string | null => {
    const cell = row[column];
    if (cell === "" && optional) return null;
    if (cell === "") report(column, "date obligatoire au format AAAA-MM-JJ");
    else if (!/^\d{4}-\d{2}-\d{2}$/.test(cell)) report(column, `« ${cell} » n'est pas une date AAAA-MM-JJ`);
    else if (!isCalendarDate(cell)) report(column, `le ${cell} n'existe pas dans le calendrier`);
    else if (cell < "1900-01-01") report(column, `le ${cell} est trop ancien`);
    else return cell;
    return null;
  };
  const hours = (column: RecordColumn): number | null => {
    const cell = row[column];
    const value = parseHundredths(cell);
    if (value === null) {
      report(
        column,
        cell === ""
          ? "nombre d'heures obligatoire"
          : `« ${cell} » n'est pas un nombre d'heures : chiffres, un point et deux décimales au plus (12.5)`,
      );
    }
    return value;
  };

  const recordId = required("record_id");
  const source = required("source");
  if (source === AMORCE_SOURCE && recordId) {
    if (!UUID.test(recordId)) {
      report("record_id", `« ${recordId} » n'est pas l'identifiant d'un parcours d'Amorce`);
    } else if (!references.amorcePathwayIds.has(recordId)) {
      report("record_id", `aucun parcours d'Amorce n'a l'identifiant « ${recordId} »`);
    }
  }
  const lotId = references.lots.get(row.lot_code);
  if (!lotId)
    report("lot_code", row.lot_code ? `le lot « ${row.lot_code} » n'existe pas` : "valeur obligatoire");
  const site = references.sites.get(row.site_code);
  if (!site) {
    report("site_code", row.site_code ? `le site « ${row.site_code} » n'existe pas` : "valeur obligatoire");
  } else if (lotId && site.lotCode !== row.lot_code) {
    report(
      "site_code",
      `le site « ${row.site_code} » n'est pas du lot « ${row.lot_code} » mais du lot « ${site.lotCode} »`,
    );
  }
  const lastName = required("last_name");
  const firstName = required("first_name");
  const birthDate = day("birth_date");
  const gender = oneOf("gender", GENDERS);
  if (!references.communes.has(row.commune_code)) {
    report(
      "commune_code",
      row.commune_code
        ? `« ${row.commune_code} » n'est pas un code INSEE de commune connu`
        : "valeur obligatoire",
    );
  }
  const qualificationLevel = oneOf("qualification_level", QUALIFICATION_LEVELS, true);
  const workedPrior12m = yesNo("worked_prior_12m", true);
  const rqth = yesNo("rqth", false);
  const qpv = yesNo("qpv", false);
  const channel = oneOf("referral_channel", REFERRAL_CHANNELS);
  const referralDate = day("referral_date");
  const entryDate = day("entry_date");
  if (birthDate && entryDate && birthDate >= entryDate) {
    report("birth_date", `la date de naissance (${birthDate}) doit précéder l'entrée (${entryDate})`);
  }
  if (referralDate && entryDate && entryDate < referralDate) {
    report("entry_date", `l'entrée (${entryDate}) précède l'orientation (${referralDate})`);
  }
  let plannedHours: number | null = null;
  if (!/^\d{1,6}$/.test(row.planned_hours)) {
    report(
      "planned_hours",
      row.planned_hours === ""
        ? "nombre d'heures obligatoire"
        : `« ${row.planned_hours} » n'est pas un nombre entier d'heures`,
    );
  } else if (Number(row.planned_hours) > MAX_PLANNED_HOURS) {
    report("planned_hours", `${row.planned_hours} heures : au plus ${MAX_PLANNED_HOURS}`);
  } else plannedHours = Number(row.planned_hours);
  const hoursDone = hours("hours_done");
  const internshipHours = hours("internship_hours");
  if (hoursDone !== null && internshipHours !== null && internshipHours > hoursDone) {
    report(
      "internship_hours",
      "les heures de stage sont comptées dans hours_done : elles ne peuvent le dépasser",
    );
  }
  const exitDate = day("exit_date", true);
  if (exitDate && entryDate && exitDate < entryDate) {
    report("exit_date", `la sortie (${exitDate}) précède l'entrée (${entryDate})`);
  }
  let exitReason: ExitReason | null = null;
  if (row.exit_date === "") {
    if (row.exit_reason !== "") report("exit_reason", "doit être vide tant que exit_date est vide");
  } else if (row.exit_reason === "") {
    report("exit_reason", `obligatoire quand exit_date est donnée : ${list(EXIT_REASONS)}`);
  } else exitReason = oneOf("exit_reason", EXIT_REASONS);
  const situationBefore12m = oneOf("situation_before_12m", SITUATIONS);
  let situationAtExit: Situation | null = null;
  if (row.exit_date === "") {
    if (row.situation_exit !== "" && row.situation_exit !== "unknown") {
      report("situation_exit", "doit valoir unknown (ou être vide) tant que exit_date est vide");
    }
  } else situationAtExit = oneOf("situation_exit", SITUATIONS);
  const situation6m = oneOf("situation_6m", SITUATIONS, true);
  const projectIdentified = yesNo("project_identified", true);
  const situationImproved = yesNo("situation_improved", true);
  if (row.exit_date === "") {
    for (const column of ["situation_6m", "project_identified", "situation_improved"] as const) {
      if (row[column] !== "")
        report(column, "doit être vide tant que exit_date est vide (pas de suivi avant la sortie)");
    }
  }
  if (
    !recordId ||
    !source ||
    !lotId ||
    !site ||
    !lastName ||
    !firstName ||
    !birthDate ||
    !gender ||
    !channel ||
    !referralDate ||
    !entryDate ||
    plannedHours === null ||
    hoursDone === null ||
    internshipHours === null ||
    !situationBefore12m ||
    rqth === null ||
    qpv === null
  ) {
    return null;
  }
  return {
    line,
    recordId,
    source,
    lotId,
    siteId: site.id,
    lastName,
    firstName,
    birthDate,
    identityKey: identityKey({ lastName, firstName, birthDate }),
    gender,
    communeCode: row.commune_code,
    qualificationLevel,
    workedPrior12m,
    rqth,
    qpv,
    channel,
    referralDate,
    entryDate,
    plannedHours,
    hoursDone,
    internshipHours,
    exitDate,
    exitReason,
    situationBefore12m,
    situationAtExit,
    situation6m,
    projectIdentified,
    situationImproved,
  };
}
