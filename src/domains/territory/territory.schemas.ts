import { z } from "zod";
import { optionalFilter } from "../query-filters";
import { ORGANISATION_KINDS, PRESCRIBER_NETWORKS } from "./territory.vocabulary";
import {
  communeCode,
  departmentCode,
  FILE_ORGANISATION_KINDS,
  siretNumber,
  territoryCode,
  territoryName,
} from "./territory-file";

/** The territory API's contract, shared by the server and the web (no server code here). */

export const idParams = z.object({ id: z.uuid("Identifiant invalide.") });

const reference = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export type Reference = z.infer<typeof reference>;
const booleanQuery = z.enum(["true", "false"]).transform((value) => value === "true");

export const communeSearchQuery = z.object({
  q: optionalFilter(z.string().trim().max(100)),
  department: optionalFilter(departmentCode),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const communeItem = z.object({
  code: z.string(),
  name: z.string(),
  department: z.string(),
  postalCodes: z.array(z.string()),
  population: z.number(),
});
export type CommuneItem = z.infer<typeof communeItem>;

export const basinItem = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  lot: reference.nullable(),
  communeCodes: z.array(z.string()),
  population: z.number(),
});
export type BasinItem = z.infer<typeof basinItem>;
export const basinBody = z.object({
  code: territoryCode,
  name: territoryName,
  communeCodes: z.array(communeCode).max(5000),
});
export type BasinBody = z.infer<typeof basinBody>;

export const lotItem = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  target: z.number(),
  operator: reference.nullable(),
  basins: z.array(reference),
  siteCount: z.number(),
});
export type LotItem = z.infer<typeof lotItem>;
export const lotBody = z.object({
  code: territoryCode,
  name: territoryName,
  target: z.number().int().min(0).max(100_000),
  basinIds: z.array(z.uuid()).max(500),
  operatorId: z.uuid().nullable().default(null),
});
export type LotBody = z.infer<typeof lotBody>;

export const organisationQuery = z.object({
  kind: optionalFilter(z.enum(ORGANISATION_KINDS)),
  networkType: optionalFilter(z.enum(PRESCRIBER_NETWORKS)),
  department: optionalFilter(departmentCode),
});
export const organisationItem = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(ORGANISATION_KINDS),
  networkType: z.enum(PRESCRIBER_NETWORKS).nullable(),
  siret: z.string().nullable(),
  department: z.string().nullable(),
  consortium: reference.nullable(),
  leadMember: reference.nullable(),
  members: z.array(reference),
  active: z.boolean(),
});
export type OrganisationItem = z.infer<typeof organisationItem>;
export const organisationBody = z.object({
  code: territoryCode,
  name: territoryName,
  kind: z.enum(FILE_ORGANISATION_KINDS),
  networkType: z.enum(PRESCRIBER_NETWORKS).nullable().default(null),
  siret: siretNumber.nullable().default(null),
  department: departmentCode.nullable().default(null),
  consortiumId: z.uuid().nullable().default(null),
  leadMemberId: z.uuid().nullable().default(null),
  active: z.boolean().default(true),
});
export type OrganisationBody = z.infer<typeof organisationBody>;

export const siteQuery = z.object({
  lotId: optionalFilter(z.uuid()),
  organisationId: optionalFilter(z.uuid()),
  /** Only what concerns the caller: their organisation's sites, their lots' sites… */
  mine: optionalFilter(booleanQuery),
});
export const siteItem = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  organisation: reference,
  lot: reference,
  commune: z.object({ code: z.string(), name: z.string(), department: z.string() }),
  address: z.string().nullable(),
  capacity: z.number(),
  mandatoryRural: z.boolean(),
  active: z.boolean(),
  longitude: z.number(),
  latitude: z.number(),
});
export type SiteItem = z.infer<typeof siteItem>;
export const siteBody = z.object({
  code: territoryCode,
  name: territoryName,
  organisationId: z.uuid(),
  lotId: z.uuid(),
  communeCode,
  address: z.string().trim().min(1).max(300).nullable().default(null),
  capacity: z.number().int().min(0).max(10_000),
  mandatoryRural: z.boolean().default(false),
  active: z.boolean().default(true),
});
export type SiteBody = z.infer<typeof siteBody>;

const sectionCounts = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
export const importResult = z.object({
  basins: sectionCounts,
  lots: sectionCounts,
  organisations: sectionCounts,
  sites: sectionCounts,
});
export type ImportResult = z.infer<typeof importResult>;

export const itemsOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });
