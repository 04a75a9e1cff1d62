import os from "node:os";
import { drizzle } from "drizzle-orm/node-postgres";
import pg from "pg";
import { loadConfig } from "../src/config";
import { type Db, openPostgres } from "../src/db/database";
import { openDatabase } from "../src/db/open";
import * as schema from "../src/db/schema";
import { resetDemo } from "../src/demo/database-state";
import { commandLineContext } from "../src/domains/authorization/actor";
import type { IndicatorFilters } from "../src/domains/indicators/indicator-filters";
import { measureIndicators } from "../src/domains/indicators/use-cases/measure-indicators";
import { readDashboard } from "../src/domains/indicators/use-cases/read-dashboard";
import {
  DATASET_TODAY,
  type DatasetScale,
  datasetMarker,
  type GenerationStep,
  generateDataset,
  generatedId,
  TAGS,
} from "./indicators-dataset";

/**
 * Indicators at national scale, on PostgreSQL: a database of its own (`amorce_bench_indicators`), kept
 * between runs and generated again only when missing or of another scale or generator version
 * (`BENCH_INDICATORS_FRESH=1` forces it). Measures the engine (`measureIndicators` over the maintained
 * `indicator_facts`) against the naive baseline (the same SQL over the view `indicator_facts_source`,
 * which joins the base tables and sums the attendance of every pathway), and what the facts' triggers
 * add to ordinary writes.
 */
const DATABASE = "amorce_bench_indicators";
const SCALE: DatasetScale = {
  pathways: Number(process.env.BENCH_INDICATORS_PATHWAYS ?? 1_000_000),
  attendancePerPathway: 20,
};
const RUNS = Number(process.env.BENCH_INDICATORS_RUNS ?? 7);
const NAIVE_RUNS = Number(process.env.BENCH_INDICATORS_NAIVE_RUNS ?? 2);
const WRITE_RUNS = Number(process.env.BENCH_INDICATORS_WRITE_RUNS ?? 15);
const CONTEXT = commandLineContext("bench");

const WHOLE_PERIOD: IndicatorFilters = { from: "2017-01-01", to: "2026-12-31" };
const ONE_YEAR: IndicatorFilters = { from: "2025-01-01", to: "2025-12-31" };

type Timing = { first: number; median: number; runs: number };
type Measure = { label: string; engine: Timing; naive: Timing; same: boolean };
type WriteCost = { label: string; withTriggers: number; withoutTriggers: number; factsMatch: boolean };
type TableSize = { table: string; rows: number; megabytes: number };

export type IndicatorsResult = {
  scale: DatasetScale;
  reused: boolean;
  generation: GenerationStep[];
  tables: TableSize[];
  sample: { checked: number; differing: number };
  measures: Measure[];
  writes: WriteCost[];
  filteredLot: string;
  /** The machine's load average (1 min) before the reads: other work slows the measures. */
  load: number;
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** The first run (new connections, nothing planned yet), then `runs` more, of which the median. */
async function time<T>(runs: number, run: () => Promise<T>): Promise<{ timing: Timing; result: T }> {
  let started = performance.now();
  const result = await run();
  const first = performance.now() - started;
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return { timing: { first, median: median(samples), runs }, result };
}

function databaseUrl(adminUrl: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

/** The bench's database: reused when it holds this scale's dataset, else created and generated. */
async function prepare(
  adminUrl: string,
): Promise<{ url: string; reused: boolean; generation: GenerationStep[] }> {
  const url = databaseUrl(adminUrl);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ marker: string | null }>(
      "select shobj_description(oid, 'pg_database') as marker from pg_database where datname = $1",
      [DATABASE],
    );
    const reused = rows[0]?.marker === datasetMarker(SCALE) && !process.env.BENCH_INDICATORS_FRESH;
    if (!reused) {
      await admin.query(`drop database if exists ${DATABASE} with (force)`);
      await admin.query(`create database ${DATABASE}`);
    }
    const database = await openDatabase(loadConfig({ ...process.env, DATABASE_URL: url }), {
      command: "bench",
    });
    try {
      if (reused) return { url, reused, generation: await recordedGeneration(url) };
      await resetDemo(database.db);
    } finally {
      await database.close();
    }
    console.log(`Indicateurs : génération de ${SCALE.pathways} parcours dans ${DATABASE}…`);
    const generation = await generateDataset(url, SCALE);
    await recordGeneration(url, generation);
    await admin.query(`comment on database ${DATABASE} is '${datasetMarker(SCALE)}'`);
    return { url, reused, generation };
  } finally {
    await admin.end();
  }
}

