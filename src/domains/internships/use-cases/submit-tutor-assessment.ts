import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import { notifyUsers } from "../../notifications/notify-users";
import { pathways } from "../../pathways/pathways.tables";
import { assessmentByToken } from "../assessment-links";
import { internshipMention } from "../internship-parties";
import { internshipStaff, internshipsTabLink } from "../internship-record";
import { maxHours } from "../internship-rules";
import { checkInternshipTransition } from "../internship-status";
import type { tutorAssessmentBody } from "../internships.schemas";
import { internships, tutorAssessments } from "../internships.tables";

/** Records the tutor's assessment, once: the internship is completed with the hours actually done. */
export async function submitTutorAssessment(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  input: { token: string } & (typeof tutorAssessmentBody)["_output"],
): Promise<void> {
  await db.transaction(async (tx) => {
    const { assessment, internship } = await assessmentByToken(tx, input.token, { forUpdate: true });
    const check = checkInternshipTransition(internship.status, "completed");
    if (!check.ok) throw conflict(check.message);
    const limit = maxHours(internship.startDate, internship.endDate);
    if (input.hoursDone > limit) {
      throw badRequest(`Sur les dates du stage, ${limit} heures au plus peuvent avoir été faites.`);
    }
    const now = new Date();
    await tx
      .update(tutorAssessments)
      .set({
        usedAt: now,
        submittedAt: now,
        answers: input.answers,
        comment: input.comment,
        hoursDone: input.hoursDone,
        ledToJobOffer: input.ledToJobOffer,
        updatedAt: now,
      })
      .where(eq(tutorAssessments.id, assessment.id));
    await tx
      .update(internships)
      .set({ status: "completed", hoursDone: input.hoursDone, updatedAt: now })
      .where(eq(internships.id, internship.id));
    await recordAuditEvent(tx, context, {
      action: "internship.assess",
      recordType: "internship",
      recordId: internship.id,
      actorEmail: internship.tutorEmail,
    });
    const [pathway] = await tx.select().from(pathways).where(eq(pathways.id, internship.pathwayId));
    if (pathway) {
      const mention = await internshipMention(tx, internship, pathway.personId);
      await notifyUsers(tx, mail, [internship.createdByUserId, ...(await internshipStaff(tx, pathway))], {
        message: `Le tuteur ou la tutrice a donné son avis sur le stage de ${mention.traineeName} chez ${mention.companyName}.`,
        link: internshipsTabLink(pathway.id),
      });
    }
  });
}
