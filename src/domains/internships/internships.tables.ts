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
import { oneOf, timestamps } from "../../db/table-helpers";
import { users } from "../accounts/accounts.tables";
import { pathways } from "../pathways/pathways.tables";
import { communes, organisations } from "../territory/territory.tables";
import { INTERNSHIP_OBJECTIVES, INTERNSHIP_STATUSES, SIGNATORY_PARTIES } from "./internship-vocabulary";

/** A company that hosts trainees, known by its SIRET and shared by every site. */
export const hostCompanies = pgTable(
  "host_companies",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    siret: text("siret").notNull(),
    name: text("name").notNull(),
    address: text("address").notNull(),
    postalCode: text("postal_code").notNull(),
    communeCode: text("commune_code").references(() => communes.code),
    city: text("city").notNull(),
    sector: text("sector").notNull(),
    createdByOrganisationId: uuid("created_by_organisation_id").references(() => organisations.id),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex("host_companies_siret_key").on(table.siret),
    check("host_companies_siret_check", sql`${table.siret} ~ '^[0-9]{14}$'`),
  ],
);

/** A company internship of a trainee's pathway, and what its agreement says. */
export const internships = pgTable(
  "internships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    pathwayId: uuid("pathway_id")
      .notNull()
      .references(() => pathways.id),
    hostCompanyId: uuid("host_company_id")
      .notNull()
      .references(() => hostCompanies.id),
    status: text("status", { enum: INTERNSHIP_STATUSES }).notNull().default("draft"),
    tutorName: text("tutor_name").notNull(),
    tutorJobTitle: text("tutor_job_title"),
    tutorEmail: text("tutor_email").notNull(),
    tutorPhone: text("tutor_phone"),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    /** The daily schedule as agreed, e.g. « du lundi au vendredi, 9 h–12 h et 13 h 30–17 h ». */
    dailySchedule: text("daily_schedule").notNull(),
    hours: numeric("hours", { precision: 6, scale: 2, mode: "number" }).notNull(),
    romeCode: text("rome_code").notNull(),
    objective: text("objective", { enum: INTERNSHIP_OBJECTIVES }).notNull(),
    activities: text("activities"),
    /** Hours actually done, from the tutor's assessment or the site. */
    hoursDone: numeric("hours_done", { precision: 6, scale: 2, mode: "number" }),
    /** Fingerprint of the agreement as sent for signature: what each signature is bound to. */
    agreementHash: text("agreement_hash"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id),
    ...timestamps(),
  },
  (table) => [
    index("internships_pathway_idx").on(table.pathwayId, table.startDate),
    check("internships_status_check", oneOf(table.status, INTERNSHIP_STATUSES)),
    check("internships_objective_check", oneOf(table.objective, INTERNSHIP_OBJECTIVES)),
    check("internships_period_check", sql`${table.startDate} <= ${table.endDate}`),
    check("internships_hours_check", sql`${table.hours} > 0`),
  ],
);

/**
 * One party's signature of an internship agreement, by a signed single-use link that expires. A new
 * link replaces the token; a signature is bound to the agreement's fingerprint.
 */
export const internshipSignatures = pgTable(
  "internship_signatures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    internshipId: uuid("internship_id")
      .notNull()
      .references(() => internships.id, { onDelete: "cascade" }),
    party: text("party", { enum: SIGNATORY_PARTIES }).notNull(),
    signerName: text("signer_name").notNull(),
    signerEmail: text("signer_email").notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    signedAt: timestamp("signed_at", { withTimezone: true }),
    agreementHash: text("agreement_hash"),
    remindersSent: integer("reminders_sent").notNull().default(0),
    lastRemindedAt: timestamp("last_reminded_at", { withTimezone: true }),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex("internship_signatures_party_key").on(table.internshipId, table.party),
    uniqueIndex("internship_signatures_token_key").on(table.tokenHash),
    check("internship_signatures_party_check", oneOf(table.party, SIGNATORY_PARTIES)),
  ],
);

/** The tutor's assessment at the end of an internship, filled from a single-use link. */
export const tutorAssessments = pgTable(
  "tutor_assessments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    internshipId: uuid("internship_id")
      .notNull()
      .references(() => internships.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    /** Each criterion of the form and its level. */
    answers: jsonb("answers").$type<Record<string, string>>(),
    comment: text("comment"),
    hoursDone: numeric("hours_done", { precision: 6, scale: 2, mode: "number" }),
    ledToJobOffer: boolean("led_to_job_offer"),
    remindersSent: integer("reminders_sent").notNull().default(0),
    lastRemindedAt: timestamp("last_reminded_at", { withTimezone: true }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    ...timestamps(),
  },
  (table) => [
    uniqueIndex("tutor_assessments_internship_key").on(table.internshipId),
    uniqueIndex("tutor_assessments_token_key").on(table.tokenHash),
  ],
);
