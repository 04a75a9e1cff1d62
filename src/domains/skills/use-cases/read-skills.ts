import { desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { users } from "../../accounts/accounts.tables";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { pathwayFor } from "../../pathways/pathway-record";
import type { SkillLevel, SkillMoment } from "../skill-domains";
import { type SkillLevels, skillProgress } from "../skill-progress";
import type { SkillsView } from "../skills.schemas";
import { skillAssessments } from "../skills.tables";

/** A pathway's skills at entry and at exit, and the progress per domain. Audited. */
export async function readSkills(db: Db, context: RequestContext, pathwayId: string): Promise<SkillsView> {
  await pathwayFor(db, context.actor as Actor, pathwayId, "read");
  const view = await skillsOf(db, pathwayId);
  await recordAuditEvent(db, context, { action: "skills.read", recordType: "pathway", recordId: pathwayId });
  return view;
}

/** What `readSkills` answers, without the checks (also the answer to an update). */
export async function skillsOf(db: Db, pathwayId: string): Promise<SkillsView> {
  const rows = await db
    .select({
      moment: skillAssessments.moment,
      domain: skillAssessments.domain,
      level: skillAssessments.level,
      note: skillAssessments.note,
      assessedAt: skillAssessments.assessedAt,
      assessedBy: users.displayName,
    })
    .from(skillAssessments)
    .leftJoin(users, eq(users.id, skillAssessments.assessedByUserId))
    .where(eq(skillAssessments.pathwayId, pathwayId))
    .orderBy(desc(skillAssessments.assessedAt));
  const levels: Record<SkillMoment, SkillLevels> = { entry: {}, exit: {} };
  const facts: Pick<SkillsView, SkillMoment> = { entry: null, exit: null };
  for (const row of rows) {
    levels[row.moment][row.domain] = row.level as SkillLevel;
    facts[row.moment] ??= {
      assessedAt: row.assessedAt.toISOString(),
      assessedBy: row.assessedBy,
      note: row.note,
    };
  }
  return { domains: skillProgress(levels.entry, levels.exit), ...facts };
}
