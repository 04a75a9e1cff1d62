import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import { pathwayFor } from "../../pathways/pathway-record";
import { loadBarriers } from "../barrier-record";
import { summariseBarriers } from "../barrier-summary";
import { visibleBarriers } from "../barrier-visibility";
import type { BarrierList } from "../barriers.schemas";

/**
 * A pathway's barriers as the caller may see them, with the count per theme and status. Audited: the
 * list (`barrier.list`, saying whether health or justice details were shown) and, when they were, each
 * sensitive barrier shown (`barrier.sensitive_read`).
 */
export async function listBarriers(db: Db, context: RequestContext, pathwayId: string): Promise<BarrierList> {
  const actor = context.actor as Actor;
  const { resource } = await pathwayFor(db, actor, pathwayId, "read");
  const mayReadSensitive = can(actor, "read", "SensitiveBarrier", resource);
  const { items, sensitiveIds } = visibleBarriers(await loadBarriers(db, pathwayId), mayReadSensitive);
  const sensitiveShown = sensitiveIds.length > 0;
  await db.transaction(async (tx) => {
    await recordAuditEvent(tx, context, {
      action: "barrier.list",
      recordType: "pathway",
      recordId: pathwayId,
      details: { count: items.length, sensitiveShown },
    });
    if (sensitiveShown) {
      await recordAuditEvent(tx, context, {
        action: "barrier.sensitive_read",
        recordType: "pathway",
        recordId: pathwayId,
        details: { barrierIds: sensitiveIds },
      });
    }
  });
  return { items, summary: summariseBarriers(items), sensitiveShown };
}
