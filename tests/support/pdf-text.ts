/** WinAnsi's characters that are not Latin-1 (those Amorce's PDFs may draw). */
const WIN_ANSI: Record<number, string> = { 128: "€", 140: "Œ", 146: "’", 150: "–", 151: "—", 156: "œ" };
const decode = (bytes: Buffer) =>
  [...bytes].map((byte) => WIN_ANSI[byte] ?? String.fromCharCode(byte)).join("");

/** The text a PDF of built-in fonts draws, decoded from its uncompressed content streams (WinAnsi). */
export function pdfText(pdf: Buffer): string {
  return [...pdf.toString("latin1").matchAll(/\[(.*?)\] TJ/g)]
    .map((match) =>
      [...(match[1] ?? "").matchAll(/<([0-9a-f]+)>/g)]
        .map((hex) => decode(Buffer.from(hex[1] ?? "", "hex")))
        .join(""),
    )
    .join("\n");
}
