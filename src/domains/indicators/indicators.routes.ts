import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import { dashboard, indicatorsQuery, indicatorsResponse } from "./indicators.schemas";
import { measureIndicators } from "./use-cases/measure-indicators";
import { readDashboard } from "./use-cases/read-dashboard";

/** The indicators of spec §3 and the dashboards, over what the caller may see (the same engine as the CLI). */
export const indicatorsRoutes: FastifyPluginAsyncZod = async (app) => {
  const access = allow("read", "Indicators");

  app.get(
    "/indicators",
    {
      config: { access },
      schema: {
        summary:
          "Indicateurs du dispositif sur les entrées d'une période : l'objet JSON du format commun (comme npx amorce indicators) et chaque indicateur avec sa définition, son numérateur et son dénominateur",
        tags: ["Indicateurs"],
        querystring: indicatorsQuery,
        response: { 200: indicatorsResponse },
      },
    },
    async (request) => {
      const measured = await measureIndicators(app.deps.database.db, request.context, request.query);
      return {
        period: { from: request.query.from, to: request.query.to },
        indicators: measured.json,
        lines: measured.lines,
      };
    },
  );

  app.get(
    "/indicators/dashboard",
    {
      config: { access },
      schema: {
        summary:
          "Tableau de bord d'une période : indicateurs, entonnoir, profil des entrées, situations avant et après, tableaux par mois, lot, bassin et site, freins, réponses aux suivis, alertes",
        tags: ["Indicateurs"],
        querystring: indicatorsQuery,
        response: { 200: dashboard },
      },
    },
    async (request) => readDashboard(app.deps.database.db, request.context, request.query),
  );
};
