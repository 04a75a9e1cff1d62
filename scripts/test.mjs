#!/usr/bin/env node
// `npm test`: lint and types, the Vitest suite on embedded PGlite (and on the PostgreSQL server of
// AMORCE_TEST_DATABASE_URL when set), then the browser tests in Chromium. Ends with one summary line.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const reports = fs.mkdtempSync(path.join(os.tmpdir(), "amorce-reports-"));
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const requireBrowser = process.env.AMORCE_REQUIRE_BROWSER === "1";
const totals = { passed: 0, failed: 0 };
let ok = true;

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    ok = false;
    console.error(`✗ ${title} : échec (code ${result.status ?? result.signal})`);
  }
  return result.status === 0;
}

function countVitest(file) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (report.numTotalTestSuites === 0 ? 1 : 0);
}

function countPlaywright(file) {
  if (!fs.existsSync(file)) return;
  const { stats } = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
}

function vitest(title, file, env) {
  run(title, "npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${file}`], env);
  countVitest(file);
}

run("Lint et format (Biome)", "npx", ["biome", "check", "."]);
run("Types (TypeScript)", "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]);
vitest("Tests sur la base embarquée (PGlite)", path.join(reports, "vitest-pglite.json"), {
  AMORCE_TEST_DATABASE_URL: "",
});
if (process.env.AMORCE_TEST_DATABASE_URL) {
  vitest("Tests sur le serveur PostgreSQL", path.join(reports, "vitest-postgres.json"), {});
}

if (fs.existsSync(chromium)) {
  if (run("Construction de l'interface web", "npx", ["vite", "build", "--logLevel", "warn"])) {
    const file = path.join(reports, "playwright.json");
    run("Tests dans le navigateur (Chromium)", "npx", ["playwright", "test"], {
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: file,
    });
    countPlaywright(file);
  }
} else if (requireBrowser) {
  ok = false;
  console.error(`✗ Chromium introuvable (${chromium}) : installez-le (apt-get install chromium).`);
} else {
  console.log(
    `\nTests dans le navigateur non lancés : Chromium introuvable (${chromium}). Installez-le avec « apt-get install chromium » ou indiquez CHROMIUM_PATH.`,
  );
}

fs.rmSync(reports, { recursive: true, force: true });
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
