import { z } from "zod";
import { optionalFilter } from "../query-filters";
import { REFERRAL_KIND_LABELS } from "../referrals/referral-vocabulary";
import { PRESCRIBER_NETWORK_LABELS, PRESCRIBER_NETWORKS } from "../territory/territory.vocabulary";

/** The referral statistics API's contract, shared by the server and the web (no server code here). */

const day = z.iso.date({ error: "Date invalide : indiquez-la au format AAAA-MM-JJ." });

export const referralStatisticsQuery = z.object({
  /** First and last Paris calendar days of the period, both included; the last twelve months by default. */
  from: optionalFilter(day),
  to: optionalFilter(day),
  lotId: optionalFilter(z.uuid("Identifiant de lot invalide.")),
});
export type ReferralStatisticsQuery = z.infer<typeof referralStatisticsQuery>;

/** The prescriber networks, then self-referrals (« Auto-positionnement »), which have no network. */
export const REFERRAL_CHANNELS = [...PRESCRIBER_NETWORKS, "self_referral"] as const;
export type ReferralChannel = (typeof REFERRAL_CHANNELS)[number];
export const REFERRAL_CHANNEL_LABELS: Record<ReferralChannel, string> = {
  ...PRESCRIBER_NETWORK_LABELS,
  self_referral: REFERRAL_KIND_LABELS.self_referral,
};

const reference = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

/** `referrals` are prescriptions; `selfReferrals`, self-referrals; `entered`, those of them entered since. */
const channelRow = z.object({
  channel: z.enum(REFERRAL_CHANNELS),
  label: z.string(),
  referrals: z.number().int(),
  entered: z.number().int(),
});

const siteRow = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  lot: reference,
  mandatoryRural: z.boolean(),
  active: z.boolean(),
  referrals: z.number().int(),
  selfReferrals: z.number().int(),
  entered: z.number().int(),
});

const basinRow = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  lot: reference.nullable(),
  population: z.number().int(),
  ruralShare: z.number().nullable(),
  rural: z.boolean(),
  referrals: z.number().int(),
  selfReferrals: z.number().int(),
  ratePer10000: z.number().nullable(),
  flag: z.enum(["none", "low"]).nullable(),
});

export const referralStatistics = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  /** The lot shown, when one is chosen; otherwise every lot the caller may see. */
  lot: reference.nullable(),
  /** The lots the caller may choose from: every lot, or a territorial officer's own. */
  lots: z.array(reference),
  totals: z.object({
    referrals: z.number().int(),
    selfReferrals: z.number().int(),
    entered: z.number().int(),
    /** Sent to a lot whose operator has not chosen the site yet. */
    withoutSite: z.number().int(),
  }),
  channels: z.array(channelRow),
  sites: z.array(siteRow),
  basins: z.array(basinRow),
  /** The basins' area: its rate, and the rate under which a basin is flagged. */
  area: z.object({
    referrals: z.number().int(),
    population: z.number().int(),
    ratePer10000: z.number().nullable(),
    thresholdPer10000: z.number().nullable(),
  }),
});
export type ReferralStatistics = z.infer<typeof referralStatistics>;
export type ChannelRow = z.infer<typeof channelRow>;
export type SiteRow = z.infer<typeof siteRow>;
export type BasinRow = z.infer<typeof basinRow>;
