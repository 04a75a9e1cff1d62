import { z } from "zod";
import { isoDate, optionalText, personName, reference, requiredText } from "../fields.schemas";
import { MODULES } from "../programme-rules/programme-rules";
import { optionalFilter } from "../query-filters";
import { ATTENDANCE_STATUSES, SESSION_FORMATS } from "./attendance-vocabulary";
import { HALF_DAYS, periodProblem } from "./session-period";

/** The sessions and attendance API's contract, shared by the server and the web (no server code here). */

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Heure attendue au format HH:MM.");
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Mois attendu au format AAAA-MM.");

export const siteIdParams = z.object({ siteId: z.uuid("Site inconnu.") });
export const sessionIdParams = z.object({ id: z.uuid("Séance inconnue.") });
export const pathwaySessionParams = z.object({
  id: z.uuid("Parcours inconnu."),
  sessionId: z.uuid("Séance inconnue."),
});

export const timetableQuery = z.object({ from: optionalFilter(isoDate), to: optionalFilter(isoDate) });
export type TimetableQuery = z.infer<typeof timetableQuery>;

const sessionFields = z.object({
  module: z.enum(MODULES, "Choisissez le module."),
  format: z.enum(SESSION_FORMATS, "Choisissez le format.").default("collective"),
  title: requiredText(200, "Donnez un titre à la séance."),
  trainerUserId: z.uuid("Formateur·rice inconnu·e.").nullable().default(null),
  trainerName: optionalText(200),
  room: optionalText(200),
  capacity: z.coerce
    .number("Indiquez le nombre de places.")
    .int("Nombre de places entier.")
    .min(1, "Au moins 1 place.")
    .max(200, "200 places au plus."),
  date: isoDate,
  startTime: time,
  endTime: time,
});

const withValidPeriod = <T extends z.ZodType<{ startTime: string; endTime: string }>>(schema: T) =>
  schema.superRefine((value, context) => {
    const problem = periodProblem(value.startTime, value.endTime);
    if (problem) context.addIssue({ code: "custom", path: ["endTime"], message: problem });
  });

export const sessionBody = withValidPeriod(sessionFields);
export type SessionBody = z.infer<typeof sessionBody>;

export const sessionView = z.object({
  id: z.uuid(),
  site: reference,
  format: z.enum(SESSION_FORMATS),
  module: z.enum(MODULES),
  title: z.string(),
  trainer: z.object({ userId: z.uuid().nullable(), name: z.string() }).nullable(),
  room: z.string().nullable(),
  capacity: z.number(),
  enrolled: z.number(),
  startsAt: z.string(),
  endsAt: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  halfDay: z.enum(HALF_DAYS),
  /** The session's length in hours (2.75). */
  hours: z.number(),
  cancelled: z.boolean(),
});
export type SessionView = z.infer<typeof sessionView>;

export const timetable = z.object({
  from: z.string(),
  to: z.string(),
  sessions: z.array(sessionView),
  /** Who may be named trainer: the training staff of the site's organisations. */
  trainers: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  mayManage: z.boolean(),
});
export type Timetable = z.infer<typeof timetable>;

export const enrolmentsBody = z.object({
  add: z.array(z.uuid("Parcours inconnu.")).max(200).default([]),
  remove: z.array(z.uuid("Parcours inconnu.")).max(200).default([]),
});
export type EnrolmentsBody = z.infer<typeof enrolmentsBody>;

export const enrolledTrainee = z.object({ pathwayId: z.uuid(), person: personName });
export const enrolmentList = z.object({ session: sessionView, items: z.array(enrolledTrainee) });
export type EnrolmentList = z.infer<typeof enrolmentList>;

export const enrolInModuleBody = z.object({ module: z.enum(MODULES, "Choisissez le module.") });

export const markView = z.object({
  status: z.enum(ATTENDANCE_STATUSES),
  hours: z.number(),
  note: z.string().nullable(),
  version: z.number(),
  markedAt: z.string(),
  confirmedByTraineeAt: z.string().nullable(),
});
export type MarkView = z.infer<typeof markView>;

export const attendanceSheet = z.object({
  session: sessionView,
  /** Whether the session has started: only then may it be marked. */
  markable: z.boolean(),
  /** Whether the caller may mark it (training staff of the site). */
  mayManage: z.boolean(),
  items: z.array(enrolledTrainee.extend({ mark: markView.nullable(), version: z.number() })),
});
export type AttendanceSheet = z.infer<typeof attendanceSheet>;

export const markInput = z.object({
  pathwayId: z.uuid("Parcours inconnu."),
  status: z.enum(ATTENDANCE_STATUSES, "Choisissez présent·e, en retard ou absent·e."),
  hours: z.number("Heures attendues : un nombre.").min(0, "Heures positives.").max(24).nullable().optional(),
  note: optionalText(500),
  /** The version of the mark the trainer saw: 0 when there was none. */
  expectedVersion: z.number().int().min(0),
});
export const marksBody = z.object({
  marks: z.array(markInput).min(1, "Aucune présence à enregistrer.").max(200),
});
export type MarksBody = z.infer<typeof marksBody>;

/** What a 409 on marking carries: the trainees someone else marked meanwhile, with their current mark. */
export type MarkConflict = { pathwayId: string; name: string; mark: MarkView | null; version: number };

export const pathwayAttendanceItem = z.object({
  session: sessionView,
  mark: markView.nullable(),
});
export const monthTotals = z.object({
  month: z.string(),
  sessions: z.number(),
  hours: z.number(),
  byStatus: z.record(z.enum(ATTENDANCE_STATUSES), z.object({ sessions: z.number(), hours: z.number() })),
});
export type MonthTotals = z.infer<typeof monthTotals>;
export const pathwayAttendance = z.object({
  items: z.array(pathwayAttendanceItem),
  months: z.array(monthTotals),
});
export type PathwayAttendance = z.infer<typeof pathwayAttendance>;

export const STATEMENT_FORMATS = ["pdf", "csv"] as const;
export const statementQuery = z.object({
  month,
  format: z.enum(STATEMENT_FORMATS, "Format attendu : pdf ou csv.").default("pdf"),
});

export const hoursExportQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    siteId: optionalFilter(z.uuid("Site inconnu.")),
    lotId: optionalFilter(z.uuid("Lot inconnu.")),
  })
  .superRefine((value, context) => {
    if (!value.siteId === !value.lotId) {
      context.addIssue({ code: "custom", path: ["siteId"], message: "Choisissez un site ou un lot." });
    }
    if (value.to < value.from) {
      context.addIssue({ code: "custom", path: ["to"], message: "La fin de la période précède son début." });
    }
  });
export type HoursExportQuery = z.infer<typeof hoursExportQuery>;
