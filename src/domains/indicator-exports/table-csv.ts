import { stringify } from "csv-stringify/sync";
import type { Dashboard } from "../indicators/indicators.schemas";
import type { DashboardTable } from "./dashboard-tables";

/**
 * A table of the dashboard as CSV, for a spreadsheet or a script: UTF-8 with a BOM, commas, `\r\n`,
 * the French header row, numbers with a dot and unrounded (shares in [0, 1], as the indicators' JSON),
 * an empty cell for a ratio over an empty denominator.
 */
export function tableCsv(table: DashboardTable, dashboard: Dashboard): string {
  const grid = table.grid(dashboard);
  const rows = grid.rows.map((row) => row.map((cell) => (cell.value === null ? "" : cell.value)));
  return `\uFEFF${stringify([grid.headers, ...rows], { record_delimiter: "\r\n" })}`;
}
