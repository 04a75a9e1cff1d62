import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { notFound, unauthorized } from "../../server/http-errors";
import type { Actor, RequestContext } from "../authorization/actor";
import type { Action } from "../authorization/policies";
import { pathwayFor } from "../pathways/pathway-record";
import { followUps } from "./follow-ups.tables";

export const FOLLOW_UP_NOT_FOUND = "Suivi introuvable.";

/**
 * A follow-up the actor may act on (`action` on `FollowUp`, through its pathway: the training
 * organisation that ran it manages it), locked for the rest of the transaction. Out of reach, it is
 * « introuvable ».
 */
export async function followUpFor(db: Db, actor: Actor, id: string, action: Action) {
  const [followUp] = await db.select().from(followUps).where(eq(followUps.id, id)).for("update");
  if (!followUp) throw notFound(FOLLOW_UP_NOT_FOUND);
  const { pathway } = await pathwayFor(db, actor, followUp.pathwayId, action, { subject: "FollowUp" }).catch(
    (error: unknown) => {
      if (error instanceof Error && "statusCode" in error && error.statusCode === 404)
        throw notFound(FOLLOW_UP_NOT_FOUND);
      throw error;
    },
  );
  return { followUp, pathway };
}

/** The signed-in actor of a request on a guarded route (the access check ran before). */
export function actorOf(context: RequestContext): Actor {
  if (!context.actor) throw unauthorized();
  return context.actor;
}
