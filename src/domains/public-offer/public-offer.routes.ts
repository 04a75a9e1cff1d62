import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { publicAccess } from "../../server/access";
import { searchCommunes } from "../territory/use-cases/search-communes";
import {
  nearbySites,
  publicCommuneList,
  publicCommuneQuery,
  publicSite,
  publicSitesQuery,
  siteIdParams,
} from "./public-offer.schemas";
import { createPublicOfferCache } from "./public-offer-cache";
import { findNearestSites } from "./use-cases/find-nearest-sites";
import { readPublicSite } from "./use-cases/read-public-site";

const tags = ["Offre publique"];
/**
 * Per address, for pages read without an account: a person typing a commune and browsing sites stays
 * far below; a script reading the whole offer in a loop is slowed down.
 */
const publicRateLimit = { max: 120, timeWindow: "1 minute" };
const publicRead = { access: publicAccess, rateLimit: publicRateLimit };

/** What anyone may read without an account: communes to search from, the nearest open sites. */
export const publicOfferRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const cache = createPublicOfferCache(db);

  app.get(
    "/public/communes",
    {
      config: publicRead,
      schema: {
        summary: "Cherche une commune par son nom ou son code postal (formulaires publics)",
        tags,
        querystring: publicCommuneQuery,
        response: { 200: publicCommuneList },
      },
    },
    async (request) => ({ items: await searchCommunes(db(), { q: request.query.q, limit: 20 }) }),
  );

  app.get(
    "/public/sites",
    {
      config: publicRead,
      schema: {
        summary: "Les 10 sites ouverts les plus proches d'une commune ou d'un code postal",
        tags,
        querystring: publicSitesQuery,
        response: { 200: nearbySites },
      },
    },
    async (request) => findNearestSites(db(), await cache.snapshot(), request.query),
  );

  app.get(
    "/public/sites/:id",
    {
      config: publicRead,
      schema: {
        summary: "Un site ouvert, tel que le public le voit",
        tags,
        params: siteIdParams,
        response: { 200: publicSite },
      },
    },
    async (request) => readPublicSite(db(), await cache.snapshot(), request.params.id),
  );
};
