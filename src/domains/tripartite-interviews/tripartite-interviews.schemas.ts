import { z } from "zod";
import { isoDate, optionalText, requiredText } from "../fields.schemas";
import { ACTION_OWNERS, CONTRACT_TYPES, NEXT_STEP_KINDS, nextStepSchema } from "../outcomes/next-step";
import { optionalFilter } from "../query-filters";

/** The tripartite interviews API's contract, shared by the server and the web (no server code here). */

export const INTERVIEW_STATES = ["upcoming", "to_organise", "scheduled", "held", "not_held"] as const;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Heure attendue au format HH:MM.");

export const scheduleInterviewBody = z.object({
  date: isoDate,
  time,
  place: requiredText(300, "Indiquez le lieu de l'entretien (adresse, salle ou visioconférence)."),
});
export type ScheduleInterviewBody = z.infer<typeof scheduleInterviewBody>;

export const agreedActionBody = z.object({
  description: requiredText(500, "Décrivez l'action."),
  owner: z.enum(ACTION_OWNERS, "Indiquez qui porte l'action."),
  dueDate: z.preprocess((value) => (value === "" ? null : value), isoDate.nullable().default(null)),
});

export const recordInterviewBody = z.object({
  heldOn: isoDate,
  nextStep: nextStepSchema,
  actions: z.array(agreedActionBody).max(20, "20 actions au plus.").default([]),
  notes: optionalText(4000),
});
export type RecordInterviewBody = z.input<typeof recordInterviewBody>;
export type RecordInterviewInput = z.output<typeof recordInterviewBody>;

const nextStepView = z.object({
  kind: z.enum(NEXT_STEP_KINDS),
  title: z.string().nullable(),
  startDate: z.string().nullable(),
  contractType: z.enum(CONTRACT_TYPES).nullable(),
  plan: z.string().nullable(),
});

export const tripartiteInterview = z.object({
  pathwayId: z.uuid(),
  state: z.enum(INTERVIEW_STATES),
  /** Whether it was proposed (a row exists). */
  proposed: z.boolean(),
  /** The due date: the row's once proposed, else the one the planned end gives (null without one). */
  dueDate: z.string().nullable(),
  plannedEndDate: z.string().nullable(),
  exitDate: z.string().nullable(),
  scheduledAt: z.string().nullable(),
  place: z.string().nullable(),
  heldOn: z.string().nullable(),
  nextStep: nextStepView.nullable(),
  actions: z.array(
    z.object({ description: z.string(), owner: z.enum(ACTION_OWNERS), dueDate: z.string().nullable() }),
  ),
  /** Withheld from the trainee (the professionals' notes). */
  notes: z.string().nullable(),
  recordedBy: z.string().nullable(),
  reminderCount: z.number(),
  nextReminderOn: z.string().nullable(),
  referent: z.string().nullable(),
  mayManage: z.boolean(),
});
export type TripartiteInterview = z.infer<typeof tripartiteInterview>;

export const interviewOverviewQuery = z.object({
  lotId: optionalFilter(z.uuid("Lot inconnu.")),
});

const count = z.object({
  lot: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  site: z.object({ id: z.uuid(), code: z.string(), name: z.string() }),
  toOrganise: z.number(),
  scheduled: z.number(),
  held: z.number(),
  notHeld: z.number(),
});

export const interviewOverview = z.object({
  weeks: z.number(),
  sites: z.array(count),
  /** Pathways that ended, or whose planned end passed, without a held interview. */
  missed: z.array(
    z.object({
      pathwayId: z.uuid(),
      person: z.object({ firstName: z.string(), lastName: z.string() }),
      site: z.string(),
      lot: z.string(),
      plannedEndDate: z.string().nullable(),
      exitDate: z.string().nullable(),
      scheduledAt: z.string().nullable(),
    }),
  ),
  missedTotal: z.number(),
});
export type InterviewOverview = z.infer<typeof interviewOverview>;
