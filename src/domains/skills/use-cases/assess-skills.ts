import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { Actor, RequestContext } from "../../authorization/actor";
import { pathwayFor } from "../../pathways/pathway-record";
import { SKILL_DOMAINS, type SkillDomain, type SkillLevel, type SkillMoment } from "../skill-domains";
import type { SkillsView } from "../skills.schemas";
import { skillAssessments } from "../skills.tables";
import { skillsOf } from "./read-skills";

export const EXIT_BEFORE_ENTRY =
  "Évaluez d'abord les compétences à l'entrée : la sortie se compare à l'entrée.";

/**
 * Records (or corrects) the assessment of one moment: a level for each domain, replacing the earlier
 * one. The exit is assessed only once the entry is. Audited.
 */
export async function assessSkills(
  db: Db,
  context: RequestContext,
  input: {
    pathwayId: string;
    moment: SkillMoment;
    levels: Record<SkillDomain, SkillLevel>;
    note: string | null;
  },
): Promise<SkillsView> {
  const actor = context.actor as Actor;
  return db.transaction(async (tx) => {
    await pathwayFor(tx, actor, input.pathwayId, "manage", { forUpdate: true });
    if (input.moment === "exit") {
      const [entry] = await tx
        .select({ domain: skillAssessments.domain })
        .from(skillAssessments)
        .where(and(eq(skillAssessments.pathwayId, input.pathwayId), eq(skillAssessments.moment, "entry")))
        .limit(1);
      if (!entry) throw conflict(EXIT_BEFORE_ENTRY);
    }
    const assessedAt = new Date();
    await tx
      .insert(skillAssessments)
      .values(
        SKILL_DOMAINS.map((domain) => ({
          pathwayId: input.pathwayId,
          moment: input.moment,
          domain,
          level: input.levels[domain],
          note: input.note,
          assessedByUserId: actor.userId,
          assessedAt,
        })),
      )
      .onConflictDoUpdate({
        target: [skillAssessments.pathwayId, skillAssessments.moment, skillAssessments.domain],
        set: {
          level: sql`excluded.level`,
          note: sql`excluded.note`,
          assessedByUserId: sql`excluded.assessed_by_user_id`,
          assessedAt: sql`excluded.assessed_at`,
        },
      });
    await recordAuditEvent(tx, context, {
      action: "skills.update",
      recordType: "pathway",
      recordId: input.pathwayId,
      details: { moment: input.moment },
    });
    return skillsOf(tx, input.pathwayId);
  });
}
