import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { managedBarrier, recordBarrierEvent } from "../barrier-record";
import type { BarrierActionBody } from "../barriers.schemas";
import { barrierActions } from "../barriers.tables";

/** Adds what is done to lift a barrier (with whom, by when), with its history row. Returns its pathway. */
export async function addBarrierAction(
  db: Db,
  context: RequestContext,
  input: BarrierActionBody & { barrierId: string },
): Promise<string> {
  const actor = context.actor as Actor;
  return db.transaction(async (tx) => {
    const barrier = await managedBarrier(tx, actor, input.barrierId);
    const [action] = await tx
      .insert(barrierActions)
      .values({
        barrierId: barrier.id,
        description: input.description,
        partner: input.partner,
        dueOn: input.dueOn,
        status: input.status,
        createdByUserId: actor.userId,
      })
      .returning({ id: barrierActions.id });
    if (!action) throw new Error("barrier action not created");
    await recordBarrierEvent(tx, actor, {
      barrierId: barrier.id,
      kind: "action_added",
      toStatus: input.status,
      actionId: action.id,
    });
    await recordAuditEvent(tx, context, {
      action: "barrier_action.create",
      recordType: "barrier_action",
      recordId: action.id,
      details: { pathwayId: barrier.pathwayId, barrierId: barrier.id },
    });
    return barrier.pathwayId;
  });
}
