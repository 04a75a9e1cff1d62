import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../tests/support/test-app";
import { runEvaluationDatasetExport } from "../../cli/evaluation-dataset.command";
import { DEVELOPMENT_PSEUDONYM_KEY, loadConfig } from "../../config";
import type { Role } from "../accounts/roles";
import { commandLineContext } from "../authorization/actor";
import { measureIndicators } from "../indicators/use-cases/measure-indicators";
import { pathways } from "../pathways/pathways.tables";
import { enterTrainee, type TestTrainee } from "../pathways/test-fixtures";
import { people } from "../people/people.tables";
import { DATASET_COLUMNS, dictionaryMarkdown } from "./dataset-columns";
import { pseudonymOf } from "./pseudonym";
import { evaluationDatasetRows, exportEvaluationDataset } from "./use-cases/export-evaluation-dataset";

type Line = Record<string, string>;
const linesOf = (csv: string): Line[] => parse(csv, { columns: true });
const PERIOD = { from: "2030-01-01", to: "2030-03-31" };

describe("the pseudonymised evaluation dataset", () => {
  let t: TestApp;
  let first: TestTrainee;
  let second: TestTrainee;
  let other: TestTrainee;
  const download = async (role: Role, query = `from=${PERIOD.from}&to=${PERIOD.to}`) =>
    t.request({ method: "GET", url: `/api/evaluation-dataset.csv?${query}` }, await t.sessionAs(role));

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    first = await enterTrainee(db, { entryDate: "2030-01-07", firstName: "Zéphyrine", lastName: "Quillard" });
    // The same person comes back a month later: a second pathway of hers.
    second = await enterTrainee(db, { entryDate: "2030-02-04" });
    await db.update(pathways).set({ personId: first.personId }).where(eq(pathways.id, second.pathwayId));
    await db
      .update(people)
      .set({ phone: "06 12 34 56 78", franceTravailId: "FT-7766554", gender: "F" })
      .where(eq(people.id, first.personId));
    other = await enterTrainee(db, { entryDate: "2030-03-02", firstName: "Anatole", lastName: "Brisquet" });
  });
  afterAll(() => t.close());

  it("gives the Region and evaluators one line per pathway, in the dictionary's columns", async () => {
    for (const role of ["region_admin", "evaluator"] as const) {
      const response = await download(role);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/csv");
      expect(response.headers["content-disposition"]).toContain(
        `jeu-de-donnees-evaluation-${PERIOD.from}-${PERIOD.to}.csv`,
      );
      expect(response.body.split("\n")[0]).toBe(DATASET_COLUMNS.map((column) => column.name).join(","));
      const lines = linesOf(response.body);
      expect(lines.map((line) => line.entry_date)).toEqual(
        expect.arrayContaining(["2030-01-07", "2030-02-04", "2030-03-02"]),
      );
      expect(lines).toHaveLength(3);
    }
  });

  it("holds no name, birth date, contact, France Travail id or internal id", async () => {
    const response = await download("evaluator");
    const [person] = await t.database.db.select().from(people).where(eq(people.id, first.personId));
    for (const secret of [
      "Zéphyrine",
      "Quillard",
      "Anatole",
      "Brisquet",
      "1995-03-14",
      person?.email ?? "no e-mail?",
      "06 12 34 56 78",
      "FT-7766554",
      first.personId,
      first.pathwayId,
      second.pathwayId,
      other.personId,
      first.referralId,
    ]) {
      expect(response.body).not.toContain(secret);
    }
    const line = linesOf(response.body).find((row) => row.entry_date === "2030-01-07");
    expect(line).toMatchObject({
      birth_year: "1995",
      gender: "F",
      source: "amorce",
      referral_channel: "france_travail",
    });
    expect(line?.commune_code).toMatch(/^\d[\dAB]\d{3}$/);
  });

  it("gives a person one pseudonym across her pathways and across exports, another person another", async () => {
    const once = linesOf((await download("evaluator")).body);
    const again = linesOf((await download("region_admin")).body);
    const pseudonymAt = (lines: Line[], day: string) =>
      lines.find((line) => line.entry_date === day)?.person_pseudonym;
    const hers = pseudonymOf(DEVELOPMENT_PSEUDONYM_KEY, first.personId);
    expect(pseudonymAt(once, "2030-01-07")).toBe(hers);
    expect(pseudonymAt(once, "2030-02-04")).toBe(hers);
    expect(pseudonymAt(again, "2030-01-07")).toBe(hers);
    expect(pseudonymAt(once, "2030-03-02")).not.toBe(hers);
    expect(hers).toMatch(/^[0-9a-f]{64}$/);
  });

  it("makes other pseudonyms with another key", async () => {
    const [mine] = await evaluationDatasetRows(t.database.db, DEVELOPMENT_PSEUDONYM_KEY, {
      ...PERIOD,
      to: "2030-01-31",
    });
    const [theirs] = await evaluationDatasetRows(t.database.db, "x".repeat(32), {
      ...PERIOD,
      to: "2030-01-31",
    });
    expect(mine?.entryDate).toBe("2030-01-07");
    expect(theirs?.entryDate).toBe("2030-01-07");
    expect(theirs?.pseudonym).not.toBe(mine?.pseudonym);
    expect(theirs?.pseudonym).toBe(pseudonymOf("x".repeat(32), first.personId));
  });

  it("counts the same entrants as the indicators for the same period", async () => {
    const db = t.database.db;
    const all = await evaluationDatasetRows(db, DEVELOPMENT_PSEUDONYM_KEY, {
      from: "2019-01-01",
      to: "2030-12-31",
    });
    const measured = await measureIndicators(db, commandLineContext("test"), {
      from: "2019-01-01",
      to: "2030-12-31",
    });
    expect(all.length).toBe(measured.json.entries);
    expect(all.filter((row) => row.channel === "self").length).toBe(
      measured.json.referralsByChannel.self ?? 0,
    );
  });

  it("narrows to a lot, and names an unknown lot", async () => {
    const [lot] = (
      (await t.database.db.execute(
        sql`select code from lots where id = ${first.lotId}::uuid`,
      )) as unknown as { rows: { code: string }[] }
    ).rows;
    const inLot = linesOf((await download("evaluator", `lot=${lot?.code}&from=${PERIOD.from}`)).body);
    expect(inLot.length).toBeGreaterThanOrEqual(3);
    expect(new Set(inLot.map((line) => line.lot_code))).toEqual(new Set([lot?.code]));
    const unknown = await download("evaluator", "lot=NOPE");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toBe("Lot « NOPE » introuvable.");
  });

  it("is refused to every other role, and so is its dictionary", async () => {
    for (const role of [
      "territorial_officer",
      "training_manager",
      "training_staff",
      "prescriber_admin",
      "prescriber_advisor",
      "trainee",
    ] as const) {
      expect((await download(role)).statusCode, role).toBe(403);
      const dictionary = await t.request(
        { method: "GET", url: "/api/evaluation-dataset/dictionary.csv" },
        await t.sessionAs(role),
      );
      expect(dictionary.statusCode, role).toBe(403);
    }
  });

  it("is audited with its filter and its number of lines only", async () => {
    await download("evaluator");
    const [event] = (
      (await t.database.db.execute(
        sql`select details from audit_events where action = 'evaluation_dataset.export' order by id desc limit 1`,
      )) as unknown as { rows: { details: unknown }[] }
    ).rows;
    const details = typeof event?.details === "string" ? JSON.parse(event.details) : event?.details;
    expect(details).toEqual({ ...PERIOD, lines: 3 });
  });

  it("is not exported by a deployment over HTTPS without a key of its own", async () => {
    expect(loadConfig({ PUBLIC_URL: "https://amorce.example.fr" }).evaluationPseudonymKey).toBeNull();
    expect(
      loadConfig({ PUBLIC_URL: "https://amorce.example.fr", EVALUATION_PSEUDONYM_KEY: "k".repeat(40) })
        .evaluationPseudonymKey,
    ).toBe("k".repeat(40));
    expect(() => loadConfig({ EVALUATION_PSEUDONYM_KEY: "court" })).toThrow(/EVALUATION_PSEUDONYM_KEY/);
    await expect(
      exportEvaluationDataset(t.database.db, commandLineContext("test"), null, PERIOD),
    ).rejects.toMatchObject({
      statusCode: 503,
      message: expect.stringContaining("EVALUATION_PSEUDONYM_KEY"),
    });
  });

  it("from the command line: a file, or exit 1 for an unknown lot and 2 for wrong dates", async () => {
    const output = { lines: [] as string[], errors: [] as string[], text: "" };
    const writer = {
      log: (line: string) => output.lines.push(line),
      error: (line: string) => output.errors.push(line),
      write: (text: string) => {
        output.text += text;
      },
    };
    const db = t.database.db;
    expect(await runEvaluationDatasetExport(db, DEVELOPMENT_PSEUDONYM_KEY, PERIOD, writer)).toBe(0);
    expect(linesOf(output.text)).toHaveLength(3);
    expect(await runEvaluationDatasetExport(db, DEVELOPMENT_PSEUDONYM_KEY, { lot: "NOPE" }, writer)).toBe(1);
    expect(output.errors.at(-1)).toBe("Lot « NOPE » introuvable. Rien n'a été exporté.");
    expect(
      await runEvaluationDatasetExport(
        db,
        DEVELOPMENT_PSEUDONYM_KEY,
        { from: "2030-02-01", to: "2030-01-01" },
        writer,
      ),
    ).toBe(2);
    expect(output.errors.at(-1)).toMatch(/^--to : /);
  });

  it("has a data dictionary of every column, the same in the API and in the documentation", async () => {
    const response = await t.request(
      { method: "GET", url: "/api/evaluation-dataset/dictionary.csv" },
      await t.sessionAs("evaluator"),
    );
    expect(response.statusCode).toBe(200);
    const rows = parse(response.body, { columns: true, bom: true }) as Line[];
    expect(rows.map((row) => row.colonne)).toEqual(DATASET_COLUMNS.map((column) => column.name));
    for (const row of rows) {
      expect(row.description && row.valeurs && row.source).toBeTruthy();
    }
    const docs = fs.readFileSync(
      path.resolve(import.meta.dirname, "../../../docs/evaluation-dataset.md"),
      "utf8",
    );
    expect(docs).toContain(dictionaryMarkdown());
  });
});
