import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { DEMO_PASSWORD, demoAccount } from "../src/demo/demo-accounts";
import {
  type AttendanceResult,
  benchAttendance,
  benchStatementRendering,
  renderAttendance,
} from "./attendance";
import { benchIndicators, renderIndicators } from "./indicators";
import { type LoadFigures, measureLoad } from "./measure-load";
import { benchNearestSites, type NearestSitesResult, renderNearestSites } from "./nearest-sites";
import { benchRecordsImport, type RecordsResult, renderRecordsImport } from "./records-import";
import { type InboxResult, loadInbox, renderInbox, seedReferrals } from "./referral-inbox";
import { type RunningServer, signIn, startServer } from "./server-process";

/**
 * `npm run bench`: cold start of the embedded database, then latency and throughput of a list
 * endpoint under concurrent load, the public nearest-site search for every commune, a site's inbox,
 * marking a session and a monthly statement, importing and exporting 100,000 records, on PGlite and on
 * PostgreSQL, and the indicators over 1,000,000 pathways on PostgreSQL. Writes docs/benchmarks.md.
 * `npm run bench -- records` (or `-- indicators`) runs that section only and rewrites only its part of
 * the report.
 */
const CONCURRENCY = (process.env.BENCH_CONNECTIONS ?? "200,50").split(",").map(Number);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** A territory list (cached per territory revision) and a list read from the database every time. */
const LIST_PATHS = ["/api/sites", "/api/users"];
/** Concurrent public searches: as many people as a busy hour's visitors at once. */
const SEARCH_CONNECTIONS = 50;
/** Referrals sent before measuring a site's inbox (a quarter of them to that site). */
const REFERRALS = Number(process.env.BENCH_REFERRALS ?? 2000);
/** Staff reading one site's inbox at once: a large training organisation's whole team, and more. */
const INBOX_CONNECTIONS = [50, 10];
/** The public searches come through a proxy: each visitor has their own address. */
const BEHIND_PROXY = { TRUST_PROXY: "true" };

type LoadResult = LoadFigures & { engine: string; path: string };

async function load(server: RunningServer, engine: string): Promise<LoadResult[]> {
  const cookie = await signIn(server.url, demoAccount("region_admin").email, DEMO_PASSWORD);
  const results: LoadResult[] = [];
  for (const listPath of LIST_PATHS) {
    for (const connections of CONCURRENCY) {
      const figures = await measureLoad({
        url: `${server.url}${listPath}`,
        cookie,
        connections,
        durationS: DURATION_S,
      });
      results.push({ engine, path: listPath, ...figures });
    }
  }
  return results;
}

type Measures = {
  lists: LoadResult[];
  search: NearestSitesResult;
  seeded: { engine: string; count: number; seconds: number };
  inbox: InboxResult[];
  attendance: AttendanceResult;
};

async function measure(server: RunningServer, engine: string): Promise<Measures> {
  const lists = await load(server, engine);
  console.log(`Recherche du site le plus proche, ${engine}…`);
  const search = await benchNearestSites(server, engine, {
    connections: SEARCH_CONNECTIONS,
    durationS: DURATION_S,
  });
  console.log(`Boîte de réception d'un site, ${engine} : envoi de ${REFERRALS} prescriptions…`);
  const { siteId, seconds } = await seedReferrals(server, REFERRALS);
  const inbox = await loadInbox(server, engine, siteId, INBOX_CONNECTIONS, DURATION_S);
  console.log(`Émargement et relevé mensuel, ${engine}…`);
  const attendance = await benchAttendance(server, engine);
  return { lists, search, seeded: { engine, count: REFERRALS, seconds }, inbox, attendance };
}

