import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { allow } from "../../server/access";
import { mailSettings } from "../accounts/account-emails";
import { pathwayIdParams } from "../pathways/pathways.schemas";
import {
  interviewOverviewQuery,
  interviewOverview as interviewOverviewSchema,
  recordInterviewBody,
  scheduleInterviewBody,
  tripartiteInterview,
} from "./tripartite-interviews.schemas";
import { interviewOverview } from "./use-cases/interview-overview";
import { readInterview } from "./use-cases/read-interview";
import { recordInterview } from "./use-cases/record-interview";
import { scheduleInterview } from "./use-cases/schedule-interview";

const tags = ["Entretiens tripartites"];
const read = { access: allow("read", "TripartiteInterview") };
const manage = { access: allow("manage", "TripartiteInterview") };

/**
 * The tripartite interview before a pathway's end: read it, schedule it (invitations e-mailed to the
 * three parties), record it; and the view per lot and site of where it was held or not.
 */
export const tripartiteInterviewsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const settings = app.deps.config.tripartiteInterviews;
  const mail = mailSettings(app.deps.config);

  app.get(
    "/pathways/:id/tripartite-interview",
    {
      config: read,
      schema: {
        summary: "L'entretien tripartite d'un parcours : son état, sa date, ce qui a été convenu",
        tags,
        params: pathwayIdParams,
        response: { 200: tripartiteInterview },
      },
    },
    async (request) => readInterview(db, request.context, request.params.id, settings),
  );

  app.put(
    "/pathways/:id/tripartite-interview/schedule",
    {
      config: manage,
      schema: {
        summary: "Fixer ou changer la date, l'heure et le lieu de l'entretien (invitations envoyées)",
        tags,
        params: pathwayIdParams,
        body: scheduleInterviewBody,
        response: { 200: tripartiteInterview },
      },
    },
    async (request) => {
      await scheduleInterview(db, request.context, mail, settings, {
        ...request.body,
        pathwayId: request.params.id,
      });
      return readInterview(db, request.context, request.params.id, settings);
    },
  );

  app.put(
    "/pathways/:id/tripartite-interview/record",
    {
      config: manage,
      schema: {
        summary: "Noter l'entretien comme tenu : la suite de parcours convenue, les actions et qui les porte",
        tags,
        params: pathwayIdParams,
        body: recordInterviewBody,
        response: { 200: tripartiteInterview },
      },
    },
    async (request) => {
      await recordInterview(db, request.context, mail, settings, {
        ...request.body,
        pathwayId: request.params.id,
      });
      return readInterview(db, request.context, request.params.id, settings);
    },
  );

  app.get(
    "/tripartite-interviews/overview",
    {
      config: read,
      schema: {
        summary:
          "Par lot et par site : entretiens à organiser, planifiés, tenus, non tenus ; les parcours sans entretien",
        tags,
        querystring: interviewOverviewQuery,
        response: { 200: interviewOverviewSchema },
      },
    },
    async (request) => interviewOverview(db, request.context, settings, request.query),
  );
};
