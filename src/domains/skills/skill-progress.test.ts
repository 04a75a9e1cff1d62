import { describe, expect, it } from "vitest";
import { SKILL_DOMAINS } from "./skill-domains";
import { skillProgress } from "./skill-progress";

describe("skillProgress", () => {
  it("lists the seven domains in order, with nothing known before any assessment", () => {
    const rows = skillProgress({}, {});
    expect(rows.map((row) => row.domain)).toEqual([...SKILL_DOMAINS]);
    expect(rows.every((row) => row.entry === null && row.exit === null && row.progress === null)).toBe(true);
  });

  it("gives no progress while only the entry is known", () => {
    const [french] = skillProgress({ french: 2 }, {});
    expect(french).toEqual({ domain: "french", entry: 2, exit: null, progress: null });
  });

  it("counts the steps from entry to exit, at the bounds of the scale and when a level goes down", () => {
    const rows = skillProgress(
      { french: 1, numeracy: 4, digital: 3, teamwork: 2 },
      { french: 4, numeracy: 4, digital: 2, teamwork: 3 },
    );
    expect(rows.slice(0, 4).map((row) => row.progress)).toEqual([3, 0, -1, 1]);
  });

  it("gives no progress for a domain assessed only at exit", () => {
    const safety = skillProgress({}, { safety_rules: 3 }).find((row) => row.domain === "safety_rules");
    expect(safety).toEqual({ domain: "safety_rules", entry: null, exit: 3, progress: null });
  });
});
