import { desc, eq } from "drizzle-orm";
import type { Db } from "../../db/database";
import { users } from "../accounts/accounts.tables";
import { DEFAULT_PROGRAMME_RULES } from "./programme-rules";
import type { ProgrammeRulesVersion } from "./programme-rules.schemas";
import { programmeRuleVersions } from "./programme-rules.tables";

/** A version of the rules and its row's id (`null`: version 0, the spec's defaults). */
export type RuleVersion = ProgrammeRulesVersion & { id: string | null };

export const DEFAULT_RULE_VERSION: RuleVersion = {
  id: null,
  version: 0,
  rules: DEFAULT_PROGRAMME_RULES,
  note: null,
  createdAt: null,
  createdBy: null,
};

function fromRuleVersions(db: Db) {
  return db
    .select({
      id: programmeRuleVersions.id,
      version: programmeRuleVersions.version,
      rules: programmeRuleVersions.rules,
      note: programmeRuleVersions.note,
      createdAt: programmeRuleVersions.createdAt,
      createdById: users.id,
      createdByName: users.displayName,
    })
    .from(programmeRuleVersions)
    .leftJoin(users, eq(users.id, programmeRuleVersions.createdByUserId));
}

type Row = Awaited<ReturnType<typeof fromRuleVersions>>[number];

const toRuleVersion = (row: Row): RuleVersion => ({
  id: row.id,
  version: row.version,
  rules: row.rules,
  note: row.note,
  createdAt: row.createdAt.toISOString(),
  createdBy: row.createdById ? { id: row.createdById, displayName: row.createdByName ?? "" } : null,
});

/** The rules in force: the latest version the Region saved, or the defaults. */
export async function currentRuleVersion(db: Db): Promise<RuleVersion> {
  const [row] = await fromRuleVersions(db).orderBy(desc(programmeRuleVersions.version)).limit(1);
  return row ? toRuleVersion(row) : DEFAULT_RULE_VERSION;
}

/** The version a plan was checked with (`null`: the defaults). */
export async function ruleVersionById(db: Db, id: string | null): Promise<RuleVersion> {
  if (id === null) return DEFAULT_RULE_VERSION;
  const [row] = await fromRuleVersions(db).where(eq(programmeRuleVersions.id, id));
  if (!row) throw new Error(`rule version ${id} missing`);
  return toRuleVersion(row);
}

/** Every version, newest first, ending with the defaults (version 0). */
export async function listRuleVersions(db: Db): Promise<RuleVersion[]> {
  const rows = await fromRuleVersions(db).orderBy(desc(programmeRuleVersions.version));
  return [...rows.map(toRuleVersion), DEFAULT_RULE_VERSION];
}

/** The API's view of a version (without the row's id). */
export const publicRuleVersion = ({ id: _id, ...version }: RuleVersion): ProgrammeRulesVersion => version;
