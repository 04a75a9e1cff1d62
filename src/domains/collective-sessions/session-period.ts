/** A session's time on its day, in Paris: the rules the form and the API share (no I/O). */

/** A session lasts half a day at most. */
export const MAX_SESSION_MINUTES = 5 * 60;
/** Sessions starting before this Paris time are the morning's. */
const AFTERNOON_FROM = "12:30";

export const HALF_DAYS = ["morning", "afternoon"] as const;
export type HalfDay = (typeof HALF_DAYS)[number];
export const HALF_DAY_LABELS: Record<HalfDay, string> = { morning: "Matin", afternoon: "Après-midi" };

const minutesOf = (time: string) => {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  return hours * 60 + minutes;
};

/** Why a start and end time (`HH:mm`, the same day) do not make a session, or `null` when they do. */
export function periodProblem(startTime: string, endTime: string): string | null {
  const minutes = minutesOf(endTime) - minutesOf(startTime);
  if (minutes <= 0) return "L'heure de fin doit être après l'heure de début.";
  if (minutes > MAX_SESSION_MINUTES) return "Une séance dure une demi-journée au plus (5 heures).";
  return null;
}

/** The half-day a session starting at this Paris time (`HH:mm`) belongs to. */
export function halfDayOf(startTime: string): HalfDay {
  return minutesOf(startTime) < minutesOf(AFTERNOON_FROM) ? "morning" : "afternoon";
}

/** A session's length in hundredths of an hour (2 h 45 → 275), the unit every sum of hours is made in. */
export function durationHundredths(startsAt: Date, endsAt: Date): number {
  return Math.round((endsAt.getTime() - startsAt.getTime()) / 36_000);
}
