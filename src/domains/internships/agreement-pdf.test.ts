import { inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { AgreementData } from "./agreement";
import { renderAgreementPdf } from "./agreement-pdf";

/** The text lines of a PDF made by pdfkit (WinAnsi: Latin-1 for accented letters, 0x97 for « — »). */
function pdfText(pdf: Buffer): string {
  const raw = pdf.toString("latin1");
  const lines: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const content = inflateSync(Buffer.from(match[1] ?? "", "latin1")).toString("latin1");
    for (const array of content.matchAll(/\[(.*?)\] TJ/g)) {
      const hex = [...(array[1] ?? "").matchAll(/<([0-9a-f]*)>/g)].map((chunk) => chunk[1]).join("");
      lines.push(
        Buffer.from(hex, "hex")
          .toString("latin1")
          .replace(/\u0097/g, "—"),
      );
    }
  }
  return lines.join("\n");
}

const agreement: AgreementData = {
  trainee: { lastName: "Lefèvre", firstName: "Zoé", birthDate: "1995-03-14" },
  company: {
    siret: "73282932000074",
    name: "Propreté Garonne",
    address: "3 rue des Lilas",
    postalCode: "33130",
    city: "Bègles",
    sector: "Nettoyage",
  },
  tutor: { name: "Hélène Roux", jobTitle: "Cheffe d'équipe", email: "helene@exemple.test", phone: null },
  trainingOrganisation: {
    name: "Formations Périgord",
    siteName: "Site de Périgueux",
    siteAddress: null,
    siteCommune: "Périgueux",
  },
  referent: { name: "Inès Conseillère", organisation: "France Travail" },
  period: { startDate: "2026-10-05", endDate: "2026-10-09" },
  dailySchedule: "Du lundi au vendredi, 9 h à 12 h et 13 h 30 à 17 h",
  hours: 32.5,
  job: { romeCode: "K2204", label: "Nettoyage de locaux" },
  objective: "discover_job",
  activities: "Entretien des bureaux, tri des déchets",
};

describe("agreement PDF", () => {
  it("prints the parties, the internship and each signature's state, accents included", async () => {
    const pdf = await renderAgreementPdf(
      agreement,
      [{ party: "trainee", signerName: "Zoé Lefèvre", signedAt: new Date("2026-09-30T08:15:00Z") }],
      { regionName: "Région Nouvelle-Aquitaine", fingerprint: "f".repeat(64) },
    );
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    for (const expected of [
      "Convention de période de mise en situation en milieu professionnel",
      "Zoé Lefèvre",
      "73282932000074",
      "3 rue des Lilas, 33130 Bègles",
      "Hélène Roux, Cheffe d'équipe",
      "Site de Périgueux, Périgueux",
      "Inès Conseillère, France Travail",
      "du lundi 5 octobre 2026 au vendredi 9 octobre 2026",
      "32,5 heures",
      "K2204 — Nettoyage de locaux (ROME)",
      "Découvrir un métier ou un secteur d'activité",
      "Signé électroniquement par Zoé Lefèvre le mercredi 30 septembre 2026 à 10:15",
      "En attente de signature",
    ]) {
      expect(text.replace(/\n/g, ""), expected).toContain(expected);
    }
  });
});
