/** Dates as people in Nouvelle-Aquitaine read them: Paris time, in French. */

const dateTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});
const calendarDay = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "UTC",
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
});
const isoDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** « mercredi 2 décembre 2026 à 09:30 » */
export function formatParisDateTime(instant: Date): string {
  return dateTime.format(instant);
}

/** « mercredi 2 décembre 2026 » for a calendar date `YYYY-MM-DD`. */
export function formatCalendarDate(day: string): string {
  return calendarDay.format(new Date(`${day}T00:00:00Z`));
}

/** The Paris calendar date of an instant, as `YYYY-MM-DD`. */
export function parisDay(instant: Date): string {
  return isoDay.format(instant);
}

const offsetFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Paris",
  timeZoneName: "longOffset",
});

/** Paris's offset from UTC, in minutes, at an instant. */
function parisOffsetMinutes(utcMillis: number): number {
  const offset = offsetFormat.formatToParts(utcMillis).find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? "");
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The instant Paris's clocks show `time` (`HH:mm`, midnight by default) on `day` (`YYYY-MM-DD`). */
export function parisInstant(day: string, time = "00:00"): Date {
  const wall = Date.parse(`${day}T${time}:00Z`);
  const guess = wall - parisOffsetMinutes(wall) * 60_000;
  return new Date(wall - parisOffsetMinutes(guess) * 60_000);
}

const wallTime = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  hour: "2-digit",
  minute: "2-digit",
});

/** « 09:30 »: the Paris wall time of an instant. */
export function parisTime(instant: Date): string {
  return wallTime.format(instant);
}
