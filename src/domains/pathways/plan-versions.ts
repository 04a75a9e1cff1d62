import { and, asc, desc, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { users } from "../accounts/accounts.tables";
import { checkPlan } from "../programme-rules/check-plan";
import { parsePlan } from "../programme-rules/plan-input";
import { programmeRuleVersions } from "../programme-rules/programme-rules.tables";
import { publicRuleVersion, ruleVersionById } from "../programme-rules/rule-versions";
import type { PlanVersion, PlanVersionView } from "./pathway-plan.schemas";
import { pathwayPlans } from "./pathways.tables";

/** A pathway's plan versions as stored, with who made each one. */
function fromPlanVersions(db: Db) {
  return db
    .select({
      version: pathwayPlans.version,
      ruleVersionId: pathwayPlans.ruleVersionId,
      items: pathwayPlans.items,
      objectives: pathwayPlans.objectives,
      plannedEndDate: pathwayPlans.plannedEndDate,
      valid: pathwayPlans.valid,
      revisionNote: pathwayPlans.revisionNote,
      createdAt: pathwayPlans.createdAt,
      createdById: users.id,
      createdByName: users.displayName,
      ruleVersion: programmeRuleVersions.version,
    })
    .from(pathwayPlans)
    .leftJoin(users, eq(users.id, pathwayPlans.createdByUserId))
    .leftJoin(programmeRuleVersions, eq(programmeRuleVersions.id, pathwayPlans.ruleVersionId));
}

export type PlanVersionRow = Awaited<ReturnType<typeof fromPlanVersions>>[number];

/** Every version of a pathway's plan, the newest first. */
export const planVersionRows = (db: Db, pathwayId: string) =>
  fromPlanVersions(db).where(eq(pathwayPlans.pathwayId, pathwayId)).orderBy(desc(pathwayPlans.version));

/** One version (`undefined` when the plan has no such version). */
export async function planVersionRow(
  db: Db,
  pathwayId: string,
  version: number,
): Promise<PlanVersionRow | undefined> {
  const [row] = await fromPlanVersions(db).where(
    and(eq(pathwayPlans.pathwayId, pathwayId), eq(pathwayPlans.version, version)),
  );
  return row;
}

/** The rules version of the plan's first version: every revision is checked with it. */
export async function firstPlanRuleVersionId(db: Db, pathwayId: string): Promise<string | null | undefined> {
  const [first] = await db
    .select({ ruleVersionId: pathwayPlans.ruleVersionId })
    .from(pathwayPlans)
    .where(eq(pathwayPlans.pathwayId, pathwayId))
    .orderBy(asc(pathwayPlans.version))
    .limit(1);
  return first?.ruleVersionId;
}

export function toPlanVersion(row: PlanVersionRow): PlanVersion {
  return {
    version: row.version,
    items: row.items,
    objectives: row.objectives,
    plannedEndDate: row.plannedEndDate,
    valid: row.valid,
    revisionNote: row.revisionNote,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdById ? { id: row.createdById, displayName: row.createdByName ?? "" } : null,
    ruleVersion: row.ruleVersion ?? 0,
  };
}

/** A plan as the rules read it; a stored plan was read the same way when saved. */
function storedPlanInput(entryDate: string, row: Pick<PlanVersionRow, "items" | "plannedEndDate">) {
  const parsed = parsePlan({ entryDate, plannedEndDate: row.plannedEndDate, items: row.items });
  if (!parsed.ok) throw new Error(`stored plan unreadable: ${parsed.problems.join("; ")}`);
  return parsed.value;
}

/** One stored version with the rules it is checked with, as the rules read it, and its view. */
export async function checkedPlanVersion(db: Db, entryDate: string, row: PlanVersionRow) {
  const ruleVersion = await ruleVersionById(db, row.ruleVersionId);
  const input = storedPlanInput(entryDate, row);
  const view: PlanVersionView = {
    entryDate,
    plan: toPlanVersion(row),
    rules: publicRuleVersion(ruleVersion),
    check: checkPlan(input, ruleVersion.rules),
  };
  return { ruleVersion, input, view };
}
