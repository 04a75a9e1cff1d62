import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables";
import { people } from "../people/people.tables";
import { programmeRuleVersions } from "../programme-rules/programme-rules.tables";
import { referrals } from "../referrals/referrals.tables";
import { lots, sites } from "../territory/territory.tables";

/**
 * A trainee's pathway, created at entry from the referral that led to it. While it has no exit date it
 * takes one of its site's places.
 */
export const pathways = pgTable(
  "pathways",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    referralId: uuid("referral_id").references(() => referrals.id),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    lotId: uuid("lot_id")
      .notNull()
      .references(() => lots.id),
    entryDate: date("entry_date", { mode: "string" }).notNull(),
    /** The planned end of the current plan version. */
    plannedEndDate: date("planned_end_date", { mode: "string" }),
    exitDate: date("exit_date", { mode: "string" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("pathways_referral_key").on(table.referralId),
    index("pathways_present_idx").on(table.siteId).where(sql`${table.exitDate} is null`),
    index("pathways_person_idx").on(table.personId),
  ],
);

/**
 * Each version of a trainee's individual plan. A revision adds a version; none is ever changed. The
 * plan is checked against the programme rules in force when its first version was built.
 */
export const pathwayPlans = pgTable(
  "pathway_plans",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pathwayId: uuid("pathway_id")
      .notNull()
      .references(() => pathways.id),
    version: integer("version").notNull(),
    /** `null`: checked against the default rules of the spec (no version saved by the Region yet). */
    ruleVersionId: uuid("rule_version_id").references(() => programmeRuleVersions.id),
    objectives: text("objectives").notNull().default(""),
    plannedEndDate: date("planned_end_date", { mode: "string" }).notNull(),
    /** The plan's items, as `programme-rules/plan-input.ts` describes them. */
    items: jsonb("items").$type<Record<string, unknown>[]>().notNull(),
    /** Whether the rule check found no error when this version was saved. */
    valid: boolean("valid").notNull(),
    /** Why the plan was revised. */
    revisionNote: text("revision_note"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("pathway_plans_version_key").on(table.pathwayId, table.version)],
);
