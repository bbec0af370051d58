// Delivery delay of run state changes to many graphql-transport-ws subscribers of workflowRunsChanged.
//
// Definition: for each subscriber and each state change, (time the subscriber's client received the event)
// minus (the server's timestamp of the change: the run's startedAt for RUNNING, finishedAt for CANCELED).
// Both timestamps are written in the transaction that commits the new state, so the delay covers commit,
// publication, the payload's resolution, the socket and the client's parsing. Server times have
// millisecond precision (truncated), so a figure may read up to 1 ms high.
//
// Each round starts a run of the seeded Wait workflow (one `sleep` step), waits until every subscriber has
// seen it RUNNING, cancels it and waits until every subscriber has seen it CANCELED. A first round, not
// counted, proves that every subscription is live.
// usage: node delivery.mjs <graphql-url> <seed.json> [--subscribers 1000] [--rounds 10]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { globalId, post, readDocument } from './graphql-request.mjs';
import { percentile } from './load.mjs';

const ConnectBatch = 100;
const WaitLimitMs = 60_000;

export async function measureDelivery({ url, seed, subscribers = 1000, rounds = 10 }) {
  const wsUrl = url.replace(/^http/, 'ws');
  const workflowId = globalId('Workflow', seed.waitWorkflowId);
  const groupId = globalId('Group', seed.waitGroupId);
  const arrivals = new Arrivals();
  const clients = [];
  try {
    for (let i = 0; i < subscribers; i += ConnectBatch) {
      const batch = Array.from({ length: Math.min(ConnectBatch, subscribers - i) }, () => connect(wsUrl));
      clients.push(...await Promise.all(batch));
    }
    const query = readDocument('workflow-runs-changed');
    for (const client of clients) {
      client.subscribe({ query, variables: { workflowId } }, {
        next: (result) => arrivals.add(result, performance.timeOrigin + performance.now()),
        error: (error) => arrivals.fail(error),
        complete: () => {},
      });
    }
    const running = [];
    const canceled = [];
    for (let round = 0; round <= rounds; round++) {
      const runId = await startRun(url, groupId);
      running.push(...await arrivals.waitForAll(runId, 'RUNNING', subscribers));
      await cancelRun(url, runId);
      canceled.push(...await arrivals.waitForAll(runId, 'CANCELED', subscribers));
      if (round === 0) {
        running.length = 0;
        canceled.length = 0;
      }
    }
    return { subscribers, rounds, running: summary(running), canceled: summary(canceled), all: summary([...running, ...canceled]) };
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
  }
}

function connect(url) {
  return new Promise((resolve, reject) => {
    const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, on: {
      connected: () => resolve(client),
      error: reject,
    } });
  });
}

async function startRun(url, groupId) {
  const response = await post(url, readDocument('start-run'), { groupId });
  const run = response.data?.startRun?.run;
  if (!run) throw new Error(`startRun failed: ${JSON.stringify(response)}`);
  return run.id;
}

async function cancelRun(url, runId) {
  const response = await post(url, readDocument('cancel-run'), { runId });
  if (response.data?.cancelRun?.run?.state !== 'CANCELED') throw new Error(`cancelRun failed: ${JSON.stringify(response)}`);
}

/** Delays (ms) per run and state, one per subscriber that received the change. */
class Arrivals {
  #delays = new Map();
  #waiters = new Set();
  #error = null;

  add(result, receivedAt) {
    const event = result.data?.workflowRunsChanged;
    if (!event?.run) return this.fail(new Error(`event without run: ${JSON.stringify(result)}`));
    // Step events carry the run too, in its unchanged state; only the run's own transitions count.
    if (event.kind !== 'STATE_CHANGED') return;
    const { run } = event;
    const stamp = run.state === 'RUNNING' ? run.startedAt : run.finishedAt;
    if (stamp == null) return;
    const key = `${run.id}:${run.state}`;
    const delays = this.#delays.get(key) ?? [];
    delays.push(receivedAt - Date.parse(stamp));
    this.#delays.set(key, delays);
    this.#notify();
  }

  fail(error) {
    this.#error ??= error;
    this.#notify();
  }

  waitForAll(runId, state, count) {
    const key = `${runId}:${state}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(
        `${this.#delays.get(key)?.length ?? 0} of ${count} subscribers saw ${state} within ${WaitLimitMs} ms`)), WaitLimitMs);
      const finish = (error) => {
        clearTimeout(timer);
        this.#waiters.delete(check);
        if (error) reject(error); else resolve(this.#delays.get(key));
      };
      const check = () => {
        if (this.#error) finish(this.#error);
        else if ((this.#delays.get(key)?.length ?? 0) >= count) finish();
      };
      this.#waiters.add(check);
      check();
    });
  }

  #notify() {
    for (const check of [...this.#waiters]) check();
  }
}

function summary(delays) {
  const sorted = [...delays].sort((a, b) => a - b);
  return { deliveries: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { subscribers: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '10' } },
  });
  if (positionals.length !== 2) {
    console.error('usage: node delivery.mjs <graphql-url> <seed.json> [--subscribers 1000] [--rounds 10]');
    process.exit(2);
  }
  const result = await measureDelivery({
    url: positionals[0],
    seed: JSON.parse(readFileSync(positionals[1], 'utf8')),
    subscribers: Number(values.subscribers),
    rounds: Number(values.rounds),
  });
  console.log(JSON.stringify(result));
}
