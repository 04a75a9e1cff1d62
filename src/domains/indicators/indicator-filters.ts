import { z } from "zod";
import { isoDate } from "../fields.schemas";
import { optionalFilter } from "../query-filters";
import { REFERRAL_CHANNELS } from "../territory/territory.vocabulary";

/**
 * What the indicators are counted over, the same for the CLI, the API and the web (no server code
 * here): the period of entry (both days included), and optional codes of the territory, a referral
 * channel, and the residence's kind. Codes, not ids: they are what people read and type.
 */
export const RESIDENCES = ["rural", "urban"] as const;
export type Residence = (typeof RESIDENCES)[number];
export const RESIDENCE_LABELS: Record<Residence, string> = {
  rural: "Commune rurale (moins de 2 000 habitants)",
  urban: "Commune urbaine (2 000 habitants ou plus)",
};

const code = (what: string) => optionalFilter(z.string().trim().min(1).max(40, `Code de ${what} trop long.`));

export const indicatorFiltersSchema = z
  .object({
    from: isoDate,
    to: isoDate,
    lot: code("lot"),
    basin: code("bassin"),
    site: code("site"),
    organisation: code("organisme"),
    network: optionalFilter(z.enum(REFERRAL_CHANNELS, { error: "Canal d'orientation inconnu." })),
    residence: optionalFilter(z.enum(RESIDENCES, { error: "Résidence : « rural » ou « urban »." })),
  })
  .refine((filters) => filters.from <= filters.to, {
    message: "La date de début de la période doit précéder sa date de fin (ou lui être égale).",
    path: ["to"],
  });
export type IndicatorFilters = z.infer<typeof indicatorFiltersSchema>;

/** Filters narrower than whole lots: the lots' targets do not apply to them. */
export const hasSubLotFilter = (filters: IndicatorFilters) =>
  Boolean(filters.basin || filters.site || filters.organisation || filters.network || filters.residence);
