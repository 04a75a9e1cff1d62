import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  doublePrecision,
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
import { ORGANISATION_KINDS, PRESCRIBER_NETWORKS } from "./territory.vocabulary";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** Reference data: the communes of Nouvelle-Aquitaine (INSEE, COG 2026), loaded by `migrate`. */
export const communes = pgTable(
  "communes",
  {
    code: text("code").primaryKey(),
    name: text("name").notNull(),
    department: text("department").notNull(),
    epci: text("epci"),
    population: integer("population").notNull(),
    postalCodes: text("postal_codes").array().notNull(),
    longitude: doublePrecision("longitude").notNull(),
    latitude: doublePrecision("latitude").notNull(),
  },
  (table) => [index("communes_department_idx").on(table.department)],
);

export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ORGANISATION_KINDS }).notNull(),
    networkType: text("network_type", { enum: PRESCRIBER_NETWORKS }),
    siret: text("siret"),
    department: text("department"),
    /** A training organisation's consortium, when it belongs to one. */
    consortiumId: uuid("consortium_id").references((): AnyPgColumn => organisations.id),
    /** A consortium's lead member. */
    leadMemberId: uuid("lead_member_id").references((): AnyPgColumn => organisations.id),
    active: boolean("active").notNull().default(true),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("organisations_code_key").on(table.code),
    index("organisations_kind_idx").on(table.kind),
    check("organisations_kind_check", oneOf(table.kind, ORGANISATION_KINDS)),
    check(
      "organisations_network_check",
      sql`(${table.kind} = 'prescriber') = (${table.networkType} is not null)`,
    ),
  ],
);

export const basins = pgTable(
  "basins",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    ...timestamps,
  },
  (table) => [uniqueIndex("basins_code_key").on(table.code)],
);

export const basinCommunes = pgTable(
  "basin_communes",
  {
    basinId: uuid("basin_id")
      .notNull()
      .references(() => basins.id, { onDelete: "cascade" }),
    communeCode: text("commune_code")
      .notNull()
      .references(() => communes.code),
  },
  (table) => [
    primaryKey({ columns: [table.basinId, table.communeCode] }),
    uniqueIndex("basin_communes_commune_key").on(table.communeCode),
  ],
);

export const lots = pgTable(
  "lots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    target: integer("target").notNull(),
    /** The training organisation or consortium the lot is attributed to. */
    operatorId: uuid("operator_id").references(() => organisations.id),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("lots_code_key").on(table.code),
    check("lots_target_check", sql`${table.target} >= 0`),
  ],
);

export const lotBasins = pgTable(
  "lot_basins",
  {
    lotId: uuid("lot_id")
      .notNull()
      .references(() => lots.id, { onDelete: "cascade" }),
    basinId: uuid("basin_id")
      .notNull()
      .references(() => basins.id),
  },
  (table) => [
    primaryKey({ columns: [table.lotId, table.basinId] }),
    uniqueIndex("lot_basins_basin_key").on(table.basinId),
  ],
);

export const sites = pgTable(
  "sites",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    lotId: uuid("lot_id")
      .notNull()
      .references(() => lots.id),
    communeCode: text("commune_code")
      .notNull()
      .references(() => communes.code),
    address: text("address"),
    /** What the public is told: access for people with reduced mobility, transport, contact. */
    accessibility: text("accessibility"),
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    capacity: integer("capacity").notNull(),
    mandatoryRural: boolean("mandatory_rural").notNull().default(false),
    active: boolean("active").notNull().default(true),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("sites_code_key").on(table.code),
    index("sites_organisation_idx").on(table.organisationId),
    index("sites_lot_idx").on(table.lotId),
    check("sites_capacity_check", sql`${table.capacity} >= 0`),
  ],
);

/**
 * One row whose `revision` grows with every change to the territory (triggers on its tables, see the
 * `territory_revision_triggers` migration): readers cache full lists per revision.
 */
export const territoryRevision = pgTable("territory_revision", {
  id: integer("id").primaryKey().default(1),
  revision: bigint("revision", { mode: "number" }).notNull().default(0),
});
