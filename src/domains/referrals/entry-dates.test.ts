import { describe, expect, it } from "vitest";
import { checkEntryDate, checkPlannedEntryDate } from "./entry-dates";

describe("entry dates", () => {
  it("records an entry on any day of the week up to today, never before the referral", () => {
    // 2026-11-25 is a Wednesday, 2026-11-28 a Saturday.
    expect(checkEntryDate("2026-11-25", "2026-11-26", "2026-11-02")).toEqual({ ok: true });
    expect(checkEntryDate("2026-11-26", "2026-11-26", "2026-11-26")).toEqual({ ok: true });
    expect(checkEntryDate("2026-11-28", "2026-11-26", "2026-11-02")).toMatchObject({ ok: false });
    expect(checkEntryDate("2026-11-01", "2026-11-26", "2026-11-02")).toMatchObject({ ok: false });
  });

  it("plans an entry within the coming year, tolerating a week's delay in recording it", () => {
    expect(checkPlannedEntryDate("2026-12-02", "2026-11-26")).toEqual({ ok: true });
    expect(checkPlannedEntryDate("2026-11-19", "2026-11-26")).toEqual({ ok: true });
    expect(checkPlannedEntryDate("2026-11-18", "2026-11-26")).toMatchObject({ ok: false });
    expect(checkPlannedEntryDate("2027-11-26", "2026-11-26")).toEqual({ ok: true });
    expect(checkPlannedEntryDate("2027-11-27", "2026-11-26")).toMatchObject({ ok: false });
  });
});
