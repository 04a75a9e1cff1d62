import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadConfig } from "../src/config";
import { openDatabase } from "../src/db/open";
import { recordsCsv } from "../src/domains/records/export-records";
import { generateRecords } from "../src/domains/records/generate-records";
import { generatorTerritory } from "../src/domains/records/test-support";

/**
 * Records file: `amorce records import` of a generated file of 100,000 valid lines into the demo
 * database, then the same file again (every line known and unchanged), then `amorce records export`.
 * Each is the real command in a process of its own: its time includes starting Node and opening the
 * database (≈ 3 to 4 s).
 */
export type RecordsResult = {
  engine: string;
  lines: number;
  megabytes: number;
  firstImport: number;
  reimport: number;
  exportSeconds: number;
  /** The machine's load average (1 min) just before the first import: other work slows the measure. */
  load: number;
};

const LINES = Number(process.env.BENCH_RECORDS ?? 100_000);
const amorceBin = path.resolve(import.meta.dirname, "../bin/amorce.mjs");

function amorce(env: NodeJS.ProcessEnv, ...args: string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [amorceBin, ...args],
      { env: { ...process.env, LOG_LEVEL: "warn", ...env }, maxBuffer: 2 ** 30 },
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`amorce ${args.join(" ")} : ${stderr}`));
        else resolve((performance.now() - started) / 1000);
      },
    );
  });
}

/** Runs the measures on the database `env` names (an empty PGlite data directory, or a PostgreSQL URL). */
export async function benchRecordsImport(env: NodeJS.ProcessEnv, engine: string): Promise<RecordsResult> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-bench-records-"));
  try {
    await amorce(env, "demo", "reset", "--yes");
    const database = await openDatabase(loadConfig({ ...process.env, ...env }), { command: "bench" });
    const territory = await generatorTerritory(database.db).finally(() => database.close());
    const file = path.join(folder, "fiches.csv");
    fs.writeFileSync(file, recordsCsv(generateRecords({ count: LINES, seed: 42, ...territory })));
    const megabytes = fs.statSync(file).size / 2 ** 20;
    console.log(`Fiches de parcours, ${engine} : import de ${LINES} lignes…`);
    const load = os.loadavg()[0] ?? 0;
    const firstImport = await amorce(env, "records", "import", file);
    const reimport = await amorce(env, "records", "import", file);
    const exportSeconds = await amorce(env, "records", "export", "--output", path.join(folder, "export.csv"));
    return { engine, lines: LINES, megabytes, firstImport, reimport, exportSeconds, load };
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export function renderRecordsImport(results: RecordsResult[]): string {
  const s = (value: number) => `${value.toFixed(1).replace(".", ",")} s`;
  return `## Import et export des fiches de parcours
\`amorce records import\` d'un fichier généré (\`src/domains/records/generate-records.ts\`, graine 42) dans la
base de démonstration, puis le même fichier une seconde fois (toutes les fiches connues et inchangées), puis
\`amorce records export\` de tous les parcours. Chaque commande dans son propre processus : le temps compte
le démarrage de Node et l'ouverture de la base (≈ 3 à 4 s). Objectif : 100 000 lignes en moins d'une minute sur PGlite.

| base | lignes | taille | premier import | réimport (inchangé) | export | charge de la machine |
|---|---|---|---|---|---|---|
${results.map((r) => `| ${r.engine} | ${r.lines} | ${r.megabytes.toFixed(1).replace(".", ",")} Mo | ${s(r.firstImport)} | ${s(r.reimport)} | ${s(r.exportSeconds)} | ${r.load.toFixed(1).replace(".", ",")} |`).join("\n")}
`;
}
