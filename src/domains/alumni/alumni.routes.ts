import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import { mailSettings } from "../accounts/account-emails";
import type { Actor } from "../authorization/actor";
import {
  ambassadorIdParams,
  ambassadorList,
  ambassadorSessionList,
  invitationAnswerBody,
  invitationBody,
  invitationCreated,
  invitationIdParams,
  myAmbassadorship,
  optInBody,
} from "./alumni.schemas";
import { inviteAmbassador } from "./use-cases/invite-ambassador";
import { listAmbassadorSessions, listAmbassadors } from "./use-cases/list-ambassadors";
import {
  answerInvitation,
  optInAsAmbassador,
  readMyAmbassadorship,
  withdrawAsAmbassador,
} from "./use-cases/my-ambassadorship";

const tags = ["Ambassadeurs"];
/** The trainee, on their own record. */
const own = { access: allow("manage", "Ambassador") };
/** The training organisation, on the people who were trainees at its sites. */
const read = { access: allow("read", "Ambassador") };
const invite = { access: allow("invite", "Ambassador") };

/** Former trainees who testify at information sessions: their own choice, and the sites' invitations. */
export const alumniRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const db = database.db;
  const mail = mailSettings(config);

  app.get(
    "/me/ambassador",
    {
      config: own,
      schema: {
        summary: "Mon choix de témoigner pour les futurs stagiaires, et mes invitations",
        tags,
        response: { 200: myAmbassadorship },
      },
    },
    async (request) => readMyAmbassadorship(db, request.actor as Actor),
  );
  app.put(
    "/me/ambassador",
    {
      config: own,
      schema: {
        summary: "J'accepte de témoigner (avec un petit mot, facultatif)",
        tags,
        body: optInBody,
        response: { 200: myAmbassadorship },
      },
    },
    async (request) => optInAsAmbassador(db, request.context, request.body),
  );
  app.delete(
    "/me/ambassador",
    {
      config: own,
      schema: {
        summary: "Je ne souhaite plus témoigner",
        tags,
        response: { 200: myAmbassadorship },
      },
    },
    async (request) => withdrawAsAmbassador(db, request.context),
  );
  app.put(
    "/me/ambassador/invitations/:id",
    {
      config: own,
      schema: {
        summary: "Répondre à une invitation : « J'accepte » ou « Je ne peux pas »",
        tags,
        params: invitationIdParams,
        body: invitationAnswerBody,
        response: { 200: myAmbassadorship },
      },
    },
    async (request) =>
      answerInvitation(db, request.context, {
        invitationId: request.params.id,
        response: request.body.response,
      }),
  );

  app.get(
    "/ambassadors",
    {
      config: read,
      schema: {
        summary: "Les ancien·ne·s stagiaires de vos sites qui acceptent de témoigner, et leurs invitations",
        tags,
        response: { 200: ambassadorList },
      },
    },
    async (request) => ({ items: await listAmbassadors(db, request.context) }),
  );
  app.get(
    "/ambassadors/information-sessions",
    {
      config: read,
      schema: {
        summary: "Vos informations collectives à venir, avec les ambassadeurs invités et ceux qui viennent",
        tags,
        response: { 200: ambassadorSessionList },
      },
    },
    async (request) => ({ items: await listAmbassadorSessions(db, request.actor as Actor) }),
  );
  app.post(
    "/ambassadors/:id/invitations",
    {
      config: invite,
      schema: {
        summary: "Inviter un·e ambassadeur·rice à une de vos informations collectives à venir",
        tags,
        params: ambassadorIdParams,
        body: invitationBody,
        response: { 201: invitationCreated },
      },
    },
    async (request, reply) =>
      reply.code(201).send(
        await inviteAmbassador(db, request.context, mail, {
          ambassadorId: request.params.id,
          informationSessionId: request.body.informationSessionId,
        }),
      ),
  );
};
