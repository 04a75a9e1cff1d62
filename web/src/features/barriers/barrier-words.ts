import {
  BARRIER_ACTION_STATUS_LABELS,
  BARRIER_CATALOGUE,
  BARRIER_SEVERITY_LABELS,
  BARRIER_STATUS_LABELS,
  BARRIER_THEMES,
  type BarrierActionStatus,
  type BarrierSeverity,
  type BarrierStatus,
} from "../../../../src/domains/barriers/barrier-catalogue";
import type { BarrierActionItem, BarrierItem } from "./barriers-api";

/** How the pages name a barrier and what happened to it, from the catalogue's labels. */

/** « Santé — informations réservées » when the user may not read a health or justice barrier. */
export function barrierTitle(barrier: BarrierItem): string {
  const theme = BARRIER_CATALOGUE[barrier.theme];
  return barrier.withheld ? `${theme.label} — informations réservées` : theme.label;
}

/** The situation's label, or nothing when withheld. */
export function situationLabel(barrier: BarrierItem): string | null {
  if (barrier.situation === null) return null;
  return BARRIER_CATALOGUE[barrier.theme].situations[barrier.situation] ?? barrier.situation;
}

const label = (labels: Record<string, string>, code: string | null) => (code ? (labels[code] ?? code) : "—");

/** An action, as its description or, withheld, « Action ». */
export const actionName = (action: BarrierActionItem | undefined) =>
  action?.description ? `« ${action.description} »` : "";

/** Barriers in the catalogue's order of themes, as the pages list them. */
export const inCatalogueOrder = (barriers: readonly BarrierItem[]) =>
  barriers.toSorted((a, b) => BARRIER_THEMES.indexOf(a.theme) - BARRIER_THEMES.indexOf(b.theme));

/** One line of the history, in words. */
export function eventText(barrier: BarrierItem, event: BarrierItem["history"][number]): string {
  const action = barrier.actions.find((candidate) => candidate.id === event.actionId);
  switch (event.kind) {
    case "identified":
      return "Frein repéré";
    case "status_changed":
      return `${label(BARRIER_STATUS_LABELS, event.fromStatus)} → ${label(BARRIER_STATUS_LABELS, event.toStatus)}`;
    case "severity_changed":
      return `Gravité : ${label(BARRIER_SEVERITY_LABELS, event.fromStatus)} → ${label(BARRIER_SEVERITY_LABELS, event.toStatus)}`;
    case "details_changed":
      return "Précisions modifiées";
    case "action_added":
      return `Action ajoutée ${actionName(action)} (${label(BARRIER_ACTION_STATUS_LABELS, event.toStatus).toLowerCase()})`;
    case "action_changed":
      return event.toStatus
        ? `Action ${actionName(action)} : ${label(BARRIER_ACTION_STATUS_LABELS, event.fromStatus)} → ${label(BARRIER_ACTION_STATUS_LABELS, event.toStatus)}`
        : `Action ${actionName(action)} modifiée`;
    default:
      return event.kind;
  }
}

/** Dark shades: their text stays above AA contrast on white; a blocking barrier is filled. */
export const SEVERITY_BADGES: Record<BarrierSeverity, { color: string; variant: "outline" | "filled" }> = {
  low: { color: "gray.8", variant: "outline" },
  medium: { color: "red.9", variant: "outline" },
  high: { color: "red.9", variant: "filled" },
};
export const STATUS_COLOURS: Record<BarrierStatus, string> = {
  identified: "region",
  in_progress: "violet.9",
  lifted: "teal.9",
  not_lifted: "gray.8",
};
export const ACTION_STATUS_COLOURS: Record<BarrierActionStatus, string> = {
  planned: "region",
  in_progress: "violet.9",
  done: "teal.9",
  cancelled: "gray.8",
};
