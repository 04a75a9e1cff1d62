import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import { pathwayDetail, pathwayIdParams, pathwayList, pathwayListQuery } from "./pathways.schemas";
import { listPathways } from "./use-cases/list-pathways";
import { readPathway } from "./use-cases/read-pathway";

const tags = ["Parcours"];
const read = { access: allow("read", "Pathway") };

/** Trainees' pathways: who is in the programme where, and each one's record. */
export const pathwaysRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    "/pathways",
    {
      config: read,
      schema: {
        summary:
          "Les parcours que l'on peut voir (stagiaires d'un site, personnes envoyées par un prescripteur)",
        tags,
        querystring: pathwayListQuery,
        response: { 200: pathwayList },
      },
    },
    async (request) => listPathways(db, request.context, request.query),
  );

  app.get(
    "/pathways/:id",
    {
      config: read,
      schema: {
        summary: "Un parcours : le ou la stagiaire, le site, les dates, le ou la référent·e",
        tags,
        params: pathwayIdParams,
        response: { 200: pathwayDetail },
      },
    },
    async (request) => readPathway(db, request.context, request.params.id),
  );
};