/** The generation's steps, kept in the bench's database (schema `bench`) for the runs that reuse it. */
async function recordGeneration(url: string, steps: GenerationStep[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create schema bench; create table bench.generation (
      position int primary key, step text not null, rows bigint not null, seconds float8 not null)`);
    for (const [position, step] of steps.entries())
      await client.query("insert into bench.generation values ($1, $2, $3, $4)", [
        position,
        step.step,
        step.rows,
        step.seconds,
      ]);
  } finally {
    await client.end();
  }
}

async function recordedGeneration(url: string): Promise<GenerationStep[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ step: string; rows: string; seconds: number }>(
      "select step, rows::text, seconds from bench.generation order by position",
    );
    return rows.map((row) => ({ step: row.step, rows: Number(row.rows), seconds: row.seconds }));
  } finally {
    await client.end();
  }
}

const TABLES = [
  "people",
  "referrals",
  "pathways",
  "collective_sessions",
  "attendance",
  "internships",
  "follow_ups",
  "barriers",
  "tripartite_interviews",
  "indicator_facts",
];

async function tableSizes(client: pg.Client): Promise<TableSize[]> {
  const sizes: TableSize[] = [];
  for (const table of TABLES) {
    const { rows } = await client.query<{ rows: string; bytes: string }>(
      `select (select count(*) from ${table})::text as rows, pg_total_relation_size($1::regclass)::text as bytes`,
      [table],
    );
    sizes.push({ table, rows: Number(rows[0]?.rows), megabytes: Number(rows[0]?.bytes) / 2 ** 20 });
  }
  return sizes;
}

/** Facts and view compared on every hundredth generated pathway: no row of one missing from the other. */
async function checkSample(client: pg.Client): Promise<{ checked: number; differing: number }> {
  const ids: string[] = [];
  for (let n = 1; n <= SCALE.pathways; n += 100) ids.push(generatedId(TAGS.pathway, n));
  const { rows } = await client.query<{ differing: number }>(
    `select count(*)::int as differing from (
      (select * from indicator_facts_source where pathway_id = any($1::uuid[])
        except select * from indicator_facts where pathway_id = any($1::uuid[]))
      union all
      (select * from indicator_facts where pathway_id = any($1::uuid[])
        except select * from indicator_facts_source where pathway_id = any($1::uuid[]))) d`,
    [ids],
  );
  return { checked: ids.length, differing: rows[0]?.differing ?? -1 };
}

/**
 * The naive baseline: the same code, its connections finding first a view named `indicator_facts` (schema
 * `bench_naive` of the bench's database, ahead of `public` in their search path) that reads the base
 * tables through `indicator_facts_source` at every count.
 */
async function openNaive(url: string, client: pg.Client): Promise<{ db: Db; close(): Promise<void> }> {
  await client.query("create schema if not exists bench_naive");
  await client.query(
    "create or replace view bench_naive.indicator_facts as select * from public.indicator_facts_source",
  );
  const pool = new pg.Pool({ connectionString: url, max: 20, options: "-c search_path=bench_naive,public" });
  return { db: drizzle(pool, { schema }) as unknown as Db, close: () => pool.end() };
}

/** The dashboard as the API serves it, on the dataset's « today ». */
const dashboard = (filters: IndicatorFilters) => (db: Db) =>
  readDashboard(db, CONTEXT, filters, new Date(`${DATASET_TODAY}T12:00:00Z`));

/** JSON with every object's keys and every array sorted: rows come in the order of each plan. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.entries(value)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`)
      .join(",")}}`;
  return JSON.stringify(value);
}

async function compare<T>(
  label: string,
  engineDb: Db,
  naiveDb: Db,
  run: (db: Db) => Promise<T>,
): Promise<Measure> {
  console.log(`Indicateurs : ${label}…`);
  const engine = await time(RUNS, () => run(engineDb));
  const naive = await time(NAIVE_RUNS, () => run(naiveDb));
  const same = canonical(engine.result) === canonical(naive.result);
  console.log(
    `  moteur ${Math.round(engine.timing.median)} ms (1re ${Math.round(engine.timing.first)} ms), naïf ${Math.round(naive.timing.median)} ms, mêmes chiffres : ${same}`,
  );
  return { label, engine: engine.timing, naive: naive.timing, same };
}

type WriteCase = {
  label: string;
  /** The tables whose triggers the write fires. */
  table: string;
  /** The write, and the pathways whose facts it changes, for its `i`-th run. */
  prepare(
    client: pg.Client,
    i: number,
  ): Promise<{ statement: string; values: unknown[]; pathwayIds: string[] }>;
};

const cohortPathways = (cohort: number) =>
  Array.from({ length: 14 }, (_, j) => generatedId(TAGS.pathway, cohort * 14 + j + 1));
const cohortSession = (cohort: number, k: number) =>
  generatedId(TAGS.session, cohort * SCALE.attendancePerPathway + k + 1);
const lastCohort = () => Math.floor((SCALE.pathways - 1) / 14) - 1;

async function firstIds(client: pg.Client, query: string): Promise<string[]> {
  return (await client.query<{ id: string }>(query)).rows.map((row) => row.id);
}

const WRITES: WriteCase[] = [
  {
    label: "émarger une séance de 14 stagiaires (14 présences insérées)",
    table: "attendance",
    async prepare(client, i) {
      const pathwayIds = cohortPathways(lastCohort() - i);
      const { rows } = await client.query<{ id: string }>(
        `insert into collective_sessions (site_id, module, title, capacity, starts_at, ends_at)
        select site_id, 'construction', 'Séance du banc', 15, now(), now() + interval '3 hours' from pathways where id = $1
        returning id`,
        [pathwayIds[0]],
      );
      return {
        statement: `insert into attendance (session_id, pathway_id, status, hours) select $1, unnest($2::uuid[]), 'present', 3`,
        values: [rows[0]?.id, pathwayIds],
        pathwayIds,
      };
    },
  },
  {
    label: "corriger l'émargement d'une séance (14 présences mises à jour)",
    table: "attendance",
    async prepare(_client, i) {
      return {
        statement: `update attendance set status = 'late', hours = 2.5, version = version + 1 where session_id = $1`,
        values: [cohortSession(lastCohort() - i, 5)],
        pathwayIds: cohortPathways(lastCohort() - i),
      };
    },
  },
  {
    label: "annuler une séance passée (14 stagiaires émargés)",
    table: "collective_sessions",
    async prepare(_client, i) {
      return {
        statement: "update collective_sessions set cancelled_at = now() where id = $1",
        values: [cohortSession(lastCohort() - i, 6)],
        pathwayIds: cohortPathways(lastCohort() - i),
      };
    },
  },
  {
    label: "enregistrer la sortie d'un parcours",
    table: "pathways",
    async prepare(client, i) {
      const ids = await firstIds(
        client,
        `select id::text from pathways where exit_date is null order by planned_end_date limit ${WRITE_RUNS + 1}`,
      );
      const id = ids[i] ?? "";
      return {
        statement: `update pathways set exit_date = '${DATASET_TODAY}', exit_reason = 'completed',
          situation_at_exit = 'qualifying_training_prf', exit_recorded_at = now(), updated_at = now() where id = $1`,
        values: [id],
        pathwayIds: [id],
      };
    },
  },
  {
    label: "répondre au questionnaire à 6 mois",
    table: "follow_ups",
    async prepare(client, i) {
      const [row] = (
        await client.query<{ id: string; pathway_id: string }>(
          `select id::text, pathway_id::text from follow_ups where answered_at is null order by due_date desc
          offset ${i} limit 1`,
        )
      ).rows;
      return {
        statement: `update follow_ups set answered_at = now(), answer_channel = 'link', situation = 'employment_durable',
          project_identified = true, situation_improved = true, self_esteem = 3 where id = $1`,
        values: [row?.id],
        pathwayIds: [row?.pathway_id ?? ""],
      };
    },
  },
];

/** A write's median time with the facts' triggers and without them, each run in a transaction rolled back. */
async function writeCost(client: pg.Client, write: WriteCase): Promise<WriteCost> {
  const samples = { on: [] as number[], off: [] as number[] };
  let factsMatch = true;
  for (let i = 0; i < WRITE_RUNS; i += 1) {
    for (const triggers of ["on", "off"] as const) {
      await client.query("begin");
      try {
        if (triggers === "off") await client.query(`alter table ${write.table} disable trigger user`);
        const { statement, values, pathwayIds } = await write.prepare(client, i);
        const started = performance.now();
        const result = await client.query(statement, values);
        samples[triggers].push(performance.now() - started);
        if (!result.rowCount) throw new Error(`${write.label} : aucune ligne écrite`);
        if (triggers === "on") {
          const { rows } = await client.query<{ differing: number }>(
            `select count(*)::int as differing from (select * from indicator_facts_source where pathway_id = any($1::uuid[])
              except select * from indicator_facts where pathway_id = any($1::uuid[])) d`,
            [pathwayIds],
          );
          if (rows[0]?.differing !== 0) factsMatch = false;
        }
      } finally {
        await client.query("rollback");
      }
    }
  }
  return {
    label: write.label,
    withTriggers: median(samples.on),
    withoutTriggers: median(samples.off),
    factsMatch,
  };
}

export async function benchIndicators(adminUrl: string): Promise<IndicatorsResult> {
  const { url, reused, generation } = await prepare(adminUrl);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const engine = openPostgres(url);
  const naive = await openNaive(url, client);
  try {
    const load = os.loadavg()[0] ?? 0;
    const tables = await tableSizes(client);
    const sample = await checkSample(client);
    const { rows } = await client.query<{ code: string }>("select code from lots order by code limit 1");
    const filteredLot = rows[0]?.code ?? "";
    const lotYear: IndicatorFilters = { ...ONE_YEAR, lot: filteredLot };
    const measures: Measure[] = [];
    const indicators = (filters: IndicatorFilters) => (db: Db) =>
      measureIndicators(db, CONTEXT, filters).then((measured) => measured.json);
    measures.push(
      await compare(
        "indicateurs, toute la période (2017–2026)",
        engine.db,
        naive.db,
        indicators(WHOLE_PERIOD),
      ),
    );
    measures.push(await compare("indicateurs, une année (2025)", engine.db, naive.db, indicators(ONE_YEAR)));
    measures.push(
      await compare(
        `indicateurs, un lot (${filteredLot}) et une année`,
        engine.db,
        naive.db,
        indicators(lotYear),
      ),
    );
    measures.push(
      await compare(
        `tableau de bord, un lot (${filteredLot}) et une année`,
        engine.db,
        naive.db,
        dashboard(lotYear),
      ),
    );
    measures.push(
      await compare("tableau de bord, toute la région, une année", engine.db, naive.db, dashboard(ONE_YEAR)),
    );
    console.log("Indicateurs : coût des déclencheurs sur des écritures…");
    const writes: WriteCost[] = [];
    for (const write of WRITES) writes.push(await writeCost(client, write));
    return { scale: SCALE, reused, generation, tables, sample, measures, writes, filteredLot, load };
  } finally {
    await Promise.all([client.end(), engine.close(), naive.close()]);
  }
}

const ms = (value: number) =>
  value < 10 ? `${value.toFixed(1).replace(".", ",")} ms` : `${Math.round(value)} ms`;
const seconds = (value: number) => `${value.toFixed(1).replace(".", ",")} s`;

export function renderIndicators(result: IndicatorsResult): string {
  const total = result.generation.reduce((sum, step) => sum + step.seconds, 0);
  const generation = `${
    result.reused
      ? "Base réutilisée, générée à cette échelle par une exécution précédente ; sa génération avait pris"
      : "Génération :"
  } ${seconds(total)}${result.reused ? "" : " au total"}.

