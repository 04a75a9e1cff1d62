import { sql } from "drizzle-orm";
import { date, index, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { people } from "../people/people.tables";
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
