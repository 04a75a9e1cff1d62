import { describe, expect, it } from "vitest";
import { statementPdf } from "./statement-pdf";
import type { Statement } from "./use-cases/read-statement";

/** WinAnsi's characters that are not Latin-1 (those the statement may draw). */
const WIN_ANSI: Record<number, string> = { 128: "€", 140: "Œ", 146: "’", 150: "–", 151: "—", 156: "œ" };
const decoder = {
  decode: (bytes: Buffer) => [...bytes].map((byte) => WIN_ANSI[byte] ?? String.fromCharCode(byte)).join(""),
};

/** The text a PDF of built-in fonts draws, decoded from its uncompressed content streams (WinAnsi). */
function pdfText(pdf: Buffer): string {
  return [...pdf.toString("latin1").matchAll(/\[(.*?)\] TJ/g)]
    .map((match) =>
      [...(match[1] ?? "").matchAll(/<([0-9a-f]+)>/g)]
        .map((hex) => decoder.decode(Buffer.from(hex[1] ?? "", "hex")))
        .join(""),
    )
    .join("\n");
}

const none = { sessions: 0, hundredths: 0 };
const statement = (sessions: number): Statement => ({
  month: "2026-10",
  organisation: { code: "OF01", name: "Cœur de formation" },
  site: { code: "S01", name: "Site de Périgueux", address: "2 rue de la Gare" },
  trainee: { firstName: "Élodie", lastName: "Françoise", birthDate: "1995-03-14" },
  rows: Array.from({ length: sessions }, (_, i) => ({
    date: `2026-10-${String((i % 28) + 1).padStart(2, "0")}`,
    halfDay: "afternoon" as const,
    startTime: "13:30",
    endTime: "16:15",
    module: "construction" as const,
    title: "Atelier",
    status: i === 0 ? null : ("late" as const),
    hundredths: i === 0 ? 0 : 275,
  })),
  totals: {
    byStatus: {
      present: none,
      late: { sessions: sessions - 1, hundredths: (sessions - 1) * 275 },
      absent_excused: none,
      absent_unexcused: none,
    },
    hundredths: (sessions - 1) * 275,
    unmarked: 1,
  },
});

describe("monthly statement PDF", () => {
  it("draws who and where, each session, the totals and the signature block, with French accents", async () => {
    const pdf = await statementPdf(statement(20), { compress: false });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfText(pdf);
    for (const expected of [
      "Relevé mensuel d'assiduité",
      "Mois : octobre 2026",
      "Cœur de formation (OF01)",
      "Site de Périgueux (S01), 2 rue de la Gare",
      "Élodie FRANÇOISE, né·e le 14 mars 1995",
      "13:30–16:15",
      "Construction professionnelle",
      "Non émargé",
      "En retard : 19 séances, 52,25 h",
      "Heures effectuées : 52,25 h",
      "Pour l'organisme de formation",
      "Signature et cachet :",
    ]) {
      expect(text).toContain(expected);
    }
    expect(text.match(/2,75 h/g)).toHaveLength(19);
  });

  it("continues on a second page, with the column titles again, when the month is long", async () => {
    const pdf = await statementPdf(statement(40), { compress: false });
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(2);
    expect(pdfText(pdf).match(/Demi-journée/g)).toHaveLength(2);
  });
});
