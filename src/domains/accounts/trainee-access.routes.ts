import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import { pathwayIdParams } from "../pathways/pathways.schemas";
import { mailSettings } from "./account-emails";
import { traineeAccessSchema } from "./accounts.schemas";
import { giveTraineeAccess } from "./use-cases/give-trainee-access";

/** The training organisation opens a trainee's own space (no password: e-mailed sign-in links). */
export const traineeAccessRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;

  app.post(
    "/pathways/:id/trainee-access",
    {
      config: { access: allow("manage", "Pathway") },
      schema: {
        summary: "Donner au ou à la stagiaire l'accès à son espace : compte créé, lien de connexion envoyé",
        tags: ["Parcours"],
        params: pathwayIdParams,
        response: { 200: traineeAccessSchema },
      },
    },
    async (request) =>
      giveTraineeAccess(database.db, request.context, request.params.id, mailSettings(config)),
  );
};
