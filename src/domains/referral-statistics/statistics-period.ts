/** The period referral statistics cover: Paris calendar days, `YYYY-MM-DD`, both included. Pure. */
export type Period = { from: string; to: string };

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * The twelve months that end on `today`: from the day after the same date a year earlier. A 29 February
 * has no such date: the period then starts on 1 March.
 */
export function lastTwelveMonths(today: string): Period {
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const yearBefore = Date.UTC(year - 1, month - 1, day);
  const overflowed = new Date(yearBefore).getUTCMonth() !== month - 1;
  return { from: isoDay(overflowed ? yearBefore : yearBefore + 86_400_000), to: today };
}
