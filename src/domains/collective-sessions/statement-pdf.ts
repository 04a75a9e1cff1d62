import PDFDocument from "pdfkit";
import { formatCalendarDate } from "../paris-time";
import { MODULE_LABELS } from "../programme-rules/programme-rules";
import { formatHours, statusLabel } from "./attendance-rules";
import { ATTENDANCE_STATUSES } from "./attendance-vocabulary";
import { HALF_DAY_LABELS } from "./session-period";
import type { Statement } from "./use-cases/read-statement";

const MARGIN = 50;
const COLUMNS = [
  { title: "Date", width: 75 },
  { title: "Demi-journée", width: 65 },
  { title: "Horaires", width: 55 },
  { title: "Module", width: 140 },
  { title: "Statut", width: 115 },
  { title: "Heures", width: 45, align: "right" as const },
];
const ROW_HEIGHT = 16;

const monthLabel = (month: string) =>
  new Intl.DateTimeFormat("fr-FR", { timeZone: "UTC", month: "long", year: "numeric" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
/** « 2,75 h »: hours as people read them in France. */
const frenchHours = (hundredths: number) => `${formatHours(hundredths).replace(".", ",")} h`;
const shortDate = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "UTC",
  weekday: "short",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});

/**
 * The monthly attendance statement as an A4 PDF (built-in Helvetica, WinAnsi: French accents render):
 * who and where, one row per session, the totals, and the organisation's signature block.
 */
export function statementPdf(statement: Statement, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: `Relevé mensuel d'assiduité — ${monthLabel(statement.month)}`, Author: "Amorce" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const bottom = doc.page.height - MARGIN;

  doc.font("Helvetica-Bold").fontSize(16).text("Relevé mensuel d'assiduité");
  doc
    .font("Helvetica")
    .fontSize(11)
    .text(`Mois : ${monthLabel(statement.month)} — Amorce de Parcours, Région Nouvelle-Aquitaine`);
  doc.moveDown();
  const fact = (label: string, value: string) =>
    doc.font("Helvetica-Bold").text(`${label} : `, { continued: true }).font("Helvetica").text(value);
  fact("Organisme de formation", `${statement.organisation.name} (${statement.organisation.code})`);
  fact(
    "Site",
    `${statement.site.name} (${statement.site.code})${statement.site.address ? `, ${statement.site.address}` : ""}`,
  );
  const { trainee } = statement;
  fact(
    "Stagiaire",
    `${trainee.firstName} ${trainee.lastName.toUpperCase()}, né·e le ${formatCalendarDate(trainee.birthDate).replace(/^\S+ /, "")}`,
  );
  doc.moveDown();

  const row = (cells: string[], bold = false) => {
    if (doc.y + ROW_HEIGHT > bottom) {
      doc.addPage();
      if (!bold)
        row(
          COLUMNS.map((column) => column.title),
          true,
        );
    }
    const y = doc.y;
    let x = MARGIN;
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    COLUMNS.forEach((column, index) => {
      doc.text(cells[index] ?? "", x + 2, y + 3, {
        width: column.width - 4,
        align: column.align,
        height: ROW_HEIGHT - 4,
        lineBreak: false,
        ellipsis: true,
      });
      x += column.width;
    });
    doc
      .moveTo(MARGIN, y + ROW_HEIGHT)
      .lineTo(x, y + ROW_HEIGHT)
      .lineWidth(0.5)
      .strokeColor("#999999")
      .stroke();
    doc.x = MARGIN;
    doc.y = y + ROW_HEIGHT;
  };
  row(
    COLUMNS.map((column) => column.title),
    true,
  );
  if (statement.rows.length === 0) row(["Aucune séance ce mois-ci."]);
  for (const session of statement.rows) {
    row([
      shortDate.format(new Date(`${session.date}T00:00:00Z`)),
      HALF_DAY_LABELS[session.halfDay],
      `${session.startTime}–${session.endTime}`,
      MODULE_LABELS[session.module],
      statusLabel(session.status),
      frenchHours(session.hundredths),
    ]);
  }

  if (doc.y + 230 > bottom) doc.addPage();
  doc.moveDown().font("Helvetica-Bold").fontSize(11).text("Totaux du mois", MARGIN);
  doc.font("Helvetica").fontSize(10);
  for (const status of ATTENDANCE_STATUSES) {
    const total = statement.totals.byStatus[status];
    doc.text(
      `${statusLabel(status)} : ${total.sessions} séance${total.sessions > 1 ? "s" : ""}, ${frenchHours(total.hundredths)}`,
    );
  }
  if (statement.totals.unmarked > 0)
    doc.text(`Non émargé : ${statement.totals.unmarked} séance${statement.totals.unmarked > 1 ? "s" : ""}`);
  doc.font("Helvetica-Bold").text(`Heures effectuées : ${frenchHours(statement.totals.hundredths)}`);

  doc.moveDown(2).font("Helvetica-Bold").text("Pour l'organisme de formation");
  doc
    .font("Helvetica")
    .text("Nom et qualité du ou de la signataire :")
    .moveDown(0.5)
    .text("Fait à :                                        le :");
  const boxTop = doc.y + 8;
  doc.text("Signature et cachet :", MARGIN, boxTop);
  doc
    .rect(MARGIN, boxTop + 16, 240, 70)
    .lineWidth(0.8)
    .strokeColor("#333333")
    .stroke();
  doc.end();
  return done;
}
