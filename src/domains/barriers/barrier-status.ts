import { BARRIER_STATUS_LABELS, type BarrierStatus } from "./barrier-catalogue";

/**
 * How a barrier's status moves, as data: identified at entry, worked on, then lifted or not. A barrier
 * closed by mistake may be reopened. Anything not declared here is refused.
 */
export const BARRIER_TRANSITIONS: Readonly<Record<BarrierStatus, readonly BarrierStatus[]>> = {
  identified: ["in_progress", "lifted", "not_lifted"],
  in_progress: ["lifted", "not_lifted"],
  lifted: ["in_progress"],
  not_lifted: ["in_progress"],
};

/** Lifted or not: the barrier is closed, on the day it was. */
export const isClosed = (status: BarrierStatus) => status === "lifted" || status === "not_lifted";

export type BarrierTransitionCheck = { ok: true } | { ok: false; message: string };

const quoted = (status: BarrierStatus) => `« ${BARRIER_STATUS_LABELS[status]} »`;

/** May a barrier go from `from` to `to`? If not, why, in plain French. */
export function checkBarrierTransition(from: BarrierStatus, to: BarrierStatus): BarrierTransitionCheck {
  if (from === to) return { ok: false, message: `Le frein est déjà au statut ${quoted(to)}.` };
  if (!BARRIER_TRANSITIONS[from].includes(to)) {
    return {
      ok: false,
      message: `Un frein au statut ${quoted(from)} ne peut pas passer au statut ${quoted(to)}.`,
    };
  }
  return { ok: true };
}
