import { z } from "zod";
import { PRESCRIBER_NETWORKS } from "./territory.vocabulary";

/**
 * The territory file (JSON) of `npx amorce territory import FILE`, as the interchange spec §1 defines it.
 * Fields beyond the spec's are optional, so that files written by other tools still import.
 */
export const territoryCode = z
  .string()
  .trim()
  .min(1)
  .max(30)
  .regex(/^[A-Za-z0-9_-]+$/, "Le code ne peut contenir que des lettres sans accent, des chiffres, - et _.");
export const territoryName = z.string().trim().min(1).max(200);
export const communeCode = z
  .string()
  .regex(/^(\d{5}|2[AB]\d{3})$/, "Code INSEE de commune attendu (5 caractères).");
export const departmentCode = z
  .string()
  .regex(/^(\d{2}|2[AB]|97\d)$/, "Code de département attendu (ex. 33).");
export const siretNumber = z.string().regex(/^\d{14}$/, "Le SIRET compte 14 chiffres.");

export const FILE_ORGANISATION_KINDS = ["training_organisation", "consortium", "prescriber"] as const;

export const basinEntry = z.object({
  code: territoryCode,
  name: territoryName,
  communes: z.array(communeCode).max(5000),
});

export const lotEntry = z.object({
  code: territoryCode,
  name: territoryName,
  basins: z.array(territoryCode).max(500),
  target: z.number().int().min(0).max(100_000),
  /** Code of the training organisation or consortium the lot is attributed to. */
  operator: territoryCode.optional(),
});

export const organisationEntry = z.object({
  code: territoryCode,
  name: territoryName,
  siret: siretNumber.optional(),
  kind: z.enum(FILE_ORGANISATION_KINDS),
  /** For a prescriber organisation: its network. */
  networkType: z.enum(PRESCRIBER_NETWORKS).optional(),
  department: departmentCode.optional(),
  /** For a training organisation: code of the consortium it belongs to. */
  consortium: territoryCode.optional(),
  /** For a consortium: code of its lead member. */
  lead: territoryCode.optional(),
  active: z.boolean().default(true),
});

export const siteEntry = z.object({
  code: territoryCode,
  name: territoryName,
  lot: territoryCode,
  organisation: territoryCode,
  commune: communeCode,
  address: z.string().trim().min(1).max(300).optional(),
  mandatoryRural: z.boolean().default(false),
  capacity: z.number().int().min(0).max(10_000),
  active: z.boolean().default(true),
});

export const territoryFileSchema = z.object({
  basins: z.array(basinEntry).max(5000).default([]),
  lots: z.array(lotEntry).max(5000).default([]),
  organisations: z.array(organisationEntry).max(20_000).default([]),
  sites: z.array(siteEntry).max(20_000).default([]),
});

/** A parsed territory file: defaults applied. */
export type TerritoryFile = z.output<typeof territoryFileSchema>;
/** A territory file as written, optional fields omitted. */
export type TerritoryFileInput = z.input<typeof territoryFileSchema>;
export type BasinEntry = z.output<typeof basinEntry>;
export type LotEntry = z.output<typeof lotEntry>;
export type OrganisationEntry = z.output<typeof organisationEntry>;
export type SiteEntry = z.output<typeof siteEntry>;

export const SECTION_LABELS = {
  basins: "bassin",
  lots: "lot",
  organisations: "organisation",
  sites: "site",
} as const;
export type Section = keyof typeof SECTION_LABELS;
