import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sites } from "../territory/territory.tables";

/** The information sessions (informations collectives) a site announces to the public and to prescribers. */
export const informationSessions = pgTable(
  "information_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siteId: uuid("site_id")
      .notNull()
      .references(() => sites.id),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    place: text("place").notNull(),
    seats: integer("seats"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("information_sessions_site_idx").on(table.siteId, table.startsAt)],
);
