import { randomBytes } from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openPglite, openPostgres } from "../../src/db/database";

/** Which prepared database a test starts from: reference data only, or the full demo. */
export type Template = "empty" | "demo";

declare module "vitest" {
  export interface ProvidedContext {
    /** PGlite: the dumped data directory of each template. PostgreSQL: the template database names. */
    templates: Record<Template, string>;
    engine: "pglite" | "postgres";
  }
}

/** The server the PostgreSQL tests run on; unset, tests run on embedded PGlite. */
export const testServerUrl = process.env.AMORCE_TEST_DATABASE_URL;

export function databaseUrl(name: string): string {
  if (!testServerUrl) throw new Error("AMORCE_TEST_DATABASE_URL is not set");
  const url = new URL(testServerUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testServerUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database of its own for one test file, copied from a migrated template. */
export async function createTestDatabase(template: Template = "demo"): Promise<Database> {
  const source = inject("templates")[template];
  if (inject("engine") === "pglite") {
    return openPglite({ loadDataDir: new Blob([fs.readFileSync(source)]) });
  }
  const name = `amorce_t_${randomBytes(6).toString("hex")}`;
  await adminQuery(`create database ${name} template ${source}`);
  const database = openPostgres(databaseUrl(name), { max: 10 });
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(`drop database if exists ${name}`);
    },
  };
}
