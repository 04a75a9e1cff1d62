/**
 * What an internship's dates and hours must respect, as pure rules with French messages naming the
 * figures: within the pathway, not overlapping another internship, and at most 35 hours a week on
 * average.
 */

export const MAX_WEEKLY_HOURS = 35;

const DAY_MS = 86_400_000;

/** Calendar days from `start` to `end`, both counted. */
export function calendarDays(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;
}

/** The most hours a period allows: 35 per started week (a 5-day internship may take 35 hours). */
export function maxHours(start: string, end: string): number {
  return MAX_WEEKLY_HOURS * Math.ceil(calendarDays(start, end) / 7);
}

export type Period = { startDate: string; endDate: string };
export type InternshipProblem = { field: "startDate" | "endDate" | "hours"; message: string };

const frenchDate = (day: string) => day.split("-").reverse().join("/");
const frenchNumber = (value: number) => value.toLocaleString("fr-FR", { maximumFractionDigits: 2 });

export function checkInternshipPlan(input: {
  period: Period;
  hours: number;
  pathway: { entryDate: string; endDate: string | null };
  others: readonly (Period & { label: string })[];
}): InternshipProblem[] {
  const { period, hours, pathway } = input;
  const problems: InternshipProblem[] = [];
  if (period.endDate < period.startDate) {
    return [{ field: "endDate", message: "La date de fin doit être le jour du début ou après." }];
  }
  if (period.startDate < pathway.entryDate) {
    problems.push({
      field: "startDate",
      message: `Le stage doit commencer pendant le parcours, entré le ${frenchDate(pathway.entryDate)}.`,
    });
  }
  if (pathway.endDate && period.endDate > pathway.endDate) {
    problems.push({
      field: "endDate",
      message: `Le stage doit finir pendant le parcours, qui se termine le ${frenchDate(pathway.endDate)}.`,
    });
  }
  const overlapping = input.others.find(
    (other) => other.startDate <= period.endDate && period.startDate <= other.endDate,
  );
  if (overlapping) {
    problems.push({
      field: "startDate",
      message: `Ces dates chevauchent un autre stage du parcours (${overlapping.label}, du ${frenchDate(overlapping.startDate)} au ${frenchDate(overlapping.endDate)}).`,
    });
  }
  if (!(hours > 0)) {
    problems.push({ field: "hours", message: "Le nombre d'heures doit être supérieur à 0." });
  } else {
    const limit = maxHours(period.startDate, period.endDate);
    if (hours > limit) {
      const days = calendarDays(period.startDate, period.endDate);
      problems.push({
        field: "hours",
        message: `${frenchNumber(hours)} heures, c'est plus de 35 heures par semaine en moyenne : sur ${days} jour${days > 1 ? "s" : ""}, ${limit} heures au plus.`,
      });
    }
  }
  return problems;
}
