import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import { referralStatistics, referralStatisticsQuery } from "./referral-statistics.schemas";
import { readReferralStatistics } from "./use-cases/read-referral-statistics";

/** Referral volumes per network, site and basin, for the Region and its territorial officers. */
export const referralStatisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/referral-statistics",
    {
      config: { access: allow("read", "ReferralStatistics") },
      schema: {
        summary:
          "Prescriptions et auto-positionnements d'une période par réseau prescripteur, site et bassin d'emploi ; bassins qui en reçoivent peu",
        tags: ["Réseau prescripteur"],
        querystring: referralStatisticsQuery,
        response: { 200: referralStatistics },
      },
    },
    async (request) => readReferralStatistics(app.deps.database.db, request.context, request.query),
  );
};
