import { z } from "zod";
import { indicatorFiltersSchema } from "./indicator-filters";

/** The indicators API's contract, shared by the server and the web (no server code here). */

export const indicatorsQuery = indicatorFiltersSchema;

const ratio = z.number().nullable();
const count = z.number().int();
const reference = z.object({ id: z.uuid(), code: z.string(), name: z.string() });

/** The JSON object of spec §3, as `npx amorce indicators` prints it. */
export const indicatorsJsonSchema = z.object({
  entries: count,
  target: count.nullable(),
  referralsByChannel: z.record(z.string(), count),
  selfReferralShare: ratio,
  profile: z.object({
    lowQualificationShare: ratio,
    noWorkPrior12mShare: ratio,
    womenShare: ratio,
    rqthShare: ratio,
    qpvShare: ratio,
  }),
  pathway: z.object({ completionRate: ratio, averageHoursDone: ratio, internshipShare: ratio }),
  outcomes: z.object({
    qualifyingTrainingBefore: ratio,
    qualifyingTraining6m: ratio,
    durableEmployment6m: ratio,
    prfContinuation: ratio,
    projectIdentified: ratio,
    noImprovement: ratio,
  }),
  practice: z.object({ rollingAdmissionShare: ratio }),
});

/** One indicator with its definition, numerator and denominator (`null` for a plain count). */
export const indicatorLine = z.object({
  key: z.string(),
  label: z.string(),
  unit: z.enum(["count", "share", "hours"]),
  value: z.number().nullable(),
  definition: z.string(),
  numerator: z.number(),
  denominator: z.number().nullable(),
});
export type IndicatorLineDto = z.infer<typeof indicatorLine>;

/** `GET /api/indicators`: the spec's JSON and each indicator's line. */
export const indicatorsResponse = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  indicators: indicatorsJsonSchema,
  lines: z.array(indicatorLine),
});

/** A distribution: how many of a population have each value, and their share of it. */
const distributionRow = z.object({ value: z.string(), label: z.string(), count, share: ratio });

export const ALERT_KINDS = [
  "lot_behind_target",
  "basin_without_referrals",
  "site_without_tripartite_interviews",
] as const;

export const FUNNEL_STEPS = ["referred", "entered", "completed", "positive6m"] as const;

/** `GET /api/indicators/dashboard`: everything a role's dashboard shows, for the same filters. */
export const dashboard = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  /** What the figures cover, in French (« Toute la région », « Vos lots », …). */
  scope: z.object({ kind: z.enum(["region", "lots", "training", "prescriber"]), label: z.string() }),
  /** What the filters may choose from, within the caller's scope. */
  choices: z.object({
    lots: z.array(reference),
    basins: z.array(reference),
    sites: z.array(reference),
    organisations: z.array(reference),
  }),
  indicators: indicatorsJsonSchema,
  lines: z.array(indicatorLine),
  /** Referred in the period → entered → completed → in a positive situation 6 months after. */
  funnel: z.array(z.object({ step: z.enum(FUNNEL_STEPS), label: z.string(), count })),
  /** Entrants by qualification level, gender, age at entry and kind of residence. */
  profile: z.object({
    qualification: z.array(distributionRow),
    gender: z.array(distributionRow),
    age: z.array(distributionRow),
    residence: z.array(distributionRow),
  }),
  /** Followed leavers' situation 12 months before entry, at exit and 6 months after: one row per situation. */
  beforeAfter: z.array(
    z.object({ situation: z.string(), label: z.string(), before: count, atExit: count, after6m: count }),
  ),
  byMonth: z.array(z.object({ month: z.string(), entries: count, leavers: count })),
  /** A lot's target over the period: its annual target once for each calendar year the period touches. */
  byLot: z.array(
    z.object({ lot: reference, entries: count, target: count, realisation: ratio, completionRate: ratio }),
  ),
  byBasin: z.array(
    z.object({
      basin: reference,
      entries: count,
      population: count,
      entriesPer1000: ratio,
      ruralEntrants: count,
      ruralShare: ratio,
    }),
  ),
  bySite: z.array(
    z.object({
      site: reference,
      lot: reference,
      entries: count,
      siteQuarters: count,
      rollingQuarters: count,
      rollingShare: ratio,
    }),
  ),
  /** Barriers identified for the period's entrants, by theme, and how many were lifted. */
  barriers: z.array(
    z.object({ theme: z.string(), label: z.string(), identified: count, lifted: count, liftedShare: ratio }),
  ),
  /** Follow-up questionnaires due for the period's leavers, per lot, and the answers received. */
  followUps: z.array(z.object({ lot: reference, due: count, answered: count, responseRate: ratio })),
  alerts: z.array(z.object({ kind: z.enum(ALERT_KINDS), message: z.string() })),
});
export type Dashboard = z.infer<typeof dashboard>;
