import { z } from "zod";
import { optionalFilter } from "../query-filters";
import { AUDIT_OUTCOMES } from "./audit.vocabulary";

const optionalText = optionalFilter(z.string().trim().max(200));

export const auditQuerySchema = z.object({
  action: optionalText,
  actorEmail: optionalText,
  recordType: optionalText,
  recordId: optionalText,
  outcome: optionalFilter(z.enum(AUDIT_OUTCOMES)),
  from: optionalFilter(z.coerce.date()),
  to: optionalFilter(z.coerce.date()),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditEventSchema = z.object({
  id: z.number(),
  at: z.iso.datetime({ offset: true }),
  actorUserId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  actorRole: z.string().nullable(),
  actorOrganisationId: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
export type AuditEventView = z.infer<typeof auditEventSchema>;

export const auditPageSchema = z.object({
  items: z.array(auditEventSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
