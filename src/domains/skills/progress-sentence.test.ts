import { describe, expect, it } from "vitest";
import { progressSentence } from "./progress-sentence";

describe("progressSentence", () => {
  it("says where the trainee is and where they started", () => {
    expect(progressSentence({ domain: "teamwork", entry: 2, exit: 3 })).toBe(
      "Travailler en équipe : acquis (vous étiez en cours d'acquisition à l'entrée).",
    );
  });

  it("says when nothing changed, and when only one moment is known", () => {
    expect(progressSentence({ domain: "numeracy", entry: 4, exit: 4 })).toBe(
      "Compter et calculer : maîtrisé, comme à votre entrée.",
    );
    expect(progressSentence({ domain: "learning", entry: 1, exit: null })).toBe(
      "Apprendre : pas encore acquis à votre entrée.",
    );
    expect(progressSentence({ domain: "learning", entry: null, exit: 3 })).toBe("Apprendre : acquis.");
  });

  it("says nothing about a domain not assessed", () => {
    expect(progressSentence({ domain: "digital", entry: null, exit: null })).toBeNull();
  });
});
