import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import {
  pathwayPlanView,
  planBody,
  planVersionList,
  planVersionParams,
  planVersionView,
} from "./pathway-plan.schemas";
import { pathwayIdParams } from "./pathways.schemas";
import { listPlanVersions, readPathwayPlan, readPlanVersion } from "./use-cases/read-pathway-plan";
import { savePathwayPlan } from "./use-cases/save-pathway-plan";

const tags = ["Parcours"];
const read = { access: allow("read", "Pathway") };

/** A trainee's individual plan: its versions, its rule check, and the hours planned against done. */
export const pathwayPlanRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    "/pathways/:id/plan",
    {
      config: read,
      schema: {
        summary:
          "Le plan individuel en vigueur, sa vérification au regard des règles, et les heures prévues et faites",
        tags,
        params: pathwayIdParams,
        response: { 200: pathwayPlanView },
      },
    },
    async (request) => readPathwayPlan(db, request.context, request.params.id),
  );

  app.put(
    "/pathways/:id/plan",
    {
      config: { access: allow("manage", "Pathway") },
      schema: {
        summary:
          "Enregistrer une nouvelle version du plan (même s'il enfreint des règles : il est alors marqué non conforme)",
        tags,
        params: pathwayIdParams,
        body: planBody,
        response: { 200: pathwayPlanView },
      },
    },
    async (request) => {
      await savePathwayPlan(db, request.context, request.params.id, request.body);
      return readPathwayPlan(db, request.context, request.params.id);
    },
  );

  app.get(
    "/pathways/:id/plan/versions",
    {
      config: read,
      schema: {
        summary: "Les versions du plan, de la plus récente à la première : qui, quand, pourquoi",
        tags,
        params: pathwayIdParams,
        response: { 200: planVersionList },
      },
    },
    async (request) => listPlanVersions(db, request.context, request.params.id),
  );

  app.get(
    "/pathways/:id/plan/versions/:version",
    {
      config: read,
      schema: {
        summary: "Une version du plan, telle qu'elle a été enregistrée, et sa vérification",
        tags,
        params: planVersionParams,
        response: { 200: planVersionView },
      },
    },
    async (request) => readPlanVersion(db, request.context, request.params.id, request.params.version),
  );
};
