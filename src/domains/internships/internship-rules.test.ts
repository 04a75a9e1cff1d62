import { describe, expect, it } from "vitest";
import { calendarDays, checkInternshipPlan, maxHours } from "./internship-rules";

const pathway = { entryDate: "2026-09-07", endDate: "2026-12-18" };
const week = { startDate: "2026-10-05", endDate: "2026-10-09" };

describe("internship dates and hours", () => {
  it("counts calendar days and allows 35 hours per started week", () => {
    expect(calendarDays("2026-10-05", "2026-10-05")).toBe(1);
    expect(calendarDays("2026-10-05", "2026-10-09")).toBe(5);
    expect(maxHours("2026-10-05", "2026-10-09")).toBe(35);
    expect(maxHours("2026-10-05", "2026-10-11")).toBe(35);
    expect(maxHours("2026-10-05", "2026-10-12")).toBe(70);
    expect(calendarDays("2026-10-24", "2026-10-26")).toBe(3); // across the change to winter time
  });

  it("accepts exactly 35 hours in a week, refuses 35.5 with the figures", () => {
    expect(checkInternshipPlan({ period: week, hours: 35, pathway, others: [] })).toEqual([]);
    expect(checkInternshipPlan({ period: week, hours: 35.5, pathway, others: [] })).toEqual([
      {
        field: "hours",
        message:
          "35,5 heures, c'est plus de 35 heures par semaine en moyenne : sur 5 jours, 35 heures au plus.",
      },
    ]);
  });

  it("refuses zero hours", () => {
    expect(checkInternshipPlan({ period: week, hours: 0, pathway, others: [] })[0]?.message).toBe(
      "Le nombre d'heures doit être supérieur à 0.",
    );
  });

  it("keeps the internship within the pathway, its bounds included", () => {
    const atBounds = { startDate: "2026-09-07", endDate: "2026-12-18" };
    expect(checkInternshipPlan({ period: atBounds, hours: 70, pathway, others: [] })).toEqual([]);
    const early = checkInternshipPlan({
      period: { startDate: "2026-09-06", endDate: "2026-09-10" },
      hours: 20,
      pathway,
      others: [],
    });
    expect(early).toEqual([
      { field: "startDate", message: "Le stage doit commencer pendant le parcours, entré le 07/09/2026." },
    ]);
    const late = checkInternshipPlan({
      period: { startDate: "2026-12-14", endDate: "2026-12-19" },
      hours: 20,
      pathway,
      others: [],
    });
    expect(late[0]?.message).toBe("Le stage doit finir pendant le parcours, qui se termine le 18/12/2026.");
    const open = { entryDate: "2026-09-07", endDate: null };
    expect(
      checkInternshipPlan({
        period: { startDate: "2027-03-01", endDate: "2027-03-05" },
        hours: 35,
        pathway: open,
        others: [],
      }),
    ).toEqual([]);
  });

  it("refuses an end before the start", () => {
    expect(
      checkInternshipPlan({
        period: { startDate: "2026-10-09", endDate: "2026-10-05" },
        hours: 10,
        pathway,
        others: [],
      }),
    ).toEqual([{ field: "endDate", message: "La date de fin doit être le jour du début ou après." }]);
  });

  it("refuses dates overlapping another internship by a single day, accepts the day after", () => {
    const other = { startDate: "2026-10-09", endDate: "2026-10-16", label: "Boulangerie Martin" };
    expect(checkInternshipPlan({ period: week, hours: 20, pathway, others: [other] })[0]?.message).toBe(
      "Ces dates chevauchent un autre stage du parcours (Boulangerie Martin, du 09/10/2026 au 16/10/2026).",
    );
    const next = { ...other, startDate: "2026-10-10" };
    expect(checkInternshipPlan({ period: week, hours: 20, pathway, others: [next] })).toEqual([]);
  });
});
