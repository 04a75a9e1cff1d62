import { addDays, laterDay } from "../calendar-days";
/**
 * The tripartite interview's calendar and state, with no I/O (shared by the server and the web). Days are
 * Paris calendar dates `YYYY-MM-DD`.
 */

/** The referent is reminded every this many days while the interview is not held. */
export const REMINDER_INTERVAL_DAYS = 7;

/** The day the interview is due: the planned end less `weeks` weeks. */
export function interviewDueDate(plannedEndDate: string, weeks: number): string {
  return addDays(plannedEndDate, -7 * weeks);
}

/** Whether a pathway without an interview yet should have it proposed `today`: current, and its due date come. */
export function needsProposal(
  pathway: { plannedEndDate: string | null; exitDate: string | null },
  today: string,
  weeks: number,
): boolean {
  return (
    pathway.exitDate === null &&
    pathway.plannedEndDate !== null &&
    interviewDueDate(pathway.plannedEndDate, weeks) <= today
  );
}

/**
 * The day the referent is next reminded, or `null` when no reminder is due any more (held, or the
 * pathway ended): 7 days after the due date (or after the proposal, when it was made late), then 7 days
 * after the last reminder. While the interview is planned for a day still to come, no reminder: the
 * next one waits until the day after it.
 */
export function nextReminderDay(
  interview: {
    dueDate: string;
    proposedDay: string;
    heldOn: string | null;
    scheduledDay: string | null;
    lastRemindedDay: string | null;
  },
  pathway: { exitDate: string | null },
): string | null {
  if (interview.heldOn !== null || pathway.exitDate !== null) return null;
  const from = interview.lastRemindedDay ?? laterDay(interview.proposedDay, interview.dueDate);
  const byInterval = addDays(from, REMINDER_INTERVAL_DAYS);
  if (interview.scheduledDay === null) return byInterval;
  const afterScheduled = addDays(interview.scheduledDay, 1);
  return laterDay(afterScheduled, byInterval);
}

export function reminderDue(
  interview: Parameters<typeof nextReminderDay>[0],
  pathway: Parameters<typeof nextReminderDay>[1],
  today: string,
): boolean {
  const next = nextReminderDay(interview, pathway);
  return next !== null && next <= today;
}

export type InterviewState = "upcoming" | "to_organise" | "scheduled" | "held" | "not_held";

/**
 * Where the interview stands: « Tenu » once recorded; « Non tenu » once the pathway ended (exit) without
 * it; « Planifié » once a date is set; « À organiser » once proposed; « À venir » before its due date.
 */
export function interviewState(
  interview: { heldOn: string | null; scheduledAt: string | Date | null } | null,
  pathway: { exitDate: string | null },
): InterviewState {
  if (interview?.heldOn) return "held";
  if (pathway.exitDate !== null) return "not_held";
  if (!interview) return "upcoming";
  return interview.scheduledAt ? "scheduled" : "to_organise";
}

export const INTERVIEW_STATE_LABELS: Record<InterviewState, string> = {
  upcoming: "À venir",
  to_organise: "À organiser",
  scheduled: "Planifié",
  held: "Tenu",
  not_held: "Non tenu",
};
