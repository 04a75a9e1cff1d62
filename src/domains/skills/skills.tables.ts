import { sql } from "drizzle-orm";
import { check, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { oneOf } from "../../db/table-helpers";
import { users } from "../accounts/accounts.tables";
import { pathways } from "../pathways/pathways.tables";
import { SKILL_DOMAINS, SKILL_MOMENTS } from "./skill-domains";

/** A trainee's level in one skill domain, at entry or at exit. */
export const skillAssessments = pgTable(
  "skill_assessments",
  {
    pathwayId: uuid("pathway_id")
      .notNull()
      .references(() => pathways.id),
    moment: text("moment", { enum: SKILL_MOMENTS }).notNull(),
    domain: text("domain", { enum: SKILL_DOMAINS }).notNull(),
    level: smallint("level").notNull(),
    note: text("note"),
    assessedByUserId: uuid("assessed_by_user_id").references(() => users.id),
    assessedAt: timestamp("assessed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.pathwayId, table.moment, table.domain] }),
    check("skill_assessments_moment_check", oneOf(table.moment, SKILL_MOMENTS)),
    check("skill_assessments_domain_check", oneOf(table.domain, SKILL_DOMAINS)),
    check("skill_assessments_level_check", sql`${table.level} between 1 and 4`),
  ],
);
