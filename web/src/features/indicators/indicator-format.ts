import type { IndicatorLineDto } from "../../../../src/domains/indicators/indicators.schemas";
import { formatCount } from "../referral-statistics/statistics-format";

export { formatCount };

const oneDecimal = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat("fr-FR", {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/** « 42,3 % », one decimal; « — » without a denominator. */
export const formatPercent = (value: number | null) => (value === null ? "—" : percent.format(value));

/** « 1,8 », one decimal; « — » without a denominator. */
export const formatDecimal = (value: number | null) => (value === null ? "—" : oneDecimal.format(value));

/** An indicator's value in French by its unit: a count, a percentage or hours. */
export function formatIndicator(unit: IndicatorLineDto["unit"], value: number | null): string {
  if (value === null) return "—";
  if (unit === "share") return formatPercent(value);
  if (unit === "hours") return `${oneDecimal.format(value)} h`;
  return formatCount(value);
}

/** « 12 sur 40 » (numerator over denominator); a plain count has none. */
export function numeratorOverDenominator(line: IndicatorLineDto): string | null {
  if (line.denominator === null) return null;
  const numerator =
    line.unit === "hours" ? `${oneDecimal.format(line.numerator)} h` : formatCount(line.numerator);
  return `${numerator} sur ${formatCount(line.denominator)}`;
}

/** « janv. 2026 » for a month `2026-01`. */
export function formatMonth(month: string): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat("fr-FR", { month: "short", year: "numeric", timeZone: "UTC" }).format(
    Date.UTC(year, number - 1, 1),
  );
}

const upToTwoDecimals = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** « 0,42 » entries per 1,000 inhabitants, up to two decimals; « — » without inhabitants. */
export const formatPer1000 = (value: number | null) => (value === null ? "—" : upToTwoDecimals.format(value));
