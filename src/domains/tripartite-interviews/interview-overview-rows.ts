import { interviewState } from "./interview-rules";

/** Where a pathway stands for the Region's view of tripartite interviews (pure, unit-tested). */
export type OverviewCategory = "toOrganise" | "scheduled" | "held" | "notHeld";

/**
 * « Non tenu » once the pathway ended — or its planned end passed — without a held interview; else
 * held, scheduled or to organise.
 */
export function overviewCategory(
  pathway: { exitDate: string | null; plannedEndDate: string | null },
  interview: { heldOn: string | null; scheduledAt: Date | string | null } | null,
  today: string,
): OverviewCategory {
  const state = interviewState(interview, pathway);
  if (state === "held") return "held";
  if (state === "not_held") return "notHeld";
  if (pathway.plannedEndDate !== null && pathway.plannedEndDate < today) return "notHeld";
  return state === "scheduled" ? "scheduled" : "toOrganise";
}
