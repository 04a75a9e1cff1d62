import type { DemoStep } from "./demo-paths";

/** Days of the demo's referrals, counted from 1970-01-01: office hours on weekdays. */

const DAY = 86_400_000;

export const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY;
export const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** The day itself on a weekday, the next Monday on a weekend. */
export function workday(day: number): number {
  const weekday = new Date(day * DAY).getUTCDay();
  return weekday === 6 ? day + 2 : weekday === 0 ? day + 1 : day;
}

/**
 * The `index`th event of a referral on `day`, in office hours (from 8:00 or 9:00 in Paris): later events
 * of the same day come later, and every instant falls on the same calendar day in Paris as in UTC.
 */
export const instant = (day: number, index: number) => new Date(day * DAY + (7 + index) * 3_600_000);

export type DatedStep = { step: DemoStep; day: number; appointment: number | null };

/** The days of a path's steps from `sent`, and of its invitations' appointments, on weekdays. */
export function datePath(sent: number, steps: readonly DemoStep[]): DatedStep[] {
  let base = sent;
  return steps.map((step) => {
    const day = workday(base + step.gap);
    const appointment = step.appointmentGap === undefined ? null : workday(day + step.appointmentGap);
    base = appointment ?? day;
    return { step, day, appointment };
  });
}
