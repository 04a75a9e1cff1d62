import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { oneOf } from "../../db/table-helpers";
import { people } from "../people/people.tables";
import { lots, organisations } from "../territory/territory.tables";
import { NOTIFICATION_FREQUENCIES, ROLES } from "./roles";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased. */
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    /** `null` until the invitation is accepted. */
    passwordHash: text("password_hash"),
    role: text("role", { enum: ROLES }).notNull(),
    organisationId: uuid("organisation_id").references(() => organisations.id),
    /** A trainee's own person record: what their space shows. */
    personId: uuid("person_id").references((): AnyPgColumn => people.id),
    active: boolean("active").notNull().default(true),
    failedLoginCount: integer("failed_login_count").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    notificationFrequency: text("notification_frequency", { enum: NOTIFICATION_FREQUENCIES })
      .notNull()
      .default("immediate"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("users_email_key").on(table.email),
    index("users_organisation_idx").on(table.organisationId),
    uniqueIndex("users_person_key").on(table.personId).where(sql`${table.personId} is not null`),
    check("users_email_lowercase_check", sql`${table.email} = lower(${table.email})`),
    check("users_role_check", oneOf(table.role, ROLES)),
  ],
);

/** The lots a territorial officer follows. */
export const userLots = pgTable(
  "user_lots",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    lotId: uuid("lot_id")
      .notNull()
      .references(() => lots.id, { onDelete: "cascade" }),
  },
  (table) => [primaryKey({ columns: [table.userId, table.lotId] })],
);

export const sessions = pgTable(
  "sessions",
  {
    /** SHA-256 of the cookie's token: a stolen database gives no usable session. */
    tokenHash: text("token_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    csrfToken: text("csrf_token").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [index("sessions_user_idx").on(table.userId)],
);

/** `sign_in`: the link by which a trainee signs in without a password. */
export const TOKEN_PURPOSES = ["invitation", "password_reset", "sign_in"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** Single-use links sent by e-mail (invitation, password reset). */
export const userTokens = pgTable(
  "user_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: TOKEN_PURPOSES }).notNull(),
    tokenHash: text("token_hash").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("user_tokens_hash_key").on(table.tokenHash),
    index("user_tokens_user_idx").on(table.userId),
  ],
);
