import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import { outboxResponseSchema } from "./mail.schemas";
import { listOutbox, OUTBOX_PAGE_SIZE } from "./use-cases/list-outbox";

export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/outbox",
    {
      config: { access: allow("read", "Outbox") },
      schema: {
        summary: `E-mails envoyés (démonstration) : les ${OUTBOX_PAGE_SIZE} plus récents`,
        tags: ["e-mails"],
        response: { 200: outboxResponseSchema },
      },
    },
    async (request) => ({
      items: await listOutbox(app.deps.database.db, request.context, { limit: OUTBOX_PAGE_SIZE }),
    }),
  );
};
