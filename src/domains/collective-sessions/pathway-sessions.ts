import { and, asc, eq, gte, lt } from "drizzle-orm";
import type { Db } from "../../db/database";
import { attendance, collectiveSessions, sessionEnrolments } from "./collective-sessions.tables";

/** A trainee's sessions, oldest first (between two instants when given), each with its mark if any. */
export function pathwaySessions(db: Db, pathwayId: string, period?: { from: Date; to: Date }) {
  return db
    .select({ session: collectiveSessions, mark: attendance })
    .from(sessionEnrolments)
    .innerJoin(collectiveSessions, eq(collectiveSessions.id, sessionEnrolments.sessionId))
    .leftJoin(
      attendance,
      and(eq(attendance.sessionId, sessionEnrolments.sessionId), eq(attendance.pathwayId, pathwayId)),
    )
    .where(
      and(
        eq(sessionEnrolments.pathwayId, pathwayId),
        period ? gte(collectiveSessions.startsAt, period.from) : undefined,
        period ? lt(collectiveSessions.startsAt, period.to) : undefined,
      ),
    )
    .orderBy(asc(collectiveSessions.startsAt));
}
