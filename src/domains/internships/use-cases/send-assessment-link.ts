import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { issueAssessmentLink } from "../assessment-links";
import { internshipMention } from "../internship-parties";
import { internshipFor } from "../internship-record";
import type { InternshipItem } from "../internships.schemas";
import { tutorAssessments } from "../internships.tables";
import { internshipView } from "./list-internships";

/** E-mails the tutor the assessment form's link (again, if not yet filled in). Only a signed internship. */
export async function sendAssessmentLink(
  db: Db,
  context: RequestContext,
  mail: MailSettings,
  input: { id: string; linkDays: number },
): Promise<InternshipItem> {
  await db.transaction(async (tx) => {
    const { internship, pathway } = await internshipFor(tx, context.actor as Actor, input.id, "manage", {
      forUpdate: true,
    });
    if (internship.status !== "signed") {
      throw conflict(
        internship.status === "completed"
          ? "Ce stage est terminé : l'avis du tuteur ou de la tutrice a déjà été donné."
          : "La convention n'est pas signée : le stage n'a pas pu avoir lieu, il n'y a pas d'avis à demander.",
      );
    }
    const [existing] = await tx
      .select({ submittedAt: tutorAssessments.submittedAt })
      .from(tutorAssessments)
      .where(eq(tutorAssessments.internshipId, internship.id));
    if (existing?.submittedAt) throw conflict("L'avis du tuteur ou de la tutrice a déjà été donné.");
    await issueAssessmentLink(
      tx,
      mail,
      internship,
      await internshipMention(tx, internship, pathway.personId),
      input.linkDays,
    );
    await recordAuditEvent(tx, context, {
      action: "internship.assessmentLink",
      recordType: "internship",
      recordId: internship.id,
    });
  });
  return internshipView(db, input.id);
}
