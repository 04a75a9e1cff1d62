import { describe, expect, it } from "vitest";
import {
  addCalendarMonths,
  type FollowUpState,
  followUpDueDate,
  isFollowUpDue,
  linkExpiresAt,
  nextFollowUpStep,
} from "./follow-up-schedule";

const timing = { reminderDays: 7, reminders: 2, linkDays: 30 };
const at = (iso: string) => new Date(iso);
const fresh: FollowUpState = {
  sentAt: null,
  reminderCount: 0,
  lastRemindedAt: null,
  callListedAt: null,
  answeredAt: null,
};

describe("follow-up due dates", () => {
  it("are the exit date plus N calendar months", () => {
    expect(followUpDueDate("2026-03-15", 6)).toBe("2026-09-15");
    expect(followUpDueDate("2026-03-15", 3)).toBe("2026-06-15");
    expect(followUpDueDate("2026-03-15", 12)).toBe("2027-03-15");
    expect(followUpDueDate("2026-10-01", 6)).toBe("2027-04-01");
  });

  it("clamp to the end of a shorter month, leap years included", () => {
    expect(followUpDueDate("2026-08-31", 6)).toBe("2027-02-28");
    expect(followUpDueDate("2027-08-31", 6)).toBe("2028-02-29");
    expect(followUpDueDate("2026-05-31", 6)).toBe("2026-11-30");
    expect(followUpDueDate("2026-12-31", 3)).toBe("2027-03-31");
    expect(addCalendarMonths("2026-01-31", 1)).toBe("2026-02-28");
  });

  it("are due from their due day on, not the day before", () => {
    expect(isFollowUpDue("2026-08-31", 6, "2027-02-27")).toBe(false);
    expect(isFollowUpDue("2026-08-31", 6, "2027-02-28")).toBe(true);
    expect(isFollowUpDue("2026-08-31", 6, "2027-03-01")).toBe(true);
  });
});

describe("the next step of a due follow-up", () => {
  const sent = { ...fresh, sentAt: at("2027-01-01T09:00:00Z") };

  it("sends it once, or puts it straight on the call list without an e-mail address", () => {
    expect(nextFollowUpStep(fresh, true, timing, at("2027-01-01T09:00:00Z"))).toBe("send");
    expect(nextFollowUpStep(fresh, false, timing, at("2027-01-01T09:00:00Z"))).toBe("call_list");
  });

  it("reminds exactly `reminderDays` days after the last link, not a minute before", () => {
    expect(nextFollowUpStep(sent, true, timing, at("2027-01-08T08:59:00Z"))).toBe("wait");
    expect(nextFollowUpStep(sent, true, timing, at("2027-01-08T09:00:00Z"))).toBe("remind");
    const reminded = { ...sent, reminderCount: 1, lastRemindedAt: at("2027-01-08T09:00:00Z") };
    expect(nextFollowUpStep(reminded, true, timing, at("2027-01-14T09:00:00Z"))).toBe("wait");
    expect(nextFollowUpStep(reminded, true, timing, at("2027-01-15T09:00:00Z"))).toBe("remind");
  });

  it("goes on the call list an interval after the last reminder", () => {
    const last = { ...sent, reminderCount: 2, lastRemindedAt: at("2027-01-15T09:00:00Z") };
    expect(nextFollowUpStep(last, true, timing, at("2027-01-22T08:00:00Z"))).toBe("wait");
    expect(nextFollowUpStep(last, true, timing, at("2027-01-22T09:00:00Z"))).toBe("call_list");
    expect(nextFollowUpStep(sent, true, { ...timing, reminders: 0 }, at("2027-01-08T09:00:00Z"))).toBe(
      "call_list",
    );
  });

  it("never does anything twice: answered or already on the call list, it waits", () => {
    const later = at("2028-01-01T00:00:00Z");
    expect(nextFollowUpStep({ ...sent, answeredAt: at("2027-01-02T00:00:00Z") }, true, timing, later)).toBe(
      "wait",
    );
    expect(nextFollowUpStep({ ...sent, callListedAt: at("2027-01-22T09:00:00Z") }, true, timing, later)).toBe(
      "wait",
    );
    expect(nextFollowUpStep({ ...fresh, callListedAt: later }, false, timing, later)).toBe("wait");
  });
});

describe("a follow-up link", () => {
  it("is valid `linkDays` days after the last link sent", () => {
    expect(linkExpiresAt(fresh, 30)).toBeNull();
    expect(linkExpiresAt({ sentAt: at("2027-01-01T09:00:00Z"), lastRemindedAt: null }, 30)).toEqual(
      at("2027-01-31T09:00:00Z"),
    );
    expect(
      linkExpiresAt({ sentAt: at("2027-01-01T09:00:00Z"), lastRemindedAt: at("2027-01-08T09:00:00Z") }, 30),
    ).toEqual(at("2027-02-07T09:00:00Z"));
  });
});
