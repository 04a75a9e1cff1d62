import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { oneOf } from "../../db/table-helpers";
import { users } from "../accounts/accounts.tables";
import { people } from "../people/people.tables";
import { lots, organisations, sites } from "../territory/territory.tables";
import { REFERRAL_CHANNELS } from "../territory/territory.vocabulary";
import { ACTOR_KINDS, REFERRAL_STATUSES } from "./referral-status";
import { REFERRAL_KINDS } from "./referral-vocabulary";

/**
 * A way in: a prescriber's referral or a person's self-referral, to a site, or to a lot whose operator
 * chooses the site. Its status only changes through `referral-status.ts`, each change leaving a
 * `referral_events` row.
 */
export const referrals = pgTable(
  "referrals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: REFERRAL_KINDS }).notNull(),
    status: text("status", { enum: REFERRAL_STATUSES }).notNull().default("sent"),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    lotId: uuid("lot_id")
      .notNull()
      .references(() => lots.id),
    /** `null` while a referral made to a lot waits for its operator to choose the site. */
    siteId: uuid("site_id").references(() => sites.id),
    /** The prescriber organisation that sent it, or confirmed a self-referral. */
    prescriberOrganisationId: uuid("prescriber_organisation_id").references(() => organisations.id),
    senderUserId: uuid("sender_user_id").references(() => users.id),
    /** The prescriber's named contact for this person (référent·e). */
    referentUserId: uuid("referent_user_id").references(() => users.id),
    /**
     * How an imported record says the person came (records file §2); Amorce's own referrals take it
     * from their kind and their prescriber organisation's network.
     */
    channel: text("channel", { enum: REFERRAL_CHANNELS }),
    situation: text("situation"),
    /** The prescriber's reasons, or what the self-referring person hopes for. */
    motivation: text("motivation").notNull().default(""),
    knownBarriers: text("known_barriers").array().notNull().default(sql`'{}'::text[]`),
    barriersNote: text("barriers_note"),
    availability: text("availability"),
    /** A self-referral's consent to the processing of its data: when, and the text shown. */
    consentedAt: timestamp("consented_at", { withTimezone: true }),
    consentText: text("consent_text"),
    /** The information session or admission interview the person is invited to. */
    appointmentAt: timestamp("appointment_at", { withTimezone: true }),
    appointmentPlace: text("appointment_place"),
    plannedEntryDate: date("planned_entry_date", { mode: "string" }),
    /** When the person was put on the site's waiting list: its order. */
    waitingSince: timestamp("waiting_since", { withTimezone: true }),
    refusalReason: text("refusal_reason"),
    refusalShared: boolean("refusal_shared").notNull().default(false),
    sentAt: timestamp("sent_at", { withTimezone: true }).notNull().defaultNow(),
    statusChangedAt: timestamp("status_changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** Left unanswered too long: told to the site, then to the territorial officer. */
    unansweredFlaggedAt: timestamp("unanswered_flagged_at", { withTimezone: true }),
    escalatedAt: timestamp("escalated_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("referrals_site_status_idx").on(table.siteId, table.status, table.sentAt),
    /** A site's inbox, newest first, read one page at a time. */
    index("referrals_site_sent_idx").on(table.siteId, table.sentAt, table.id),
    index("referrals_lot_idx").on(table.lotId, table.sentAt),
    index("referrals_sent_idx").on(table.sentAt),
    index("referrals_prescriber_idx").on(table.prescriberOrganisationId, table.sentAt),
    index("referrals_person_idx").on(table.personId),
    index("referrals_unanswered_idx")
      .on(table.sentAt)
      .where(sql`${table.status} in ('sent', 'under_review')`),
    check("referrals_kind_check", oneOf(table.kind, REFERRAL_KINDS)),
    check("referrals_status_check", oneOf(table.status, REFERRAL_STATUSES)),
    check("referrals_channel_check", oneOf(table.channel, REFERRAL_CHANNELS)),
    check(
      "referrals_prescription_sender_check",
      sql`${table.kind} = 'self_referral' or ${table.prescriberOrganisationId} is not null or ${table.channel} is not null`,
    ),
  ],
);

export const REFERRAL_EVENT_KINDS = ["created", "status_changed", "site_assigned", "referent_named"] as const;
export type ReferralEventKind = (typeof REFERRAL_EVENT_KINDS)[number];

/** A referral's history: who did what, when and why. Rows are never updated nor deleted. */
export const referralEvents = pgTable(
  "referral_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    referralId: uuid("referral_id")
      .notNull()
      .references(() => referrals.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    kind: text("kind", { enum: REFERRAL_EVENT_KINDS }).notNull(),
    fromStatus: text("from_status", { enum: REFERRAL_STATUSES }),
    toStatus: text("to_status", { enum: REFERRAL_STATUSES }).notNull(),
    actorKind: text("actor_kind", { enum: ACTOR_KINDS }).notNull(),
    actorUserId: uuid("actor_user_id").references(() => users.id),
    /** The actor as shown in the history (name and organisation at the time). */
    actorLabel: text("actor_label").notNull(),
    reasonCode: text("reason_code"),
    reasonText: text("reason_text"),
    /** A refusal reason the site chose to share with the prescriber. */
    sharedWithPrescriber: boolean("shared_with_prescriber").notNull().default(false),
    /** What else the change set: an appointment, a planned entry date, a site. */
    details: jsonb("details").$type<Record<string, string | null>>(),
  },
  (table) => [
    index("referral_events_referral_idx").on(table.referralId, table.at),
    check("referral_events_kind_check", oneOf(table.kind, REFERRAL_EVENT_KINDS)),
  ],
);
