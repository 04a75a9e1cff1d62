import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/database";
import { HttpError, notFound } from "../../server/http-errors";
import type { Actor } from "../authorization/actor";
import { pathwayFor } from "../pathways/pathway-record";
import { actorLabel } from "../referrals/referral-history";
import type { BarrierEventKind } from "./barrier-catalogue";
import type { BarrierItem } from "./barriers.schemas";
import { barrierActions, barrierEvents, barriers } from "./barriers.tables";

export const BARRIER_NOT_FOUND = "Frein introuvable.";

export type BarrierRow = typeof barriers.$inferSelect;

/**
 * A barrier the actor may change (they manage its pathway), locked for the rest of the transaction.
 * One on a pathway they may not even read is « introuvable », with `missing` as the message.
 */
export async function managedBarrier(
  db: Db,
  actor: Actor,
  id: string,
  missing = BARRIER_NOT_FOUND,
): Promise<BarrierRow> {
  const [barrier] = await db.select().from(barriers).where(eq(barriers.id, id)).for("update");
  if (!barrier) throw notFound(missing);
  try {
    await pathwayFor(db, actor, barrier.pathwayId, "manage");
  } catch (error) {
    throw error instanceof HttpError && error.statusCode === 404 ? notFound(missing) : error;
  }
  return barrier;
}

/** Writes one row of a barrier's history, in the caller's transaction. */
export async function recordBarrierEvent(
  db: Db,
  actor: Actor,
  event: {
    barrierId: string;
    kind: BarrierEventKind;
    fromStatus?: string | null;
    toStatus?: string | null;
    actionId?: string | null;
  },
): Promise<void> {
  await db.insert(barrierEvents).values({
    barrierId: event.barrierId,
    kind: event.kind,
    fromStatus: event.fromStatus ?? null,
    toStatus: event.toStatus ?? null,
    actionId: event.actionId ?? null,
    actorUserId: actor.userId,
    actorLabel: await actorLabel(db, actor, "training_organisation"),
  });
}

/** A pathway's barriers, whole, oldest first, each with its actions and history: not for the caller as is. */
export async function loadBarriers(db: Db, pathwayId: string): Promise<BarrierItem[]> {
  const rows = await db
    .select()
    .from(barriers)
    .where(eq(barriers.pathwayId, pathwayId))
    .orderBy(asc(barriers.identifiedOn), asc(barriers.createdAt), asc(barriers.id));
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [actions, events] = await Promise.all([
    db
      .select()
      .from(barrierActions)
      .where(inArray(barrierActions.barrierId, ids))
      .orderBy(asc(barrierActions.createdAt), asc(barrierActions.id)),
    db
      .select()
      .from(barrierEvents)
      .where(inArray(barrierEvents.barrierId, ids))
      .orderBy(asc(barrierEvents.at), asc(barrierEvents.id)),
  ]);
  return rows.map((row) => ({
    id: row.id,
    theme: row.theme as BarrierItem["theme"],
    restricted: false,
    withheld: false,
    situation: row.situation,
    details: row.details,
    severity: row.severity,
    status: row.status,
    identifiedOn: row.identifiedOn,
    closedOn: row.closedOn,
    actions: actions
      .filter((action) => action.barrierId === row.id)
      .map(({ id, description, partner, dueOn, status }) => ({ id, description, partner, dueOn, status })),
    history: events
      .filter((event) => event.barrierId === row.id)
      .map((event) => ({
        at: event.at.toISOString(),
        kind: event.kind,
        fromStatus: event.fromStatus,
        toStatus: event.toStatus,
        actionId: event.actionId,
        actorLabel: event.actorLabel,
      })),
  }));
}
