import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { allow } from "../../server/access";
import { mailSettings } from "../accounts/account-emails";
import { pathwayIdParams } from "../pathways/pathways.schemas";
import {
  hostCompany,
  hostCompanyBody,
  hostCompanyList,
  hostCompanyQuery,
  internshipBody,
  internshipIdParams,
  internshipItem,
  internshipList,
  internshipPatch,
  partyParams,
  sendForSignatureBody,
} from "./internships.schemas";
import { cancelInternship } from "./use-cases/cancel-internship";
import { createHostCompany } from "./use-cases/create-host-company";
import { listInternships } from "./use-cases/list-internships";
import { readAgreementPdf } from "./use-cases/read-agreement-pdf";
import { resendSignatureLink } from "./use-cases/resend-signature-link";
import { createInternship, updateInternship } from "./use-cases/save-internship";
import { searchHostCompanies } from "./use-cases/search-host-companies";
import { sendAssessmentLink } from "./use-cases/send-assessment-link";
import { sendForSignature } from "./use-cases/send-for-signature";

const tags = ["Stages"];
const read = { access: allow("read", "Pathway") };
/** Arranging internships is the training organisation's: those who manage pathways. */
const manage = { access: allow("manage", "Pathway") };
const pdf = { produces: ["application/pdf"], response: { 200: z.any().describe("La convention en PDF") } };

/** Host companies and the internships of a pathway: agreement, signatures, tutor assessment. */
export const internshipsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, config } = app.deps;
  const db = database.db;
  const mail = mailSettings(config);
  const { linkDays } = config.internships;

  app.get(
    "/host-companies",
    {
      config: manage,
      schema: {
        summary: "Chercher une entreprise d'accueil par son nom ou son SIRET",
        tags,
        querystring: hostCompanyQuery,
        response: { 200: hostCompanyList },
      },
    },
    async (request) => searchHostCompanies(db, request.query),
  );

  app.post(
    "/host-companies",
    {
      config: manage,
      schema: {
        summary: "Enregistrer une entreprise d'accueil (un SIRET déjà connu : 409 avec l'entreprise)",
        tags,
        body: hostCompanyBody,
        response: { 201: hostCompany },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createHostCompany(db, request.context, request.body)),
  );

  app.get(
    "/pathways/:id/internships",
    {
      config: read,
      schema: {
        summary: "Les stages d'un parcours, leurs signatures et l'avis du tuteur",
        tags,
        params: pathwayIdParams,
        response: { 200: internshipList },
      },
    },
    async (request) => listInternships(db, request.context, request.params.id),
  );

  app.post(
    "/pathways/:id/internships",
    {
      config: manage,
      schema: {
        summary: "Préparer un stage : entreprise, tuteur, dates, horaires, heures, métier, objectif",
        tags,
        params: pathwayIdParams,
        body: internshipBody,
        response: { 201: internshipItem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createInternship(db, request.context, request.params.id, request.body)),
  );

  app.patch(
    "/internships/:id",
    {
      config: manage,
      schema: {
        summary: "Modifier un stage en préparation (pas après l'envoi pour signature)",
        tags,
        params: internshipIdParams,
        body: internshipPatch,
        response: { 200: internshipItem },
      },
    },
    async (request) => updateInternship(db, request.context, request.params.id, request.body),
  );

  app.post(
    "/internships/:id/send-for-signature",
    {
      config: manage,
      schema: {
        summary: "Figer la convention et l'envoyer aux quatre signataires (un lien à usage unique chacun)",
        tags,
        params: internshipIdParams,
        body: sendForSignatureBody,
        response: { 200: internshipItem },
      },
    },
    async (request) =>
      sendForSignature(db, request.context, mail, {
        id: request.params.id,
        linkDays,
        signatories: request.body,
      }),
  );

  app.post(
    "/internships/:id/signatures/:party/resend",
    {
      config: manage,
      schema: {
        summary: "Renvoyer un nouveau lien de signature à une partie (l'ancien ne fonctionne plus)",
        tags,
        params: partyParams,
        response: { 200: internshipItem },
      },
    },
    async (request) => resendSignatureLink(db, request.context, mail, { ...request.params, linkDays }),
  );

  app.post(
    "/internships/:id/cancel",
    {
      config: manage,
      schema: {
        summary: "Annuler un stage qui n'est pas terminé",
        tags,
        params: internshipIdParams,
        response: { 200: internshipItem },
      },
    },
    async (request) => cancelInternship(db, request.context, request.params.id),
  );

  app.post(
    "/internships/:id/assessment-link",
    {
      config: manage,
      schema: {
        summary: "Envoyer au tuteur le lien de son avis de fin de stage",
        tags,
        params: internshipIdParams,
        response: { 200: internshipItem },
      },
    },
    async (request) => sendAssessmentLink(db, request.context, mail, { id: request.params.id, linkDays }),
  );

  app.get(
    "/internships/:id/agreement.pdf",
    {
      config: read,
      schema: {
        summary: "La convention de stage en PDF, avec l'état des signatures",
        tags,
        params: internshipIdParams,
        ...pdf,
      },
    },
    async (request, reply) =>
      reply
        .type("application/pdf")
        .header("Content-Disposition", 'inline; filename="convention-de-stage.pdf"')
        .send(await readAgreementPdf(db, request.context, mail, request.params.id)),
  );
};
