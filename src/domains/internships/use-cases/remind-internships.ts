import { and, eq, inArray, isNull, lt, lte, notExists, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import type { MailSettings } from "../../accounts/account-emails";
import { recordAuditEvent } from "../../audit/record-audit-event";
import { commandLineContext } from "../../authorization/actor";
import { addDays } from "../../calendar-days";
import { notifications } from "../../notifications/notifications.tables";
import { notifyUsers } from "../../notifications/notify-users";
import { parisDay } from "../../paris-time";
import { pathways } from "../../pathways/pathways.tables";
import { issueAssessmentLink } from "../assessment-links";
import { internshipMention } from "../internship-parties";
import { internshipStaff, internshipsTabLink } from "../internship-record";
import { internshipSignatures, internships, tutorAssessments } from "../internships.tables";
import { reissueSignatureLink } from "../reissue-signature-link";
import { MAX_REMINDERS, reminderDue } from "../signature-reminders";

export type InternshipRun = { reminded: number; unsignedTomorrow: number; assessmentLinks: number };

/**
 * The internships' daily follow-up, in one transaction whose rows are locked (`skip locked`: a second
 * run at the same time skips them): parties who have not signed are reminded with a new link (every 3
 * days, 3 times at most); the staff are told the day before the start of an internship still unsigned
 * (once); the tutor of a signed internship that has ended is e-mailed the assessment form's link.
 */
export async function remindInternships(
  db: Db,
  mail: MailSettings,
  settings: { linkDays: number },
  now = new Date(),
): Promise<InternshipRun> {
  const today = parisDay(now);
  return db.transaction(async (tx) => {
    const pending = await tx
      .select({ signature: internshipSignatures, internship: internships, personId: pathways.personId })
      .from(internshipSignatures)
      .innerJoin(internships, eq(internships.id, internshipSignatures.internshipId))
      .innerJoin(pathways, eq(pathways.id, internships.pathwayId))
      .where(
        and(
          eq(internships.status, "awaiting_signatures"),
          isNull(internshipSignatures.signedAt),
          lt(internshipSignatures.remindersSent, MAX_REMINDERS),
        ),
      )
      .for("update", { of: internshipSignatures, skipLocked: true });
    const due = pending.filter((row) =>
      reminderDue({ ...row.signature, lastLinkSentAt: row.signature.updatedAt }, now),
    );
    for (const row of due) {
      await reissueSignatureLink(
        tx,
        mail,
        row.signature,
        await internshipMention(tx, row.internship, row.personId),
        {
          linkDays: settings.linkDays,
          reminder: true,
        },
      );
    }

    const startingUnsigned = await tx
      .select({ internship: internships, pathway: pathways })
      .from(internships)
      .innerJoin(pathways, eq(pathways.id, internships.pathwayId))
      .where(
        and(
          inArray(internships.status, ["draft", "awaiting_signatures"]),
          eq(internships.startDate, addDays(today, 1)),
        ),
      )
      .for("update", { of: internships, skipLocked: true });
    let warned = 0;
    for (const { internship, pathway } of startingUnsigned) {
      const mention = await internshipMention(tx, internship, pathway.personId);
      const notice = {
        message: `Le stage de ${mention.traineeName} chez ${mention.companyName} commence demain et sa convention n'est pas signée : il ne pourra pas commencer.`,
        link: internshipsTabLink(pathway.id),
      };
      const [already] = await tx
        .select({ id: notifications.id })
        .from(notifications)
        .where(and(eq(notifications.link, notice.link), eq(notifications.message, notice.message)))
        .limit(1);
      if (already) continue;
      await notifyUsers(
        tx,
        mail,
        [internship.createdByUserId, ...(await internshipStaff(tx, pathway))],
        notice,
      );
      warned += 1;
    }

    const ended = await tx
      .select({ internship: internships, personId: pathways.personId })
      .from(internships)
      .innerJoin(pathways, eq(pathways.id, internships.pathwayId))
      .where(
        and(
          eq(internships.status, "signed"),
          lte(internships.endDate, today),
          notExists(
            sql`(select 1 from ${tutorAssessments} where ${tutorAssessments.internshipId} = ${internships.id})`,
          ),
        ),
      )
      .for("update", { of: internships, skipLocked: true });
    for (const { internship, personId } of ended) {
      await issueAssessmentLink(
        tx,
        mail,
        internship,
        await internshipMention(tx, internship, personId),
        settings.linkDays,
      );
    }

    const run = { reminded: due.length, unsignedTomorrow: warned, assessmentLinks: ended.length };
    if (run.reminded + run.unsignedTomorrow + run.assessmentLinks > 0) {
      await recordAuditEvent(tx, commandLineContext("internships remind"), {
        action: "internship.remind",
        details: run,
      });
    }
    return run;
  });
}
