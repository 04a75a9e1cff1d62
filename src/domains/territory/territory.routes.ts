import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { allow } from "../../server/access";
import { HttpError, notFound } from "../../server/http-errors";
import {
  basinBody,
  basinItem,
  communeItem,
  communeSearchQuery,
  idParams,
  importResult,
  itemsOf,
  lotBody,
  lotItem,
  organisationBody,
  organisationItem,
  organisationQuery,
  siteBody,
  siteItem,
  siteQuery,
} from "./territory.schemas";
import { createTerritoryListCache } from "./territory-list-cache";
import { exportTerritory } from "./use-cases/export-territory";
import { importTerritory, TerritoryFileError } from "./use-cases/import-territory";
import { listBasins } from "./use-cases/list-basins";
import { listLots } from "./use-cases/list-lots";
import { listOrganisations } from "./use-cases/list-organisations";
import { listSites } from "./use-cases/list-sites";
import { saveBasin } from "./use-cases/save-basin";
import { saveLot } from "./use-cases/save-lot";
import { saveOrganisation } from "./use-cases/save-organisation";
import { saveSite } from "./use-cases/save-site";
import { searchCommunes } from "./use-cases/search-communes";

const readTerritory = { access: allow("read", "Territory") };
const manageTerritory = { access: allow("manage", "Territory") };
const readOrganisations = { access: allow("read", "Organisation") };
const manageOrganisations = { access: allow("manage", "Organisation") };
const tags = ["Territoire"];

/** Sends a body already serialised (by the territory list cache). */
function sendJson(reply: FastifyReply, body: string) {
  return reply.type("application/json; charset=utf-8").send(body);
}

/** A list request without any filter: its answer is the same for every caller. */
function unfiltered(query: Record<string, unknown>): boolean {
  return Object.values(query).every((value) => value === undefined || value === false);
}

/** The one record a list query found, or a French 404. */
function single<T>(items: readonly T[], missing: string): T {
  const [item] = items;
  if (!item) throw notFound(missing);
  return item;
}

