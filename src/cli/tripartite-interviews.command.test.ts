import { describe, expect, it } from "vitest";
import { describeRun } from "./tripartite-interviews.command";

describe("amorce tripartite-interviews propose", () => {
  it("says what was done, in French, singular and plural", () => {
    expect(describeRun({ proposed: 0, moved: 0, reminded: 0 })).toBe(
      "Aucun entretien tripartite à proposer ni à relancer.",
    );
    expect(describeRun({ proposed: 2, moved: 0, reminded: 1 })).toBe(
      "2 entretiens proposés, 0 dates d'échéance suivies, 1 référent·e relancé·e.",
    );
  });
});
