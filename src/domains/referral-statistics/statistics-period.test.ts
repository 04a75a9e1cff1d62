import { describe, expect, it } from "vitest";
import { lastTwelveMonths } from "./statistics-period";

describe("the period of the statistics", () => {
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
