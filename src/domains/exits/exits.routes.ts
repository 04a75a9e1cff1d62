import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { allow } from "../../server/access";
import { mailSettings } from "../accounts/account-emails";
import { pathwayIdParams } from "../pathways/pathways.schemas";
import { entryProfile, entryProfileBody, exitBody, exitDefaults, exitView } from "./exits.schemas";
import { readEntryProfile, updateEntryProfile } from "./use-cases/entry-profile";
import { readCertificatePdf } from "./use-cases/read-certificate";
import { readExitDefaults } from "./use-cases/read-exit-defaults";
import { recordExit } from "./use-cases/record-exit";

const tags = ["Sortie"];
const read = { access: allow("read", "Pathway") };
/** The exit and the profile at entry are the training organisation's: those who manage pathways. */
const manage = { access: allow("manage", "Pathway") };

/** A pathway's profile at entry, its exit, and the end-of-training certificate. */
export const exitsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const mail = mailSettings(app.deps.config);

  app.get(
    "/pathways/:id/entry-profile",
    {
      config: read,
      schema: {
        summary: "Le profil à l'entrée : situation 12 mois avant, qualification, travail, RQTH, QPV, genre",
        tags,
        params: pathwayIdParams,
        response: { 200: entryProfile },
      },
    },
    async (request) => readEntryProfile(db, request.context, request.params.id),
  );

  app.put(
    "/pathways/:id/entry-profile",
    {
      config: manage,
      schema: {
        summary: "Enregistrer le profil à l'entrée",
        tags,
        params: pathwayIdParams,
        body: entryProfileBody,
        response: { 200: entryProfile },
      },
    },
    async (request) => updateEntryProfile(db, request.context, request.params.id, request.body),
  );

  app.get(
    "/pathways/:id/exit/defaults",
    {
      config: manage,
      schema: {
        summary: "Ce que propose le formulaire de sortie : la suite convenue à l'entretien tripartite",
        tags,
        params: pathwayIdParams,
        response: { 200: exitDefaults },
      },
    },
    async (request) => readExitDefaults(db, request.context, request.params.id),
  );

  app.post(
    "/pathways/:id/exit",
    {
      config: manage,
      schema: {
        summary:
          "Enregistrer la sortie (date, motif, situation, suite de parcours) ; une sortie déjà enregistrée : 409, sauf correction",
        tags,
        params: pathwayIdParams,
        body: exitBody,
        response: { 200: exitView },
      },
    },
    async (request) => recordExit(db, request.context, mail, request.params.id, request.body),
  );

  app.get(
    "/pathways/:id/end-of-training-certificate.pdf",
    {
      config: read,
      schema: {
        summary: "L'attestation de fin de formation en PDF, une fois la sortie enregistrée",
        tags,
        params: pathwayIdParams,
        produces: ["application/pdf"],
        response: { 200: z.any().describe("L'attestation en PDF") },
      },
    },
    async (request, reply) =>
      reply
        .type("application/pdf")
        .header("Content-Disposition", 'inline; filename="attestation-de-fin-de-formation.pdf"')
        .send(await readCertificatePdf(db, request.context, mail, request.params.id)),
  );
};
