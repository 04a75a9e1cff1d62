import { describe, expect, it } from "vitest";
import { lastTwelveMonths, parisDay } from "./statistics-period";

describe("the period of the statistics", () => {
  it("takes the calendar day in Paris, not in UTC", () => {
    expect(parisDay(new Date("2026-01-10T22:59:00Z"))).toBe("2026-01-10");
    expect(parisDay(new Date("2026-01-10T23:00:00Z"))).toBe("2026-01-11"); // UTC+1 in winter
    expect(parisDay(new Date("2026-07-10T21:59:00Z"))).toBe("2026-07-10");
    expect(parisDay(new Date("2026-07-10T22:00:00Z"))).toBe("2026-07-11"); // UTC+2 in summer
  });

  it("covers the last twelve months by default, today included", () => {
    expect(lastTwelveMonths("2026-11-26")).toEqual({ from: "2025-11-27", to: "2026-11-26" });
    expect(lastTwelveMonths("2026-12-31")).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(lastTwelveMonths("2027-01-01")).toEqual({ from: "2026-01-02", to: "2027-01-01" });
  });

  it("starts on 1 March when today is 29 February", () => {
    expect(lastTwelveMonths("2028-02-29")).toEqual({ from: "2027-03-01", to: "2028-02-29" });
    expect(lastTwelveMonths("2027-02-28")).toEqual({ from: "2026-03-01", to: "2027-02-28" });
  });
});
