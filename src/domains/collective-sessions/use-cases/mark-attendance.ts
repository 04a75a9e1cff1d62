import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { sessionMarks, toMarkView } from "../attendance-marks";
import { fromHundredths, markHours } from "../attendance-rules";
import type { MarkConflict, MarksBody } from "../collective-sessions.schemas";
import { attendance, sessionEnrolments } from "../collective-sessions.tables";
import { enrolledTrainees, traineeName } from "../enrolled-trainees";
import { durationHundredths } from "../session-period";
import { sessionFor } from "../session-record";

/** Someone marked these trainees since the trainer loaded the sheet. */
class StaleMarks extends Error {
  constructor(readonly pathwayIds: string[]) {
    super("stale marks");
  }
}

/**
 * Marks a session's attendance, all or nothing, in one transaction. Each mark names the version the
 * trainer saw (0: none yet) and is written only if it is still the current one — two trainers marking
 * different trainees both succeed; marking the same trainee, one wins and the other gets the current
 * marks back (409) with nothing written.
 */
export async function markAttendance(
  db: Db,
  context: RequestContext,
  id: string,
  body: MarksBody,
  now = new Date(),
): Promise<void> {
  const actor = context.actor as Actor;
  const ids = body.marks.map((mark) => mark.pathwayId);
  if (new Set(ids).size !== ids.length) throw badRequest("Une même personne apparaît deux fois.");
  try {
    await db.transaction(async (tx) => {
      const session = await sessionFor(tx, actor, id, "manage");
      if (session.cancelledAt) throw conflict("Cette séance est annulée : elle ne peut pas être émargée.");
      if (session.startsAt.getTime() > now.getTime()) {
        throw conflict(
          "Cette séance n'a pas encore commencé : elle pourra être émargée à partir de son début.",
        );
      }
      const enrolled = await tx
        .select({ pathwayId: sessionEnrolments.pathwayId })
        .from(sessionEnrolments)
        .where(and(eq(sessionEnrolments.sessionId, id), inArray(sessionEnrolments.pathwayId, ids)));
      if (enrolled.length !== ids.length) {
        throw badRequest("Seules les personnes inscrites à la séance peuvent être émargées.");
      }
      const duration = durationHundredths(session.startsAt, session.endsAt);
      const problems: { pathwayId: string; message: string }[] = [];
      const rows = body.marks.map((mark) => {
        const hours = markHours(mark.status, mark.hours, duration);
        if (!hours.ok) problems.push({ pathwayId: mark.pathwayId, message: hours.message });
        return { ...mark, hours: hours.ok ? fromHundredths(hours.hundredths) : 0 };
      });
      const [problem] = problems;
      if (problem) throw badRequest(problem.message, { marks: problems });

      const stale: string[] = [];
      for (const mark of rows) {
        const values = {
          status: mark.status,
          hours: mark.hours,
          note: mark.note,
          markedByUserId: actor.userId,
          markedAt: now,
          confirmedByTraineeAt: null,
        };
        const written =
          mark.expectedVersion === 0
            ? await tx
                .insert(attendance)
                .values({ ...values, sessionId: id, pathwayId: mark.pathwayId, version: 1 })
                .onConflictDoNothing()
                .returning({ version: attendance.version })
            : await tx
                .update(attendance)
                .set({ ...values, version: sql`${attendance.version} + 1` })
                .where(
                  and(
                    eq(attendance.sessionId, id),
                    eq(attendance.pathwayId, mark.pathwayId),
                    eq(attendance.version, mark.expectedVersion),
                  ),
                )
                .returning({ version: attendance.version });
        if (written.length === 0) stale.push(mark.pathwayId);
      }
      if (stale.length > 0) throw new StaleMarks(stale);
      await recordAuditEvent(tx, context, {
        action: "attendance.mark",
        recordType: "session",
        recordId: id,
        details: { marks: rows.length },
      });
    });
  } catch (error) {
    if (!(error instanceof StaleMarks)) throw error;
    const conflicts = await currentMarks(db, id, error.pathwayIds);
    throw conflict(
      `Quelqu'un d'autre a émargé entre-temps : ${conflicts.map((row) => row.name).join(", ")}. Rien n'a été enregistré : vérifiez les présences actuelles puis enregistrez à nouveau.`,
      { conflicts },
    );
  }
}

async function currentMarks(db: Db, sessionId: string, pathwayIds: string[]): Promise<MarkConflict[]> {
  const trainees = await enrolledTrainees(db, sessionId);
  const marks = await sessionMarks(db, sessionId, pathwayIds);
  return pathwayIds.map((pathwayId) => {
    const mark = marks.find((row) => row.pathwayId === pathwayId);
    const trainee = trainees.find((row) => row.pathwayId === pathwayId);
    return {
      pathwayId,
      name: trainee ? traineeName(trainee.person) : "",
      mark: mark ? toMarkView(mark) : null,
      version: mark?.version ?? 0,
    };
  });
}
