import { describe, expect, it } from "vitest";
import { MAX_REMINDERS, reminderDue } from "./signature-reminders";

const sent = new Date("2026-10-01T08:00:00Z");
const daysLater = (days: number, minutes = 0) =>
  new Date(sent.getTime() + days * 86_400_000 + minutes * 60_000);

describe("signature reminders", () => {
  it("reminds 3 days after the last link, not a minute before", () => {
    const pending = { signedAt: null, remindersSent: 0, lastLinkSentAt: sent };
    expect(reminderDue(pending, daysLater(3, -1))).toBe(false);
    expect(reminderDue(pending, daysLater(3))).toBe(true);
  });

  it("stops after the third reminder, and never reminds a signer", () => {
    expect(
      reminderDue({ signedAt: null, remindersSent: MAX_REMINDERS - 1, lastLinkSentAt: sent }, daysLater(9)),
    ).toBe(true);
    expect(
      reminderDue({ signedAt: null, remindersSent: MAX_REMINDERS, lastLinkSentAt: sent }, daysLater(30)),
    ).toBe(false);
    expect(
      reminderDue({ signedAt: daysLater(1), remindersSent: 0, lastLinkSentAt: sent }, daysLater(30)),
    ).toBe(false);
  });
});
