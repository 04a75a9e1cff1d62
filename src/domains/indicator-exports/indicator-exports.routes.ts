import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { allow } from "../../server/access";
import { attachment } from "../../server/attachment";
import { notFound } from "../../server/http-errors";
import { indicatorsQuery } from "../indicators/indicators.schemas";
import { readDashboard } from "../indicators/use-cases/read-dashboard";
import { parisDay } from "../paris-time";
import { committeePackPdf } from "./committee-pack-pdf";
import { dashboardTable } from "./dashboard-tables";
import { dashboardXlsx } from "./dashboard-xlsx";
import { exportFileName } from "./export-text";
import { committeePackQuery, tableParams } from "./indicator-exports.schemas";
import { tableCsv } from "./table-csv";

const tags = ["Indicateurs"];
const read = { access: allow("read", "Indicators") };

/** The dashboard's tables as an XLSX workbook or one CSV each, and the territorial committee's PDF pack. */
export const indicatorExportsRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const { branding } = app.deps.config;

  app.get(
    "/indicators/dashboard.xlsx",
    {
      config: read,
      schema: {
        summary:
          "Le tableau de bord en classeur XLSX : une feuille par tableau, en-têtes en français, taux au format pourcentage (mêmes filtres que le tableau de bord)",
        tags,
        querystring: indicatorsQuery,
        produces: ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
        response: { 200: z.any().describe("Le classeur XLSX") },
      },
    },
    async (request, reply) => {
      const dashboard = await readDashboard(db, request.context, request.query);
      const workbook = await dashboardXlsx(dashboard, request.query, {
        regionName: branding.regionName,
        today: parisDay(new Date()),
      });
      return reply
        .type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .header("content-disposition", attachment(exportFileName("indicateurs", request.query, "xlsx")))
        .send(workbook);
    },
  );

  app.get(
    "/indicators/tables/:table.csv",
    {
      config: read,
      schema: {
        summary:
          "Un tableau du tableau de bord en CSV (indicators, by-lot, funnel, channels, profile, before-after, by-month, by-basin, by-site, barriers, follow-ups, alerts)",
        tags,
        params: tableParams,
        querystring: indicatorsQuery,
        produces: ["text/csv"],
        response: { 200: z.any().describe("Le tableau en CSV") },
      },
    },
    async (request, reply) => {
      const table = dashboardTable(request.params.table);
      if (!table) throw notFound("Tableau inconnu.");
      const dashboard = await readDashboard(db, request.context, request.query);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", attachment(exportFileName(table.id, request.query, "csv")))
        .send(tableCsv(table, dashboard));
    },
  );

  app.get(
    "/indicators/committee-pack.pdf",
    {
      config: read,
      schema: {
        summary:
          "Le dossier du comité territorial d'un lot en PDF : indicateurs et définitions, entonnoir, profil, avant/après, entrées au fil de l'eau, suivis, alertes",
        tags,
        querystring: committeePackQuery,
        produces: ["application/pdf"],
        response: { 200: z.any().describe("Le dossier en PDF") },
      },
    },
    async (request, reply) => {
      const filters = { ...request.query, lot: request.query.lot ?? "" };
      const dashboard = await readDashboard(db, request.context, filters);
      const pdf = await committeePackPdf(dashboard, filters, {
        regionName: branding.regionName,
        primaryColor: branding.primaryColor,
        today: parisDay(new Date()),
      });
      return reply
        .type("application/pdf")
        .header("content-disposition", attachment(exportFileName("comite-territorial", filters, "pdf")))
        .send(pdf);
    },
  );
};
