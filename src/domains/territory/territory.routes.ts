import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

export const territoryRoutes: FastifyPluginAsyncZod = async (_app) => {};
