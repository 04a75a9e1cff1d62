import { eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { badRequest, conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { internships } from "../../internships/internships.tables";
import { checkPlan } from "../../programme-rules/check-plan";
import { parsePlan } from "../../programme-rules/plan-input";
import { currentRuleVersion, ruleVersionById } from "../../programme-rules/rule-versions";
import { PLAN_CHANGED_MEANWHILE, PLAN_REVISION_NOTE_MISSING, type PlanBody } from "../pathway-plan.schemas";
import { pathwayFor } from "../pathway-record";
import { pathwayPlans, pathways } from "../pathways.tables";
import { internshipLinkProblems } from "../plan-internship-links";
import { firstPlanRuleVersionId, planVersionRows } from "../plan-versions";

/**
 * Saves a new version of a pathway's plan, even one that breaks rules (a draft; `valid` says so). It is
 * checked with the rules of the plan's first version, or for a first plan with the rules in force: a
 * change of the rules applies to plans built afterwards. The pathway is locked for the transaction, so
 * that two saves cannot take the same version; a save made from an older version is refused. An
 * internship of the plan may be linked to one of the pathway's recorded internships (`internshipId`).
 */
export async function savePathwayPlan(
  db: Db,
  context: RequestContext,
  pathwayId: string,
  body: PlanBody,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { pathway } = await pathwayFor(tx, context.actor as Actor, pathwayId, "manage", {
      forUpdate: true,
    });
    const [latest] = await planVersionRows(tx, pathwayId).limit(1);
    const current = latest?.version ?? 0;
    if (body.expectedVersion !== current) throw conflict(PLAN_CHANGED_MEANWHILE);
    if (current > 0 && !body.revisionNote) throw badRequest(PLAN_REVISION_NOTE_MISSING);
    const parsed = parsePlan({
      entryDate: pathway.entryDate,
      plannedEndDate: body.plannedEndDate,
      items: body.items,
    });
    if (!parsed.ok) {
      throw badRequest(`Le plan n'est pas valide : ${parsed.problems.join(" ; ")}.`, parsed.problems);
    }
    const recorded = await tx
      .select({ id: internships.id })
      .from(internships)
      .where(eq(internships.pathwayId, pathwayId));
    const linkProblems = internshipLinkProblems(body.items, new Set(recorded.map((row) => row.id)));
    if (linkProblems.length > 0) throw badRequest(linkProblems.join(" "), linkProblems);
    const rules =
      current === 0
        ? await currentRuleVersion(tx)
        : await ruleVersionById(tx, (await firstPlanRuleVersionId(tx, pathwayId)) ?? null);
    const check = checkPlan(parsed.value, rules.rules);
    await tx.insert(pathwayPlans).values({
      pathwayId,
      version: current + 1,
      ruleVersionId: rules.id,
      objectives: body.objectives,
      plannedEndDate: body.plannedEndDate,
      items: body.items,
      valid: check.valid,
      revisionNote: body.revisionNote,
      createdByUserId: context.actor?.userId ?? null,
    });
    await tx
      .update(pathways)
      .set({ plannedEndDate: body.plannedEndDate, updatedAt: new Date() })
      .where(eq(pathways.id, pathwayId));
    await recordAuditEvent(tx, context, {
      action: "pathway_plan.update",
      recordType: "pathway",
      recordId: pathwayId,
      details: { version: current + 1, valid: check.valid, ruleVersion: rules.version },
    });
  });
}
