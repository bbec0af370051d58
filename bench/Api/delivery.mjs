// Delivery delay of run state changes to many graphql-transport-ws subscribers of workflowRunsChanged.
//
// Definition: for each subscriber and each state change, (time the subscriber's client received the event)
// minus (the server's timestamp of the change: the run's startedAt for RUNNING, finishedAt for CANCELED).
// Both timestamps are written in the transaction that commits the new state, so the delay covers commit,
// publication, the payload's resolution, the socket and the client's parsing. Server times have
// millisecond precision (truncated), so a figure may read up to 1 ms high.
//
// Each round starts a run of the seeded Wait workflow (one `sleep` step), waits until every subscriber has
// seen it RUNNING, cancels it and waits until every subscriber has seen it CANCELED. Warm-up rounds, not
// counted, let every subscription become live (the protocol does not acknowledge a subscribe, and one that
// starts after a change misses it, so a warm-up round waits at most WarmupWaitMs) and the server's JIT
// finish: .NET recompiles a method with full optimization after 30 calls, and a run's start and cancel
// paths are taken once per round.
// The subscribers are spread over --threads client threads (delivery-subscribers.mjs): a thousand
// subscribers are a thousand clients, and one JavaScript thread decoding all their sockets in turn would
// add its own queue to the delay it measures.
// usage: node delivery.mjs <graphql-url> <seed.json> [--subscribers 1000] [--rounds 10] [--warmup-rounds 150] [--threads 2]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { globalId, post, readDocument } from './graphql-request.mjs';
import { percentile } from './load.mjs';

const WaitLimitMs = 60_000;
const WarmupWaitMs = 5_000;

export async function measureDelivery({ url, seed, subscribers = 1000, rounds = 10, warmupRounds = 150, threads = 2 }) {
  const groupId = globalId('Group', seed.waitGroupId);
  const subscriberThreads = shares(subscribers, threads).map((count) => new SubscriberThread({
    url: url.replace(/^http/, 'ws'),
    query: readDocument('workflow-runs-changed'),
    workflowId: globalId('Workflow', seed.waitWorkflowId),
    count,
  }));
  try {
    await Promise.all(subscriberThreads.map((thread) => thread.ready));
    const running = [];
    const canceled = [];
    for (let round = 0; round < Math.max(1, warmupRounds) + rounds; round++) {
      const measured = round >= Math.max(1, warmupRounds);
      const runId = await startRun(url, groupId);
      const runningDelays = await seenByAll(subscriberThreads, `${runId}:RUNNING`, measured);
      await cancelRun(url, runId);
      const canceledDelays = await seenByAll(subscriberThreads, `${runId}:CANCELED`, measured);
      if (measured) {
        running.push(...runningDelays);
        canceled.push(...canceledDelays);
      }
    }
    return {
      subscribers, threads, warmupRounds, rounds,
      running: summary(running), canceled: summary(canceled), all: summary([...running, ...canceled]),
    };
  } finally {
    await Promise.all(subscriberThreads.map((thread) => thread.stop()));
  }
}

function shares(total, parts) {
  return Array.from({ length: parts }, (_, i) => Math.floor(total / parts) + (i < total % parts ? 1 : 0)).filter((n) => n > 0);
}

async function seenByAll(subscriberThreads, key, required) {
  return (await Promise.all(subscriberThreads.map((thread) => thread.seen(key, required)))).flat();
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

/** A client thread's subscribers, as the main thread waits for them. */
class SubscriberThread {
  #worker;
  #reports = new Map();
  #waiters = new Map();
  #error = null;

  constructor(workerData) {
    this.#worker = new Worker(new URL('./delivery-subscribers.mjs', import.meta.url), { workerData });
    this.ready = new Promise((resolve, reject) => {
      this.#worker.on('message', (message) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'seen') this.#report(message.key, message.delays);
        else this.#fail(new Error(message.message));
      });
      this.#worker.on('error', (error) => this.#fail(error));
      this.#failReady = reject;
    });
  }

  #failReady;

  /** Every subscriber's delay for key; when not required, after WarmupWaitMs whatever arrived by then (maybe nothing). */
  seen(key, required) {
    if (this.#error) return Promise.reject(this.#error);
    if (this.#reports.has(key)) return Promise.resolve(this.#take(key));
    return new Promise((resolve, reject) => {
      const timer = required
        ? setTimeout(() => this.#fail(new Error(`not every subscriber saw ${key} within ${WaitLimitMs} ms`)), WaitLimitMs)
        : setTimeout(() => { this.#waiters.delete(key); resolve([]); }, WarmupWaitMs);
      this.#waiters.set(key, { resolve: (delays) => { clearTimeout(timer); resolve(delays); }, reject: (error) => { clearTimeout(timer); reject(error); } });
    });
  }

  async stop() {
    const exited = new Promise((resolve) => this.#worker.once('exit', resolve));
    this.#worker.postMessage('stop');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await this.#worker.terminate();
  }

  #report(key, delays) {
    this.#reports.set(key, delays);
    const waiter = this.#waiters.get(key);
    if (waiter) {
      this.#waiters.delete(key);
      waiter.resolve(this.#take(key));
    }
  }

  #take(key) {
    const delays = this.#reports.get(key);
    this.#reports.delete(key);
    return delays;
  }

  #fail(error) {
    this.#error ??= error;
    this.#failReady(error);
    for (const waiter of this.#waiters.values()) waiter.reject(this.#error);
    this.#waiters.clear();
  }
}

function summary(delays) {
  const sorted = [...delays].sort((a, b) => a - b);
  return { deliveries: sorted.length, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99), max: sorted.at(-1) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      subscribers: { type: 'string', default: '1000' },
      rounds: { type: 'string', default: '10' },
      'warmup-rounds': { type: 'string', default: '150' },
      threads: { type: 'string', default: '2' },
    },
  });
  if (positionals.length !== 2) {
    console.error('usage: node delivery.mjs <graphql-url> <seed.json> [--subscribers 1000] [--rounds 10] [--warmup-rounds 150] [--threads 2]');
    process.exit(2);
  }
  const result = await measureDelivery({
    url: positionals[0],
    seed: JSON.parse(readFileSync(positionals[1], 'utf8')),
    subscribers: Number(values.subscribers),
    rounds: Number(values.rounds),
    warmupRounds: Number(values['warmup-rounds']),
    threads: Number(values.threads),
  });
  console.log(JSON.stringify(result));
}
