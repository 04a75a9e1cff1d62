import PDFDocument from "pdfkit";
import type { IndicatorFilters } from "../indicators/indicator-filters";
import type { Dashboard } from "../indicators/indicators.schemas";
import { printable } from "../pdf-printable";
import { type ColumnWidth, DASHBOARD_TABLES, type TableGrid } from "./dashboard-tables";
import { describeFilters, frenchDay, frenchValue } from "./export-text";

const MARGIN = 40;
const NUMBER_WIDTH = 62;
const CELL_PADDING = 3;
/** How the text columns share the width the numbers leave. */
const TEXT_WEIGHTS: Record<ColumnWidth, number> = { narrow: 0.45, normal: 1, wide: 2 };
const FONT_SIZE = 8.5;

/**
 * The territorial committee's pack for one lot as an A4 PDF (built-in Helvetica, WinAnsi): a title
 * page (lot, period, filters, day of edition, contents), then every table of `DASHBOARD_TABLES` with
 * how to read a row, drawn from the same dashboard as the web page and the XLSX workbook.
 */
export function committeePackPdf(
  dashboard: Dashboard,
  filters: IndicatorFilters & { lot: string },
  meta: { regionName: string; primaryColor: string; today: string; compress?: boolean },
): Promise<Buffer> {
  const lot = dashboard.choices.lots.find((choice) => choice.code === filters.lot);
  const lotName = lot ? `${lot.name} (${lot.code})` : filters.lot;
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: true,
    compress: meta.compress ?? true,
    info: { Title: `Dossier du comité territorial — lot ${lotName}`, Author: "Amorce" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN - 14;

  doc.moveDown(6);
  doc.font("Helvetica-Bold").fontSize(24).fillColor(meta.primaryColor);
  doc.text("Dossier du comité territorial", { align: "center" });
  doc
    .moveDown(0.5)
    .fontSize(16)
    .fillColor("#000000")
    .text(printable(`Lot ${lotName}`), { align: "center" });
  doc
    .moveDown(0.3)
    .font("Helvetica")
    .fontSize(12)
    .text(printable(`Amorce de Parcours — ${meta.regionName}`), { align: "center" });
  doc.moveDown(3).fontSize(11);
  for (const { label, value } of [
    ...describeFilters(filters, dashboard).filter((line) => line.label !== "Lot"),
    { label: "Édité le", value: frenchDay(meta.today) },
  ]) {
    doc.font("Helvetica-Bold").text(`${label} : `, { continued: true });
    doc.font("Helvetica").text(printable(value));
  }
  doc.moveDown(2).font("Helvetica-Bold").text("Sommaire");
  doc.font("Helvetica").moveDown(0.3);
  DASHBOARD_TABLES.forEach((table, index) => {
    doc.text(`${index + 1}. ${table.title}`);
  });
  doc
    .moveDown(2)
    .fontSize(9)
    .fillColor("#444444")
    .text(
      "Les chiffres sont ceux du tableau de bord d'Amorce et de « npx amorce indicators » pour les mêmes filtres. « — » : sans objet, ou taux dont le dénominateur est nul.",
    )
    .fillColor("#000000");

  doc.addPage();
  DASHBOARD_TABLES.forEach((table, index) => {
    if (doc.y + 90 > bottom()) doc.addPage();
    doc.x = MARGIN;
    doc
      .font("Helvetica-Bold")
      .fontSize(13)
      .fillColor(meta.primaryColor)
      .text(`${index + 1}. ${table.title}`, MARGIN, doc.y, { width });
    doc
      .font("Helvetica-Oblique")
      .fontSize(9)
      .fillColor("#444444")
      .text(printable(table.reading), { width })
      .fillColor("#000000")
      .moveDown(0.4);
    drawGrid(doc, table.grid(dashboard), { width, bottom, headerColor: meta.primaryColor });
    doc.moveDown(1.2);
  });

  const pages = doc.bufferedPageRange();
  for (let page = pages.start; page < pages.start + pages.count; page += 1) {
    doc.switchToPage(page);
    doc.page.margins.bottom = 0;
    doc
      .font("Helvetica")
      .fontSize(8)
      .fillColor("#444444")
      .text(
        printable(`Comité territorial, lot ${filters.lot} — page ${page + 1} sur ${pages.count}`),
        MARGIN,
        doc.page.height - MARGIN,
        { width, align: "center", lineBreak: false },
      );
  }
  doc.end();
  return done;
}

/** A table: numbers right-aligned in narrow columns, text sharing the rest; rows as tall as their text. */
function drawGrid(
  doc: PDFKit.PDFDocument,
  grid: TableGrid,
  layout: { width: number; bottom: () => number; headerColor: string },
) {
  // A number's column is as wide as the longest word of its header, so that no word is cut.
  doc.font("Helvetica-Bold").fontSize(FONT_SIZE);
  const numberWidths = grid.headers.map((header, index) =>
    grid.kinds[index] === "text"
      ? 0
      : Math.max(
          NUMBER_WIDTH,
          ...header.split(" ").map((word) => doc.widthOfString(word) + 2 * CELL_PADDING + 1),
        ),
  );
  const weights = grid.kinds.map((kind, index) =>
    kind !== "text" ? 0 : TEXT_WEIGHTS[grid.widths[index] ?? "normal"],
  );
  const textWidth = layout.width - numberWidths.reduce((sum, width) => sum + width, 0);
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0) || 1;
  const widths = weights.map((weight, index) =>
    weight === 0 ? (numberWidths[index] ?? NUMBER_WIDTH) : (textWidth * weight) / totalWeight,
  );

  const drawRow = (texts: string[], header: boolean) => {
    doc.font(header ? "Helvetica-Bold" : "Helvetica").fontSize(FONT_SIZE);
    const heights = texts.map((text, index) =>
      doc.heightOfString(text, { width: (widths[index] ?? 0) - 2 * CELL_PADDING }),
    );
    const height = Math.max(...heights) + 2 * CELL_PADDING;
    if (doc.y + height > layout.bottom()) {
      doc.addPage();
      if (!header) drawRow(grid.headers, true);
      doc.font("Helvetica").fontSize(FONT_SIZE);
    }
    const top = doc.y;
    if (header) doc.rect(MARGIN, top, layout.width, height).fill(layout.headerColor);
    doc.fillColor(header ? "#ffffff" : "#000000");
    let x = MARGIN;
    texts.forEach((text, index) => {
      const cellWidth = widths[index] ?? 0;
      doc.text(text, x + CELL_PADDING, top + CELL_PADDING, {
        width: cellWidth - 2 * CELL_PADDING,
        align: grid.kinds[index] === "text" ? "left" : "right",
      });
      x += cellWidth;
    });
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + layout.width, top + height)
      .lineWidth(0.4)
      .strokeColor("#999999")
      .stroke();
    doc.fillColor("#000000");
    doc.x = MARGIN;
    doc.y = top + height;
  };

  drawRow(grid.headers, true);
  if (grid.rows.length === 0)
    drawRow(["Aucune ligne pour ces filtres.", ...grid.headers.slice(1).map(() => "")], false);
  for (const row of grid.rows)
    drawRow(
      row.map((cell) => printable(frenchValue(cell))),
      false,
    );
}
