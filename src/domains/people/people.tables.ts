import { sql } from "drizzle-orm";
import { check, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { oneOf } from "../../db/table-helpers";
import { communes } from "../territory/territory.tables";
import { GENDERS } from "./profile-vocabulary";

/**
 * The people who apply or are referred: one row per real person, whoever referred them, so that a
 * second referral finds the first (duplicates are detected on name + birth date, and the France Travail
 * identifier when given). Who may see a person follows from the referrals that concern them.
 */
export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    lastName: text("last_name").notNull(),
    firstName: text("first_name").notNull(),
    birthDate: date("birth_date", { mode: "string" }).notNull(),
    /** Names without case, accents or punctuation, and the birth date: what duplicates are found by. */
    identityKey: text("identity_key").notNull(),
    email: text("email"),
    phone: text("phone"),
    communeCode: text("commune_code")
      .notNull()
      .references(() => communes.code),
    franceTravailId: text("france_travail_id"),
    gender: text("gender", { enum: GENDERS }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("people_identity_key_idx").on(table.identityKey),
    uniqueIndex("people_france_travail_id_key")
      .on(table.franceTravailId)
      .where(sql`${table.franceTravailId} is not null`),
    check("people_gender_check", oneOf(table.gender, GENDERS)),
  ],
);