| étape | lignes | durée |
|---|---|---|
${result.generation.map((step) => `| ${step.step} | ${step.rows} | ${seconds(step.seconds)} |`).join("\n")}`;
  return `## Indicateurs à l'échelle nationale (PostgreSQL)
Base dédiée \`${DATABASE}\` (\`npm run bench -- indicators\`) : le territoire de démonstration (32 lots,
44 bassins, 100 sites), ${result.scale.pathways} parcours en cohortes de 14 entrées ensemble sur un site
(2017 à 2026), ${result.scale.attendancePerPathway} séances par cohorte et l'émargement de chacun·e à chacune. Générée en SQL
ensembliste (\`bench/indicators-dataset.ts\`), déclencheurs coupés, puis \`indicator_facts\` remplie en une
instruction depuis la vue \`indicator_facts_source\`. La base est gardée : une exécution suivante la réutilise
si elle a été générée à la même échelle (\`BENCH_INDICATORS_FRESH=1\` la régénère ; \`drop database ${DATABASE}\` la supprime).

${generation}

| table | lignes | taille (index compris) |
|---|---|---|
${result.tables.map((t) => `| \`${t.table}\` | ${t.rows} | ${Math.round(t.megabytes)} Mo |`).join("\n")}

Contrôle : \`indicator_facts\` comparée à la vue sur ${result.sample.checked} parcours (un sur cent) : ${result.sample.differing} ligne(s) différente(s).

### Lectures (moteur : \`indicator_facts\` ; naïf : le même code sur la vue \`indicator_facts_source\`)
Contexte de la ligne de commande (toute la région). Première exécution (connexions neuves), puis médiane de
${RUNS} exécutions (${NAIVE_RUNS} pour le naïf), cache chaud. « mêmes chiffres » : le moteur et le calcul naïf rendent le même résultat.
Objectif : moins d'une seconde pour le moteur. Charge de la machine avant les lectures : ${result.load.toFixed(1).replace(".", ",")}.

| mesure | moteur, 1re | moteur, médiane | naïf, 1re | naïf, médiane | naïf ÷ moteur | mêmes chiffres |
|---|---|---|---|---|---|---|
${result.measures
  .map(
    (m) =>
      `| ${m.label} | ${ms(m.engine.first)} | **${ms(m.engine.median)}** | ${ms(m.naive.first)} | ${ms(m.naive.median)} | ${Math.round(m.naive.median / m.engine.median)} | ${m.same ? "oui" : "**non**"} |`,
  )
  .join("\n")}

### Coût des déclencheurs sur une écriture (médiane de ${WRITE_RUNS}, chaque fois dans une transaction annulée)
Sans déclencheurs : les mêmes instructions, déclencheurs de la table désactivés dans la transaction.
« faits à jour » : après l'écriture, \`indicator_facts\` égale la vue pour les parcours touchés.

| écriture | avec déclencheurs | sans | faits à jour |
|---|---|---|---|
${result.writes.map((w) => `| ${w.label} | ${ms(w.withTriggers)} | ${ms(w.withoutTriggers)} | ${w.factsMatch ? "oui" : "**non**"} |`).join("\n")}
`;
}
