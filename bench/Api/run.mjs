// The API bench: for each query document, one response from every server compared for equality, then the
// same closed-loop load against each server in turn; then the subscription delivery delay on our server.
// Prints a Markdown table; the raw figures go to --json.
// usage: node run.mjs --seed seed.json --server "ours=http://127.0.0.1:5181/graphql"
//          --server "graphql-js=http://127.0.0.1:5182/graphql" [--seconds 10] [--warmup 30] [--clients 32]
//          [--repeat 2] [--subscribers 1000] [--rounds 10] [--json out.json]
// The first --server is ours: the reference for equality and the one the delivery test runs against.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { measureDelivery } from './delivery.mjs';
import { globalId, post, readDocument } from './graphql-request.mjs';
import { runLoad } from './load.mjs';
import { processTreeCpuSeconds } from './process-cpu.mjs';

const Documents = ['leaderboard', 'runs'];

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    server: { type: 'string', multiple: true },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '30' },
    clients: { type: 'string', default: '32' },
    subscribers: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '10' },
    'warmup-rounds': { type: 'string', default: '150' },
    threads: { type: 'string', default: '2' },
    repeat: { type: 'string', default: '2' },
    json: { type: 'string' },
  },
});
if (!values.seed || !values.server?.length) {
  console.error('usage: node run.mjs --seed seed.json --server name=url [--server name=url ...] [options]');
  process.exit(2);
}
const seed = JSON.parse(readFileSync(values.seed, 'utf8'));
// name=url, or name@pid=url to also measure the server process's CPU time per request.
const servers = values.server.map((entry) => {
  const separator = entry.indexOf('=');
  const [name, pid] = entry.slice(0, separator).split('@');
  return { name, url: entry.slice(separator + 1), cpuSeconds: pid ? () => processTreeCpuSeconds(Number(pid)) : undefined };
});
const variables = { workflowId: globalId('Workflow', seed.workflowId) };
const report = { seed, loadAverageBefore: loadavg(), documents: {}, delivery: null };

// Servers take turns, document by document, --repeat times, and each keeps its best turn: on a shared
// machine a turn can be slowed by a neighbour, never sped up.
for (const document of Documents) {
  const query = readDocument(document);
  const responses = await Promise.all(servers.map((server) => post(server.url, query, variables)));
  const results = {};
  for (const [i, server] of servers.entries()) {
    const sameAsFirst = isDeepStrictEqual(responses[i], responses[0]);
    if (responses[i].errors || !sameAsFirst) {
      console.error(`${document} on ${server.name}: ${responses[i].errors ? 'errors' : `differs from ${servers[0].name}`}`);
      console.error(`  ${server.name}: ${JSON.stringify(responses[i]).slice(0, 400)}`);
      console.error(`  ${servers[0].name}: ${JSON.stringify(responses[0]).slice(0, 400)}`);
    }
    results[server.name] = { sameAsFirst, responseBytes: JSON.stringify(responses[i]).length, turns: [] };
  }
  for (let turn = 0; turn < Number(values.repeat); turn++) {
    for (const server of servers) {
      console.error(`${document}: load on ${server.name}, turn ${turn + 1} (load average ${loadavg()[0].toFixed(1)}) ...`);
      results[server.name].turns.push(await runLoad({
        url: server.url,
        body: { query, variables },
        clients: Number(values.clients),
        seconds: Number(values.seconds),
        warmupSeconds: Number(values.warmup),
        cpuSeconds: server.cpuSeconds,
      }));
    }
  }
  for (const result of Object.values(results)) {
    Object.assign(result, result.turns.reduce((best, turn) => (turn.requestsPerSecond > best.requestsPerSecond ? turn : best)));
  }
  report.documents[document] = results;
}

if (Number(values.subscribers) > 0) {
  console.error(`delivery: ${values.subscribers} subscribers on ${servers[0].name} ...`);
  try {
    report.delivery = await measureDelivery({
      url: servers[0].url, seed, subscribers: Number(values.subscribers), rounds: Number(values.rounds),
      warmupRounds: Number(values['warmup-rounds']), threads: Number(values.threads),
    });
  } catch (error) {
    report.delivery = { error: String(error.message ?? error) };
  }
}

report.loadAverageAfter = loadavg();
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2));
printTable(report);
process.exit(0);

function printTable({ documents, delivery, loadAverageBefore, loadAverageAfter }) {
  const ms = (value) => (Number.isFinite(value) ? value.toFixed(1) : '–');
  const reference = servers[0].name;
  console.log(`| document | server | requests/s | ${reference} ÷ server | p50 ms | p99 ms | server CPU ms/request | failures | response |`);
  console.log('|---|---|---:|---:|---:|---:|---:|---:|---|');
  for (const [document, results] of Object.entries(documents)) {
    for (const [name, r] of Object.entries(results)) {
      const ratio = (results[reference].requestsPerSecond / r.requestsPerSecond).toFixed(2);
      const response = name === reference ? `${r.responseBytes} B` : r.sameAsFirst ? `identical to ${reference}'s` : 'DIFFERENT';
      console.log(`| ${document} | ${name} | ${r.requestsPerSecond.toFixed(0)} | ${ratio} | ${ms(r.p50)} | ${ms(r.p99)} | ${ms(r.cpuMsPerRequest)} | ${r.failures} | ${response} |`);
    }
  }
  console.log();
  console.log(`Load average (1 min) ${loadAverageBefore[0].toFixed(1)} before, ${loadAverageAfter[0].toFixed(1)} after; ${Number(values.clients)} clients, best of ${values.repeat} turns of ${values.seconds} s after ${values.warmup} s warm-up.`);
  if (!delivery) return;
  console.log();
  if (delivery.error) {
    console.log(`Subscription delivery: failed: ${delivery.error}`);
    return;
  }
  console.log(`Subscription delivery to ${delivery.subscribers} subscribers of workflowRunsChanged, ${delivery.rounds} runs (RUNNING, then CANCELED):`);
  console.log();
  console.log('| change | deliveries | p50 ms | p99 ms | max ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, s] of [['RUNNING', delivery.running], ['CANCELED', delivery.canceled], ['all', delivery.all]]) {
    console.log(`| ${name} | ${s.deliveries} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.max)} |`);
  }
}
