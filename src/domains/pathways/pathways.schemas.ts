import { z } from "zod";
import { entryProfile, exitView } from "../exits/exits.schemas";
import { personName, reference, text } from "../fields.schemas";
import { optionalFilter } from "../query-filters";

/** The pathways API's contract, shared by the server and the web (no server code here). */

export const PATHWAY_STATES = ["current", "ended"] as const;
export type PathwayState = (typeof PATHWAY_STATES)[number];
export const PATHWAY_STATE_LABELS: Record<PathwayState, string> = {
  current: "En parcours",
  ended: "Sorti·e",
};

export const pathwayIdParams = z.object({ id: z.uuid("Parcours inconnu.") });

export const pathwayListQuery = z.object({
  siteId: optionalFilter(z.uuid("Site inconnu.")),
  state: optionalFilter(z.enum(PATHWAY_STATES)),
  q: optionalFilter(text(100)),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type PathwayListQuery = z.infer<typeof pathwayListQuery>;

export const pathwaySummary = z.object({
  id: z.uuid(),
  person: personName,
  site: reference,
  lot: reference,
  entryDate: z.string(),
  plannedEndDate: z.string().nullable(),
  exitDate: z.string().nullable(),
  state: z.enum(PATHWAY_STATES),
  prescriberOrganisation: reference.nullable(),
  referent: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
});
export type PathwaySummary = z.infer<typeof pathwaySummary>;

export const pathwayList = z.object({
  items: z.array(pathwaySummary),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type PathwayList = z.infer<typeof pathwayList>;

export const pathwayDetail = pathwaySummary.extend({
  referralId: z.uuid().nullable(),
  person: personName.extend({ email: z.string().nullable(), phone: z.string().nullable() }),
  /** The trainee's own account, if their space is open: since when, and their last sign-in. */
  traineeAccess: z.object({ since: z.iso.datetime(), lastSignInAt: z.iso.datetime().nullable() }).nullable(),
  /** The profile asked at entry (situation 12 months before, qualification, RQTH, QPV, gender). */
  entryProfile,
  /** The exit, once recorded: reason, situation, next step, who recorded it. */
  exit: exitView.nullable(),
  /** What the caller may do here: the pages show only what is allowed. */
  may: z.object({
    manage: z.boolean(),
    readSensitiveBarriers: z.boolean(),
    /** Download the end-of-training certificate (once exited). */
    readCertificate: z.boolean(),
  }),
});
export type PathwayDetail = z.infer<typeof pathwayDetail>;
