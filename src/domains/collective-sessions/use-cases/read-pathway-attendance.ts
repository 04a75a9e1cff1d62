import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { parisDay } from "../../paris-time";
import { pathwayFor } from "../../pathways/pathway-record";
import { toMarkView } from "../attendance-marks";
import { fromHundredths, toHundredths, totalsOf } from "../attendance-rules";
import { ATTENDANCE_STATUSES } from "../attendance-vocabulary";
import type { MonthTotals, PathwayAttendance } from "../collective-sessions.schemas";
import { pathwaySessions } from "../pathway-sessions";
import { sessionViews } from "../session-record";

/** A trainee's sessions with their marks, and per month the sessions marked and hours done. Audited. */
export async function readPathwayAttendance(
  db: Db,
  context: RequestContext,
  pathwayId: string,
): Promise<PathwayAttendance> {
  await pathwayFor(db, context.actor as Actor, pathwayId, "read");
  const rows = await pathwaySessions(db, pathwayId);
  await recordAuditEvent(db, context, {
    action: "attendance.read",
    recordType: "pathway",
    recordId: pathwayId,
  });
  const views = await sessionViews(
    db,
    rows.map((row) => row.session),
  );
  const months = new Map<string, { status: (typeof ATTENDANCE_STATUSES)[number]; hundredths: number }[]>();
  for (const { session, mark } of rows) {
    if (!mark) continue;
    const month = parisDay(session.startsAt).slice(0, 7);
    months.set(month, [
      ...(months.get(month) ?? []),
      { status: mark.status, hundredths: toHundredths(mark.hours) ?? 0 },
    ]);
  }
  return {
    items: rows.map((row, index) => ({
      session: views[index] as PathwayAttendance["items"][number]["session"],
      mark: row.mark ? toMarkView(row.mark) : null,
    })),
    months: [...months].map(([month, marks]): MonthTotals => {
      const totals = totalsOf(marks);
      return {
        month,
        sessions: marks.length,
        hours: fromHundredths(totals.hundredths),
        byStatus: Object.fromEntries(
          ATTENDANCE_STATUSES.map((status) => [
            status,
            {
              sessions: totals.byStatus[status].sessions,
              hours: fromHundredths(totals.byStatus[status].hundredths),
            },
          ]),
        ) as MonthTotals["byStatus"],
      };
    }),
  };
}
