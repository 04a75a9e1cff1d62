import { describe, expect, it } from "vitest";
import { markHours, toHundredths, totalsOf } from "./attendance-rules";
import { durationHundredths, halfDayOf, periodProblem } from "./session-period";

describe("attendance rules", () => {
  it("counts hours in hundredths, refusing more than two decimals", () => {
    expect(toHundredths(2.75)).toBe(275);
    expect(toHundredths(0.1 + 0.2)).toBe(30);
    expect(toHundredths(1.234)).toBeNull();
    expect(toHundredths(-1)).toBeNull();
  });

  it("gives a present trainee the session, a late one the hours given up to the session, an absence none", () => {
    expect(markHours("present", undefined, 275)).toEqual({ ok: true, hundredths: 275 });
    expect(markHours("present", 2, 275)).toEqual({ ok: true, hundredths: 200 });
    expect(markHours("late", 2.75, 275)).toEqual({ ok: true, hundredths: 275 });
    expect(markHours("late", 2.76, 275)).toMatchObject({
      ok: false,
      message: "Au plus 2,75 h : la durée de la séance.",
    });
    expect(markHours("late", null, 275)).toMatchObject({ ok: false });
    expect(markHours("absent_excused", 0, 275)).toEqual({ ok: true, hundredths: 0 });
    expect(markHours("absent_unexcused", 1, 275)).toMatchObject({ ok: false });
  });

  it("sums per status without float errors", () => {
    const marks = Array.from({ length: 10 }, () => ({ status: "late" as const, hundredths: 10 }));
    expect(totalsOf(marks)).toMatchObject({
      hundredths: 100,
      byStatus: { late: { sessions: 10, hundredths: 100 } },
    });
  });

  it("accepts a session of half a day at most, ending after it starts", () => {
    expect(periodProblem("09:00", "09:00")).toContain("après l'heure de début");
    expect(periodProblem("08:00", "13:00")).toBeNull();
    expect(periodProblem("08:00", "13:01")).toContain("demi-journée");
    expect(halfDayOf("12:29")).toBe("morning");
    expect(halfDayOf("12:30")).toBe("afternoon");
    expect(durationHundredths(new Date("2026-10-01T07:00:00Z"), new Date("2026-10-01T09:45:00Z"))).toBe(275);
  });
});
