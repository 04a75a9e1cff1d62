import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { oneOf, timestamps } from "../../db/table-helpers";
import { users } from "../accounts/accounts.tables";
import { SITUATIONS } from "../outcomes/situation-vocabulary";
import { pathways } from "../pathways/pathways.tables";

/** How an answer was collected: by the former trainee's own link, by phone, or from an imported record. */
export const ANSWER_CHANNELS = ["link", "phone", "import"] as const;
export type AnswerChannel = (typeof ANSWER_CHANNELS)[number];

/**
 * One follow-up of a former trainee, some months after exit (3, 6 or 12): sent once as a personal link,
 * reminded, then put on the site's call list; answered at most once.
 */
export const followUps = pgTable(
  "follow_ups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pathwayId: uuid("pathway_id")
      .notNull()
      .references(() => pathways.id),
    months: smallint("months").notNull(),
    dueDate: date("due_date", { mode: "string" }).notNull(),
    /** SHA-256 of the personal link's token; the token itself is only ever e-mailed. */
    tokenHash: text("token_hash"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    reminderCount: integer("reminder_count").notNull().default(0),
    lastRemindedAt: timestamp("last_reminded_at", { withTimezone: true }),
    /** No answer after the reminders: the training organisation calls. */
    callListedAt: timestamp("call_listed_at", { withTimezone: true }),
    /** A call that reached nobody, the last one first. */
    lastCallAttemptAt: timestamp("last_call_attempt_at", { withTimezone: true }),
    callAttempts: integer("call_attempts").notNull().default(0),
    answeredAt: timestamp("answered_at", { withTimezone: true }),
    answerChannel: text("answer_channel", { enum: ANSWER_CHANNELS }),
    answeredByUserId: uuid("answered_by_user_id").references(() => users.id),
    situation: text("situation", { enum: SITUATIONS }),
    projectIdentified: boolean("project_identified"),
    situationImproved: boolean("situation_improved"),
    /** 1 (much worse) to 4 (much better): how the person feels about themselves since the pathway. */
    selfEsteem: smallint("self_esteem"),
    barriersRemaining: text("barriers_remaining").array(),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex("follow_ups_pathway_months_key").on(table.pathwayId, table.months),
    uniqueIndex("follow_ups_token_key").on(table.tokenHash).where(sql`${table.tokenHash} is not null`),
    index("follow_ups_unanswered_idx").on(table.dueDate).where(sql`${table.answeredAt} is null`),
    check("follow_ups_months_check", sql`${table.months} in (3, 6, 12)`),
    check("follow_ups_answer_channel_check", oneOf(table.answerChannel, ANSWER_CHANNELS)),
    check("follow_ups_situation_check", oneOf(table.situation, SITUATIONS)),
    check("follow_ups_self_esteem_check", sql`${table.selfEsteem} between 1 and 4`),
    check("follow_ups_answered_check", sql`(${table.answeredAt} is null) = (${table.answerChannel} is null)`),
  ],
);
