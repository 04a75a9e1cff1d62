import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import { pathwayIdParams } from "../pathways/pathways.schemas";
import { skillAssessmentBody, skillMomentParams, skillsView } from "./skills.schemas";
import { assessSkills } from "./use-cases/assess-skills";
import { readSkills } from "./use-cases/read-skills";

const tags = ["Compétences"];

/** Transversal skills (the seven CléA domains) assessed at a trainee's entry and exit. */
export const skillsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    "/pathways/:id/skills",
    {
      config: { access: allow("read", "Pathway") },
      schema: {
        summary: "Les compétences d'un ou une stagiaire à l'entrée et à la sortie, et ses progrès",
        tags,
        params: pathwayIdParams,
        response: { 200: skillsView },
      },
    },
    async (request) => readSkills(db, request.context, request.params.id),
  );

  app.put(
    "/pathways/:id/skills/:moment",
    {
      config: { access: allow("manage", "Pathway") },
      schema: {
        summary: "Évaluer les compétences à l'entrée (entry) ou à la sortie (exit)",
        tags,
        params: skillMomentParams,
        body: skillAssessmentBody,
        response: { 200: skillsView },
      },
    },
    async (request) =>
      assessSkills(db, request.context, {
        pathwayId: request.params.id,
        moment: request.params.moment,
        ...request.body,
      }),
  );
};
