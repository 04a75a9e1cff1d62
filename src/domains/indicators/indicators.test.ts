import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tests/support/test-database";
import { runIndicators } from "../../cli/indicators.command";
import { runRecordsImport } from "../../cli/records.command";
import type { Database } from "../../db/database";
import { recordsCsv } from "../records/export-records";
import type { RecordCells } from "../records/records-columns";

/**
 * Each indicator of spec §3 on a small hand-made set of records, through the real import and the real
 * command: the expected figures are worked out by hand in the comments. The records are dated 2015,
 * a year the demo has nothing in.
 */
describe("amorce indicators on a hand-made dataset", () => {
  let database: Database;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-indicators-"));
  const rows = async (query: ReturnType<typeof sql>) =>
    ((await database.db.execute(query)) as unknown as { rows: Record<string, string | number>[] }).rows;
  let place: { lotA: string; siteA1: string; siteA2: string; lotB: string; siteB1: string };
  let communes: { rural: string; ruralBasin: string; urban: string };
  let targets: { all: number; lotB: number };

  const indicators = async (options: Record<string, string>) => {
    const output = { lines: [] as string[], errors: [] as string[] };
    const code = await runIndicators(
      database.db,
      { format: "json", ...options } as Parameters<typeof runIndicators>[1],
      { log: (line) => output.lines.push(line), error: (line) => output.errors.push(line) },
    );
    return { code, errors: output.errors, json: code === 0 ? JSON.parse(output.lines.join("\n")) : null };
  };

  const record = (id: string, cells: Partial<RecordCells>): RecordCells => ({
    record_id: id,
    source: "jeu-de-test",
    lot_code: place.lotA,
    site_code: place.siteA1,
    last_name: "Test",
    first_name: id,
    birth_date: "1990-06-15",
    gender: "F",
    commune_code: communes.urban,
    qualification_level: "",
    worked_prior_12m: "",
    rqth: "no",
    qpv: "no",
    referral_channel: "france_travail",
    referral_date: "2014-12-01",
    entry_date: "2015-01-05",
    planned_hours: "450",
    hours_done: "0",
    internship_hours: "0",
    exit_date: "",
    exit_reason: "",
    situation_before_12m: "unknown",
    situation_exit: "",
    situation_6m: "",
    project_identified: "",
    situation_improved: "",
    ...cells,
  });

  beforeAll(async () => {
    database = await createTestDatabase("demo");
    const sites = await rows(
      sql`select l.code as lot, s.code as site from sites s join lots l on l.id = s.lot_id order by l.code, s.code`,
    );
    const byLot = new Map<string, typeof sites>();
    for (const row of sites) byLot.set(String(row.lot), [...(byLot.get(String(row.lot)) ?? []), row]);
    const [lotA, sitesA] = [...byLot].find(([, list]) => list.length >= 2) ?? [];
    const [lotB, sitesB] = [...byLot].find(([lot]) => lot !== lotA) ?? [];
    if (!lotA || !sitesA || !lotB || !sitesB) throw new Error("The demo territory has changed");
    place = {
      lotA,
      siteA1: String(sitesA[0]?.site),
      siteA2: String(sitesA[1]?.site),
      lotB,
      siteB1: String(sitesB[0]?.site),
    };
    const [rural] = await rows(
      sql`select c.code, b.code as basin from communes c join basin_communes bc on bc.commune_code = c.code
        join basins b on b.id = bc.basin_id where c.population < 2000 order by c.code limit 1`,
    );
    const [urban] = await rows(
      sql`select c.code from communes c join basin_communes bc on bc.commune_code = c.code
        join basins b on b.id = bc.basin_id where c.population >= 2000 and b.code <> ${rural?.basin}
        order by c.code limit 1`,
    );
    communes = { rural: String(rural?.code), ruralBasin: String(rural?.basin), urban: String(urban?.code) };
    const [sums] = await rows(
      sql`select sum(target)::int as all, (select target from lots where code = ${place.lotB}) as lot_b from lots`,
    );
    targets = { all: Number(sums?.all), lotB: Number(sums?.lot_b) };

    const records = [
      // R1: lot A, site A1, ISO week 2; completed; PRF at exit and at 6 months; lives in a rural commune.
      record("R1", {
        commune_code: communes.rural,
        qualification_level: "infra3",
        worked_prior_12m: "no",
        rqth: "yes",
        situation_before_12m: "job_seeking",
        hours_done: "400",
        internship_hours: "100",
        exit_date: "2015-05-10",
        exit_reason: "completed",
        situation_exit: "qualifying_training_prf",
        situation_6m: "qualifying_training_prf",
        project_identified: "yes",
        situation_improved: "yes",
      }),
      // R2: site A1, ISO week 3; left for a job; in qualifying training the year before; durable job at 6 months.
      record("R2", {
        gender: "M",
        qualification_level: "3",
        worked_prior_12m: "yes",
        qpv: "yes",
        referral_channel: "self",
        entry_date: "2015-01-14",
        situation_before_12m: "qualifying_training_other",
        hours_done: "200",
        internship_hours: "50",
        exit_date: "2015-04-01",
        exit_reason: "early_exit_employment",
        situation_exit: "employment_durable",
        situation_6m: "employment_durable",
        project_identified: "yes",
        situation_improved: "no",
      }),
      // R3: site A1, ISO week 8; dropped out; 6-month situation unknown, nothing answered.
      record("R3", {
        qualification_level: "4",
        referral_channel: "mission_locale",
        entry_date: "2015-02-20",
        situation_before_12m: "inactive",
        hours_done: "100",
        exit_date: "2015-06-30",
        exit_reason: "early_exit_dropout",
        situation_exit: "job_seeking",
        situation_6m: "unknown",
      }),
      // R4: site A2, still in the programme; level unknown.
      record("R4", {
        site_code: place.siteA2,
        gender: "X",
        worked_prior_12m: "no",
        entry_date: "2015-03-02",
        hours_done: "150",
      }),
      // R5: lot B, completed; 6-month situation not known yet, but answered the project questions.
      record("R5", {
        lot_code: place.lotB,
        site_code: place.siteB1,
        qualification_level: "5",
        worked_prior_12m: "no",
        rqth: "yes",
        qpv: "yes",
        referral_channel: "self",
        entry_date: "2015-07-01",
        situation_before_12m: "job_seeking",
        hours_done: "450",
        internship_hours: "150",
        exit_date: "2015-12-15",
        exit_reason: "completed",
        situation_exit: "job_seeking",
        project_identified: "no",
        situation_improved: "no",
      }),
      // R6: entered the day before the period: never counted.
      record("R6", { entry_date: "2014-12-31", referral_date: "2014-12-01" }),
    ];
    const file = path.join(folder, "jeu.csv");
    fs.writeFileSync(file, recordsCsv(records));
    const silent = { log: () => {}, error: () => {} };
    expect(await runRecordsImport(database.db, file, silent)).toBe(0);
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("prints every indicator of the spec for the year, all lots", async () => {
    const { code, json } = await indicators({ from: "2015-01-01", to: "2015-12-31" });
    expect(code).toBe(0);
    expect(json).toEqual({
      entries: 5,
      target: targets.all,
      referralsByChannel: { france_travail: 2, mission_locale: 1, self: 2 },
      selfReferralShare: 2 / 5,
      profile: {
        lowQualificationShare: 2 / 4, // infra3 and 3, over the 4 known levels (R4's is unknown)
        noWorkPrior12mShare: 3 / 4, // R1, R4, R5 over the 4 known answers (R3's is unknown)
        womenShare: 3 / 5,
        rqthShare: 2 / 5,
        qpvShare: 2 / 5,
      },
      pathway: {
        completionRate: 2 / 4, // R1 and R5 over the 4 leavers
        averageHoursDone: (400 + 200 + 100 + 450) / 4,
        internshipShare: (100 + 50 + 0 + 150) / (400 + 200 + 100 + 450),
      },
      outcomes: {
        // followed: R1 and R2 (R3's 6-month situation is unknown, R5's not known yet)
        qualifyingTrainingBefore: 1 / 2,
        qualifyingTraining6m: 1 / 2,
        durableEmployment6m: 1 / 2,
        prfContinuation: 1 / 4,
        projectIdentified: 2 / 3, // R1, R2 yes; R5 no; R3 did not answer
        noImprovement: 2 / 3, // R2, R5 no; R1 yes
      },
      // (A1, Q1): weeks 2, 3 and 8 → rolling; (A2, Q1) and (B1, Q3): one week each
      practice: { rollingAdmissionShare: 1 / 3 },
    });
  });

  it("gives null for every ratio whose denominator is empty, and the lot's own target", async () => {
    const { json } = await indicators({ from: "2015-01-01", to: "2015-12-31", lot: place.lotB });
    expect(json).toMatchObject({
      entries: 1,
      target: targets.lotB,
      referralsByChannel: { self: 1 },
      pathway: { completionRate: 1, averageHoursDone: 450, internshipShare: 150 / 450 },
      outcomes: {
        qualifyingTrainingBefore: null,
        qualifyingTraining6m: null,
        durableEmployment6m: null,
        prfContinuation: 0,
        projectIdentified: 0,
        noImprovement: 1,
      },
      practice: { rollingAdmissionShare: 0 },
    });
  });

  it("gives 0 entries and null ratios for a period without entrants", async () => {
    const { json } = await indicators({ from: "2016-01-01", to: "2016-03-31" });
    expect(json).toMatchObject({ entries: 0, referralsByChannel: {}, selfReferralShare: null });
    for (const group of ["profile", "pathway", "outcomes", "practice"]) {
      expect(Object.values(json[group]).every((value) => value === null)).toBe(true);
    }
  });

  it("counts the last day of the period and not the day before the first", async () => {
    expect((await indicators({ from: "2015-01-05", to: "2015-01-05" })).json.entries).toBe(1);
    expect((await indicators({ from: "2014-12-31", to: "2014-12-31" })).json.entries).toBe(1);
  });

  it("filters by site, basin, network and residence, and then has no target", async () => {
    const period = { from: "2015-01-01", to: "2015-12-31" };
    const site = (await indicators({ ...period, site: place.siteA2 })).json;
    expect(site).toMatchObject({ entries: 1, target: null, profile: { lowQualificationShare: null } });
    expect((await indicators({ ...period, network: "self" })).json).toMatchObject({
      entries: 2,
      selfReferralShare: 1,
    });
    expect((await indicators({ ...period, residence: "rural" })).json.entries).toBe(1);
    expect((await indicators({ ...period, residence: "urban" })).json.entries).toBe(4);
    expect((await indicators({ ...period, basin: communes.ruralBasin })).json).toMatchObject({
      entries: 1,
      profile: { rqthShare: 1 },
    });
  });

  it("refuses bad options in French with exit code 2", async () => {
    const unknownLot = await indicators({ from: "2015-01-01", to: "2015-12-31", lot: "PAS-UN-LOT" });
    expect(unknownLot).toMatchObject({ code: 2, errors: ["Lot « PAS-UN-LOT » introuvable."] });
    const reversed = await indicators({ from: "2015-12-31", to: "2015-01-01" });
    expect(reversed.code).toBe(2);
    expect(reversed.errors.join()).toContain("La date de début de la période doit précéder sa date de fin");
    const format = await indicators({ from: "2015-01-01", to: "2015-12-31", format: "xml" });
    expect(format).toMatchObject({ code: 2, errors: ["Format « xml » inconnu : seul json est disponible."] });
  });
});
