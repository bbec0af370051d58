// Closed-loop HTTP load: `clients` concurrent clients, each sending its next request when the previous
// answer has arrived, over keep-alive connections, for a warm-up and then a measured period.
// usage: node load.mjs <url> <document.graphql> [variables-json] [--clients 32] [--seconds 10] [--warmup 3]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';

/**
 * Requests/s and latency percentiles (ms) of the measured period; failures are non-200 or GraphQL errors.
 * With a `cpuSeconds` probe (the server's CPU time so far), also the server's CPU milliseconds per request.
 */
export async function runLoad({ url, body, clients = 32, seconds = 10, warmupSeconds = 3, cpuSeconds }) {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: clients, pipelining: 1, keepAliveTimeout: 60_000 });
  const payload = JSON.stringify(body);
  const request = {
    path: target.pathname + target.search,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: payload,
  };
  const latencies = [];
  let failures = 0;
  const warmupEnd = performance.now() + warmupSeconds * 1000;
  const end = warmupEnd + seconds * 1000;
  let cpuAtStart;
  const startProbe = setTimeout(() => { cpuAtStart = cpuSeconds?.(); }, warmupSeconds * 1000);
  const client = async () => {
    for (let start = performance.now(); start < end; start = performance.now()) {
      const response = await pool.request(request);
      const text = await response.body.text();
      const stop = performance.now();
      if (start < warmupEnd) continue;
      latencies.push(stop - start);
      if (response.statusCode !== 200 || text.includes('"errors":')) failures++;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  clearTimeout(startProbe);
  const cpuUsed = cpuSeconds && cpuAtStart !== undefined ? cpuSeconds() - cpuAtStart : NaN;
  await pool.close();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    failures,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    cpuMsPerRequest: (cpuUsed * 1000) / latencies.length,
  };
}

export function percentile(sorted, fraction) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      clients: { type: 'string', default: '32' },
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
    },
  });
  if (positionals.length < 2) {
    console.error('usage: node load.mjs <url> <document.graphql> [variables-json] [--clients 32] [--seconds 10] [--warmup 3]');
    process.exit(2);
  }
  const [url, document, variables = '{}'] = positionals;
  const result = await runLoad({
    url,
    body: { query: readFileSync(document, 'utf8'), variables: JSON.parse(variables) },
    clients: Number(values.clients),
    seconds: Number(values.seconds),
    warmupSeconds: Number(values.warmup),
  });
  console.log(JSON.stringify(result));
}
