import { describe, expect, it } from "vitest";
import { ambassadorshipOffered } from "./ambassador-offer";

describe("when the trainee space offers to testify", () => {
  const today = "2026-11-26";
  const current = (plannedEndDate: string | null) => ({ exitDate: null, plannedEndDate });

  it("offers it to former trainees", () => {
    expect(
      ambassadorshipOffered([{ exitDate: "2026-06-30", plannedEndDate: "2026-06-30" }], today, false),
    ).toBe(true);
  });

  it("offers it to current trainees from six weeks before their planned end, not earlier", () => {
    expect(ambassadorshipOffered([current("2027-01-07")], today, false)).toBe(true);
    expect(ambassadorshipOffered([current("2027-01-08")], today, false)).toBe(false);
    expect(ambassadorshipOffered([current(null)], today, false)).toBe(false);
  });

  it("keeps it for those who already opted in, so that they can withdraw", () => {
    expect(ambassadorshipOffered([current(null)], today, true)).toBe(true);
    expect(ambassadorshipOffered([], today, true)).toBe(true);
  });

  it("offers nothing to someone without a pathway", () => {
    expect(ambassadorshipOffered([], today, false)).toBe(false);
  });
});
