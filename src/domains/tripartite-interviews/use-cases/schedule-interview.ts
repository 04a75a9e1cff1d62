import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { formatParisDateTime, parisDay, parisInstant } from "../../paris-time";
import { pathwayFor } from "../../pathways/pathway-record";
import { scheduleLetters } from "../interview-emails";
import { interviewParties, tellProfessionals, tellTrainee } from "../interview-parties";
import { ALREADY_HELD, interviewOf, mentionOf, PATHWAY_ENDED } from "../interview-record";
import { interviewDueDate } from "../interview-rules";
import type { ScheduleInterviewBody } from "../tripartite-interviews.schemas";
import { tripartiteInterviews } from "../tripartite-interviews.tables";

/**
 * Sets (or moves) the date, time and place of a pathway's tripartite interview, proposed or not yet, and
 * e-mails the invitation to the three parties: the referent, the site's training staff, the trainee.
 */
export async function scheduleInterview(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  settings: { weeks: number },
  input: ScheduleInterviewBody & { pathwayId: string },
): Promise<void> {
  const actor = context.actor as Actor;
  const today = parisDay(new Date());
  if (input.date < today) throw badRequest("La date de l'entretien est passée : choisissez un jour à venir.");
  const scheduledAt = parisInstant(input.date, input.time);
  await db.transaction(async (tx) => {
    const { pathway } = await pathwayFor(tx, actor, input.pathwayId, "manage", {
      subject: "TripartiteInterview",
      forUpdate: true,
    });
    if (pathway.exitDate !== null) throw conflict(PATHWAY_ENDED);
    const existing = await interviewOf(tx, pathway.id, { forUpdate: true });
    if (existing?.heldOn) throw conflict(ALREADY_HELD);
    const now = new Date();
    if (existing) {
      await tx
        .update(tripartiteInterviews)
        .set({ scheduledAt, place: input.place, updatedAt: now })
        .where(eq(tripartiteInterviews.id, existing.id));
    } else {
      await tx.insert(tripartiteInterviews).values({
        pathwayId: pathway.id,
        dueDate: pathway.plannedEndDate ? interviewDueDate(pathway.plannedEndDate, settings.weeks) : today,
        scheduledAt,
        place: input.place,
      });
    }
    const parties = await interviewParties(tx, pathway);
    const mention = mentionOf(pathway, parties, input.date);
    const rescheduled = Boolean(existing?.scheduledAt);
    const letters = scheduleLetters(mail, mention, { scheduledAt, place: input.place, rescheduled });
    const when = `le ${formatParisDateTime(scheduledAt)}, ${input.place}`;
    await tellProfessionals(
      tx,
      [...(parties.referent ? [parties.referent] : []), ...parties.staff],
      {
        message: `${rescheduled ? "Nouvelle date pour l'entretien" : "Entretien"} tripartite de ${mention.traineeName} : ${when}.`,
        link: mention.pathwayLink,
      },
      letters.professional,
    );
    await tellTrainee(
      tx,
      parties.trainee,
      `Votre rendez-vous pour parler de la suite : ${when}.`,
      letters.trainee,
    );
    await recordAuditEvent(tx, context, {
      action: "tripartite_interview.schedule",
      recordType: "pathway",
      recordId: pathway.id,
      details: { rescheduled },
    });
  });
}
