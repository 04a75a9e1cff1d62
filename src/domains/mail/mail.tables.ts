import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Every e-mail Amorce sends goes through this outbox; without SMTP it stays here for the demo. */
export const outboxEmails = pgTable(
  "outbox_emails",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    lastError: text("last_error"),
  },
  (table) => [index("outbox_emails_pending_idx").on(table.sentAt, table.nextAttemptAt)],
);
