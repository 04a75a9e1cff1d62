import { describe, expect, it } from "vitest";
import { certificateOutcome, checkExit, type ExitInput } from "./exit-rules";

const base: ExitInput = {
  entryDate: "2026-09-07",
  plannedEndDate: "2026-12-18",
  today: "2026-11-26",
  exitDate: "2026-11-26",
  reason: "early_exit_employment",
  situationAtExit: "employment_durable",
  nextStep: { kind: "employment", contractType: "cdi" },
};

describe("exit rules", () => {
  it("accepts a consistent exit with neither error nor warning", () => {
    expect(checkExit(base)).toEqual({ errors: [], warnings: [] });
  });

  it("accepts an exit on the day of entry and on today, refuses the day before entry and tomorrow", () => {
    expect(checkExit({ ...base, exitDate: "2026-09-07" }).errors).toEqual([]);
    expect(checkExit({ ...base, exitDate: "2026-09-06" }).errors).toEqual([
      { field: "exitDate", message: "La date de sortie ne peut pas précéder l'entrée (7 septembre 2026)." },
    ]);
    expect(checkExit({ ...base, exitDate: "2026-11-27" }).errors).toEqual([
      { field: "exitDate", message: "La date de sortie ne peut pas être dans le futur." },
    ]);
  });

  it("refuses an early exit for employment without employment at exit, accepts short employment", () => {
    const wrong = checkExit({ ...base, situationAtExit: "job_seeking" });
    expect(wrong.errors).toHaveLength(1);
    expect(wrong.errors[0]?.field).toBe("situationAtExit");
    expect(wrong.errors[0]?.message).toContain("sortie anticipée pour un emploi");
    expect(
      checkExit({
        ...base,
        situationAtExit: "employment_short",
        nextStep: { kind: "employment", contractType: "cdd_under_6_months" },
      }),
    ).toEqual({ errors: [], warnings: [] });
  });

  it("refuses an early exit for training without a training or an apprenticeship at exit", () => {
    const input = { ...base, reason: "early_exit_training" as const };
    expect(checkExit({ ...input, situationAtExit: "inactive" }).errors[0]?.message).toContain(
      "sortie anticipée pour une formation",
    );
    expect(
      checkExit({
        ...input,
        situationAtExit: "apprenticeship",
        nextStep: { kind: "apprenticeship", contractType: null },
      }).errors,
    ).toEqual([]);
  });

  it("warns, without refusing, when the situation is not where the next step leads", () => {
    const check = checkExit({
      ...base,
      reason: "early_exit_other",
      situationAtExit: "inactive",
      nextStep: { kind: "qualifying_training_prf", contractType: null },
    });
    expect(check.errors).toEqual([]);
    expect(check.warnings).toHaveLength(1);
    expect(check.warnings[0]).toContain("Formation qualifiante du PRF");
  });

  it("says nothing of an « other » next step's situation", () => {
    const check = checkExit({
      ...base,
      reason: "early_exit_health",
      situationAtExit: "inactive",
      nextStep: { kind: "other", contractType: null },
    });
    expect(check).toEqual({ errors: [], warnings: [] });
  });

  it("warns when a pathway is called completed before its planned end, not on or after it", () => {
    const completed = {
      ...base,
      reason: "completed" as const,
      situationAtExit: "job_seeking" as const,
      nextStep: { kind: "job_search" as const, contractType: null },
    };
    expect(checkExit(completed).warnings[0]).toContain("avant sa fin prévue (18 décembre 2026)");
    expect(checkExit({ ...completed, plannedEndDate: "2026-11-26" }).warnings).toEqual([]);
    expect(checkExit({ ...completed, plannedEndDate: null }).warnings).toEqual([]);
  });

  it("words the certificate for a completed pathway and for an early exit", () => {
    expect(certificateOutcome("completed")).toContain("jusqu'à son terme");
    expect(certificateOutcome("early_exit_dropout")).toContain("avant son terme");
  });
});
