/**
 * When a follow-up is due, and what it needs next: the pure rules of the follow-up campaigns (no I/O).
 * Days are calendar days (`YYYY-MM-DD`), instants are Dates.
 */

export type FollowUpTiming = { reminderDays: number; reminders: number; linkDays: number };

const DAY_MS = 86_400_000;

/**
 * `day` plus `months` calendar months, clamped to the end of a shorter month (31 August + 6 months =
 * 28 or 29 February), as PostgreSQL's `date + interval 'N months'` does.
 */
export function addCalendarMonths(day: string, months: number): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${targetYear}-${pad(targetMonth + 1)}-${pad(Math.min(date, lastDay))}`;
}

/** The day a follow-up of a pathway exited on `exitDate` is due. */
export const followUpDueDate = (exitDate: string, months: number) => addCalendarMonths(exitDate, months);

/** Is the follow-up due on `today` (the Paris day)? From its due day on. */
export const isFollowUpDue = (exitDate: string, months: number, today: string) =>
  followUpDueDate(exitDate, months) <= today;

export type FollowUpState = {
  sentAt: Date | null;
  reminderCount: number;
  lastRemindedAt: Date | null;
  callListedAt: Date | null;
  answeredAt: Date | null;
};

export type FollowUpStep = "send" | "remind" | "call_list" | "wait";

/**
 * What a due follow-up needs now: an answered or call-listed one nothing more (never twice); one never
 * sent is sent, or goes straight to the call list when there is no e-mail address; one sent is reminded
 * every `reminderDays` days, `reminders` times, then goes on the call list.
 */
export function nextFollowUpStep(
  followUp: FollowUpState,
  hasEmail: boolean,
  timing: FollowUpTiming,
  now: Date,
): FollowUpStep {
  if (followUp.answeredAt || followUp.callListedAt) return "wait";
  if (!followUp.sentAt) return hasEmail ? "send" : "call_list";
  const lastLink = followUp.lastRemindedAt ?? followUp.sentAt;
  if (now.getTime() - lastLink.getTime() < timing.reminderDays * DAY_MS) return "wait";
  return followUp.reminderCount < timing.reminders && hasEmail ? "remind" : "call_list";
}

/** The last link e-mailed stays valid `linkDays` days; earlier links were replaced by it. */
export function linkExpiresAt(followUp: Pick<FollowUpState, "sentAt" | "lastRemindedAt">, linkDays: number) {
  const lastLink = followUp.lastRemindedAt ?? followUp.sentAt;
  return lastLink ? new Date(lastLink.getTime() + linkDays * DAY_MS) : null;
}
