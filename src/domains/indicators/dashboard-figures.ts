import { SITUATION_LABELS, SITUATIONS, type Situation } from "../outcomes/situation-vocabulary";
import { ratio } from "./indicator-definitions";
import type { IndicatorScope } from "./indicator-scope";
import type { FUNNEL_STEPS } from "./indicators.schemas";

/**
 * The dashboard's pure figures: what its scope is called, its funnel's steps, the distributions of the
 * entrants' profile, the months of a period, and the before/after table. No I/O; the SQL that counts is
 * in `dashboard-queries.ts`.
 */

/** What the figures cover, in French. */
export function scopeLabel(scope: IndicatorScope, lotCodes: readonly string[]): string {
  switch (scope.kind) {
    case "region":
      return "Toute la région";
    case "lots":
      return lotCodes.length === 0 ? "Vos lots : aucun" : `Vos lots : ${lotCodes.join(", ")}`;
    case "training":
      return "Les sites de votre organisme";
    case "prescriber":
      return "Les personnes orientées par votre organisme";
  }
}

export const FUNNEL_LABELS: Record<(typeof FUNNEL_STEPS)[number], string> = {
  referred: "Orientations envoyées sur la période",
  entered: "Entrées en parcours",
  completed: "Parcours menés à leur terme",
  positive6m: "En emploi, en formation qualifiante ou en apprentissage 6 mois après",
};

/** The value of a distribution row for the people whose answer is not known. */
export const UNKNOWN = "unknown";
export const UNKNOWN_LABEL = "Inconnu";

export type DistributionRow = { value: string; label: string; count: number; share: number | null };

/**
 * How many have each value, in the order given, and their share of everyone counted. Counts under
 * `null` or a value outside the order go to « Inconnu », shown when some are, or when `unknown` is in
 * the order.
 */
export function distribution(
  order: readonly string[],
  labels: Readonly<Record<string, string>>,
  counts: ReadonlyMap<string | null, number>,
): DistributionRow[] {
  const known = new Set(order);
  let unknown = 0;
  for (const [value, count] of counts) if (value === null || !known.has(value)) unknown += count;
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const rows = order
    .filter((value) => value !== UNKNOWN)
    .map((value) => ({ value, label: labels[value] ?? value, count: counts.get(value) ?? 0 }));
  if (known.has(UNKNOWN) || unknown > 0) rows.push({ value: UNKNOWN, label: UNKNOWN_LABEL, count: unknown });
  return rows.map((row) => ({ ...row, share: ratio(row.count, total) }));
}

/**
 * Age at entry, in whole years: the year of entry less the year of birth (the facts keep the birth
 * year only, as the evaluation dataset does), so someone born in December is counted a year older.
 */
export const AGE_BANDS = ["under26", "26to44", "45plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  under26: "Moins de 26 ans",
  "26to44": "26 à 44 ans",
  "45plus": "45 ans et plus",
};

export const ageBandOf = (age: number): AgeBand => (age < 26 ? "under26" : age < 45 ? "26to44" : "45plus");

/** Entrants counted by age at entry, gathered into the bands. */
export function ageDistribution(byAge: ReadonlyMap<number, number>): DistributionRow[] {
  const bands = new Map<string | null, number>();
  for (const [age, count] of byAge) {
    const band = ageBandOf(age);
    bands.set(band, (bands.get(band) ?? 0) + count);
  }
  return distribution(AGE_BANDS, AGE_BAND_LABELS, bands);
}

/** Every month `YYYY-MM` from the month of `from` to the month of `to`, both included. */
export function monthsOfPeriod(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const last = to.slice(0, 7);
  for (;;) {
    const current = `${year}-${String(month).padStart(2, "0")}`;
    if (current > last) return months;
    months.push(current);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
}

export const BEFORE_AFTER_MOMENTS = ["before", "atExit", "after6m"] as const;
export type BeforeAfterMoment = (typeof BEFORE_AFTER_MOMENTS)[number];

export type BeforeAfterRow = { situation: Situation; label: string } & Record<BeforeAfterMoment, number>;

/**
 * One row per situation of the vocabulary, in its order: how many of the followed leavers were in it
 * 12 months before entry, at exit and 6 months after. A situation not recorded (`null`) counts as
 * `unknown`, so that each column adds up to the followed leavers.
 */
export function beforeAfterRows(
  counts: readonly { moment: BeforeAfterMoment; situation: string | null; count: number }[],
): BeforeAfterRow[] {
  const rows = new Map(
    SITUATIONS.map((situation) => [
      situation as string,
      { situation, label: SITUATION_LABELS[situation], before: 0, atExit: 0, after6m: 0 },
    ]),
  );
  for (const { moment, situation, count } of counts) {
    const row = rows.get(situation ?? UNKNOWN) ?? rows.get(UNKNOWN);
    if (row) row[moment] += count;
  }
  return [...rows.values()];
}

/**
 * The calendar years a period touches: a lot's target is annual, so over 2019–2020 it counts twice, and
 * within one year the realisation is the progress towards that year's target.
 */
export function yearsCovered(period: { from: string; to: string }): number {
  return Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) + 1;
}
