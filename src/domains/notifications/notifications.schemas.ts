import { z } from "zod";
import { NOTIFICATION_FREQUENCIES } from "../accounts/roles";

/** Request and response shapes of the notifications API, shared by the server and the web interface. */

export const NOTIFICATIONS_PAGE_SIZE = 20;

export const notificationListQuerySchema = z.object({
  page: z.coerce
    .number({ error: "Numéro de page invalide." })
    .int("Numéro de page invalide.")
    .min(1, "Numéro de page invalide.")
    .max(100_000, "Numéro de page invalide.")
    .default(1),
});

export const notificationIdParamsSchema = z.object({
  id: z.coerce
    .number({ error: "Identifiant de notification invalide." })
    .int("Identifiant de notification invalide.")
    .positive("Identifiant de notification invalide.")
    .max(Number.MAX_SAFE_INTEGER, "Identifiant de notification invalide."),
});

export const notificationSchema = z.object({
  id: z.number().int(),
  message: z.string(),
  link: z.string().nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  readAt: z.iso.datetime({ offset: true }).nullable(),
});
export type NotificationView = z.infer<typeof notificationSchema>;

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  unreadCount: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

/** What a user may change of their preferences. */
export const preferencesBodySchema = z.object({
  notificationFrequency: z.enum(NOTIFICATION_FREQUENCIES, {
    error: "Choisissez « à chaque changement » ou « un récapitulatif par jour ».",
  }),
});
export type PreferencesBody = z.infer<typeof preferencesBodySchema>;

/** A user's preferences, with the hour (Paris time) their daily digest is sent from. */
export const preferencesSchema = preferencesBodySchema.extend({ digestHour: z.number().int() });
export type Preferences = z.infer<typeof preferencesSchema>;
