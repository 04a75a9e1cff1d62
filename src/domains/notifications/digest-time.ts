const HOUR_MS = 3_600_000;

const parisWallClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** The time Paris clocks show at `instant`, written as if it were UTC (to compare and step by days). */
function parisWallTime(instant: number): number {
  const parts = parisWallClock.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((each) => each.type === type)?.value);
  return Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
}

/**
 * The first instant Paris clocks show `wallTime` or later. Paris is one or two hours ahead of UTC: on
 * the autumn change, an hour seen twice gives its first occurrence; on the spring change, an hour that
 * does not exist gives the moment clocks jump past it.
 */
function parisInstant(wallTime: number): number {
  const candidates = [wallTime - 2 * HOUR_MS, wallTime - HOUR_MS];
  return candidates.find((instant) => parisWallTime(instant) >= wallTime) ?? wallTime;
}

/**
 * When the latest daily digest fell due, at or before `now`: today at `hour` o'clock in Paris once that
 * hour has come, yesterday's otherwise. The digest covers the notifications made before that moment.
 */
export function latestDigestTime(now: Date, hour: number): Date {
  const wall = new Date(parisWallTime(now.getTime()));
  const today = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), hour);
  const todays = parisInstant(today);
  return new Date(todays <= now.getTime() ? todays : parisInstant(today - 24 * HOUR_MS));
}

/**
 * Is a digest run due: has a digest time come since the last run? Never run (the server has just
 * started): yes, to catch up on a digest missed while it was stopped.
 */
export function isDigestDue(now: Date, hour: number, lastRunAt: Date | null): boolean {
  return lastRunAt === null || lastRunAt < latestDigestTime(now, hour);
}
