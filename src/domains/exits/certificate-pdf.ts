import PDFDocument from "pdfkit";
import { formatHours } from "../collective-sessions/attendance-rules";
import { MODULE_LABELS } from "../programme-rules/programme-rules";
import type { Certificate } from "./certificate-data";
import { certificateOutcome, frenchDay } from "./exit-rules";

const MARGIN = 60;

/** « 12,5 h »: hours as people read them in France. */
export const certificateHours = (hours: number) =>
  `${formatHours(Math.round(hours * 100)).replace(".", ",")} h`;

/**
 * The end-of-training certificate as an A4 PDF (built-in Helvetica, WinAnsi: French accents render):
 * who, where, from when to when, the hours done per module and in internships, and how it ended.
 */
export function certificatePdf(
  certificate: Certificate,
  options: { regionName: string; compress?: boolean },
) {
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: "Attestation de fin de formation", Author: "Amorce" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const { trainee, site, organisation } = certificate;

  doc.font("Helvetica-Bold").fontSize(18).text("Attestation de fin de formation", { align: "center" });
  doc
    .font("Helvetica")
    .fontSize(11)
    .text(`Amorce de Parcours — Région ${options.regionName}`, { align: "center" })
    .moveDown(2);

  doc
    .fontSize(11)
    .text(
      `L'organisme de formation ${organisation.name}, pour son site ${site.name}${site.address ? ` (${site.address})` : ""}, atteste que :`,
    )
    .moveDown();
  doc
    .font("Helvetica-Bold")
    .fontSize(13)
    .text(`${trainee.firstName} ${trainee.lastName.toUpperCase()}`, { align: "center" });
  doc
    .font("Helvetica")
    .fontSize(11)
    .text(`né·e le ${frenchDay(trainee.birthDate)}`, { align: "center" })
    .moveDown();
  doc.text(
    `${certificateOutcome(certificate.reason)} Entrée le ${frenchDay(certificate.entryDate)}, sortie le ${frenchDay(certificate.exitDate)}.`,
  );
  doc.moveDown(1.5);

  doc.font("Helvetica-Bold").text("Heures effectuées");
  doc.font("Helvetica").moveDown(0.3);
  const line = (label: string, hours: number, bold = false) => {
    const y = doc.y;
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").text(label, MARGIN, y, { width: 330 });
    doc.text(certificateHours(hours), MARGIN + 330, y, { width: 100, align: "right" });
    doc.x = MARGIN;
  };
  if (certificate.modules) {
    for (const row of certificate.modules) line(`Module ${MODULE_LABELS[row.module]}`, row.hours);
  } else {
    line(
      "Heures en centre (relevées par le système d'origine)",
      certificate.totalHours - certificate.internshipHours,
    );
  }
  line("Stages en entreprise", certificate.internshipHours);
  line("Total", certificate.totalHours, true);
  doc.moveDown(2);

  doc
    .font("Helvetica")
    .text(`Fait à ${certificate.issuedAt}, le ${frenchDay(certificate.issuedOn)}.`)
    .moveDown()
    .text("Pour l'organisme de formation, nom, qualité et signature :");
  doc
    .rect(MARGIN, doc.y + 8, 240, 70)
    .lineWidth(0.8)
    .strokeColor("#333333")
    .stroke();
  doc.end();
  return done;
}
