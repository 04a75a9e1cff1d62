import { count, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/database";
import { forbidden, notFound } from "../../server/http-errors";
import { users } from "../accounts/accounts.tables";
import type { Actor } from "../authorization/actor";
import { type Action, can, type ResourceScope } from "../authorization/policies";
import { parisDay, parisTime } from "../paris-time";
import { siteOfferScope } from "../public-offer/site-offer-guard";
import { sites } from "../territory/territory.tables";
import type { SessionView } from "./collective-sessions.schemas";
import { collectiveSessions, sessionEnrolments } from "./collective-sessions.tables";
import { durationHundredths, halfDayOf } from "./session-period";

export const SESSION_NOT_FOUND = "Séance introuvable.";
export const SITE_NOT_FOUND = "Site introuvable.";

export type SessionRow = typeof collectiveSessions.$inferSelect;

/**
 * A site the actor may act on (`action` on `CollectiveSession`): 404 when they may not even read its
 * timetable, 403 when they may read but not do this.
 */
export async function siteFor(db: Db, actor: Actor, siteId: string, action: Action): Promise<ResourceScope> {
  const scope = await siteOfferScope(db, siteId);
  if (!scope || !can(actor, "read", "CollectiveSession", scope)) throw notFound(SITE_NOT_FOUND);
  if (!can(actor, action, "CollectiveSession", scope)) throw forbidden();
  return scope;
}

/** A session the actor may act on, locked for the rest of the transaction when `forUpdate`. */
export async function sessionFor(
  db: Db,
  actor: Actor,
  id: string,
  action: Action,
  options: { forUpdate?: boolean } = {},
): Promise<SessionRow> {
  const query = db.select().from(collectiveSessions).where(eq(collectiveSessions.id, id));
  const [session] = options.forUpdate ? await query.for("update") : await query;
  if (!session) throw notFound(SESSION_NOT_FOUND);
  const scope = await siteOfferScope(db, session.siteId);
  if (!scope || !can(actor, "read", "CollectiveSession", scope)) throw notFound(SESSION_NOT_FOUND);
  if (!can(actor, action, "CollectiveSession", scope)) throw forbidden();
  return session;
}

/** Sessions as the API shows them: with their site, trainer's name and number enrolled. */
export async function sessionViews(db: Db, rows: readonly SessionRow[]): Promise<SessionView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const counts = await db
    .select({ sessionId: sessionEnrolments.sessionId, value: count() })
    .from(sessionEnrolments)
    .where(inArray(sessionEnrolments.sessionId, ids))
    .groupBy(sessionEnrolments.sessionId);
  const siteRows = await db
    .select({ id: sites.id, code: sites.code, name: sites.name })
    .from(sites)
    .where(inArray(sites.id, [...new Set(rows.map((row) => row.siteId))]));
  const trainerIds = rows.map((row) => row.trainerUserId).filter((id): id is string => id !== null);
  const trainers =
    trainerIds.length > 0
      ? await db
          .select({ id: users.id, displayName: users.displayName })
          .from(users)
          .where(inArray(users.id, trainerIds))
      : [];
  return rows.map((row) =>
    toSessionView(row, {
      site: siteRows.find((site) => site.id === row.siteId) ?? { id: row.siteId, code: "", name: "" },
      enrolled: counts.find((entry) => entry.sessionId === row.id)?.value ?? 0,
      trainerName:
        trainers.find((trainer) => trainer.id === row.trainerUserId)?.displayName ?? row.trainerName,
    }),
  );
}

export function toSessionView(
  row: SessionRow,
  extra: { site: SessionView["site"]; enrolled: number; trainerName: string | null },
): SessionView {
  const startTime = parisTime(row.startsAt);
  return {
    id: row.id,
    site: extra.site,
    format: row.format,
    module: row.module,
    title: row.title,
    trainer: extra.trainerName ? { userId: row.trainerUserId, name: extra.trainerName } : null,
    room: row.room,
    capacity: row.capacity,
    enrolled: extra.enrolled,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    date: parisDay(row.startsAt),
    startTime,
    endTime: parisTime(row.endsAt),
    halfDay: halfDayOf(startTime),
    hours: durationHundredths(row.startsAt, row.endsAt) / 100,
    cancelled: row.cancelledAt !== null,
  };
}
