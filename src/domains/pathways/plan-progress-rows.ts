import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/database";
import { attendance, collectiveSessions } from "../collective-sessions/collective-sessions.tables";
import { internships } from "../internships/internships.tables";
import type { AttendanceRow, InternshipRow } from "./plan-progress";

/** What a pathway's progress is computed from: its attendance marks per module, and its internships. */
export async function planProgressRows(
  db: Db,
  pathwayId: string,
): Promise<{ attendance: AttendanceRow[]; internships: InternshipRow[] }> {
  const [marks, placements] = await Promise.all([
    db
      .select({ module: collectiveSessions.module, status: attendance.status, hours: attendance.hours })
      .from(attendance)
      .innerJoin(collectiveSessions, eq(collectiveSessions.id, attendance.sessionId))
      .where(and(eq(attendance.pathwayId, pathwayId), isNull(collectiveSessions.cancelledAt))),
    db
      .select({ id: internships.id, hoursDone: internships.hoursDone })
      .from(internships)
      .where(eq(internships.pathwayId, pathwayId)),
  ]);
  return { attendance: marks, internships: placements };
}
