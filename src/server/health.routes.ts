import { sql } from "drizzle-orm";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { publicAccess } from "./access";

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get("/openapi.json", { config: { access: publicAccess }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  app.get(
    "/health",
    {
      config: { access: publicAccess },
      schema: {
        summary: "État du service et de sa base de données",
        tags: ["exploitation"],
        response: {
          200: z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) }),
          503: z.object({ status: z.literal("unavailable"), message: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      const { database } = app.deps;
      try {
        await database.db.execute(sql`select 1`);
        return { status: "ok" as const, database: database.engine };
      } catch {
        return reply
          .code(503)
          .send({ status: "unavailable" as const, message: "Base de données injoignable." });
      }
    },
  );
};
