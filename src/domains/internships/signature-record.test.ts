import { describe, expect, it } from "vitest";
import { sameName } from "./signature-record";

describe("the name typed to sign", () => {
  it("matches whatever the case, accents, hyphens or order of the words", () => {
    expect(sameName("helene  ROUX", "Hélène Roux")).toBe(true);
    expect(sameName("Roux Hélène", "Hélène Roux")).toBe(true);
    expect(sameName("Jean Pierre Lévêque", "Jean-Pierre Lévêque")).toBe(true);
  });

  it("refuses another name, or part of it", () => {
    expect(sameName("Hélène Martin", "Hélène Roux")).toBe(false);
    expect(sameName("Roux", "Hélène Roux")).toBe(false);
  });
});
