import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { can } from "../../authorization/policies";
import { siteOfferScope } from "../../public-offer/site-offer-guard";
import { sessionMarks, toMarkView } from "../attendance-marks";
import type { AttendanceSheet } from "../collective-sessions.schemas";
import { enrolledTrainees } from "../enrolled-trainees";
import { sessionFor, sessionViews } from "../session-record";

/** The session's enrolled trainees, each with their mark and its version. Audited. */
export async function readAttendanceSheet(
  db: Db,
  context: RequestContext,
  id: string,
  now = new Date(),
): Promise<AttendanceSheet> {
  const actor = context.actor as Actor;
  const session = await sessionFor(db, actor, id, "read");
  const scope = await siteOfferScope(db, session.siteId);
  const trainees = await enrolledTrainees(db, id);
  const marks = await sessionMarks(db, id);
  await recordAuditEvent(db, context, { action: "attendance.read", recordType: "session", recordId: id });
  const [view] = await sessionViews(db, [session]);
  if (!view) throw new Error("session view missing");
  return {
    session: view,
    mayManage: scope !== null && can(actor, "manage", "CollectiveSession", scope),
    markable: session.cancelledAt === null && session.startsAt.getTime() <= now.getTime(),
    items: trainees.map((trainee) => {
      const mark = marks.find((row) => row.pathwayId === trainee.pathwayId);
      return { ...trainee, mark: mark ? toMarkView(mark) : null, version: mark?.version ?? 0 };
    }),
  };
}