/** Communes, basins, lots, organisations, sites, and the territory file's import and export. */
export const territoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = () => app.deps.database.db;
  const lists = createTerritoryListCache(db);

  app.get(
    "/communes",
    {
      config: readTerritory,
      schema: {
        summary: "Cherche des communes par nom, code postal ou code INSEE",
        tags,
        querystring: communeSearchQuery,
        response: { 200: itemsOf(communeItem) },
      },
    },
    async (request) => ({ items: await searchCommunes(db(), request.query) }),
  );

  app.get(
    "/basins",
    {
      config: readTerritory,
      schema: { summary: "Liste les bassins d'emploi", tags, response: { 200: itemsOf(basinItem) } },
    },
    async (_request, reply) =>
      sendJson(
        reply,
        await lists.body("basins", itemsOf(basinItem), async () => ({ items: await listBasins(db()) })),
      ),
  );
  app.get(
    "/basins/:id",
    {
      config: readTerritory,
      schema: { summary: "Un bassin d'emploi", tags, params: idParams, response: { 200: basinItem } },
    },
    async (request) => single(await listBasins(db(), request.params), "Bassin introuvable."),
  );
  app.post(
    "/basins",
    {
      config: manageTerritory,
      schema: { summary: "Crée un bassin d'emploi", tags, body: basinBody, response: { 201: basinItem } },
    },
    async (request, reply) => reply.code(201).send(await saveBasin(db(), request.context, request.body)),
  );
  app.put(
    "/basins/:id",
    {
      config: manageTerritory,
      schema: {
        summary: "Modifie un bassin d'emploi",
        tags,
        params: idParams,
        body: basinBody,
        response: { 200: basinItem },
      },
    },
    async (request) => saveBasin(db(), request.context, { ...request.body, id: request.params.id }),
  );

  app.get(
    "/lots",
    {
      config: readTerritory,
      schema: { summary: "Liste les lots", tags, response: { 200: itemsOf(lotItem) } },
    },
    async (_request, reply) =>
      sendJson(
        reply,
        await lists.body("lots", itemsOf(lotItem), async () => ({ items: await listLots(db()) })),
      ),
  );
  app.get(
    "/lots/:id",
    {
      config: readTerritory,
      schema: { summary: "Un lot", tags, params: idParams, response: { 200: lotItem } },
    },
    async (request) => single(await listLots(db(), request.params), "Lot introuvable."),
  );
  app.post(
    "/lots",
    {
      config: manageTerritory,
      schema: { summary: "Crée un lot", tags, body: lotBody, response: { 201: lotItem } },
    },
    async (request, reply) => reply.code(201).send(await saveLot(db(), request.context, request.body)),
  );
  app.put(
    "/lots/:id",
    {
      config: manageTerritory,
      schema: {
        summary: "Modifie un lot",
        tags,
        params: idParams,
        body: lotBody,
        response: { 200: lotItem },
      },
    },
    async (request) => saveLot(db(), request.context, { ...request.body, id: request.params.id }),
  );

  app.get(
    "/organisations",
    {
      config: readOrganisations,
      schema: {
        summary: "Liste les organisations (Région, organismes de formation, groupements, prescripteurs)",
        tags,
        querystring: organisationQuery,
        response: { 200: itemsOf(organisationItem) },
      },
    },
    async (request, reply) => {
      const load = async () => ({ items: await listOrganisations(db(), request.query) });
      if (!unfiltered(request.query)) return load();
      return sendJson(reply, await lists.body("organisations", itemsOf(organisationItem), load));
    },
  );
  app.get(
    "/organisations/:id",
    {
      config: readOrganisations,
      schema: { summary: "Une organisation", tags, params: idParams, response: { 200: organisationItem } },
    },
    async (request) => single(await listOrganisations(db(), request.params), "Organisation introuvable."),
  );
  app.post(
    "/organisations",
    {
      config: manageOrganisations,
      schema: {
        summary: "Crée une organisation",
        tags,
        body: organisationBody,
        response: { 201: organisationItem },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await saveOrganisation(db(), request.context, request.body)),
  );
  app.put(
    "/organisations/:id",
    {
      config: manageOrganisations,
      schema: {
        summary: "Modifie ou désactive une organisation",
        tags,
        params: idParams,
        body: organisationBody,
        response: { 200: organisationItem },
      },
    },
    async (request) => saveOrganisation(db(), request.context, { ...request.body, id: request.params.id }),
  );

  app.get(
    "/sites",
    {
      config: readTerritory,
      schema: {
        summary: "Liste les sites",
        tags,
        querystring: siteQuery,
        response: { 200: itemsOf(siteItem) },
      },
    },
    async (request, reply) => {
      const load = async () => ({ items: await listSites(db(), request.actor, request.query) });
      if (!unfiltered(request.query)) return load();
      return sendJson(reply, await lists.body("sites", itemsOf(siteItem), load));
    },
  );
  app.get(
    "/sites/:id",
    {
      config: readTerritory,
      schema: { summary: "Un site", tags, params: idParams, response: { 200: siteItem } },
    },
    async (request) => single(await listSites(db(), request.actor, request.params), "Site introuvable."),
  );
  app.post(
    "/sites",
    {
      config: manageTerritory,
      schema: { summary: "Crée un site", tags, body: siteBody, response: { 201: siteItem } },
    },
    async (request, reply) => reply.code(201).send(await saveSite(db(), request.context, request.body)),
  );
  app.put(
    "/sites/:id",
    {
      config: manageTerritory,
      schema: {
        summary: "Modifie ou ferme un site",
        tags,
        params: idParams,
        body: siteBody,
        response: { 200: siteItem },
      },
    },
    async (request) => saveSite(db(), request.context, { ...request.body, id: request.params.id }),
  );

  app.get(
    "/territory/export",
    {
      config: manageTerritory,
      schema: { summary: "Exporte le territoire (fichier JSON de territoire)", tags },
    },
    async () => exportTerritory(db()),
  );
  app.post(
    "/territory/import",
    {
      config: manageTerritory,
      schema: {
        summary: "Importe un fichier de territoire : tout ou rien",
        tags,
        body: z.record(z.string(), z.unknown()),
        response: { 200: importResult },
      },
    },
    async (request) => {
      try {
        return await importTerritory(db(), request.context, request.body);
      } catch (error) {
        if (!(error instanceof TerritoryFileError)) throw error;
        throw new HttpError(422, error.message, "invalid_territory", error.problems);
      }
    },
  );
};
