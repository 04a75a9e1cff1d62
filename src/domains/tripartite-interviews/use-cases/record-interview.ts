import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { parisDay } from "../../paris-time";
import { pathwayFor } from "../../pathways/pathway-record";
import { interviewOf } from "../interview-record";
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
