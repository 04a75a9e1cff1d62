const TIME_ZONE = "Europe/Paris";

const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", {
  timeZone: TIME_ZONE,
  dateStyle: "short",
  timeStyle: "short",
});
const dateFormat = new Intl.DateTimeFormat("fr-FR", { timeZone: TIME_ZONE, dateStyle: "long" });

/** « 26/11/2026 12:04 », in Paris time; « — » when there is no date. */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dateTimeFormat.format(new Date(value)) : "—";
}

/** « 26 novembre 2026 », in Paris time; « — » when there is no date. */
export function formatDate(value: string | null | undefined): string {
  return value ? dateFormat.format(new Date(value)) : "—";
}

const offsetFormat = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, timeZoneName: "longOffset" });
const dayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Paris's offset from UTC, in minutes, at the instant `utcMillis`. */
function parisOffsetMinutes(utcMillis: number): number {
  const offset = offsetFormat.formatToParts(utcMillis).find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(offset ?? "");
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The instant Paris's clocks show this wall time (given as if it were UTC), as an ISO timestamp. */
function fromParisWallTime(wallMillis: number): string {
  const guess = wallMillis - parisOffsetMinutes(wallMillis) * 60_000;
  return new Date(wallMillis - parisOffsetMinutes(guess) * 60_000).toISOString();
}

/** The instant a day (`YYYY-MM-DD`) starts in Paris, plus `days` days, as an ISO timestamp. */
export function parisStartOfDay(day: string, days = 0): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return fromParisWallTime(Date.UTC(year, month - 1, date + days));
}

/** A date and time typed in Paris (`YYYY-MM-DDTHH:mm`, a `datetime-local` field), as an ISO timestamp. */
export function parisDateTimeToIso(local: string): string {
  return fromParisWallTime(Date.parse(`${local}:00Z`));
}

/** Today's date in Paris, `YYYY-MM-DD`. */
export function parisToday(now = new Date()): string {
  return dayFormat.format(now);
}
