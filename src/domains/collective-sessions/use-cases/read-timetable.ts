import { and, asc, eq, gte, inArray, lt } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import { TRAINING_ROLES } from "../../accounts/roles";
import type { Actor, RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import { addDays, mondayOf } from "../../calendar-days";
import { parisDay, parisInstant } from "../../paris-time";
import type { Timetable, TimetableQuery } from "../collective-sessions.schemas";
import { collectiveSessions } from "../collective-sessions.tables";
import { sessionViews, siteFor } from "../session-record";

/**
 * A site's sessions from `from` to `to` included (this week by default), cancelled ones too, and who may
 * be named trainer there.
 */
export async function readTimetable(
  db: Db,
  context: RequestContext,
  siteId: string,
  query: TimetableQuery,
): Promise<Timetable> {
  const actor = context.actor as Actor;
  const scope = await siteFor(db, actor, siteId, "read");
  const from = query.from ?? mondayOf(parisDay(new Date()));
  const to = query.to ?? addDays(from, 6);
  const rows = await db
    .select()
    .from(collectiveSessions)
    .where(
      and(
        eq(collectiveSessions.siteId, siteId),
        gte(collectiveSessions.startsAt, parisInstant(from)),
        lt(collectiveSessions.startsAt, parisInstant(addDays(to, 1))),
      ),
    )
    .orderBy(asc(collectiveSessions.startsAt), asc(collectiveSessions.title));
  const mayManage = can(actor, "manage", "CollectiveSession", scope);
  return {
    from,
    to,
    sessions: await sessionViews(db, rows),
    trainers: mayManage ? await trainersOf(db, scope.receivingOrganisationIds ?? []) : [],
    mayManage,
  };
}

/** The active training staff of these organisations: who may be named a session's trainer. */
export async function trainersOf(db: Db, organisationIds: readonly (string | null)[]) {
  const ids = organisationIds.filter((id): id is string => id !== null);
  if (ids.length === 0) return [];
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(
      and(
        inArray(users.organisationId, ids),
        inArray(users.role, [...TRAINING_ROLES]),
        eq(users.active, true),
      ),
    )
    .orderBy(asc(users.displayName));
}
