import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import { auditPageSchema, auditQuerySchema } from "./audit.schemas";
import { listAuditEvents } from "./use-cases/list-audit-events";

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/audit-events",
    {
      config: { access: allow("read", "AuditLog") },
      schema: {
        summary: "Journal d'audit : qui a fait quoi, sur quel élément, quand et d'où",
        tags: ["journal d'audit"],
        querystring: auditQuerySchema,
        response: { 200: auditPageSchema },
      },
    },
    async (request) => listAuditEvents(app.deps.database.db, request.context, request.query),
  );
};
