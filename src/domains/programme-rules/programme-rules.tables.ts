import { integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables";
import type { ProgrammeRules } from "./programme-rules";

/**
 * Each version of the programme's rules the Region saved; the latest is in force. A plan keeps the
 * version it was built with, so a change applies to plans built afterwards.
 */
export const programmeRuleVersions = pgTable(
  "programme_rule_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    version: integer("version").notNull(),
    rules: jsonb("rules").$type<ProgrammeRules>().notNull(),
    /** Why the Region changed them. */
    note: text("note"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("programme_rule_versions_version_key").on(table.version)],
);
