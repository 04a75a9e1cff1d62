import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { allow } from "../../server/access";
import { attachment } from "../../server/attachment";
import { pathwayIdParams } from "../pathways/pathways.schemas";
import {
  attendanceSheet,
  enrolInModuleBody,
  enrolmentList,
  enrolmentsBody,
  hoursExportQuery,
  marksBody,
  pathwayAttendance,
  pathwaySessionParams,
  sessionBody,
  sessionIdParams,
  siteIdParams,
  statementQuery,
  timetable,
  timetableQuery,
} from "./collective-sessions.schemas";
import { statementCsv } from "./statement-csv";
import { statementPdf } from "./statement-pdf";
import { cancelSession } from "./use-cases/cancel-session";
import { confirmAttendance } from "./use-cases/confirm-attendance";
import { enrolInModule } from "./use-cases/enrol-in-module";
import { changeEnrolments, listEnrolments } from "./use-cases/enrolments";
import { exportHours } from "./use-cases/export-hours";
import { markAttendance } from "./use-cases/mark-attendance";
import { readAttendanceSheet } from "./use-cases/read-attendance-sheet";
import { readPathwayAttendance } from "./use-cases/read-pathway-attendance";
import { readStatement } from "./use-cases/read-statement";
import { readTimetable } from "./use-cases/read-timetable";
import { createSession, updateSession } from "./use-cases/save-session";

const tags = ["Séances et émargement"];
const read = { access: allow("read", "CollectiveSession") };
const manage = { access: allow("manage", "CollectiveSession") };
const readPathway = { access: allow("read", "Pathway") };
const noContent = { 204: z.null() };

/** A site's timetable of sessions, enrolments, attendance marking, statements and hours exports. */
export const collectiveSessionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    "/sites/:siteId/sessions",
    {
      config: read,
      schema: {
        summary: "Les séances d'un site sur une période (la semaine en cours par défaut)",
        tags,
        params: siteIdParams,
        querystring: timetableQuery,
        response: { 200: timetable },
      },
    },
    async (request) => readTimetable(db, request.context, request.params.siteId, request.query),
  );

  app.post(
    "/sites/:siteId/sessions",
    {
      config: manage,
      schema: {
        summary: "Ajouter une séance : module, format, formateur·rice, salle, places, date et horaires",
        tags,
        params: siteIdParams,
        body: sessionBody,
        response: { 201: z.object({ id: z.uuid() }) },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send({ id: await createSession(db, request.context, request.params.siteId, request.body) }),
  );

  app.patch(
    "/sessions/:id",
    {
      config: manage,
      schema: {
        summary: "Modifier une séance",
        tags,
        params: sessionIdParams,
        body: sessionBody,
        response: noContent,
      },
    },
    async (request, reply) => {
      await updateSession(db, request.context, request.params.id, request.body);
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/sessions/:id/cancel",
    {
      config: manage,
      schema: {
        summary: "Annuler une séance pas encore émargée",
        tags,
        params: sessionIdParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await cancelSession(db, request.context, request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/sessions/:id/enrolments",
    {
      config: read,
      schema: {
        summary: "Les stagiaires inscrit·es à une séance",
        tags,
        params: sessionIdParams,
        response: { 200: enrolmentList },
      },
    },
    async (request) => listEnrolments(db, request.context, request.params.id),
  );

  app.put(
    "/sessions/:id/enrolments",
    {
      config: manage,
      schema: {
        summary: "Inscrire ou désinscrire des stagiaires du site (jamais plus que les places)",
        tags,
        params: sessionIdParams,
        body: enrolmentsBody,
        response: { 200: enrolmentList },
      },
    },
    async (request) => {
      await changeEnrolments(db, request.context, request.params.id, request.body);
      return listEnrolments(db, request.context, request.params.id);
    },
  );

  app.post(
    "/pathways/:id/enrolments",
    {
      config: manage,
      schema: {
        summary:
          "Inscrire un·e stagiaire à toutes les séances à venir d'un module (celles qui ont une place)",
        tags,
        params: pathwayIdParams,
        body: enrolInModuleBody,
        response: { 200: z.object({ enrolled: z.number(), full: z.number() }) },
      },
    },
    async (request) => enrolInModule(db, request.context, request.params.id, request.body.module),
  );

  app.get(
    "/sessions/:id/attendance",
    {
      config: read,
      schema: {
        summary: "La feuille d'émargement : les inscrit·es, leur présence et sa version",
        tags,
        params: sessionIdParams,
        response: { 200: attendanceSheet },
      },
    },
    async (request) => readAttendanceSheet(db, request.context, request.params.id),
  );

  app.put(
    "/sessions/:id/attendance",
    {
      config: manage,
      schema: {
        summary:
          "Émarger : tout ou rien ; une présence changée entre-temps par quelqu'un d'autre est refusée (409)",
        tags,
        params: sessionIdParams,
        body: marksBody,
        response: { 200: attendanceSheet },
      },
    },
    async (request) => {
      await markAttendance(db, request.context, request.params.id, request.body);
      return readAttendanceSheet(db, request.context, request.params.id);
    },
  );

  app.get(
    "/pathways/:id/attendance",
    {
      config: readPathway,
      schema: {
        summary: "Les séances d'un·e stagiaire, ses présences et ses heures par mois",
        tags,
        params: pathwayIdParams,
        response: { 200: pathwayAttendance },
      },
    },
    async (request) => readPathwayAttendance(db, request.context, request.params.id),
  );

  app.get(
    "/pathways/:id/attendance/statement",
    {
      config: readPathway,
      schema: {
        summary:
          "Le relevé mensuel d'assiduité d'un·e stagiaire, en PDF ou CSV (pour l'organisme rémunérateur)",
        tags,
        params: pathwayIdParams,
        querystring: statementQuery,
      },
    },
    async (request, reply) => {
      const { month, format } = request.query;
      const statement = await readStatement(db, request.context, request.params.id, month);
      const name = `releve-assiduite-${statement.trainee.lastName}-${statement.trainee.firstName}-${month}.${format}`;
      reply.header("content-disposition", attachment(name));
      return format === "pdf"
        ? reply.type("application/pdf").send(await statementPdf(statement))
        : reply.type("text/csv; charset=utf-8").send(statementCsv(statement));
    },
  );

  app.post(
    "/pathways/:id/attendance/:sessionId/confirm",
    {
      config: { access: allow("confirm", "CollectiveSession") },
      schema: {
        summary: "Le ou la stagiaire confirme sa présence notée à une séance",
        tags,
        params: pathwaySessionParams,
        response: noContent,
      },
    },
    async (request, reply) => {
      await confirmAttendance(db, request.context, request.params.id, request.params.sessionId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/attendance/hours.csv",
    {
      config: read,
      schema: {
        summary: "Les heures faites par stagiaire et par module, sur un site ou un lot (CSV)",
        tags,
        querystring: hoursExportQuery,
      },
    },
    async (request, reply) => {
      const { from, to } = request.query;
      reply.header("content-disposition", attachment(`heures-${from}-${to}.csv`));
      return reply
        .type("text/csv; charset=utf-8")
        .send(await exportHours(db, request.context, request.query));
    },
  );
};
