import { z } from "zod";

/** The outbox as the demo screen "E-mails envoyés (démonstration)" shows it. */
export const outboxEmailSchema = z.object({
  id: z.uuid(),
  toAddress: z.string(),
  subject: z.string(),
  bodyText: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  sentAt: z.iso.datetime({ offset: true }).nullable(),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;

export const outboxResponseSchema = z.object({ items: z.array(outboxEmailSchema) });
