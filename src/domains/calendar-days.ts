/** Arithmetic on calendar days `YYYY-MM-DD` (no time, no time zone); shared by the server and the web. */

/** `day` moved by `days` (negative: earlier). */
export const addDays = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The later of two days (ISO days compare as text). */
export const laterDay = (a: string, b: string): string => (a >= b ? a : b);

/** The Monday of the week of `day`. */
export const mondayOf = (day: string): string =>
  addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
