import { and, eq, gte, inArray, notExists, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { addDays } from "../../calendar-days";
import {
  attendance,
  collectiveSessions,
  sessionEnrolments,
} from "../../collective-sessions/collective-sessions.tables";
import { parisDay, parisInstant } from "../../paris-time";
import { pathwayFor } from "../../pathways/pathway-record";
import { pathways } from "../../pathways/pathways.tables";
import { people } from "../../people/people.tables";
import { exitViewOf } from "../exit-record";
import { checkExit, frenchDay } from "../exit-rules";
import type { ExitView, exitBody } from "../exits.schemas";
import { referentOf, tellReferent } from "../referent-notice";

/**
 * Records a pathway's exit, or corrects it (`correction`), in one transaction: the exit on the pathway
 * (its place on the site is free from then on), the trainee's enrolments in sessions after the exit day
 * that have no attendance mark removed, the referent told, the audit log. An exit already recorded is
 * never recorded again without `correction` (409). Training staff of the site only.
 */
export async function recordExit(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  pathwayId: string,
  body: z.output<typeof exitBody>,
): Promise<ExitView> {
  const actor = context.actor as Actor;
  return db.transaction(async (tx) => {
    const { pathway } = await pathwayFor(tx, actor, pathwayId, "manage", { forUpdate: true });
    if (pathway.source !== null)
      throw conflict(
        "Ce parcours a été importé : sa sortie se corrige dans le système d'origine, puis par un nouvel import.",
      );
    if (pathway.exitDate && !body.correction)
      throw conflict(
        `La sortie de ce parcours est déjà enregistrée (le ${frenchDay(pathway.exitDate)}). Pour la modifier, corrigez-la.`,
        { exitDate: pathway.exitDate },
      );
    const check = checkExit({
      entryDate: pathway.entryDate,
      plannedEndDate: pathway.plannedEndDate,
      today: parisDay(new Date()),
      exitDate: body.exitDate,
      reason: body.reason,
      situationAtExit: body.situationAtExit,
      nextStep: body.nextStep,
    });
    const [firstError] = check.errors;
    if (firstError)
      throw badRequest(
        firstError.message,
        check.errors.map((issue) => ({ field: `body.${issue.field}`, message: issue.message })),
      );
    const now = new Date();
    const [updated] = await tx
      .update(pathways)
      .set({
        exitDate: body.exitDate,
        exitReason: body.reason,
        situationAtExit: body.situationAtExit,
        nextStep: body.nextStep,
        exitRecordedAt: now,
        exitRecordedByUserId: actor.userId,
        updatedAt: now,
      })
      .where(eq(pathways.id, pathwayId))
      .returning();
    if (!updated) throw new Error("pathway vanished");
    const removed = await removeLaterEnrolments(tx, pathwayId, body.exitDate);
    const correction = pathway.exitDate !== null;
    await recordAuditEvent(tx, context, {
      action: correction ? "pathway.exitCorrect" : "pathway.exit",
      recordType: "pathway",
      recordId: pathwayId,
      details: {
        exitDate: body.exitDate,
        reason: body.reason,
        situationAtExit: body.situationAtExit,
        nextStepKind: body.nextStep.kind,
        enrolmentsRemoved: removed,
        ...(correction ? { previousExitDate: pathway.exitDate, previousReason: pathway.exitReason } : {}),
      },
    });
    const [person] = await tx
      .select({ firstName: people.firstName, lastName: people.lastName })
      .from(people)
      .where(eq(people.id, pathway.personId));
    await tellReferent(tx, mail, await referentOf(tx, pathway.referralId), {
      pathwayId,
      traineeName: person ? `${person.firstName} ${person.lastName}` : "un·e stagiaire",
      exitDate: body.exitDate,
      reason: body.reason,
      situationAtExit: body.situationAtExit,
      nextStep: body.nextStep,
      correction,
    });
    return (await exitViewOf(tx, updated)) as ExitView;
  });
}

/** Removes the enrolments in sessions from the day after the exit on, except those already marked. */
async function removeLaterEnrolments(db: Db, pathwayId: string, exitDate: string): Promise<number> {
  const from = parisInstant(addDays(exitDate, 1));
  const later = db
    .select({ id: collectiveSessions.id })
    .from(collectiveSessions)
    .where(gte(collectiveSessions.startsAt, from));
  const removed = await db
    .delete(sessionEnrolments)
    .where(
      and(
        eq(sessionEnrolments.pathwayId, pathwayId),
        inArray(sessionEnrolments.sessionId, later),
        notExists(
          db
            .select({ one: sql`1` })
            .from(attendance)
            .where(
              and(eq(attendance.sessionId, sessionEnrolments.sessionId), eq(attendance.pathwayId, pathwayId)),
            ),
        ),
      ),
    )
    .returning({ sessionId: sessionEnrolments.sessionId });
  return removed.length;
}
