import { eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import type { InterviewMention } from "./interview-emails";
import { type InterviewParties, interviewTabLink } from "./interview-parties";
import { tripartiteInterviews } from "./tripartite-interviews.tables";

export type InterviewRow = typeof tripartiteInterviews.$inferSelect;

export const ALREADY_HELD = "L'entretien tripartite est déjà noté comme tenu.";
export const PATHWAY_ENDED = "Le parcours est terminé : l'entretien tripartite ne peut plus être organisé.";

/** A pathway's interview, if proposed or scheduled, locked for the transaction when `forUpdate`. */
export async function interviewOf(db: Db, pathwayId: string, options: { forUpdate?: boolean } = {}) {
  const query = db.select().from(tripartiteInterviews).where(eq(tripartiteInterviews.pathwayId, pathwayId));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

export function mentionOf(
  pathway: { id: string; plannedEndDate: string | null },
  parties: InterviewParties,
  fallbackEnd: string,
): InterviewMention {
  return {
    traineeName: `${parties.trainee.firstName} ${parties.trainee.lastName}`,
    traineeFirstName: parties.trainee.firstName,
    siteName: parties.siteName,
    plannedEndDate: pathway.plannedEndDate ?? fallbackEnd,
    pathwayLink: interviewTabLink(pathway.id),
  };
}
