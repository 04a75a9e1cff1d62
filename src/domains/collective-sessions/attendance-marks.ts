import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/database";
import type { MarkView } from "./collective-sessions.schemas";
import { attendance } from "./collective-sessions.tables";

export type AttendanceRow = typeof attendance.$inferSelect;

export function toMarkView(row: AttendanceRow): MarkView {
  return {
    status: row.status,
    hours: row.hours,
    note: row.note,
    version: row.version,
    markedAt: row.markedAt.toISOString(),
    confirmedByTraineeAt: row.confirmedByTraineeAt?.toISOString() ?? null,
  };
}

/** The marks of a session, for some of its trainees or all. */
export function sessionMarks(db: Db, sessionId: string, pathwayIds?: readonly string[]) {
  return db
    .select()
    .from(attendance)
    .where(
      and(
        eq(attendance.sessionId, sessionId),
        pathwayIds ? inArray(attendance.pathwayId, [...pathwayIds]) : undefined,
      ),
    );
}
