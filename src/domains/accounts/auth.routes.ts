import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { publicAccess, signedIn } from "../../server/access";
import { SESSION_COOKIE } from "../../server/plugins/session";
import { mailSettings } from "./account-emails";
import {
  invitationSchema,
  loginBodySchema,
  passwordResetRequestBodySchema,
  sessionResponseSchema,
  signedInResponseSchema,
  signInLinkRequestBodySchema,
  tokenBodySchema,
  tokenParamsSchema,
  tokenWithPasswordBodySchema,
} from "./accounts.schemas";
import { clearSessionCookie, setSessionCookie } from "./session-cookie";
import { acceptInvitation } from "./use-cases/accept-invitation";
import { confirmPasswordReset } from "./use-cases/confirm-password-reset";
import { readInvitation } from "./use-cases/read-invitation";
import { requestPasswordReset } from "./use-cases/request-password-reset";
import { requestSignInLink } from "./use-cases/request-sign-in-link";
import { signIn } from "./use-cases/sign-in";
import { signInWithLink } from "./use-cases/sign-in-with-link";
import { signOut } from "./use-cases/sign-out";
import { loadMe } from "./user-views";

const tags = ["connexion"];
/** Per address: enough for people sharing an office's connection, too few to guess passwords. */
const loginRateLimit = { max: 20, timeWindow: "1 minute" };
const resetRateLimit = { max: 5, timeWindow: "1 minute" };

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const db = database.db;

  app.get(
    "/auth/session",
    {
      config: { access: publicAccess },
      schema: { summary: "Qui est connecté", tags, response: { 200: sessionResponseSchema } },
    },
    async (request) => {
      if (!request.session || !request.actor) return { user: null, csrfToken: null };
      return { user: await loadMe(db, request.actor.userId), csrfToken: request.session.csrfToken };
    },
  );

  app.post(
    "/auth/login",
    {
      config: { access: publicAccess, rateLimit: loginRateLimit },
      schema: {
        summary: "Se connecter avec son adresse e-mail et son mot de passe",
        tags,
        body: loginBodySchema,
        response: { 200: signedInResponseSchema },
      },
    },
    async (request, reply) => {
      const { sessionToken, ...signedInUser } = await signIn(db, request.context, request.body);
      setSessionCookie(reply, config, sessionToken);
      return signedInUser;
    },
  );

  app.post(
    "/auth/logout",
    {
      config: { access: signedIn },
      schema: { summary: "Se déconnecter", tags, response: { 204: z.null() } },
    },
    async (request, reply) => {
      const sessionToken = request.cookies[SESSION_COOKIE];
      if (sessionToken) await signOut(db, request.context, { sessionToken });
      clearSessionCookie(reply, config);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/auth/password-reset/request",
    {
      config: { access: publicAccess, rateLimit: resetRateLimit },
      schema: {
        summary: "Recevoir par e-mail un lien pour choisir un nouveau mot de passe",
        tags,
        body: passwordResetRequestBodySchema,
        response: { 202: z.null() },
      },
    },
    async (request, reply) => {
      await requestPasswordReset(db, request.context, request.body, mailSettings(config));
      return reply.code(202).send(null);
    },
  );

  app.post(
    "/auth/password-reset/confirm",
    {
      config: { access: publicAccess, rateLimit: loginRateLimit },
      schema: {
        summary: "Choisir un nouveau mot de passe avec le lien reçu par e-mail",
        tags,
        body: tokenWithPasswordBodySchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(db, request.context, request.body);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/auth/invitations/:token",
    {
      config: { access: publicAccess, rateLimit: loginRateLimit },
      schema: {
        summary: "Lire une invitation avant de choisir son mot de passe",
        tags,
        params: tokenParamsSchema,
        response: { 200: invitationSchema },
      },
    },
    async (request) => readInvitation(db, request.params),
  );

  app.post(
    "/auth/invitations/accept",
    {
      config: { access: publicAccess, rateLimit: loginRateLimit },
      schema: {
        summary: "Accepter une invitation : choisir son mot de passe et se connecter",
        tags,
        body: tokenWithPasswordBodySchema,
        response: { 200: signedInResponseSchema },
      },
    },
    async (request, reply) => {
      const { sessionToken, ...signedInUser } = await acceptInvitation(db, request.context, request.body);
      setSessionCookie(reply, config, sessionToken);
      return signedInUser;
    },
  );

  app.post(
    "/auth/sign-in-link",
    {
      config: { access: publicAccess, rateLimit: resetRateLimit },
      schema: {
        summary: "Stagiaires : recevoir par e-mail un lien de connexion (valable 30 minutes, une fois)",
        tags,
        body: signInLinkRequestBodySchema,
        response: { 202: z.null() },
      },
    },
    async (request, reply) => {
      await requestSignInLink(db, request.context, request.body, mailSettings(config));
      return reply.code(202).send(null);
    },
  );

  app.post(
    "/auth/sign-in-link/consume",
    {
      config: { access: publicAccess, rateLimit: loginRateLimit },
      schema: {
        summary: "Stagiaires : se connecter avec le lien reçu par e-mail",
        tags,
        body: tokenBodySchema,
        response: { 200: signedInResponseSchema },
      },
    },
    async (request, reply) => {
      const { sessionToken, ...signedInUser } = await signInWithLink(db, request.context, request.body);
      setSessionCookie(reply, config, sessionToken);
      return signedInUser;
    },
  );
};
