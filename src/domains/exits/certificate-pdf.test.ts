import { describe, expect, it } from "vitest";
import { pdfText } from "../../../tests/support/pdf-text";
import type { Certificate } from "./certificate-data";
import { certificatePdf } from "./certificate-pdf";

const certificate = (overrides: Partial<Certificate> = {}): Certificate => ({
  trainee: { firstName: "Élodie", lastName: "Françoise", birthDate: "1995-03-14" },
  site: { name: "Site de Périgueux", address: "2 rue de la Gare", commune: "Périgueux" },
  organisation: { name: "Cœur de formation" },
  entryDate: "2026-09-07",
  exitDate: "2026-11-20",
  reason: "completed",
  modules: [
    { module: "dynamisation", hours: 42.5 },
    { module: "projection", hours: 30 },
    { module: "construction", hours: 2.75 },
  ],
  internshipHours: 70,
  totalHours: 145.25,
  issuedOn: "2026-11-26",
  issuedAt: "Périgueux",
  ...overrides,
});

describe("end-of-training certificate PDF", () => {
  it("draws the trainee, the place, the dates, the hours per module and in internships, and where it was issued", async () => {
    const text = pdfText(
      await certificatePdf(certificate(), { regionName: "Nouvelle-Aquitaine", compress: false }),
    );
    for (const expected of [
      "Attestation de fin de formation",
      "Cœur de formation",
      "Site de Périgueux (2 rue de la Gare)",
      "Élodie FRANÇOISE",
      "né·e le 14 mars 1995",
      "jusqu'à son terme",
      "Entrée le 7 septembre 2026, sortie le 20 novembre 2026.",
      "42,5 h",
      "30 h",
      "2,75 h",
      "70 h",
      "145,25 h",
      "Fait à Périgueux, le 26 novembre 2026.",
    ])
      expect(text.replace(/\s+/g, " ")).toContain(expected);
  });

  it("says an early exit without calling the pathway completed", async () => {
    const text = pdfText(
      await certificatePdf(certificate({ reason: "early_exit_employment" }), {
        regionName: "Nouvelle-Aquitaine",
        compress: false,
      }),
    );
    expect(text).toContain("avant son terme");
    expect(text).not.toContain("jusqu'à son terme");
  });

  it("shows an imported pathway's recorded hours without a breakdown per module", async () => {
    const text = pdfText(
      await certificatePdf(certificate({ modules: null, internshipHours: 35, totalHours: 135 }), {
        regionName: "Nouvelle-Aquitaine",
        compress: false,
      }),
    );
    expect(text).toContain("100 h");
    expect(text).not.toContain("Module");
  });
});
