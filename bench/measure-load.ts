import autocannon from "autocannon";

/** What one closed-loop load run gives: totals, throughput, latency percentiles, failures. */
export type LoadFigures = {
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
};

/** GETs `url` from `connections` clients for `durationS` seconds, after a 2-second warm-up. */
export async function measureLoad(options: {
  url: string;
  cookie: string;
  connections: number;
  durationS: number;
}): Promise<LoadFigures> {
  const target = { url: options.url, headers: { cookie: options.cookie }, connections: options.connections };
  await autocannon({ ...target, duration: 2 });
  const result = await autocannon({ ...target, duration: options.durationS });
  return {
    connections: options.connections,
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}
