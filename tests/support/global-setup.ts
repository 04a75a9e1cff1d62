import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { type Database, openPglite, openPostgres } from "../../src/db/database";
import { loadDemoData } from "../../src/demo/load-demo-data";
import { loadReferenceData } from "../../src/domains/reference-data";
import { adminQuery, databaseUrl, type Template, testServerUrl } from "./test-database";

/** Builds each template once per run; every test file then copies one (see `test-database.ts`). */
export default async function setup(project: TestProject) {
  const runId = `${process.pid}_${Date.now()}`;
  const prepare = async (database: Database, template: Template) => {
    await database.migrate();
    await loadReferenceData(database.db);
    if (template === "demo") await loadDemoData(database.db);
  };

  if (!testServerUrl) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-test-"));
    const templates = {} as Record<Template, string>;
    for (const template of ["empty", "demo"] as const) {
      const database = await openPglite();
      await prepare(database, template);
      const dump = await database.pglite?.dumpDataDir("none");
      if (!dump) throw new Error("PGlite dump failed");
      templates[template] = path.join(folder, `${template}.tar`);
      fs.writeFileSync(templates[template], Buffer.from(await dump.arrayBuffer()));
      await database.close();
    }
    project.provide("engine", "pglite");
    project.provide("templates", templates);
    return () => fs.rmSync(folder, { recursive: true, force: true });
  }

  const templates = { empty: `amorce_tpl_empty_${runId}`, demo: `amorce_tpl_demo_${runId}` };
  for (const template of ["empty", "demo"] as const) {
    await adminQuery(`create database ${templates[template]}`);
    const database = openPostgres(databaseUrl(templates[template]), { max: 2 });
    await prepare(database, template);
    await database.close();
  }
  project.provide("engine", "postgres");
  project.provide("templates", templates);
  return async () => {
    for (const name of Object.values(templates)) await adminQuery(`drop database if exists ${name}`);
  };
}
