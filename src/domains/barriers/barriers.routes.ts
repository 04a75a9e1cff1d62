import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import { pathwayIdParams } from "../pathways/pathways.schemas";
import {
  barrierActionBody,
  barrierActionChangeBody,
  barrierActionIdParams,
  barrierBody,
  barrierChangeBody,
  barrierIdParams,
  barrierList,
} from "./barriers.schemas";
import { addBarrierAction } from "./use-cases/add-barrier-action";
import { changeBarrier } from "./use-cases/change-barrier";
import { changeBarrierAction } from "./use-cases/change-barrier-action";
import { createBarrier } from "./use-cases/create-barrier";
import { listBarriers } from "./use-cases/list-barriers";

const tags = ["Freins périphériques"];
const read = { access: allow("read", "Pathway") };
const manage = { access: allow("manage", "Pathway") };

/**
 * A pathway's peripheral barriers: the diagnosis, the actions, lifted or not. Every change answers with
 * the pathway's barriers as the caller sees them (health and justice details only to those who need them).
 */
export const barriersRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    "/pathways/:id/barriers",
    {
      config: read,
      schema: {
        summary: "Les freins d'un parcours, leurs actions, leur historique et le bilan par thème",
        tags,
        params: pathwayIdParams,
        response: { 200: barrierList },
      },
    },
    async (request) => listBarriers(db, request.context, request.params.id),
  );

  app.post(
    "/pathways/:id/barriers",
    {
      config: manage,
      schema: {
        summary: "Ajouter un frein au diagnostic : thème, situation du catalogue, gravité, précisions",
        tags,
        params: pathwayIdParams,
        body: barrierBody,
        response: { 201: barrierList },
      },
    },
    async (request, reply) => {
      const pathwayId = await createBarrier(db, request.context, {
        ...request.body,
        pathwayId: request.params.id,
      });
      return reply.code(201).send(await listBarriers(db, request.context, pathwayId));
    },
  );

  app.patch(
    "/barriers/:id",
    {
      config: manage,
      schema: {
        summary: "Changer la gravité, les précisions ou le statut d'un frein (levé ou non : clos ce jour)",
        tags,
        params: barrierIdParams,
        body: barrierChangeBody,
        response: { 200: barrierList },
      },
    },
    async (request) => {
      const pathwayId = await changeBarrier(db, request.context, { ...request.body, id: request.params.id });
      return listBarriers(db, request.context, pathwayId);
    },
  );

  app.post(
    "/barriers/:id/actions",
    {
      config: manage,
      schema: {
        summary: "Ajouter une action pour lever un frein : description, partenaire, échéance, statut",
        tags,
        params: barrierIdParams,
        body: barrierActionBody,
        response: { 201: barrierList },
      },
    },
    async (request, reply) => {
      const pathwayId = await addBarrierAction(db, request.context, {
        ...request.body,
        barrierId: request.params.id,
      });
      return reply.code(201).send(await listBarriers(db, request.context, pathwayId));
    },
  );

  app.patch(
    "/barrier-actions/:id",
    {
      config: manage,
      schema: {
        summary: "Changer une action : statut, échéance, description, partenaire",
        tags,
        params: barrierActionIdParams,
        body: barrierActionChangeBody,
        response: { 200: barrierList },
      },
    },
    async (request) => {
      const pathwayId = await changeBarrierAction(db, request.context, {
        ...request.body,
        id: request.params.id,
      });
      return listBarriers(db, request.context, pathwayId);
    },
  );
};
