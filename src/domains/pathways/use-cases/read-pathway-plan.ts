import type { Db } from "../../../db/database";
import { notFound } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { currentRuleVersion, publicRuleVersion } from "../../programme-rules/rule-versions";
import type { PathwayPlanView, PlanVersionList, PlanVersionView } from "../pathway-plan.schemas";
import { pathwayFor } from "../pathway-record";
import { planProgress } from "../plan-progress";
import { planProgressRows } from "../plan-progress-rows";
import { checkedPlanVersion, planVersionRow, planVersionRows, toPlanVersion } from "../plan-versions";

const audit = (db: Db, context: RequestContext, pathwayId: string, version: number | null) =>
  recordAuditEvent(db, context, {
    action: "pathway_plan.read",
    recordType: "pathway",
    recordId: pathwayId,
    details: { version },
  });

/**
 * A pathway's current plan with its check and the hours planned against done; before the first plan,
 * the rules a first plan would be checked with and the hours already done. Audited.
 */
export async function readPathwayPlan(
  db: Db,
  context: RequestContext,
  pathwayId: string,
): Promise<PathwayPlanView> {
  const { pathway } = await pathwayFor(db, context.actor as Actor, pathwayId, "read");
  const [latest] = await planVersionRows(db, pathwayId).limit(1);
  const rows = await planProgressRows(db, pathwayId);
  await audit(db, context, pathwayId, latest?.version ?? null);
  if (!latest) {
    const rules = await currentRuleVersion(db);
    return {
      entryDate: pathway.entryDate,
      plan: null,
      rules: publicRuleVersion(rules),
      check: null,
      progress: planProgress([], rules.rules, rows.attendance, rows.internships),
    };
  }
  const { view, input, ruleVersion } = await checkedPlanVersion(db, pathway.entryDate, latest);
  return {
    ...view,
    progress: planProgress(input.items, ruleVersion.rules, rows.attendance, rows.internships),
  };
}

/** Every version of the plan, newest first: who made it, when, why, and whether it was valid. Audited. */
export async function listPlanVersions(
  db: Db,
  context: RequestContext,
  pathwayId: string,
): Promise<PlanVersionList> {
  await pathwayFor(db, context.actor as Actor, pathwayId, "read");
  const rows = await planVersionRows(db, pathwayId);
  await audit(db, context, pathwayId, null);
  return {
    items: rows.map((row) => {
      const { items: _items, objectives: _objectives, ...version } = toPlanVersion(row);
      return version;
    }),
  };
}

/** One earlier (or the current) version of the plan, with its check. Audited. */
export async function readPlanVersion(
  db: Db,
  context: RequestContext,
  pathwayId: string,
  version: number,
): Promise<PlanVersionView> {
  const { pathway } = await pathwayFor(db, context.actor as Actor, pathwayId, "read");
  const row = await planVersionRow(db, pathwayId, version);
  if (!row) throw notFound("Cette version du plan n'existe pas.");
  await audit(db, context, pathwayId, version);
  return (await checkedPlanVersion(db, pathway.entryDate, row)).view;
}
