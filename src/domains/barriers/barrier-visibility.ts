import { BARRIER_CATALOGUE } from "./barrier-catalogue";
import type { BarrierItem } from "./barriers.schemas";

/**
 * What a caller sees of a pathway's barriers. A health or justice barrier shows its situation, details
 * and what its actions are only to those who may read sensitive barriers (the receiving training
 * organisation, the referent, the trainee); the others see its theme, severity, status, dates, the
 * statuses of its actions and its history, which never holds any text. The only way barriers leave the
 * server.
 */
export function visibleBarriers(
  barriers: readonly BarrierItem[],
  mayReadSensitive: boolean,
): { items: BarrierItem[]; sensitiveIds: string[] } {
  const items = barriers.map((barrier) => {
    const restricted = BARRIER_CATALOGUE[barrier.theme].restricted;
    if (!restricted || mayReadSensitive) return { ...barrier, restricted, withheld: false };
    return {
      ...barrier,
      restricted,
      withheld: true,
      situation: null,
      details: null,
      actions: barrier.actions.map((action) => ({ ...action, description: null, partner: null })),
    };
  });
  const sensitiveIds = items.filter((item) => item.restricted && !item.withheld).map((item) => item.id);
  return { items, sensitiveIds };
}
