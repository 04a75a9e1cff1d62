/**
 * How the records file writes values, one way only so that import → export → import changes nothing:
 * `yes` / `no` / empty, hours with a dot and no trailing zero (« 12.5 », « 12 »). Pure.
 */

export const yesNo = (value: boolean | null): string => (value === null ? "" : value ? "yes" : "no");

export function parseYesNo(cell: string): boolean | null {
  return cell === "" ? null : cell === "yes";
}

/** Hours with at most two decimals, as hundredths (« 12.5 » → 1250); `null` when not such a number. */
export function parseHundredths(cell: string): number | null {
  const match = /^(\d{1,6})(?:\.(\d{1,2}))?$/.exec(cell);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** Hundredths as the file writes them: « 12.5 », « 12 », « 0.25 ». */
export function formatHundredths(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const cents = hundredths % 100;
  if (cents === 0) return String(whole);
  return `${whole}.${String(cents).padStart(2, "0").replace(/0$/, "")}`;
}

/** A PostgreSQL `numeric` as read back (« 12.50 », or a number) in hundredths. */
export function numericToHundredths(value: string | number | null): number | null {
  if (value === null) return null;
  return Math.round(Number(value) * 100);
}
