import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../../../db/database";
import type { Actor, RequestContext } from "../../authorization/actor";
import { pathwayFor } from "../../pathways/pathway-record";
import { tripartiteInterviews } from "../../tripartite-interviews/tripartite-interviews.tables";
import type { ExitDefaults } from "../exits.schemas";

/**
 * What the exit form starts from: the pathway's dates and the next step agreed at its tripartite
 * interview, when one was held (read only: the interview is the tripartite interview's area).
 */
export async function readExitDefaults(
  db: Db,
  context: RequestContext,
  pathwayId: string,
): Promise<ExitDefaults> {
  const { pathway } = await pathwayFor(db, context.actor as Actor, pathwayId, "manage");
  const [interview] = await db
    .select({ heldOn: tripartiteInterviews.heldOn, nextStep: tripartiteInterviews.nextStep })
    .from(tripartiteInterviews)
    .where(and(eq(tripartiteInterviews.pathwayId, pathwayId), isNotNull(tripartiteInterviews.heldOn)));
  return {
    entryDate: pathway.entryDate,
    plannedEndDate: pathway.plannedEndDate,
    agreedNextStep: interview?.nextStep ?? null,
    interviewHeldOn: interview?.heldOn ?? null,
  };
}
