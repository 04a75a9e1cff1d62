import { count, eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import type { ResourceScope } from "../../authorization/policies";
import { parisInstant } from "../../paris-time";
import type { SessionBody } from "../collective-sessions.schemas";
import { collectiveSessions, sessionEnrolments } from "../collective-sessions.tables";
import { sessionFor, siteFor } from "../session-record";
import { trainersOf } from "./read-timetable";

/** What a session's form writes, once the trainer is checked: a user of the site's organisations, or a name. */
async function sessionValues(db: Db, scope: ResourceScope, body: SessionBody) {
  if (body.trainerUserId) {
    const trainers = await trainersOf(db, scope.receivingOrganisationIds ?? []);
    if (!trainers.some((trainer) => trainer.id === body.trainerUserId)) {
      throw badRequest("Ce formateur ou cette formatrice ne fait pas partie de l'organisme du site.");
    }
  }
  return {
    module: body.module,
    format: body.format,
    title: body.title,
    trainerUserId: body.trainerUserId,
    trainerName: body.trainerUserId ? null : body.trainerName,
    room: body.room,
    capacity: body.format === "individual" ? 1 : body.capacity,
    startsAt: parisInstant(body.date, body.startTime),
    endsAt: parisInstant(body.date, body.endTime),
  };
}

/** Adds a session to a site's timetable. */
export async function createSession(
  db: Db,
  context: RequestContext,
  siteId: string,
  body: SessionBody,
): Promise<string> {
  const actor = context.actor as Actor;
  const scope = await siteFor(db, actor, siteId, "manage");
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(collectiveSessions)
      .values({ ...(await sessionValues(tx, scope, body)), siteId, createdByUserId: actor.userId })
      .returning({ id: collectiveSessions.id });
    if (!created) throw new Error("session not created");
    await recordAuditEvent(tx, context, {
      action: "session.create",
      recordType: "session",
      recordId: created.id,
    });
    return created.id;
  });
}

/** Changes a session; its places never drop below the trainees already enrolled. */
export async function updateSession(
  db: Db,
  context: RequestContext,
  id: string,
  body: SessionBody,
): Promise<void> {
  const actor = context.actor as Actor;
  await db.transaction(async (tx) => {
    const session = await sessionFor(tx, actor, id, "manage", { forUpdate: true });
    if (session.cancelledAt) throw conflict("Cette séance est annulée : elle ne peut plus être modifiée.");
    const scope = await siteFor(tx, actor, session.siteId, "manage");
    const values = await sessionValues(tx, scope, body);
    const [enrolled] = await tx
      .select({ value: count() })
      .from(sessionEnrolments)
      .where(eq(sessionEnrolments.sessionId, id));
    if ((enrolled?.value ?? 0) > values.capacity) {
      throw conflict(
        `${enrolled?.value} stagiaires sont inscrit·es : la séance ne peut pas avoir moins de places.`,
      );
    }
    await tx
      .update(collectiveSessions)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(collectiveSessions.id, id));
    await recordAuditEvent(tx, context, { action: "session.update", recordType: "session", recordId: id });
  });
}
