import { stringify } from "csv-stringify/sync";
import { MODULE_LABELS } from "../programme-rules/programme-rules";
import { formatHours, statusLabel } from "./attendance-rules";
import { ATTENDANCE_STATUSES } from "./attendance-vocabulary";
import { HALF_DAY_LABELS } from "./session-period";
import type { Statement } from "./use-cases/read-statement";

export const STATEMENT_CSV_HEADER = [
  "Date",
  "Demi-journée",
  "Début",
  "Fin",
  "Module",
  "Séance",
  "Statut",
  "Heures",
];

/**
 * The statement as CSV for Excel and the remuneration body: UTF-8 with a BOM, commas, a header row,
 * hours with a dot (2.75); one row per session, then « Total » rows per status and for all hours done.
 */
export function statementCsv(statement: Statement): string {
  const sessions = statement.rows.map((row) => [
    row.date,
    HALF_DAY_LABELS[row.halfDay],
    row.startTime,
    row.endTime,
    MODULE_LABELS[row.module],
    row.title,
    statusLabel(row.status),
    formatHours(row.hundredths),
  ]);
  const totals = ATTENDANCE_STATUSES.map((status) => [
    "Total",
    "",
    "",
    "",
    "",
    `${statement.totals.byStatus[status].sessions} séance(s)`,
    statusLabel(status),
    formatHours(statement.totals.byStatus[status].hundredths),
  ]);
  const done = [
    "Total",
    "",
    "",
    "",
    "",
    `${statement.rows.length} séance(s)`,
    "Heures effectuées",
    formatHours(statement.totals.hundredths),
  ];
  return `\uFEFF${stringify([STATEMENT_CSV_HEADER, ...sessions, ...totals, done], { record_delimiter: "\r\n" })}`;
}
