import { describe, expect, it } from "vitest";
import { identityKey, normaliseName } from "./identity-key";

describe("identityKey", () => {
  it("sets aside case, accents, spaces, hyphens and apostrophes", () => {
    expect(identityKey({ lastName: "N'Diaye-Martin", firstName: "Élodie", birthDate: "1990-04-02" })).toBe(
      identityKey({ lastName: " NDIAYE MARTIN ", firstName: "ELODIE", birthDate: "1990-04-02" }),
    );
  });

  it("spells out the ligatures", () => {
    expect(normaliseName("Lætitia Cœur")).toBe("laetitiacoeur");
  });

  it("tells apart two people born on different days or with different first names", () => {
    const lea = { lastName: "Martin", firstName: "Léa", birthDate: "1990-04-02" };
    expect(identityKey(lea)).not.toBe(identityKey({ ...lea, birthDate: "1990-04-03" }));
    expect(identityKey(lea)).not.toBe(identityKey({ ...lea, firstName: "Léo" }));
  });

  it("does not merge the name fields into one another", () => {
    expect(identityKey({ lastName: "Anne", firstName: "Marie", birthDate: "1990-01-01" })).not.toBe(
      identityKey({ lastName: "Marie", firstName: "Anne", birthDate: "1990-01-01" }),
    );
  });
});
