/**
 * The records file's columns, in the order of `spec/records-and-indicators.md` §2: the order an export
 * writes them in. An import reads them by their header name, in any order.
 */
export const RECORD_COLUMNS = [
  "record_id",
  "source",
  "lot_code",
  "site_code",
  "last_name",
  "first_name",
  "birth_date",
  "gender",
  "commune_code",
  "qualification_level",
  "worked_prior_12m",
  "rqth",
  "qpv",
  "referral_channel",
  "referral_date",
  "entry_date",
  "planned_hours",
  "hours_done",
  "internship_hours",
  "exit_date",
  "exit_reason",
  "situation_before_12m",
  "situation_exit",
  "situation_6m",
  "project_identified",
  "situation_improved",
] as const;
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

/** A line of the file as text, column by column. */
export type RecordCells = Record<RecordColumn, string>;

/** The source of Amorce's own pathways: their record_id is the pathway's id. */
export const AMORCE_SOURCE = "amorce";
