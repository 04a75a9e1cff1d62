import { z } from "zod";
import { isoDate, optionalText, requiredText, text } from "../fields.schemas";
import {
  BARRIER_ACTION_STATUSES,
  BARRIER_EVENT_KINDS,
  BARRIER_SEVERITIES,
  BARRIER_STATUSES,
  BARRIER_THEMES,
} from "./barrier-catalogue";

/** The barriers API's contract, shared by the server and the web (no server code here). */

export const barrierIdParams = z.object({ id: z.uuid("Frein inconnu.") });
export const barrierActionIdParams = z.object({ id: z.uuid("Action inconnue.") });

const DETAILS_MAX = 2000;
const blankToNull = (value: unknown) => (value === "" ? null : value);
/** Left out: unchanged; empty or null: cleared. */
const changedText = (max: number) => z.preprocess(blankToNull, text(max).nullable()).optional();
const dueOn = z.preprocess(blankToNull, isoDate.nullable());
const atLeastOne = (body: object) => Object.values(body).some((value) => value !== undefined);

export const barrierBody = z.object({
  theme: z.enum(BARRIER_THEMES, "Thème inconnu."),
  situation: requiredText(60, "Choisissez la situation."),
  severity: z.enum(BARRIER_SEVERITIES, "Gravité inconnue."),
  details: optionalText(DETAILS_MAX),
  /** Today in Paris when left out. */
  identifiedOn: isoDate.optional(),
});
export type BarrierBody = z.infer<typeof barrierBody>;

export const barrierChangeBody = z
  .object({
    severity: z.enum(BARRIER_SEVERITIES, "Gravité inconnue.").optional(),
    details: changedText(DETAILS_MAX),
    status: z.enum(BARRIER_STATUSES, "Statut inconnu.").optional(),
  })
  .refine(atLeastOne, "Indiquez ce qui change : la gravité, les précisions ou le statut.");
export type BarrierChangeBody = z.infer<typeof barrierChangeBody>;

export const barrierActionBody = z.object({
  description: requiredText(500, "Décrivez l'action."),
  partner: optionalText(200),
  dueOn: dueOn.default(null),
  status: z.enum(BARRIER_ACTION_STATUSES, "Statut inconnu.").default("planned"),
});
export type BarrierActionBody = z.infer<typeof barrierActionBody>;

export const barrierActionChangeBody = z
  .object({
    description: requiredText(500, "Décrivez l'action.").optional(),
    partner: changedText(200),
    dueOn: dueOn.optional(),
    status: z.enum(BARRIER_ACTION_STATUSES, "Statut inconnu.").optional(),
  })
  .refine(atLeastOne, "Indiquez ce qui change : la description, le partenaire, l'échéance ou le statut.");
export type BarrierActionChangeBody = z.infer<typeof barrierActionChangeBody>;

export const barrierActionItem = z.object({
  id: z.uuid(),
  /** Null when withheld: what is done for a health or justice barrier may reveal its situation. */
  description: z.string().nullable(),
  partner: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(BARRIER_ACTION_STATUSES),
});
export type BarrierActionItem = z.infer<typeof barrierActionItem>;

/**
 * One line of a barrier's history: who, when, what. `status_changed`: the barrier's statuses;
 * `severity_changed`: the severities; `details_changed`: nothing (the details' text is never kept here);
 * `action_added`/`action_changed`: the action's statuses.
 */
export const barrierEventItem = z.object({
  at: z.string(),
  kind: z.enum(BARRIER_EVENT_KINDS),
  fromStatus: z.string().nullable(),
  toStatus: z.string().nullable(),
  actionId: z.uuid().nullable(),
  actorLabel: z.string(),
});
export type BarrierEventItem = z.infer<typeof barrierEventItem>;

export const barrierItem = z.object({
  id: z.uuid(),
  theme: z.enum(BARRIER_THEMES),
  /** A health or justice barrier. */
  restricted: z.boolean(),
  /** Restricted and the caller may not read it: situation, details and what the actions are, left out. */
  withheld: z.boolean(),
  situation: z.string().nullable(),
  details: z.string().nullable(),
  severity: z.enum(BARRIER_SEVERITIES),
  status: z.enum(BARRIER_STATUSES),
  identifiedOn: z.string(),
  closedOn: z.string().nullable(),
  actions: z.array(barrierActionItem),
  history: z.array(barrierEventItem),
});
export type BarrierItem = z.infer<typeof barrierItem>;

/** Per theme, how many barriers are at each status: lifted or not at exit (for the indicators). */
export const barrierThemeSummary = z.object({
  theme: z.enum(BARRIER_THEMES),
  total: z.number(),
  identified: z.number(),
  inProgress: z.number(),
  lifted: z.number(),
  notLifted: z.number(),
});
export type BarrierThemeSummary = z.infer<typeof barrierThemeSummary>;

export const barrierList = z.object({
  items: z.array(barrierItem),
  summary: z.array(barrierThemeSummary),
  /** Whether this answer holds the details of a health or justice barrier (and was audited so). */
  sensitiveShown: z.boolean(),
});
export type BarrierList = z.infer<typeof barrierList>;
