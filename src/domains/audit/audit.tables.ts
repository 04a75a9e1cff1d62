import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

import { AUDIT_OUTCOMES } from "./audit.vocabulary";

/** Who did what to which record, when, from where. Rows are never updated nor deleted. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    actorEmail: text("actor_email"),
    actorRole: text("actor_role"),
    actorOrganisationId: uuid("actor_organisation_id"),
    action: text("action").notNull(),
    recordType: text("record_type"),
    recordId: text("record_id"),
    outcome: text("outcome", { enum: AUDIT_OUTCOMES }).notNull().default("success"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    details: jsonb("details").$type<Record<string, unknown>>(),
  },
  (table) => [
    index("audit_events_at_idx").on(table.at),
    index("audit_events_actor_idx").on(table.actorUserId, table.at),
    index("audit_events_record_idx").on(table.recordType, table.recordId),
    index("audit_events_organisation_idx").on(table.actorOrganisationId, table.at),
  ],
);
