import { describe, expect, it } from "vitest";
import { describeRun } from "./internships.command";

describe("amorce internships remind", () => {
  it("says what was done, in French, singular and plural", () => {
    expect(describeRun({ reminded: 0, unsignedTomorrow: 0, assessmentLinks: 0 })).toBe(
      "Aucune relance à faire.",
    );
    expect(describeRun({ reminded: 3, unsignedTomorrow: 1, assessmentLinks: 0 })).toBe(
      "3 signataires relancé·e·s, 1 stage non signé signalé, 0 liens d'avis envoyés.",
    );
  });
});
