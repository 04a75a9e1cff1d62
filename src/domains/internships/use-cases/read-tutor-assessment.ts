import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { pathways } from "../../pathways/pathways.tables";
import { assessmentByToken } from "../assessment-links";
import { internshipMention } from "../internship-parties";
import type { TutorAssessmentRequest } from "../internships.schemas";
import { romeLabel } from "../rome-subset";

/** What the tutor's assessment form shows, from their link. */
export async function readTutorAssessment(db: Db, token: string): Promise<TutorAssessmentRequest> {
  const { internship } = await assessmentByToken(db, token);
  const [pathway] = await db
    .select({ personId: pathways.personId })
    .from(pathways)
    .where(eq(pathways.id, internship.pathwayId));
  if (!pathway) throw new Error("pathway missing");
  const mention = await internshipMention(db, internship, pathway.personId);
  return {
    traineeName: mention.traineeName,
    companyName: mention.companyName,
    tutorName: internship.tutorName,
    startDate: internship.startDate,
    endDate: internship.endDate,
    hours: Number(internship.hours),
    job: `${internship.romeCode} — ${romeLabel(internship.romeCode)}`,
  };
}
