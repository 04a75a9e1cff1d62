import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { oneOf } from "../../db/table-helpers";
import { users } from "../accounts/accounts.tables";
import type { NextStep } from "../outcomes/next-step";
import { EXIT_REASONS, SITUATIONS } from "../outcomes/situation-vocabulary";
import { people } from "../people/people.tables";
import { QUALIFICATION_LEVELS } from "../people/profile-vocabulary";
import { programmeRuleVersions } from "../programme-rules/programme-rules.tables";
import { referrals } from "../referrals/referrals.tables";
import { lots, sites } from "../territory/territory.tables";

/**
 * A trainee's pathway, created at entry from the referral that led to it, or imported from another
 * system (`source`, `source_record_id`). While it has no exit date it takes one of its site's places.
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
    /** The profile at entry, asked when the trainee enters. */
    situationBefore12m: text("situation_before_12m", { enum: SITUATIONS }),
    qualificationLevel: text("qualification_level", { enum: QUALIFICATION_LEVELS }),
    workedPrior12m: boolean("worked_prior_12m"),
    rqth: boolean("rqth").notNull().default(false),
    qpv: boolean("qpv").notNull().default(false),
    exitDate: date("exit_date", { mode: "string" }),
    exitReason: text("exit_reason", { enum: EXIT_REASONS }),
    situationAtExit: text("situation_at_exit", { enum: SITUATIONS }),
    /** The next step confirmed at exit. */
    nextStep: jsonb("next_step").$type<NextStep>(),
    exitRecordedAt: timestamp("exit_recorded_at", { withTimezone: true }),
    exitRecordedByUserId: uuid("exit_recorded_by_user_id").references(() => users.id),
    /** The originating system of an imported pathway and its key there (records file §2). */
    source: text("source"),
    sourceRecordId: text("source_record_id"),
    /**
     * Hours as the originating system recorded them, for imported pathways only: Amorce's own pathways
     * compute them from the plan, the attendance and the internships.
     */
    recordedPlannedHours: integer("recorded_planned_hours"),
    recordedHoursDone: numeric("recorded_hours_done", { precision: 8, scale: 2 }),
    recordedInternshipHours: numeric("recorded_internship_hours", { precision: 8, scale: 2 }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("pathways_referral_key").on(table.referralId),
    uniqueIndex("pathways_source_record_key")
      .on(table.source, table.sourceRecordId)
      .where(sql`${table.source} is not null`),
    index("pathways_exit_idx").on(table.exitDate).where(sql`${table.exitDate} is not null`),
    index("pathways_planned_end_idx").on(table.plannedEndDate).where(sql`${table.exitDate} is null`),
    check("pathways_situation_before_12m_check", oneOf(table.situationBefore12m, SITUATIONS)),
    check("pathways_situation_at_exit_check", oneOf(table.situationAtExit, SITUATIONS)),
    check("pathways_exit_reason_check", oneOf(table.exitReason, EXIT_REASONS)),
    check("pathways_qualification_level_check", oneOf(table.qualificationLevel, QUALIFICATION_LEVELS)),
    check(
      "pathways_exit_reason_with_date_check",
      sql`(${table.exitDate} is null) = (${table.exitReason} is null)`,
    ),
    check("pathways_source_record_check", sql`(${table.source} is null) = (${table.sourceRecordId} is null)`),
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