async function coldStarts(): Promise<{ first: number; restart: number }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-bench-"));
  try {
    const first = await startServer({ AMORCE_DATA_DIR: dataDir, DATABASE_URL: "" }, 3501);
    await first.stop();
    const restart = await startServer({ AMORCE_DATA_DIR: dataDir, DATABASE_URL: "" }, 3501);
    await restart.stop();
    return { first: first.startMs, restart: restart.startMs };
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

async function withPostgresDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const name = `amorce_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

/** The records import, on an empty PGlite data directory and on a PostgreSQL database of its own. */
async function recordsSection(): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-bench-"));
  const results: RecordsResult[] = [];
  try {
    results.push(
      await benchRecordsImport({ AMORCE_DATA_DIR: dataDir, DATABASE_URL: "" }, "PGlite (embarquée)"),
    );
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  results.push(
    await withPostgresDatabase((url) =>
      benchRecordsImport({ DATABASE_URL: url }, "PostgreSQL 15 (serveur local)"),
    ),
  );
  return renderRecordsImport(results);
}

async function main() {
  const file = path.resolve(import.meta.dirname, "../docs/benchmarks.md");
  if (process.argv.includes("records")) {
    const records = await recordsSection();
    writeReport(file, records, RECORDS_START, RECORDS_END);
    console.log(records);
    return;
  }
  if (process.argv.includes("indicators")) {
    const indicators = renderIndicators(await benchIndicators(POSTGRES_URL));
    writeReport(file, indicators, INDICATORS_START, INDICATORS_END);
    console.log(indicators);
    return;
  }
  console.log("Démarrage à froid (base embarquée)…");
  const cold = await coldStarts();

  console.log("Charge, PGlite…");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-bench-"));
  const embedded = await startServer({ AMORCE_DATA_DIR: dataDir, DATABASE_URL: "", ...BEHIND_PROXY }, 3502);
  const embeddedMeasures = await measure(embedded, "PGlite (embarquée)").finally(() => embedded.stop());
  fs.rmSync(dataDir, { recursive: true, force: true });

  console.log("Charge, PostgreSQL…");
  const postgresMeasures = await withPostgresDatabase(async (url) => {
    const server = await startServer({ DATABASE_URL: url, ...BEHIND_PROXY }, 3503);
    return measure(server, "PostgreSQL 15 (serveur local)").finally(() => server.stop());
  });

  const both = [embeddedMeasures, postgresMeasures];
  const report =
    renderReport(
      cold,
      both.flatMap((measures) => measures.lists),
    ) +
    renderNearestSites(
      both.map((measures) => measures.search),
      DURATION_S,
    ) +
    renderInbox(
      both.flatMap((measures) => measures.inbox),
      both.map((measures) => measures.seeded),
      DURATION_S,
    ) +
    renderAttendance(
      both.map((measures) => measures.attendance),
      await benchStatementRendering(),
    );
  writeReport(file, report);
  const records = await recordsSection();
  writeReport(file, records, RECORDS_START, RECORDS_END);
  const indicators = renderIndicators(await benchIndicators(POSTGRES_URL));
  writeReport(file, indicators, INDICATORS_START, INDICATORS_END);
  console.log(report + records + indicators);
}

const START = "<!-- npm run bench: début -->";
const END = "<!-- npm run bench: fin -->";
/** The records and indicators sections have their own markers: `npm run bench -- records` rewrites only its own. */
const RECORDS_START = "<!-- npm run bench records: début -->";
const RECORDS_END = "<!-- npm run bench records: fin -->";
const INDICATORS_START = "<!-- npm run bench indicators: début -->";
const INDICATORS_END = "<!-- npm run bench indicators: fin -->";

/**
 * Replaces a measured part of the report, keeping the analysis written around it; a part not there yet
 * is added after the main one (or at the end).
 */
function writeReport(file: string, measured: string, startMarker = START, endMarker = END) {
  const existing = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "# Mesures de performance\n";
  const start = existing.indexOf(startMarker);
  const end = existing.indexOf(endMarker);
  const block = `${startMarker}\n${measured}${endMarker}`;
  if (start >= 0 && end > start) {
    fs.writeFileSync(file, `${existing.slice(0, start)}${block}${existing.slice(end + endMarker.length)}`);
    return;
  }
  const after = existing.indexOf(END);
  fs.writeFileSync(
    file,
    after >= 0 && startMarker !== START
      ? `${existing.slice(0, after + END.length)}\n\n${block}${existing.slice(after + END.length)}`
      : `${existing.trimEnd()}\n\n${block}\n`,
  );
}

function renderReport(cold: { first: number; restart: number }, loads: LoadResult[]): string {
  const ms = (value: number) => `${Math.round(value)} ms`;
  const machine = `${os.cpus().length} cœurs, ${Math.round(os.totalmem() / 2 ** 30)} Gio, Node ${process.version}`;
  return `Produit par \`npm run bench\` le ${new Date().toISOString().slice(0, 10)} sur ${machine}.
Le générateur de charge (autocannon) tourne sur la même machine que le serveur : il lui prend un cœur.

## Démarrage à froid, base embarquée (PGlite)
Du lancement de \`amorce start\` à la première réponse de \`/api/health\`.

| cas | durée |
|---|---|
| premier démarrage (création de la base, migrations, communes, démonstration) | ${ms(cold.first)} |
| redémarrage sur une base existante | ${ms(cold.restart)} |

## Listes sous charge (${DURATION_S} s par mesure après 2 s de chauffe, session Région)
Objectif : p99 < 50 ms à 200 requêtes simultanées sur PostgreSQL. \`/api/sites\` : les 100 sites, liste
du territoire servie depuis le cache par révision du territoire (une lecture de la révision par requête) ;
\`/api/users\` : les comptes, lus en base à chaque requête.

| base | liste | simultanées | requêtes | débit (req/s) | p50 | p99 | erreurs |
|---|---|---|---|---|---|---|---|
${loads.map((r) => `| ${r.engine} | \`${r.path}\` | ${r.connections} | ${r.requests} | ${r.rps} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.errors} |`).join("\n")}
`;
}

await main();
