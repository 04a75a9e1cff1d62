import { dayNumber, workday } from "../referrals/demo-calendar";
import type { Random } from "../territory/random";

/**
 * When the synthetic 2019–2020 entries fall (days counted from 1970-01-01, as in `demo-calendar.ts`):
 * weekdays, fewer in summer and at Christmas, a ramp-up before the programme covered every basin
 * (September 2019), almost none in the spring 2020 lockdown and a slower autumn 2020.
 */
export const HISTORY_FIRST_DAY = dayNumber("2019-01-01");
export const HISTORY_LAST_DAY = dayNumber("2020-12-31");

/** Relative weight of each month, January 2019 first. */
const MONTH_WEIGHTS = [
  // 2019: the former programmes' sites, then the 44 basins from September.
  0.8, 0.85, 0.9, 0.85, 0.8, 0.8, 0.55, 0.25, 1.15, 1.25, 1.15, 0.75,
  // 2020: the lockdown days are weighted below; the autumn's second lockdown kept training open.
  1.15, 1.15, 1.1, 1, 1, 1.15, 0.8, 0.3, 1.1, 1.2, 0.9, 0.7,
];

/** The first lockdown: no entry from 17 March to 10 May 2020, a slow restart until June. */
const LOCKDOWN = { from: dayNumber("2020-03-17"), to: dayNumber("2020-05-10") };
const RESTART_END = dayNumber("2020-05-31");

const monthIndex = (day: number) => {
  const date = new Date(day * 86_400_000);
  return (date.getUTCFullYear() - 2019) * 12 + date.getUTCMonth();
};

const isChristmasBreak = (day: number) => {
  const date = new Date(day * 86_400_000);
  return (
    (date.getUTCMonth() === 11 && date.getUTCDate() >= 23) ||
    (date.getUTCMonth() === 0 && date.getUTCDate() <= 2)
  );
};

const inLockdown = (day: number) => day >= LOCKDOWN.from && day <= LOCKDOWN.to;

/** Whether a pathway from `entry` to `end` ran through the lockdown (it was then extended). */
export const overlapsLockdown = (entry: number, end: number) => entry <= LOCKDOWN.to && end >= LOCKDOWN.from;

/** How likely an entry is on `day`: 0 on weekends, in the lockdown and over Christmas. */
export function entryWeight(day: number): number {
  const weekday = new Date(day * 86_400_000).getUTCDay();
  if (weekday === 0 || weekday === 6 || inLockdown(day) || isChristmasBreak(day)) return 0;
  const weight = MONTH_WEIGHTS[monthIndex(day)] ?? 0;
  return day > LOCKDOWN.to && day <= RESTART_END ? weight * 0.6 : weight;
}

/** Draws days of the period along `entryWeight`. */
export function dayDrawer(random: Random): () => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let day = HISTORY_FIRST_DAY; day <= HISTORY_LAST_DAY; day += 1) {
    total += entryWeight(day);
    cumulative.push(total);
  }
  return () => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    return HISTORY_FIRST_DAY + low;
  };
}

/**
 * The first day a cohort can start on from `day`: a weekday out of the lockdown, the summer (from
 * 14 July) and Christmas; a start pushed back by one of them comes some days after it, not on the same
 * day for every site.
 */
function cohortDay(random: Random, day: number): number {
  let candidate = workday(day);
  while (isClosedToCohorts(candidate)) {
    while (isClosedToCohorts(candidate)) candidate += 1;
    candidate = workday(candidate + random.integer(0, 27));
  }
  return candidate;
}

function isClosedToCohorts(day: number): boolean {
  const date = new Date(day * 86_400_000);
  const summer = date.getUTCMonth() === 7 || (date.getUTCMonth() === 6 && date.getUTCDate() >= 14);
  return inLockdown(day) || isChristmasBreak(day) || summer;
}

/**
 * The start days of a site that admits by cohorts: one every 8 to 12 weeks, so that a calendar quarter
 * holds one or two (never the 3 weeks that make admissions « au fil de l'eau »).
 */
export function cohortStarts(random: Random): number[] {
  const starts: number[] = [];
  let day = cohortDay(random, HISTORY_FIRST_DAY + random.integer(0, 60));
  while (day <= HISTORY_LAST_DAY) {
    starts.push(day);
    day = cohortDay(random, day + 7 * random.integer(8, 12));
  }
  return starts;
}

/** The cohort a person referred on `day` joins: the next start, or the last one at the period's end. */
export function nextStart(starts: readonly number[], day: number): number {
  const next = starts.find((start) => start >= day);
  return next ?? (starts.at(-1) as number);
}
