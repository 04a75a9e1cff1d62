import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../accounts/accounts.tables";
import { informationSessions } from "../information-sessions/information-sessions.tables";
import { people } from "../people/people.tables";

/**
 * Former trainees who agreed to tell newcomers about their pathway (ambassadeurs). Withdrawing keeps
 * the row, dated, so that no site invites them again.
 */
export const ambassadors = pgTable(
  "ambassadors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id),
    optedInAt: timestamp("opted_in_at", { withTimezone: true }).notNull().defaultNow(),
    /** The consent text the person agreed to. */
    consentText: text("consent_text").notNull(),
    /** What they would like to share, in their words, shown to the sites. */
    message: text("message"),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  },
  (table) => [uniqueIndex("ambassadors_person_key").on(table.personId)],
);

/** A site's invitation of an ambassador to one of its information sessions. */
export const ambassadorInvitations = pgTable(
  "ambassador_invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ambassadorId: uuid("ambassador_id")
      .notNull()
      .references(() => ambassadors.id),
    informationSessionId: uuid("information_session_id")
      .notNull()
      .references(() => informationSessions.id),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id),
    invitedAt: timestamp("invited_at", { withTimezone: true }).notNull().defaultNow(),
    /** `accepted` or `declined` once the ambassador answers; `null` while waiting. */
    response: text("response"),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("ambassador_invitations_key").on(table.informationSessionId, table.ambassadorId),
    index("ambassador_invitations_ambassador_idx").on(table.ambassadorId),
  ],
);
