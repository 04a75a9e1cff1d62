import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import { mailSettings } from "./account-emails";
import {
  inviteUserBodySchema,
  userIdParamsSchema,
  userListQuerySchema,
  userListResponseSchema,
  userSummarySchema,
} from "./accounts.schemas";
import { inviteUser } from "./use-cases/invite-user";
import { listUsers } from "./use-cases/list-users";
import { resendInvitation } from "./use-cases/resend-invitation";
import { setUserActive } from "./use-cases/set-user-active";

const tags = ["comptes"];

export const usersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const db = database.db;

  app.get(
    "/users",
    {
      config: { access: allow("read", "User") },
      schema: {
        summary: "Les comptes de sa structure (toutes les structures pour la Région)",
        tags,
        querystring: userListQuerySchema,
        response: { 200: userListResponseSchema },
      },
    },
    async (request) => ({ items: await listUsers(db, request.context, request.query) }),
  );

  app.post(
    "/users",
    {
      config: { access: allow("invite", "User") },
      schema: {
        summary: "Inviter une personne : son compte est créé et elle reçoit un lien pour l'activer",
        tags,
        body: inviteUserBodySchema,
        response: { 201: userSummarySchema },
      },
    },
    async (request, reply) => {
      const user = await inviteUser(db, request.context, request.body, mailSettings(config));
      return reply.code(201).send(user);
    },
  );

  for (const [path, active] of [
    ["deactivate", false],
    ["reactivate", true],
  ] as const) {
    app.post(
      `/users/:id/${path}`,
      {
        config: { access: allow("deactivate", "User") },
        schema: {
          summary: active ? "Réactiver un compte" : "Désactiver un compte (ses connexions sont fermées)",
          tags,
          params: userIdParamsSchema,
          response: { 200: userSummarySchema },
        },
      },
      async (request) => setUserActive(db, request.context, { userId: request.params.id, active }),
    );
  }

  app.post(
    "/users/:id/invitation",
    {
      config: { access: allow("invite", "User") },
      schema: {
        summary: "Renvoyer une invitation (le lien précédent ne fonctionne plus)",
        tags,
        params: userIdParamsSchema,
        response: { 200: userSummarySchema },
      },
    },
    async (request) =>
      resendInvitation(db, request.context, { userId: request.params.id }, mailSettings(config)),
  );
};
