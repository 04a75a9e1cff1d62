import { and, eq, isNotNull, isNull, lte, notExists, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import { commandLineContext } from "../../authorization/actor";
import { addDays } from "../../calendar-days";
import { parisDay } from "../../paris-time";
import { pathways } from "../../pathways/pathways.tables";
import { proposalLetters, reminderLetter } from "../interview-emails";
import { interviewParties, tellProfessionals, tellTrainee } from "../interview-parties";
import { mentionOf } from "../interview-record";
import { interviewDueDate, reminderDue } from "../interview-rules";
import { tripartiteInterviews } from "../tripartite-interviews.tables";

export type InterviewRun = { proposed: number; moved: number; reminded: number };

/**
 * The tripartite interviews' daily work, in one transaction whose rows are locked (`skip locked`: a
 * second run at the same time leaves them alone):
 * - proposes the interview of every current pathway of Amorce whose due date has come (one row per
 *   pathway: the unique index makes a second proposal impossible), inviting the referent, the site's
 *   training staff and the trainee;
 * - keeps the due date of an interview not held in step with the plan's planned end;
 * - reminds the referent every 7 days until it is held (see `interview-rules.ts`), each reminder once.
 */
export async function runTripartiteInterviews(
  db: Db,
  mail: MailSettings,
  settings: { weeks: number },
  now = new Date(),
): Promise<InterviewRun> {
  const today = parisDay(now);
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(pathways)
      .where(
        and(
          isNull(pathways.exitDate),
          isNull(pathways.source),
          isNotNull(pathways.plannedEndDate),
          lte(pathways.plannedEndDate, addDays(today, 7 * settings.weeks)),
          notExists(
            sql`(select 1 from ${tripartiteInterviews} where ${tripartiteInterviews.pathwayId} = ${pathways.id})`,
          ),
        ),
      )
      .for("update", { of: pathways, skipLocked: true });
    let proposed = 0;
    for (const pathway of due) {
      const plannedEnd = pathway.plannedEndDate as string;
      const [created] = await tx
        .insert(tripartiteInterviews)
        .values({ pathwayId: pathway.id, dueDate: interviewDueDate(plannedEnd, settings.weeks) })
        .onConflictDoNothing()
        .returning({ id: tripartiteInterviews.id });
      if (!created) continue;
      proposed += 1;
      const parties = await interviewParties(tx, pathway);
      const mention = mentionOf(pathway, parties, plannedEnd);
      const letters = proposalLetters(mail, mention);
      await tellProfessionals(
        tx,
        [...(parties.referent ? [parties.referent] : []), ...parties.staff],
        {
          message: `L'entretien tripartite de ${mention.traineeName} est à organiser avant la fin de son parcours.`,
          link: mention.pathwayLink,
        },
        letters.professional,
      );
      await tellTrainee(
        tx,
        parties.trainee,
        "Avant la fin de votre parcours, un rendez-vous à trois est prévu pour parler de la suite.",
        letters.trainee,
      );
    }

    const open = await tx
      .select({ interview: tripartiteInterviews, pathway: pathways })
      .from(tripartiteInterviews)
      .innerJoin(pathways, eq(pathways.id, tripartiteInterviews.pathwayId))
      .where(and(isNull(tripartiteInterviews.heldOn), isNull(pathways.exitDate)))
      .for("update", { of: tripartiteInterviews, skipLocked: true });
    let moved = 0;
    let reminded = 0;
    for (const { interview, pathway } of open) {
      let dueDate = interview.dueDate;
      if (pathway.plannedEndDate) {
        dueDate = interviewDueDate(pathway.plannedEndDate, settings.weeks);
        if (dueDate !== interview.dueDate) {
          await tx
            .update(tripartiteInterviews)
            .set({ dueDate, updatedAt: now })
            .where(eq(tripartiteInterviews.id, interview.id));
          moved += 1;
        }
      }
      const remind = reminderDue(
        {
          dueDate,
          heldOn: null,
          proposedDay: parisDay(interview.createdAt),
          scheduledDay: interview.scheduledAt ? parisDay(interview.scheduledAt) : null,
          lastRemindedDay: interview.lastRemindedAt ? parisDay(interview.lastRemindedAt) : null,
        },
        pathway,
        today,
      );
      if (!remind) continue;
      const parties = await interviewParties(tx, pathway);
      if (!parties.referent) continue;
      const mention = mentionOf(pathway, parties, dueDate);
      const reminder = reminderLetter(mail, mention, { dueDate, scheduledAt: interview.scheduledAt });
      await tellProfessionals(
        tx,
        [parties.referent],
        { message: reminder.message, link: mention.pathwayLink },
        reminder.letter,
      );
      await tx
        .update(tripartiteInterviews)
        .set({ reminderCount: interview.reminderCount + 1, lastRemindedAt: now, updatedAt: now })
        .where(eq(tripartiteInterviews.id, interview.id));
      reminded += 1;
    }

    const run = { proposed, moved, reminded };
    if (proposed + moved + reminded > 0) {
      await recordAuditEvent(tx, commandLineContext("tripartite-interviews propose"), {
        action: "tripartite_interview.run",
        details: run,
      });
    }
    return run;
  });
}
