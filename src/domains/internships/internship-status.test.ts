import { describe, expect, it } from "vitest";
import {
  checkInternshipTransition,
  INTERNSHIP_TRANSITIONS,
  isEditable,
  startBlocked,
} from "./internship-status";
import { INTERNSHIP_STATUSES } from "./internship-vocabulary";

describe("internship status machine", () => {
  it("goes draft → awaiting signatures → signed → completed", () => {
    expect(checkInternshipTransition("draft", "awaiting_signatures").ok).toBe(true);
    expect(checkInternshipTransition("awaiting_signatures", "signed").ok).toBe(true);
    expect(checkInternshipTransition("signed", "completed").ok).toBe(true);
  });

  it("cancels from draft, awaiting signatures or signed, never once completed", () => {
    for (const from of ["draft", "awaiting_signatures", "signed"] as const) {
      expect(checkInternshipTransition(from, "cancelled").ok).toBe(true);
    }
    expect(checkInternshipTransition("completed", "cancelled")).toEqual({
      ok: false,
      message: "Ce stage est déjà terminé ou annulé.",
    });
  });

  it("never completes an unsigned internship, nor skips a step", () => {
    expect(checkInternshipTransition("awaiting_signatures", "completed")).toEqual({
      ok: false,
      message: "Le stage ne peut pas être terminé : sa convention n'est pas signée par les quatre parties.",
    });
    expect(checkInternshipTransition("draft", "signed").ok).toBe(false);
    expect(checkInternshipTransition("draft", "completed").ok).toBe(false);
    expect(checkInternshipTransition("signed", "awaiting_signatures").ok).toBe(false);
  });

  it("leaves completed and cancelled for good", () => {
    for (const to of INTERNSHIP_STATUSES) {
      expect(checkInternshipTransition("completed", to).ok).toBe(false);
      expect(checkInternshipTransition("cancelled", to).ok).toBe(false);
    }
    expect(INTERNSHIP_TRANSITIONS.cancelled).toEqual([]);
  });

  it("edits only drafts", () => {
    expect(INTERNSHIP_STATUSES.filter(isEditable)).toEqual(["draft"]);
  });

  it("blocks an unsigned internship from its start date, not the day before", () => {
    const internship = { status: "awaiting_signatures" as const, startDate: "2026-10-05" };
    expect(startBlocked(internship, "2026-10-04")).toBe(false);
    expect(startBlocked(internship, "2026-10-05")).toBe(true);
    expect(startBlocked({ ...internship, status: "draft" }, "2026-10-06")).toBe(true);
    expect(startBlocked({ ...internship, status: "signed" }, "2026-10-05")).toBe(false);
    expect(startBlocked({ ...internship, status: "cancelled" }, "2026-10-05")).toBe(false);
  });
});
