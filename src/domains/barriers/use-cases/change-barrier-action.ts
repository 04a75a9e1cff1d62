import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { notFound } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { managedBarrier, recordBarrierEvent } from "../barrier-record";
import type { BarrierActionChangeBody } from "../barriers.schemas";
import { barrierActions } from "../barriers.tables";

const ACTION_NOT_FOUND = "Action introuvable.";

/** Changes an action's status, due date, description or partner, with its history row. Returns its pathway. */
export async function changeBarrierAction(
  db: Db,
  context: RequestContext,
  input: BarrierActionChangeBody & { id: string },
): Promise<string> {
  const actor = context.actor as Actor;
  return db.transaction(async (tx) => {
    const [action] = await tx.select().from(barrierActions).where(eq(barrierActions.id, input.id));
    if (!action) throw notFound(ACTION_NOT_FOUND);
    const barrier = await managedBarrier(tx, actor, action.barrierId, ACTION_NOT_FOUND);
    const { id, ...change } = input;
    await tx
      .update(barrierActions)
      .set({ ...change, updatedAt: new Date() })
      .where(eq(barrierActions.id, id));
    const statusChanged = change.status !== undefined && change.status !== action.status;
    await recordBarrierEvent(tx, actor, {
      barrierId: barrier.id,
      kind: "action_changed",
      fromStatus: statusChanged ? action.status : null,
      toStatus: statusChanged ? change.status : null,
      actionId: id,
    });
    await recordAuditEvent(tx, context, {
      action: "barrier_action.update",
      recordType: "barrier_action",
      recordId: id,
      details: {
        pathwayId: barrier.pathwayId,
        barrierId: barrier.id,
        ...(statusChanged && { from: action.status, to: change.status }),
      },
    });
    return barrier.pathwayId;
  });
}
