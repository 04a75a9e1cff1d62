import ExcelJS from "exceljs";
import type { IndicatorFilters } from "../indicators/indicator-filters";
import type { Dashboard } from "../indicators/indicators.schemas";
import { type CellKind, type ColumnWidth, DASHBOARD_TABLES } from "./dashboard-tables";
import { describeFilters, frenchDay } from "./export-text";

const COLUMN_WIDTHS: Record<ColumnWidth, number> = { narrow: 14, normal: 38, wide: 90 };
const NUMBER_FORMATS: Record<Exclude<CellKind, "text">, string> = {
  count: "#,##0",
  share: "0.0%",
  decimal: "#,##0.00",
};

/**
 * The dashboard as an XLSX workbook: a first sheet saying what the figures cover and how to read each
 * sheet, then one sheet per table of `DASHBOARD_TABLES` with its French header row (frozen, filterable)
 * and its numbers as numbers: shares with a percentage format, counts and decimals with theirs.
 */
export async function dashboardXlsx(
  dashboard: Dashboard,
  filters: IndicatorFilters,
  meta: { regionName: string; today: string },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Amorce";
  workbook.title = "Indicateurs d'Amorce de Parcours";

  const about = workbook.addWorksheet("À propos");
  about.columns = [{ width: 28 }, { width: 110 }];
  about.addRow([`Indicateurs d'Amorce de Parcours — ${meta.regionName}`]).font = { bold: true, size: 14 };
  about.addRow([]);
  for (const { label, value } of describeFilters(filters, dashboard)) about.addRow([label, value]);
  about.addRow(["Édité le", frenchDay(meta.today)]);
  about.addRow([
    "À savoir",
    "Les chiffres sont ceux du tableau de bord et de « npx amorce indicators » pour les mêmes filtres. Une case vide : sans objet, ou taux dont le dénominateur est nul.",
  ]);
  about.addRow([]);
  about.addRow(["Feuille", "Ce que montre une ligne"]).font = { bold: true };
  for (const table of DASHBOARD_TABLES) about.addRow([table.sheet, `${table.title}. ${table.reading}`]);
  about.getColumn(2).alignment = { wrapText: true, vertical: "top" };
  about.getColumn(1).font = { bold: true };

  for (const table of DASHBOARD_TABLES) {
    const grid = table.grid(dashboard);
    const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = grid.headers.map((header, index) => ({
      header,
      width: grid.kinds[index] !== "text" ? 18 : COLUMN_WIDTHS[grid.widths[index] ?? "normal"],
    }));
    const headerRow = sheet.getRow(1);
    headerRow.font = { bold: true };
    headerRow.alignment = { wrapText: true, vertical: "middle" };
    for (const cells of grid.rows) {
      const row = sheet.addRow(cells.map((cell) => cell.value));
      cells.forEach((cell, index) => {
        const target = row.getCell(index + 1);
        if (cell.kind === "text") target.alignment = { wrapText: true, vertical: "top" };
        else target.numFmt = NUMBER_FORMATS[cell.kind];
      });
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: grid.headers.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
