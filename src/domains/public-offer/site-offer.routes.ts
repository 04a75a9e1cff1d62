import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { allow } from "../../server/access";
import {
  informationSessionBody,
  informationSessionItem,
  informationSessionList,
  informationSessionParams,
  siteIdParams,
  siteOffer,
  siteOfferBody,
} from "./public-offer.schemas";
import { addInformationSession } from "./use-cases/add-information-session";
import { listInformationSessions } from "./use-cases/list-information-sessions";
import { readSiteOffer } from "./use-cases/read-site-offer";
import { removeInformationSession } from "./use-cases/remove-information-session";
import { updateSiteOffer } from "./use-cases/update-site-offer";

const tags = ["Offre publique"];
/** Every professional may read what a site tells the public; its training organisation and the Region change it. */
const readOffer = { access: allow("read", "Territory") };
const manageOffer = { access: allow("manage", "SiteOffer") };

/** A site's public offer as its training organisation edits it: contact, accessibility, information sessions. */
export const siteOfferRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;

  app.get(
    "/sites/:id/offer",
    {
      config: readOffer,
      schema: {
        summary: "Ce qu'un site dit au public (contact, accessibilité), et si l'appelant peut le modifier",
        tags,
        params: siteIdParams,
        response: { 200: siteOffer },
      },
    },
    async (request) => readSiteOffer(db(), request.actor, request.params.id),
  );
  app.put(
    "/sites/:id/offer",
    {
      config: manageOffer,
      schema: {
        summary: "Modifie le contact et l'accessibilité d'un site, tels que le public les voit",
        tags,
        params: siteIdParams,
        body: siteOfferBody,
        response: { 200: siteOffer },
      },
    },
    async (request) => updateSiteOffer(db(), request.context, { ...request.body, siteId: request.params.id }),
  );

  app.get(
    "/sites/:id/information-sessions",
    {
      config: readOffer,
      schema: {
        summary: "Les informations collectives à venir d'un site",
        tags,
        params: siteIdParams,
        response: { 200: informationSessionList },
      },
    },
    async (request) => ({ items: await listInformationSessions(db(), request.params.id) }),
  );
  app.post(
    "/sites/:id/information-sessions",
    {
      config: manageOffer,
      schema: {
        summary: "Annonce une information collective",
        tags,
        params: siteIdParams,
        body: informationSessionBody,
        response: { 201: informationSessionItem },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await addInformationSession(db(), request.context, { ...request.body, siteId: request.params.id }),
        ),
  );
  app.delete(
    "/sites/:id/information-sessions/:sessionId",
    {
      config: manageOffer,
      schema: {
        summary: "Annule une information collective à venir",
        tags,
        params: informationSessionParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeInformationSession(db(), request.context, {
        siteId: request.params.id,
        sessionId: request.params.sessionId,
      });
      return reply.code(204).send(null);
    },
  );
};
