import { asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { parisDay } from "../../paris-time";
import { pathwayFor } from "../../pathways/pathway-record";
import { startBlocked } from "../internship-status";
import { SIGNATORY_PARTIES } from "../internship-vocabulary";
import type { InternshipItem } from "../internships.schemas";
import { hostCompanies, internshipSignatures, internships, tutorAssessments } from "../internships.tables";
import { romeLabel } from "../rome-subset";
import { hostCompanyColumns } from "./search-host-companies";

/** A pathway's internships, by start date, with their signatures and assessment. Audited. */
export async function listInternships(
  db: Db,
  context: RequestContext,
  pathwayId: string,
): Promise<{ items: InternshipItem[] }> {
  await pathwayFor(db, context.actor as Actor, pathwayId, "read");
  const items = await internshipViews(db, { pathwayId });
  await recordAuditEvent(db, context, {
    action: "internship.read",
    recordType: "pathway",
    recordId: pathwayId,
  });
  return { items };
}

/** Internships as the API shows them: of a pathway, or one by id. */
export async function internshipViews(
  db: Db,
  where: { pathwayId: string } | { id: string },
): Promise<InternshipItem[]> {
  const rows = await db
    .select({ internship: internships, company: hostCompanyColumns })
    .from(internships)
    .innerJoin(hostCompanies, eq(hostCompanies.id, internships.hostCompanyId))
    .where("id" in where ? eq(internships.id, where.id) : eq(internships.pathwayId, where.pathwayId))
    .orderBy(asc(internships.startDate), asc(internships.createdAt));
  const ids = rows.map((row) => row.internship.id);
  const signatures = ids.length
    ? await db.select().from(internshipSignatures).where(inArray(internshipSignatures.internshipId, ids))
    : [];
  const assessments = ids.length
    ? await db.select().from(tutorAssessments).where(inArray(tutorAssessments.internshipId, ids))
    : [];
  const today = parisDay(new Date());
  return rows.map(({ internship, company }) => {
    const assessment = assessments.find((candidate) => candidate.internshipId === internship.id);
    return {
      id: internship.id,
      pathwayId: internship.pathwayId,
      status: internship.status,
      hostCompany: company,
      tutorName: internship.tutorName,
      tutorJobTitle: internship.tutorJobTitle,
      tutorEmail: internship.tutorEmail,
      tutorPhone: internship.tutorPhone,
      startDate: internship.startDate,
      endDate: internship.endDate,
      dailySchedule: internship.dailySchedule,
      hours: Number(internship.hours),
      hoursDone: internship.hoursDone === null ? null : Number(internship.hoursDone),
      romeCode: internship.romeCode,
      romeLabel: romeLabel(internship.romeCode),
      objective: internship.objective,
      activities: internship.activities,
      startBlocked: startBlocked(internship, today),
      signatures: signatures
        .filter((signature) => signature.internshipId === internship.id)
        .sort((a, b) => SIGNATORY_PARTIES.indexOf(a.party) - SIGNATORY_PARTIES.indexOf(b.party))
        .map((signature) => ({
          party: signature.party,
          signerName: signature.signerName,
          signerEmail: signature.signerEmail,
          signedAt: signature.signedAt?.toISOString() ?? null,
          expiresAt: signature.expiresAt.toISOString(),
          remindersSent: signature.remindersSent,
        })),
      assessment: assessment
        ? {
            sentAt: assessment.updatedAt.toISOString(),
            expiresAt: assessment.expiresAt.toISOString(),
            submittedAt: assessment.submittedAt?.toISOString() ?? null,
            answers: assessment.answers ?? null,
            comment: assessment.comment,
            hoursDone: assessment.hoursDone === null ? null : Number(assessment.hoursDone),
            ledToJobOffer: assessment.ledToJobOffer,
          }
        : null,
    };
  });
}

/** One internship as the API shows it. */
export async function internshipView(db: Db, id: string): Promise<InternshipItem> {
  const [item] = await internshipViews(db, { id });
  if (!item) throw new Error(`internship ${id} missing`);
  return item;
}
