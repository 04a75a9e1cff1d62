import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { isDemoLoaded } from "../../demo/load-demo-data";
import { allow, publicAccess } from "../../server/access";
import { notFound } from "../../server/http-errors";
import { mailSettings } from "../accounts/account-emails";
import { pathwayIdParams } from "../pathways/pathways.schemas";
import {
  callList,
  followUpAnswers,
  followUpIdParams,
  followUpLinkAnswer,
  followUpQuestionnaire,
  followUpTokenParams,
  pathwayFollowUps,
  responseRates,
} from "./follow-ups.schemas";
import { answerByLink, readQuestionnaire } from "./use-cases/answer-by-link";
import { listCallList, listPathwayFollowUps, listResponseRates } from "./use-cases/list-follow-ups";
import { answerByPhone, recordCallAttempt } from "./use-cases/record-phone-call";
import { sendFollowUpNowForDemo } from "./use-cases/send-now-for-demo";

/** Per address, like the other links without an account: a person opens theirs a few times. */
const publicLink = { access: publicAccess, rateLimit: { max: 60, timeWindow: "1 hour" } };
const tags = ["Suivi des anciens stagiaires"];

/** The follow-up questionnaire (from its link), the call list, the response rates and a pathway's follow-ups. */
export const followUpsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const db = database.db;
  const { linkDays } = config.followUps;

  app.get(
    "/follow-ups/answer/:token",
    {
      config: publicLink,
      schema: {
        summary: "Le questionnaire de suivi d'un ancien stagiaire (le lien est la permission)",
        tags,
        params: followUpTokenParams,
        response: { 200: followUpQuestionnaire },
      },
    },
    async (request) => readQuestionnaire(db, request.params.token, linkDays),
  );

  app.post(
    "/follow-ups/answer/:token",
    {
      config: publicLink,
      bodyLimit: 8 * 1024,
      schema: {
        summary: "Répondre au questionnaire de suivi (une seule fois)",
        tags,
        params: followUpTokenParams,
        body: followUpLinkAnswer,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { ambassador, ...answers } = request.body;
      await answerByLink(db, request.context, { token: request.params.token, linkDays, answers, ambassador });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/follow-ups/call-list",
    {
      config: { access: allow("manage", "FollowUp") },
      schema: {
        summary: "Les anciens stagiaires à appeler : suivis sans réponse après les relances",
        tags,
        response: { 200: callList },
      },
    },
    async (request) => ({ items: await listCallList(db, request.context) }),
  );

  app.post(
    "/follow-ups/:id/phone-answer",
    {
      config: { access: allow("manage", "FollowUp") },
      schema: {
        summary: "Enregistrer les réponses données au téléphone",
        tags,
        params: followUpIdParams,
        body: followUpAnswers,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await answerByPhone(db, request.context, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/follow-ups/:id/call-attempts",
    {
      config: { access: allow("manage", "FollowUp") },
      schema: {
        summary: "Noter un appel sans réponse",
        tags,
        params: followUpIdParams,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await recordCallAttempt(db, request.context, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/follow-ups/response-rates",
    {
      config: { access: allow("read", "FollowUp") },
      schema: {
        summary: "Les taux de réponse au suivi, par lot et par site",
        tags,
        response: { 200: responseRates },
      },
    },
    async (request) => ({ items: await listResponseRates(db, request.context) }),
  );

  app.get(
    "/pathways/:id/follow-ups",
    {
      config: { access: allow("read", "FollowUp") },
      schema: {
        summary: "Les suivis d'un parcours après la sortie, et leurs réponses",
        tags,
        params: pathwayIdParams,
        response: { 200: pathwayFollowUps },
      },
    },
    async (request) => ({ items: await listPathwayFollowUps(db, request.context, request.params.id) }),
  );

  app.post(
    "/pathways/:id/follow-ups/demo-send",
    {
      config: { access: allow("manage", "FollowUp") },
      schema: {
        summary:
          "Démonstration seulement : envoyer tout de suite le questionnaire de suivi d'un parcours terminé, sans attendre son échéance",
        tags,
        params: pathwayIdParams,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) => {
      if (!(await isDemoLoaded(db)))
        throw notFound("Ce serveur ne contient pas de données de démonstration.");
      const sent = await sendFollowUpNowForDemo(
        db,
        request.context,
        mailSettings(config),
        config.followUps,
        request.params.id,
      );
      return reply.code(201).send(sent);
    },
  );
};
