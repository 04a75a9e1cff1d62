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
