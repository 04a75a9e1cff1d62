import { sql } from "drizzle-orm";
import type { Db } from "../../../db/database";
import { conflict } from "../../../server/http-errors";
import { recordAuditEvent } from "../../audit/record-audit-event";
import type { RequestContext } from "../../authorization/actor";
import type { ProgrammeRulesBody, ProgrammeRulesVersion } from "../programme-rules.schemas";
import { programmeRuleVersions } from "../programme-rules.tables";
import { currentRuleVersion, publicRuleVersion } from "../rule-versions";

export const RULES_CHANGED_MEANWHILE =
  "Les règles ont été modifiées entre-temps : rechargez la page pour partir de la dernière version.";

/**
 * Saves a new version of the programme rules (the previous ones stay, for the plans built with them).
 * The table is locked for the transaction, so that two saves at once cannot take the same number; a
 * save made from an older version than the current one is refused.
 */
export async function updateProgrammeRules(
  db: Db,
  context: RequestContext,
  input: ProgrammeRulesBody,
): Promise<ProgrammeRulesVersion> {
  const saved = await db.transaction(async (tx) => {
    await tx.execute(sql`lock table ${programmeRuleVersions} in share row exclusive mode`);
    const current = await currentRuleVersion(tx);
    if (current.version !== input.expectedVersion) throw conflict(RULES_CHANGED_MEANWHILE);
    const [row] = await tx
      .insert(programmeRuleVersions)
      .values({
        version: current.version + 1,
        rules: input.rules,
        note: input.note,
        createdByUserId: context.actor?.userId ?? null,
      })
      .returning({ id: programmeRuleVersions.id, version: programmeRuleVersions.version });
    if (!row) throw new Error("rule version not inserted");
    await recordAuditEvent(tx, context, {
      action: "programme_rules.update",
      recordType: "programme_rules",
      recordId: row.id,
      details: { version: row.version },
    });
    return currentRuleVersion(tx);
  });
  return publicRuleVersion(saved);
}
