import { boolean, date, index, numeric, pgTable, smallint, text, uuid } from "drizzle-orm/pg-core";
import { pathways } from "../pathways/pathways.tables";

/**
 * One row per pathway holding every field an indicator reads, kept up to date inside the writing
 * transaction by triggers on the tables it comes from (migration `indicator_facts_triggers`): the view
 * `indicator_facts_source` defines it, this table is its maintained copy, so the indicators read one
 * narrow table instead of joining people, referrals, follow-ups and millions of attendance rows.
 */
export const indicatorFacts = pgTable(
  "indicator_facts",
  {
    pathwayId: uuid("pathway_id")
      .primaryKey()
      .references(() => pathways.id, { onDelete: "cascade" }),
    lotId: uuid("lot_id").notNull(),
    siteId: uuid("site_id").notNull(),
    /** The person's commune of residence (its basin and whether it is rural come from the territory). */
    communeCode: text("commune_code").notNull(),
    prescriberOrganisationId: uuid("prescriber_organisation_id"),
    /** The referral channel of spec §2: a prescriber network, or `self`. */
    channel: text("channel").notNull(),
    gender: text("gender"),
    birthYear: smallint("birth_year").notNull(),
    entryDate: date("entry_date").notNull(),
    exitDate: date("exit_date"),
    exitReason: text("exit_reason"),
    qualificationLevel: text("qualification_level"),
    workedPrior12m: boolean("worked_prior_12m"),
    rqth: boolean("rqth").notNull(),
    qpv: boolean("qpv").notNull(),
    situationBefore12m: text("situation_before_12m"),
    situationAtExit: text("situation_at_exit"),
    situation6m: text("situation_6m"),
    projectIdentified: boolean("project_identified"),
    situationImproved: boolean("situation_improved"),
    hoursDone: numeric("hours_done", { precision: 9, scale: 2 }).notNull(),
    internshipHours: numeric("internship_hours", { precision: 9, scale: 2 }).notNull(),
  },
  (table) => [
    index("indicator_facts_entry_idx").on(table.entryDate),
    index("indicator_facts_lot_entry_idx").on(table.lotId, table.entryDate),
    index("indicator_facts_site_idx").on(table.siteId),
    index("indicator_facts_prescriber_idx").on(table.prescriberOrganisationId),
  ],
);
