import { addDays } from "../calendar-days";
/** How many days before their planned end current trainees are offered to become ambassadors. */
export const OFFER_DAYS_BEFORE_END = 42;

export type PathwayDates = { exitDate: string | null; plannedEndDate: string | null };

/**
 * Whether the trainee space offers to testify: to anyone who already opted in (so they can withdraw), to
 * former trainees, and to current trainees within six weeks of their planned end (they may say yes
 * before leaving). Days are Paris calendar dates `YYYY-MM-DD`.
 */
export function ambassadorshipOffered(
  pathways: readonly PathwayDates[],
  today: string,
  alreadyAmbassador: boolean,
): boolean {
  if (alreadyAmbassador) return true;
  const offerFrom = addDays(today, OFFER_DAYS_BEFORE_END);
  return pathways.some(
    (pathway) =>
      pathway.exitDate !== null || (pathway.plannedEndDate !== null && pathway.plannedEndDate <= offerFrom),
  );
}
