import { BARRIER_THEMES, type BarrierStatus } from "./barrier-catalogue";
import type { BarrierThemeSummary } from "./barriers.schemas";

const COUNTED: Record<BarrierStatus, keyof Omit<BarrierThemeSummary, "theme" | "total">> = {
  identified: "identified",
  in_progress: "inProgress",
  lifted: "lifted",
  not_lifted: "notLifted",
};

/** Per theme of the catalogue that has some, in its order: how many barriers, and at which status. */
export function summariseBarriers(
  barriers: readonly { theme: BarrierThemeSummary["theme"]; status: BarrierStatus }[],
): BarrierThemeSummary[] {
  return BARRIER_THEMES.flatMap((theme) => {
    const ofTheme = barriers.filter((barrier) => barrier.theme === theme);
    if (ofTheme.length === 0) return [];
    const summary: BarrierThemeSummary = {
      theme,
      total: ofTheme.length,
      identified: 0,
      inProgress: 0,
      lifted: 0,
      notLifted: 0,
    };
    for (const barrier of ofTheme) summary[COUNTED[barrier.status]] += 1;
    return [summary];
  });
}
