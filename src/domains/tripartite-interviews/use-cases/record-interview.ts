import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { notifyUsers } from "../../notifications/notify-users";
import { parisDay } from "../../paris-time";
import type { PathwayRecord } from "../../pathways/pathway-record";
import { pathwayFor } from "../../pathways/pathway-record";
import { recordLetter } from "../interview-emails";
import { interviewParties, tellTrainee } from "../interview-parties";
import { interviewOf, mentionOf } from "../interview-record";
import { interviewDueDate } from "../interview-rules";
import type { RecordInterviewInput } from "../tripartite-interviews.schemas";
import { tripartiteInterviews } from "../tripartite-interviews.tables";

type RecordInput = RecordInterviewInput & { pathwayId: string };

/**
 * Records the interview as held: the day, the agreed next step, the actions with who carries them out,
 * notes. Recording again corrects the record. Reminders stop with it.
 */
export async function recordInterview(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  settings: { weeks: number },
  input: RecordInput,
): Promise<void> {
  const actor = context.actor as Actor;
  if (input.heldOn > parisDay(new Date())) {
    throw badRequest("L'entretien ne peut pas être noté comme tenu à une date future.");
  }
  await db.transaction(async (tx) => {
    const { pathway } = await pathwayFor(tx, actor, input.pathwayId, "manage", {
      subject: "TripartiteInterview",
      forUpdate: true,
    });
    if (input.heldOn < pathway.entryDate) {
      throw badRequest("L'entretien ne peut pas avoir eu lieu avant l'entrée en parcours.");
    }
    if (pathway.exitDate !== null && input.heldOn > pathway.exitDate) {
      throw badRequest("L'entretien ne peut pas avoir eu lieu après la sortie du parcours.");
    }
    const existing = await interviewOf(tx, pathway.id, { forUpdate: true });
    const record = {
      heldOn: input.heldOn,
      nextStep: input.nextStep,
      actions: input.actions,
      notes: input.notes,
      recordedByUserId: actor.userId,
      updatedAt: new Date(),
    };
    if (existing) {
      await tx.update(tripartiteInterviews).set(record).where(eq(tripartiteInterviews.id, existing.id));
    } else {
      await tx.insert(tripartiteInterviews).values({
        pathwayId: pathway.id,
        dueDate: pathway.plannedEndDate
          ? interviewDueDate(pathway.plannedEndDate, settings.weeks)
          : input.heldOn,
        ...record,
      });
    }
    if (!existing?.heldOn) await tellRecorded(tx, mail, actor, pathway, input);
    await recordAuditEvent(tx, context, {
      action: "tripartite_interview.record",
      recordType: "pathway",
      recordId: pathway.id,
      details: {
        nextStep: input.nextStep.kind,
        actions: input.actions.length,
        corrected: Boolean(existing?.heldOn),
      },
    });
  });
}

/**
 * Once recorded (not when corrected): the trainee gets what was decided and what they have to do; the
 * other professionals (referent, site staff) are told in the app (and by e-mail as they chose).
 */
async function tellRecorded(
  db: Db,
  mail: MailSettings,
  actor: Actor,
  pathway: PathwayRecord,
  record: RecordInput,
) {
  const parties = await interviewParties(db, pathway);
  const mention = mentionOf(pathway, parties, record.heldOn);
  await tellTrainee(
    db,
    parties.trainee,
    "Ce que nous avons décidé pour la suite de votre parcours est dans votre espace.",
    recordLetter(mail, mention, record),
  );
  await notifyUsers(
    db,
    mail,
    [parties.referent?.id, ...parties.staff.map((user) => user.id)].filter((id) => id !== actor.userId),
    {
      message: `L'entretien tripartite de ${mention.traineeName} a été noté : la suite de parcours et les actions sont convenues.`,
      link: mention.pathwayLink,
    },
  );
}
