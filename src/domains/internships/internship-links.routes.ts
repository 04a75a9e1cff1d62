import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { publicAccess } from "../../server/access";
import { mailSettings } from "../accounts/account-emails";
import {
  signatureRequest,
  signBody,
  signReceipt,
  tokenParams,
  tutorAssessmentBody,
  tutorAssessmentRequest,
} from "./internships.schemas";
import { readAgreementPdfByToken } from "./use-cases/read-agreement-pdf";
import { readSignatureRequest } from "./use-cases/read-signature-request";
import { readTutorAssessment } from "./use-cases/read-tutor-assessment";
import { signAgreement } from "./use-cases/sign-agreement";
import { submitTutorAssessment } from "./use-cases/submit-tutor-assessment";

/**
 * Per address: a signer or a tutor opens their link a few times; a robot guessing 256-bit tokens gets
 * nowhere, and is slowed down.
 */
const linkRateLimit = { max: 60, timeWindow: "1 hour" };
const publicLink = { access: publicAccess, rateLimit: linkRateLimit };
const tags = ["Stages (liens sans compte)"];

/** What the signers of an agreement and the tutor do from the link they were e-mailed, without an account. */
export const internshipLinksRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const db = database.db;
  const mail = mailSettings(config);

  app.get(
    "/signatures/:token",
    {
      config: publicLink,
      schema: {
        summary: "Ce qu'un signataire va signer (le lien est la permission)",
        tags,
        params: tokenParams,
        response: { 200: signatureRequest },
      },
    },
    async (request) => readSignatureRequest(db, request.params.token),
  );

  app.post(
    "/signatures/:token",
    {
      config: publicLink,
      bodyLimit: 8 * 1024,
      schema: {
        summary:
          "Signer la convention : nom complet tapé et « J'ai lu et j'accepte la convention » (une seule fois)",
        tags,
        params: tokenParams,
        body: signBody,
        response: { 200: signReceipt },
      },
    },
    async (request) =>
      signAgreement(db, request.context, mail, { token: request.params.token, ...request.body }),
  );

  app.get(
    "/signatures/:token/agreement.pdf",
    {
      config: publicLink,
      schema: {
        summary: "La convention en PDF, pour un signataire depuis son lien",
        tags,
        params: tokenParams,
        produces: ["application/pdf"],
        response: { 200: z.any().describe("La convention en PDF") },
      },
    },
    async (request, reply) =>
      reply
        .type("application/pdf")
        .header("Content-Disposition", 'inline; filename="convention-de-stage.pdf"')
        .send(await readAgreementPdfByToken(db, request.context, mail, request.params.token)),
  );

  app.get(
    "/tutor-assessments/:token",
    {
      config: publicLink,
      schema: {
        summary: "Le stage que le tuteur évalue (le lien est la permission)",
        tags,
        params: tokenParams,
        response: { 200: tutorAssessmentRequest },
      },
    },
    async (request) => readTutorAssessment(db, request.params.token),
  );

  app.post(
    "/tutor-assessments/:token",
    {
      config: publicLink,
      bodyLimit: 16 * 1024,
      schema: {
        summary: "Envoyer l'avis du tuteur (une seule fois) : le stage est terminé",
        tags,
        params: tokenParams,
        body: tutorAssessmentBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await submitTutorAssessment(db, request.context, mail, {
        token: request.params.token,
        ...request.body,
      });
      return reply.code(204).send(null);
    },
  );
};
