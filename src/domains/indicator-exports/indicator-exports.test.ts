import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pdfText } from "../../../tests/support/pdf-text";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { demoAccount } from "../../demo/demo-accounts";
import type { Role } from "../accounts/roles";
import type { Dashboard } from "../indicators/indicators.schemas";
import { committeePackPdf } from "./committee-pack-pdf";
import { DASHBOARD_TABLES } from "./dashboard-tables";
import { frenchValue } from "./export-text";

const PERIOD = "from=2019-01-01&to=2026-12-31";

describe("exports of the dashboard: tables in CSV and XLSX, the territorial committee's pack", () => {
  let t: TestApp;
  let followedLot: string;
  let otherLot: string;
  const get = async (url: string, role: Role = "region_admin") =>
    t.request({ method: "GET", url }, await t.sessionAs(role));
  const dashboardOf = async (query: string, role: Role = "region_admin") =>
    (await get(`/api/indicators/dashboard?${query}`, role)).json() as Dashboard;

  beforeAll(async () => {
    t = await createTestApp();
    const lots = (
      (await t.database.db.execute(sql`select l.code, exists (
          select 1 from user_lots ul join users u on u.id = ul.user_id
          where ul.lot_id = l.id and u.email = ${demoAccount("territorial_officer").email}) as followed
        from lots l order by l.code`)) as unknown as { rows: { code: string; followed: boolean }[] }
    ).rows;
    followedLot = lots.find((lot) => lot.followed)?.code ?? "";
    otherLot = lots.find((lot) => !lot.followed)?.code ?? "";
    expect(followedLot && otherLot).toBeTruthy();
  });
  afterAll(() => t.close());

  it("writes every table as a sheet of the workbook, with the dashboard's figures as numbers", async () => {
    const dashboard = await dashboardOf(PERIOD);
    expect(dashboard.indicators.entries).toBeGreaterThan(0);
    const response = await get(`/api/indicators/dashboard.xlsx?${PERIOD}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers["content-disposition"]).toContain("indicateurs-2019-01-01-2026-12-31.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "À propos",
      ...DASHBOARD_TABLES.map((table) => table.sheet),
    ]);
    for (const table of DASHBOARD_TABLES) {
      const sheet = workbook.getWorksheet(table.sheet);
      const grid = table.grid(dashboard);
      expect(sheet?.getRow(1).values, table.id).toEqual([undefined, ...grid.headers]);
      expect(sheet?.rowCount, table.id).toBe(grid.rows.length + 1);
      grid.rows.forEach((cells, index) => {
        const row = sheet?.getRow(index + 2);
        cells.forEach((cell, column) => {
          const written = row?.getCell(column + 1);
          expect(written?.value ?? null, `${table.id} ${index} ${column}`).toEqual(cell.value);
          if (cell.kind === "share") expect(written?.numFmt).toBe("0.0%");
        });
      });
    }
    const indicators = workbook.getWorksheet("Indicateurs");
    const completion = dashboard.lines.find((line) => line.key === "pathway.completionRate");
    const row = indicators?.getRow(dashboard.lines.indexOf(completion as never) + 2);
    expect(row?.getCell(1).value).toBe(completion?.label);
    expect(row?.getCell(2).value).toBe(completion?.value ?? null);
    expect(row?.getCell(4).value).toBe(completion?.denominator);
    expect(row?.getCell(5).value).toBe(completion?.definition);
    const about = workbook.getWorksheet("À propos");
    expect(about?.getCell("B3").value).toBe("du 1 janvier 2019 au 31 décembre 2026");
    expect(about?.getCell("B4").value).toBe("Toute la région");
  });

  it("gives each table as CSV, its header in French, and a 404 for an unknown table", async () => {
    const query = `${PERIOD}&lot=${followedLot}`;
    const dashboard = await dashboardOf(query);
    for (const table of DASHBOARD_TABLES) {
      const response = await get(`/api/indicators/tables/${table.id}.csv?${query}`);
      expect(response.statusCode, table.id).toBe(200);
      expect(response.headers["content-type"]).toContain("text/csv");
      expect(response.headers["content-disposition"]).toContain(
        `${table.id}-${followedLot}-2019-01-01-2026-12-31.csv`,
      );
      const [header, ...rows] = parse(response.body, { bom: true }) as string[][];
      const grid = table.grid(dashboard);
      expect(header).toEqual(grid.headers);
      expect(rows).toEqual(
        grid.rows.map((cells) => cells.map((cell) => (cell.value === null ? "" : String(cell.value)))),
      );
    }
    const byLot = parse((await get(`/api/indicators/tables/by-lot.csv?${query}`)).body, {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(byLot).toHaveLength(1);
    expect(byLot[0]?.["Code du lot"]).toBe(followedLot);
    expect(Number(byLot[0]?.Entrées)).toBe(dashboard.indicators.entries);
    const unknown = await get(`/api/indicators/tables/inconnu.csv?${PERIOD}`);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe("Tableau inconnu.");
  });

  it("makes the committee pack of a lot: title page, every table with how to read it, the dashboard's figures", async () => {
    const response = await get(`/api/indicators/committee-pack.pdf?${PERIOD}&lot=${followedLot}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toContain(
      `comite-territorial-${followedLot}-2019-01-01-2026-12-31.pdf`,
    );
    expect(response.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");

    const filters = { from: "2019-01-01", to: "2026-12-31", lot: followedLot };
    const dashboard = await dashboardOf(`${PERIOD}&lot=${followedLot}`);
    const text = pdfText(
      await committeePackPdf(dashboard, filters, {
        regionName: "Région Nouvelle-Aquitaine",
        primaryColor: "#0b5e7a",
        today: "2026-10-15",
        compress: false,
      }),
    );
    // Headers wrap inside their column: read the text as one flow of words.
    const flowing = text.replace(/\s+/g, " ");
    const lot = dashboard.choices.lots.find((choice) => choice.code === followedLot);
    expect(text).toContain("Dossier du comité territorial");
    expect(text).toContain(`Lot ${lot?.name} (${followedLot})`);
    expect(text).toContain("du 1 janvier 2019 au 31 décembre 2026");
    expect(text).toContain("15 octobre 2026");
    for (const [index, table] of DASHBOARD_TABLES.entries()) {
      expect(text).toContain(`${index + 1}. ${table.title}`);
      for (const header of table.grid(dashboard).headers) expect(flowing).toContain(header);
    }
    const entries = dashboard.lines.find((line) => line.key === "entries");
    const completion = dashboard.lines.find((line) => line.key === "pathway.completionRate");
    expect(text).toContain(
      frenchValue({ value: entries?.value ?? null, kind: "count" }).replace(/\u202f/g, "\u00a0"),
    );
    expect(text).toContain(
      frenchValue({ value: completion?.value ?? null, kind: "share" }).replace(/\u202f/g, "\u00a0"),
    );
    expect(text).toMatch(/Comité territorial, lot .+ — page 1 sur \d+/);
  });

  it("asks for a lot before making a committee pack", async () => {
    const response = await get(`/api/indicators/committee-pack.pdf?${PERIOD}`);
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain(
      "Choisissez un lot : le dossier du comité territorial est celui d'un lot.",
    );
  });

  it("keeps each role to its scope: a lot the officer does not follow is refused, a trainee has none", async () => {
    expect(
      (await get(`/api/indicators/committee-pack.pdf?${PERIOD}&lot=${followedLot}`, "territorial_officer"))
        .statusCode,
    ).toBe(200);
    for (const url of [
      `/api/indicators/committee-pack.pdf?${PERIOD}&lot=${otherLot}`,
      `/api/indicators/dashboard.xlsx?${PERIOD}&lot=${otherLot}`,
      `/api/indicators/tables/by-lot.csv?${PERIOD}&lot=${otherLot}`,
    ]) {
      expect((await get(url, "territorial_officer")).statusCode, url).toBe(403);
      expect((await get(url, "trainee")).statusCode, url).toBe(403);
    }
    const prescriber = await dashboardOf(PERIOD, "prescriber_advisor");
    const csv = await get(`/api/indicators/tables/by-lot.csv?${PERIOD}`, "prescriber_advisor");
    const rows = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.reduce((sum, row) => sum + Number(row.Entrées), 0)).toBe(
      prescriber.byLot.reduce((sum, row) => sum + row.entries, 0),
    );
  });

  it("lists every table, as described, in docs/indicator-exports.md", () => {
    const docs = fs.readFileSync(
      path.resolve(import.meta.dirname, "../../../docs/indicator-exports.md"),
      "utf8",
    );
    for (const table of DASHBOARD_TABLES) {
      expect(docs).toContain(`| \`${table.id}\` | ${table.sheet} | ${table.title} | ${table.reading} |`);
    }
  });
});
