import { describe, expect, it } from "vitest";
import { isValidSiret, normaliseSiret } from "./siret";

describe("SIRET check", () => {
  it("accepts a number with a good Luhn key", () => {
    expect(isValidSiret("73282932000074")).toBe(true);
    expect(isValidSiret("44306184100047")).toBe(true);
  });

  it("refuses a wrong key, a wrong length or letters", () => {
    expect(isValidSiret("73282932000075")).toBe(false);
    expect(isValidSiret("7328293200007")).toBe(false);
    expect(isValidSiret("732829320000745")).toBe(false);
    expect(isValidSiret("7328293200007A")).toBe(false);
  });

  it("checks La Poste's establishments by the sum of their digits, a multiple of 5", () => {
    expect(isValidSiret("35600000000048")).toBe(true); // head office, also Luhn-valid
    expect(isValidSiret("35600000049837")).toBe(true); // sum 45, not Luhn-valid
    expect(isValidSiret("35600000049838")).toBe(false);
    // The exception is La Poste's only: the same digit sum under another SIREN is refused.
    expect(isValidSiret("35600000100037")).toBe(false);
  });

  it("reads a number typed with spaces or dots", () => {
    expect(normaliseSiret("732 829 320 00074")).toBe("73282932000074");
    expect(normaliseSiret("732.829.320.00074")).toBe("73282932000074");
  });
});
