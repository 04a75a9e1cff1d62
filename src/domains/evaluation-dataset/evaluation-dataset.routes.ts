import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { allow } from "../../server/access";
import { attachment } from "../../server/attachment";
import { dictionaryCsv } from "./dataset-columns";
import { evaluationDatasetQuery } from "./evaluation-dataset.schemas";
import { exportEvaluationDataset } from "./use-cases/export-evaluation-dataset";

const tags = ["Évaluation"];
const read = { access: allow("read", "EvaluationDataset") };

/** The pseudonymised evaluation dataset and its data dictionary, for the Region and evaluators. */
export const evaluationDatasetRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const key = app.deps.config.evaluationPseudonymKey;

  app.get(
    "/evaluation-dataset.csv",
    {
      config: read,
      schema: {
        summary:
          "Le jeu de données pseudonymisé (CSV) : une ligne par parcours entré dans la période, sans nom, date de naissance ni coordonnées",
        tags,
        querystring: evaluationDatasetQuery,
        produces: ["text/csv"],
        response: { 200: z.any().describe("Le jeu de données en CSV") },
      },
    },
    async (request, reply) => {
      const { from, to, lot } = request.query;
      const { csv } = await exportEvaluationDataset(db, request.context, key, request.query);
      const name = ["jeu-de-donnees-evaluation", lot, from, to].filter(Boolean).join("-");
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", attachment(`${name}.csv`))
        .send(csv);
    },
  );

  app.get(
    "/evaluation-dataset/dictionary.csv",
    {
      config: read,
      schema: {
        summary: "Le dictionnaire des données du jeu de données pseudonymisé (CSV)",
        tags,
        produces: ["text/csv"],
        response: { 200: z.any().describe("Le dictionnaire en CSV") },
      },
    },
    async (_request, reply) =>
      reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", attachment("dictionnaire-des-donnees-evaluation.csv"))
        .send(dictionaryCsv()),
  );
};
