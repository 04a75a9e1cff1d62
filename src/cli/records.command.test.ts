import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminQuery, databaseUrl, testServerUrl } from "../../tests/support/test-database";
import { loadConfig } from "../config";
import type { Db } from "../db/database";
import { openDatabase } from "../db/open";
import { loadDemoData } from "../demo/load-demo-data";
import { recordsCsv } from "../domains/records/export-records";
import { generatedRecords, writtenCounts } from "../domains/records/test-support";

const root = path.resolve(import.meta.dirname, "../..");
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-records-cli-"));
const postgresName = `amorce_t_records_${randomBytes(4).toString("hex")}`;
/** The database the real command works on: a PGlite data directory, or a PostgreSQL database of its own. */
const env: NodeJS.ProcessEnv = testServerUrl
  ? { DATABASE_URL: databaseUrl(postgresName) }
  : { AMORCE_DATA_DIR: path.join(folder, "data"), DATABASE_URL: "" };

const withDatabase = async <T>(work: (db: Db) => Promise<T>) => {
  const database = await openDatabase(loadConfig({ ...process.env, ...env }), { command: "test" });
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
};

/** `npx amorce …` in a process of its own. */
function amorce(args: string[], onStderr?: (text: string, child: ReturnType<typeof spawn>) => void) {
  const child = spawn(process.execPath, [path.join(root, "bin/amorce.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
  });
  child.stderr.on("data", (chunk) => {
    stderr += chunk;
    onStderr?.(stderr, child);
  });
  return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
    (resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

const snapshot = (db: Db) =>
  Promise.all([
    writtenCounts(db),
    db.execute(sql`select count(*)::int as n from audit_events where action = 'records.import'`),
  ]).then(([counts, audit]) => ({ counts, audit: (audit as unknown as { rows: unknown[] }).rows }));

describe("amorce records import, the real command", () => {
  let file: string;
  beforeAll(async () => {
    if (testServerUrl) await adminQuery(`create database ${postgresName}`);
    file = path.join(folder, "fiches.csv");
    await withDatabase(async (db) => {
      await loadDemoData(db);
      fs.writeFileSync(file, recordsCsv(await generatedRecords(db, 20_000, 3)));
    });
  });
  afterAll(async () => {
    if (testServerUrl) await adminQuery(`drop database if exists ${postgresName} with (force)`);
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("killed in the middle of an import, leaves the database exactly as it was", async () => {
    const before = await withDatabase(snapshot);
    let killed = false;
    const result = await amorce(["records", "import", file], (stderr, child) => {
      if (!killed && /lignes importées/.test(stderr)) {
        killed = true;
        child.kill("SIGKILL");
      }
    });
    expect(result.signal).toBe("SIGKILL");
    expect(result.stderr).toMatch(/^5\u202f000 \/ 20\u202f000 lignes importées$/m);
    expect(result.stdout).toBe("");
    // The lock of the killed process is stale: the next command takes it over.
    expect(await withDatabase(snapshot)).toEqual(before);
  }, 120_000);

  it("then imports the whole file, and tells what it did in French", async () => {
    const before = await withDatabase(snapshot);
    const result = await amorce(["records", "import", file]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toMatch(/20\u202f000 créée\(s\), 0 mise\(s\) à jour, 0 inchangée\(s\)\.\n$/);
    expect(result.stderr).toMatch(/20\u202f000 \/ 20\u202f000 lignes importées\n$/);
    const after = await withDatabase(snapshot);
    expect(after.counts?.pathways).toBe((before.counts?.pathways ?? 0) + 20_000);
    const bad = path.join(folder, "faux.csv");
    fs.writeFileSync(bad, fs.readFileSync(file, "utf8").replace(/\n(R\d+,\w+),L/, "\n$1,L99"));
    const refused = await amorce(["records", "import", bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^line \d+, column lot_code: le lot « L99\w* » n'existe pas$/m);
  }, 180_000);
});
