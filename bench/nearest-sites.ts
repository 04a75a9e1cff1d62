import autocannon from "autocannon";
import { readCommuneFile } from "../src/domains/territory/reference/load-communes";
import type { RunningServer } from "./server-process";

/**
 * « Recherche du site le plus proche »: the public finder (`GET /api/public/sites?commune=`) asked for
 * every commune of the région, one after the other, then under concurrent load. Each search comes from
 * its own address (`X-Forwarded-For`, the server trusting its proxy), as searches from the public do:
 * the per-address rate limit is not what is measured.
 */
export type NearestSitesResult = {
  engine: string;
  searches: number;
  totalMs: number;
  meanMs: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  failures: number;
  load: { connections: number; requests: number; rps: number; p50: number; p99: number; errors: number };
};

const communeCodes = () => readCommuneFile().map((commune) => commune.code);
/** A distinct visitor's address for search `n`. */
const visitor = (n: number) => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
const searchPath = (code: string) => `/api/public/sites?commune=${code}`;

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

export async function benchNearestSites(
  server: RunningServer,
  engine: string,
  options: { connections: number; durationS: number },
): Promise<NearestSitesResult> {
  const codes = communeCodes();
  // Warm-up: the first search reads the sites and communes into the cache of the territory revision.
  await fetch(`${server.url}${searchPath(codes[0] ?? "24322")}`, {
    headers: { "x-forwarded-for": visitor(0) },
  });

  const durations: number[] = [];
  let failures = 0;
  const started = performance.now();
  for (const [index, code] of codes.entries()) {
    const before = performance.now();
    const response = await fetch(`${server.url}${searchPath(code)}`, {
      headers: { "x-forwarded-for": visitor(index + 1) },
    });
    const body = (await response.json()) as { items?: unknown[] };
    durations.push(performance.now() - before);
    if (!response.ok || body.items?.length !== 10) failures += 1;
  }
  const totalMs = performance.now() - started;
  const sorted = [...durations].sort((a, b) => a - b);

  let next = 0;
  const result = await autocannon({
    url: server.url,
    connections: options.connections,
    duration: options.durationS,
    requests: [
      {
        setupRequest: (request) => {
          next += 1;
          return {
            ...request,
            path: searchPath(codes[next % codes.length] ?? "24322"),
            headers: { ...request.headers, "x-forwarded-for": visitor(next) },
          };
        },
      },
    ],
  });
  return {
    engine,
    searches: codes.length,
    totalMs,
    meanMs: durations.reduce((sum, value) => sum + value, 0) / durations.length,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.at(-1) ?? 0,
    failures,
    load: {
      connections: options.connections,
      requests: result.requests.total,
      rps: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
    },
  };
}

export function renderNearestSites(results: readonly NearestSitesResult[], durationS: number): string {
  const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
  return `
## Recherche du site le plus proche (page publique, sans compte)
\`GET /api/public/sites?commune=…\` pour chacune des ${results[0]?.searches ?? 0} communes de la région, l'une après
l'autre (un seul client), puis ${results[0]?.load.connections ?? 0} recherches simultanées pendant ${durationS} s sur des communes
tournantes. Chaque recherche vient d'une adresse différente (le plafond par adresse n'est pas mesuré).

| base | recherches | durée totale | moyenne | p50 | p99 | max | échecs | simultanées : débit (req/s) | p50 | p99 | erreurs |
|---|---|---|---|---|---|---|---|---|---|---|---|
${results
  .map(
    (r) =>
      `| ${r.engine} | ${r.searches} | ${(r.totalMs / 1000).toFixed(1)} s | ${ms(r.meanMs)} | ${ms(r.p50Ms)} | ${ms(r.p99Ms)} | ${ms(r.maxMs)} | ${r.failures} | ${r.load.rps} | ${ms(r.load.p50)} | ${ms(r.load.p99)} | ${r.load.errors} |`,
  )
  .join("\n")}
`;
}
