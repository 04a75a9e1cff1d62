import { describe, expect, it } from "vitest";
import {
  interviewDueDate,
  interviewState,
  needsProposal,
  nextReminderDay,
  reminderDue,
} from "./interview-rules";

describe("the tripartite interview's calendar", () => {
  it("is due the planned end less the configured weeks, across a month and a year", () => {
    expect(interviewDueDate("2026-12-21", 3)).toBe("2026-11-30");
    expect(interviewDueDate("2027-01-10", 3)).toBe("2026-12-20");
    expect(interviewDueDate("2026-03-29", 1)).toBe("2026-03-22");
  });

  it("is proposed from its due date on, only for a current pathway with a planned end", () => {
    const pathway = { plannedEndDate: "2026-12-21", exitDate: null };
    expect(needsProposal(pathway, "2026-11-29", 3)).toBe(false);
    expect(needsProposal(pathway, "2026-11-30", 3)).toBe(true);
    expect(needsProposal(pathway, "2027-01-05", 3)).toBe(true);
    expect(needsProposal({ ...pathway, exitDate: "2026-12-01" }, "2026-12-02", 3)).toBe(false);
    expect(needsProposal({ plannedEndDate: null, exitDate: null }, "2026-12-02", 3)).toBe(false);
  });

  const proposed = {
    dueDate: "2026-11-30",
    proposedDay: "2026-11-30",
    heldOn: null,
    scheduledDay: null,
    lastRemindedDay: null,
  };
  const current = { exitDate: null };

  it("reminds the referent 7 days after the due date, then 7 days after each reminder", () => {
    expect(nextReminderDay(proposed, current)).toBe("2026-12-07");
    expect(reminderDue(proposed, current, "2026-12-06")).toBe(false);
    expect(reminderDue(proposed, current, "2026-12-07")).toBe(true);
    const reminded = { ...proposed, lastRemindedDay: "2026-12-09" };
    expect(reminderDue(reminded, current, "2026-12-15")).toBe(false);
    expect(reminderDue(reminded, current, "2026-12-16")).toBe(true);
  });

  it("counts the 7 days from the proposal when it was made after the due date", () => {
    const late = { ...proposed, proposedDay: "2026-12-05" };
    expect(reminderDue(late, current, "2026-12-11")).toBe(false);
    expect(nextReminderDay(late, current)).toBe("2026-12-12");
  });

  it("does not remind while the interview is planned for a day to come, and again from the day after it", () => {
    const planned = { ...proposed, scheduledDay: "2026-12-10" };
    expect(reminderDue(planned, current, "2026-12-10")).toBe(false);
    expect(nextReminderDay(planned, current)).toBe("2026-12-11");
    expect(reminderDue({ ...planned, scheduledDay: "2026-12-01" }, current, "2026-12-07")).toBe(true);
  });

  it("never reminds once held or once the pathway ended", () => {
    expect(nextReminderDay({ ...proposed, heldOn: "2026-12-03" }, current)).toBeNull();
    expect(reminderDue(proposed, { exitDate: "2026-12-20" }, "2027-01-01")).toBe(false);
  });
});

describe("the tripartite interview's state", () => {
  it("goes from to come, to organise, planned, to held — or not held once the pathway ended without it", () => {
    expect(interviewState(null, { exitDate: null })).toBe("upcoming");
    expect(interviewState({ heldOn: null, scheduledAt: null }, { exitDate: null })).toBe("to_organise");
    expect(interviewState({ heldOn: null, scheduledAt: "2026-12-10T09:00:00Z" }, { exitDate: null })).toBe(
      "scheduled",
    );
    expect(interviewState({ heldOn: "2026-12-10", scheduledAt: null }, { exitDate: "2026-12-21" })).toBe(
      "held",
    );
    expect(
      interviewState({ heldOn: null, scheduledAt: "2026-12-10T09:00:00Z" }, { exitDate: "2026-12-21" }),
    ).toBe("not_held");
    expect(interviewState(null, { exitDate: "2026-12-21" })).toBe("not_held");
  });
});
