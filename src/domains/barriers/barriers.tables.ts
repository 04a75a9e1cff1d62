import { bigint, check, date, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { oneOf, timestamps } from "../../db/table-helpers";
import { users } from "../accounts/accounts.tables";
import { pathways } from "../pathways/pathways.tables";
import {
  BARRIER_ACTION_STATUSES,
  BARRIER_EVENT_KINDS,
  BARRIER_SEVERITIES,
  BARRIER_STATUSES,
  BARRIER_THEMES,
} from "./barrier-catalogue";

/** A barrier found in a trainee's diagnosis, from the catalogue, and whether it was lifted. */
export const barriers = pgTable(
  "barriers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pathwayId: uuid("pathway_id")
      .notNull()
      .references(() => pathways.id),
    theme: text("theme").notNull(),
    situation: text("situation").notNull(),
    severity: text("severity", { enum: BARRIER_SEVERITIES }).notNull(),
    status: text("status", { enum: BARRIER_STATUSES }).notNull().default("identified"),
    /** Free text; for a restricted theme (health, justice), read only by those who need it. */
    details: text("details"),
    identifiedOn: date("identified_on", { mode: "string" }).notNull(),
    closedOn: date("closed_on", { mode: "string" }),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    ...timestamps(),
  },
  (table) => [
    index("barriers_pathway_idx").on(table.pathwayId),
    check("barriers_theme_check", oneOf(table.theme, BARRIER_THEMES)),
    check("barriers_severity_check", oneOf(table.severity, BARRIER_SEVERITIES)),
    check("barriers_status_check", oneOf(table.status, BARRIER_STATUSES)),
  ],
);

/** What is done to lift a barrier: with whom, by when, and where it stands. */
export const barrierActions = pgTable(
  "barrier_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    barrierId: uuid("barrier_id")
      .notNull()
      .references(() => barriers.id, { onDelete: "cascade" }),
    description: text("description").notNull(),
    partner: text("partner"),
    dueOn: date("due_on", { mode: "string" }),
    status: text("status", { enum: BARRIER_ACTION_STATUSES }).notNull().default("planned"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    ...timestamps(),
  },
  (table) => [
    index("barrier_actions_barrier_idx").on(table.barrierId),
    check("barrier_actions_status_check", oneOf(table.status, BARRIER_ACTION_STATUSES)),
  ],
);

/** A barrier's history. Rows are never updated nor deleted. */
export const barrierEvents = pgTable(
  "barrier_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    barrierId: uuid("barrier_id")
      .notNull()
      .references(() => barriers.id, { onDelete: "cascade" }),
    actionId: uuid("action_id").references(() => barrierActions.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: BARRIER_EVENT_KINDS }).notNull(),
    fromStatus: text("from_status"),
    toStatus: text("to_status"),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    actorLabel: text("actor_label").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("barrier_events_barrier_idx").on(table.barrierId, table.at),
    check("barrier_events_kind_check", oneOf(table.kind, BARRIER_EVENT_KINDS)),
  ],
);
