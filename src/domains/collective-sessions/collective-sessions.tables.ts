import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { oneOf, timestamps } from "../../db/table-helpers";
import { users } from "../accounts/accounts.tables";
import { pathways } from "../pathways/pathways.tables";
import { MODULES } from "../programme-rules/programme-rules";
import { sites } from "../territory/territory.tables";
import { ATTENDANCE_STATUSES, SESSION_FORMATS } from "./attendance-vocabulary";

/** A site's timetable: each half-day session of a module, collective or individual. */
export const collectiveSessions = pgTable(
  "collective_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    format: text("format", { enum: SESSION_FORMATS }).notNull().default("collective"),
    module: text("module", { enum: MODULES }).notNull(),
    title: text("title").notNull(),
    trainerUserId: uuid("trainer_user_id").references(() => users.id),
    /** The trainer as shown, when not a user of Amorce (an outside speaker). */
    trainerName: text("trainer_name"),
    room: text("room"),
    capacity: integer("capacity").notNull(),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    ...timestamps(),
  },
  (table) => [
    index("collective_sessions_site_idx").on(table.siteId, table.startsAt),
    check("collective_sessions_format_check", oneOf(table.format, SESSION_FORMATS)),
    check("collective_sessions_module_check", oneOf(table.module, MODULES)),
    check("collective_sessions_capacity_check", sql`${table.capacity} > 0`),
    check("collective_sessions_period_check", sql`${table.startsAt} < ${table.endsAt}`),
  ],
);

/** Who is enrolled in a session. */
export const sessionEnrolments = pgTable(
  "session_enrolments",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => collectiveSessions.id, { onDelete: "cascade" }),
    pathwayId: uuid("pathway_id")
      .notNull()
      .references(() => pathways.id),
    enrolledByUserId: uuid("enrolled_by_user_id").references(() => users.id),
    enrolledAt: timestamp("enrolled_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.sessionId, table.pathwayId] }),
    index("session_enrolments_pathway_idx").on(table.pathwayId),
  ],
);

/**
 * The attendance of one enrolled trainee at one session, and the hours it counts. `version` grows at
 * each change: a mark made on an older version is refused rather than lost.
 */
export const attendance = pgTable(
  "attendance",
  {
    sessionId: uuid("session_id")
      .notNull()
      .references(() => collectiveSessions.id, { onDelete: "cascade" }),
    pathwayId: uuid("pathway_id")
      .notNull()
      .references(() => pathways.id),
    status: text("status", { enum: ATTENDANCE_STATUSES }).notNull(),
    hours: numeric("hours", { precision: 5, scale: 2, mode: "number" }).notNull(),
    note: text("note"),
    version: integer("version").notNull().default(1),
    markedByUserId: uuid("marked_by_user_id").references(() => users.id),
    markedAt: timestamp("marked_at", { withTimezone: true }).notNull().defaultNow(),
    /** The trainee confirmed this mark from their space. */
    confirmedByTraineeAt: timestamp("confirmed_by_trainee_at", { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.sessionId, table.pathwayId] }),
    index("attendance_pathway_idx").on(table.pathwayId),
    check("attendance_status_check", oneOf(table.status, ATTENDANCE_STATUSES)),
    check("attendance_hours_check", sql`${table.hours} >= 0`),
  ],
);
