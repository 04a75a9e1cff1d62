import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { allow } from "../../server/access";
import { mailSettings } from "../accounts/account-emails";
import {
  assignSiteBody,
  confirmBody,
  personMatch,
  personSearchQuery,
  prescriptionBody,
  referralDetail,
  referralIdParams,
  referralList,
  referralListQuery,
  transitionBody,
} from "./referrals.schemas";
import { assignSite } from "./use-cases/assign-site";
import { changeReferralStatus } from "./use-cases/change-referral-status";
import { confirmSelfReferral } from "./use-cases/confirm-self-referral";
import { createPrescription } from "./use-cases/create-prescription";
import { listReferents } from "./use-cases/list-referents";
import { listReferrals } from "./use-cases/list-referrals";
import { readReferral } from "./use-cases/read-referral";
import { searchPeople } from "./use-cases/search-people";

const tags = ["Prescriptions"];
const read = { access: allow("read", "Referral") };
const create = { access: allow("create", "Referral") };

/** Referrals and self-referrals: sending, following, answering, admitting. */
export const referralsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const db = database.db;
  const mail = mailSettings(config);
  const days = config.referrals.unansweredDays;

  app.get(
    "/referrals",
    {
      config: read,
      schema: {
        summary:
          "Les prescriptions et auto-positionnements que l'on peut voir (boîte de réception d'un site, suivi d'un prescripteur)",
        tags,
        querystring: referralListQuery,
        response: { 200: referralList },
      },
    },
    async (request) => listReferrals(db, request.context, request.query, days),
  );

  app.get(
    "/referrals/:id",
    {
      config: read,
      schema: {
        summary: "Une prescription, la personne et tout son historique",
        tags,
        params: referralIdParams,
        response: { 200: referralDetail },
      },
    },
    async (request) => readReferral(db, request.context, request.params.id, days),
  );

  app.post(
    "/referrals",
    {
      config: create,
      schema: {
        summary:
          "Prescrire : la personne (retrouvée ou créée), le site ou le lot, les motifs, le ou la référent·e",
        tags,
        body: prescriptionBody,
        response: { 201: z.object({ id: z.uuid(), personExisted: z.boolean() }) },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createPrescription(db, request.context, mail, request.body)),
  );

  app.post(
    "/referrals/:id/transitions",
    {
      config: read,
      schema: {
        summary:
          "Faire avancer une prescription : examen, invitation, liste d'attente, acceptation, entrée, refus, retrait",
        tags,
        params: referralIdParams,
        body: transitionBody,
        response: { 200: referralDetail },
      },
    },
    async (request) => {
      await changeReferralStatus(db, request.context, mail, { ...request.body, id: request.params.id });
      return readReferral(db, request.context, request.params.id, days);
    },
  );

  app.post(
    "/referrals/:id/site",
    {
      config: { access: allow("answer", "Referral") },
      schema: {
        summary: "Choisir le site d'une prescription adressée au lot",
        tags,
        params: referralIdParams,
        body: assignSiteBody,
        response: { 200: referralDetail },
      },
    },
    async (request) => {
      await assignSite(db, request.context, mail, { ...request.body, id: request.params.id });
      return readReferral(db, request.context, request.params.id, days);
    },
  );

  app.post(
    "/referrals/:id/confirm",
    {
      config: create,
      schema: {
        summary:
          "Confirmer un auto-positionnement : la structure du prescripteur le suit et nomme un·e référent·e",
        tags,
        params: referralIdParams,
        body: confirmBody,
        response: { 200: referralDetail },
      },
    },
    async (request) => {
      await confirmSelfReferral(db, request.context, mail, { ...request.body, id: request.params.id });
      return readReferral(db, request.context, request.params.id, days);
    },
  );

  app.get(
    "/people/search",
    {
      config: create,
      schema: {
        summary:
          "Avant de prescrire : la personne est-elle déjà connue ? (nom + date de naissance, ou identifiant France Travail)",
        tags,
        querystring: personSearchQuery,
        response: { 200: z.object({ items: z.array(personMatch) }) },
      },
    },
    async (request) => ({ items: await searchPeople(db, request.context, request.query) }),
  );

  app.get(
    "/referents",
    {
      config: create,
      schema: {
        summary: "Les prescripteur·rices de sa structure qui peuvent être référent·es",
        tags,
        response: { 200: z.object({ items: z.array(z.object({ id: z.uuid(), displayName: z.string() })) }) },
      },
    },
    async (request) => ({ items: await listReferents(db, request.actor?.organisationId ?? null) }),
  );
};
