import { sql } from "drizzle-orm";
import {
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
import { timestamps } from "../../db/table-helpers";
import { users } from "../accounts/accounts.tables";
import type { ActionOwner, NextStep } from "../outcomes/next-step";
import { pathways } from "../pathways/pathways.tables";

export type AgreedAction = { description: string; owner: ActionOwner; dueDate: string | null };

/**
 * The tripartite interview (prescriber's referent, training organisation, trainee) before a pathway's
 * planned end: proposed when its due date comes, then scheduled, then held with its record.
 */
export const tripartiteInterviews = pgTable(
  "tripartite_interviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pathwayId: uuid("pathway_id")
      .notNull()
      .references(() => pathways.id),
    /** The planned end less the configured number of weeks, when it was proposed. */
    dueDate: date("due_date", { mode: "string" }).notNull(),
    scheduledAt: timestamp("scheduled_at", { withTimezone: true }),
    place: text("place"),
    heldOn: date("held_on", { mode: "string" }),
    nextStep: jsonb("next_step").$type<NextStep>(),
    actions: jsonb("actions").$type<AgreedAction[]>().notNull().default([]),
    notes: text("notes"),
    recordedByUserId: uuid("recorded_by_user_id").references(() => users.id),
    /** Reminders sent to the referent while the interview is not held. */
    reminderCount: integer("reminder_count").notNull().default(0),
    lastRemindedAt: timestamp("last_reminded_at", { withTimezone: true }),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex("tripartite_interviews_pathway_key").on(table.pathwayId),
    index("tripartite_interviews_not_held_idx").on(table.dueDate).where(sql`${table.heldOn} is null`),
  ],
);
