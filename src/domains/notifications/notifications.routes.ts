import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { signedIn } from "../../server/access";
import {
  notificationIdParamsSchema,
  notificationListQuerySchema,
  notificationPageSchema,
  preferencesBodySchema,
  preferencesSchema,
} from "./notifications.schemas";
import { listMyNotifications } from "./use-cases/list-my-notifications";
import { markAllNotificationsRead } from "./use-cases/mark-all-notifications-read";
import { markNotificationRead } from "./use-cases/mark-notification-read";
import { readMyPreferences } from "./use-cases/read-my-preferences";
import { updateMyPreferences } from "./use-cases/update-my-preferences";

const tags = ["notifications"];
const mine = { access: signedIn };

/** Each user's own notifications and e-mail preference; nobody else's, whatever their role. */
export const notificationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const digestHour = app.deps.config.notificationDigestHour;

  app.get(
    "/notifications",
    {
      config: mine,
      schema: {
        summary: "Mes notifications, des plus récentes aux plus anciennes, et combien sont non lues",
        tags,
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema },
      },
    },
    async (request) => listMyNotifications(db(), request.context, request.query),
  );

  app.post(
    "/notifications/:id/read",
    {
      config: mine,
      schema: {
        summary: "Marquer une de mes notifications comme lue",
        tags,
        params: notificationIdParamsSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await markNotificationRead(db(), request.context, request.params);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/notifications/read-all",
    {
      config: mine,
      schema: { summary: "Marquer toutes mes notifications comme lues", tags, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await markAllNotificationsRead(db(), request.context);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/me/preferences",
    {
      config: mine,
      schema: {
        summary: "Mes préférences : recevoir les e-mails à chaque changement ou un récapitulatif par jour",
        tags,
        response: { 200: preferencesSchema },
      },
    },
    async (request) => ({ ...(await readMyPreferences(db(), request.context)), digestHour }),
  );

  app.put(
    "/me/preferences",
    {
      config: mine,
      schema: {
        summary: "Modifier mes préférences",
        tags,
        body: preferencesBodySchema,
        response: { 200: preferencesSchema },
      },
    },
    async (request) => ({
      ...(await updateMyPreferences(db(), request.context, request.body)),
      digestHour,
    }),
  );
};
