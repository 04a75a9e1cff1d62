import PDFDocument from "pdfkit";
import { formatCalendarDate, formatParisDateTime } from "../paris-time";
import { printable } from "../pdf-printable";
import type { AgreementData } from "./agreement";
import {
  INTERNSHIP_OBJECTIVE_LABELS,
  SIGNATORY_PARTIES,
  SIGNATORY_PARTY_LABELS,
  type SignatoryParty,
} from "./internship-vocabulary";

export type AgreementSignature = { party: SignatoryParty; signerName: string; signedAt: Date | null };

const hoursText = (hours: number) => `${hours.toLocaleString("fr-FR", { maximumFractionDigits: 2 })} heures`;

/**
 * The internship agreement (convention de période de mise en situation en milieu professionnel) as a
 * PDF: the parties, the period, the schedule, the job, the objective, the activities, and for each
 * party « Signé électroniquement par … le … » or « En attente de signature ».
 */
export function renderAgreementPdf(
  agreement: AgreementData,
  signatures: readonly AgreementSignature[],
  meta: { regionName: string; fingerprint: string | null },
): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: "Convention de stage" } });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));

  const heading = (text: string) => {
    doc.moveDown(0.8).font("Helvetica-Bold").fontSize(12).text(printable(text)).moveDown(0.2);
  };
  const line = (label: string, value: string | null | undefined) => {
    if (!value) return;
    doc
      .font("Helvetica-Bold")
      .fontSize(10)
      .text(`${printable(label)} : `, { continued: true });
    doc.font("Helvetica").text(printable(value));
  };

  doc
    .font("Helvetica-Bold")
    .fontSize(15)
    .text("Convention de période de mise en situation en milieu professionnel", {
      align: "center",
    });
  doc
    .moveDown(0.3)
    .font("Helvetica")
    .fontSize(10)
    .text(printable(`Dispositif Amorce de Parcours — ${meta.regionName}`), { align: "center" });

  const { trainee, company, tutor, trainingOrganisation, referent } = agreement;
  heading("Le ou la stagiaire");
  line("Nom", `${trainee.firstName} ${trainee.lastName}`);
  line("Né·e le", formatCalendarDate(trainee.birthDate));

  heading("L'entreprise d'accueil");
  line("Raison sociale", company.name);
  line("SIRET", company.siret);
  line("Adresse", `${company.address}, ${company.postalCode} ${company.city}`);
  line("Secteur d'activité", company.sector);
  line("Tuteur ou tutrice", [tutor.name, tutor.jobTitle].filter(Boolean).join(", "));
  line("Contact du tuteur", [tutor.email, tutor.phone].filter(Boolean).join(" — "));

  heading("L'organisme de formation");
  line("Organisme", trainingOrganisation.name);
  line(
    "Site",
    [trainingOrganisation.siteName, trainingOrganisation.siteAddress, trainingOrganisation.siteCommune]
      .filter(Boolean)
      .join(", "),
  );

  heading("Le ou la référent·e prescripteur·rice");
  line("Référent·e", referent ? [referent.name, referent.organisation].filter(Boolean).join(", ") : "—");

  heading("Le stage");
  line(
    "Dates",
    `du ${formatCalendarDate(agreement.period.startDate)} au ${formatCalendarDate(agreement.period.endDate)}`,
  );
  line("Horaires", agreement.dailySchedule);
  line("Durée totale", hoursText(agreement.hours));
  line("Métier découvert", `${agreement.job.romeCode} — ${agreement.job.label} (ROME)`);
  line("Objectif", INTERNSHIP_OBJECTIVE_LABELS[agreement.objective]);
  line("Activités confiées", agreement.activities ?? "—");

  heading("Signatures");
  for (const party of SIGNATORY_PARTIES) {
    const signature = signatures.find((candidate) => candidate.party === party);
    const status = signature?.signedAt
      ? `Signé électroniquement par ${signature.signerName} le ${formatParisDateTime(signature.signedAt)}`
      : "En attente de signature";
    line(SIGNATORY_PARTY_LABELS[party], status);
  }
  if (meta.fingerprint) {
    doc
      .moveDown(1)
      .font("Helvetica")
      .fontSize(7)
      .fillColor("#555555")
      .text(`Empreinte de la convention signée (SHA-256) : ${meta.fingerprint}`);
  }
  doc.end();
  return done;
}
