import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { parisDay } from "../../paris-time";
import { managedBarrier, recordBarrierEvent } from "../barrier-record";
import { checkBarrierTransition, isClosed } from "../barrier-status";
import type { BarrierChangeBody } from "../barriers.schemas";
import { barriers } from "../barriers.tables";

/**
 * Changes a barrier's severity, details or status (along the declared transitions; lifted or not, it is
 * closed that day), each change with its history row, in one transaction. Returns its pathway.
 */
export async function changeBarrier(
  db: Db,
  context: RequestContext,
  input: BarrierChangeBody & { id: string },
): Promise<string> {
  const actor = context.actor as Actor;
  return db.transaction(async (tx) => {
    const barrier = await managedBarrier(tx, actor, input.id);
    const status = input.status;
    if (status !== undefined) {
      const check = checkBarrierTransition(barrier.status, status);
      if (!check.ok) throw conflict(check.message);
    }
    const severity =
      input.severity !== undefined && input.severity !== barrier.severity ? input.severity : undefined;
    const details =
      input.details !== undefined && input.details !== barrier.details ? input.details : undefined;
    const now = new Date();
    await tx
      .update(barriers)
      .set({
        severity,
        details,
        status,
        closedOn: status === undefined ? undefined : isClosed(status) ? parisDay(now) : null,
        updatedAt: now,
      })
      .where(eq(barriers.id, barrier.id));
    const event = { barrierId: barrier.id };
    if (status) {
      await recordBarrierEvent(tx, actor, {
        ...event,
        kind: "status_changed",
        fromStatus: barrier.status,
        toStatus: status,
      });
    }
    if (severity) {
      await recordBarrierEvent(tx, actor, {
        ...event,
        kind: "severity_changed",
        fromStatus: barrier.severity,
        toStatus: severity,
      });
    }
    if (details !== undefined) await recordBarrierEvent(tx, actor, { ...event, kind: "details_changed" });
    await recordAuditEvent(tx, context, {
      action: "barrier.update",
      recordType: "barrier",
      recordId: barrier.id,
      details: {
        pathwayId: barrier.pathwayId,
        ...(status && { from: barrier.status, to: status }),
        ...(severity && { severity }),
        detailsChanged: details !== undefined,
      },
    });
    return barrier.pathwayId;
  });
}
