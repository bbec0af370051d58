// One thread's share of the delivery test's subscribers (see delivery.mjs): connects them, subscribes each to
// workflowRunsChanged, and reports to the main thread, per run and state, every subscriber's delay once all of
// them have received that state change.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const ConnectBatch = 100;
const { url, query, workflowId, count } = workerData;
const delays = new Map();
const clients = [];

function connect() {
  return new Promise((resolve, reject) => {
    const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0, on: {
      connected: () => resolve(client),
      error: reject,
    } });
  });
}

function arrived(result, receivedAt) {
  const event = result.data?.workflowRunsChanged;
  if (!event?.run) return failed(new Error(`event without run: ${JSON.stringify(result)}`));
  // Step events carry the run too, in its unchanged state; only the run's own transitions count.
  if (event.kind !== 'STATE_CHANGED') return;
  const { run } = event;
  const stamp = run.state === 'RUNNING' ? run.startedAt : run.finishedAt;
  if (stamp == null) return;
  const key = `${run.id}:${run.state}`;
  const seen = delays.get(key) ?? [];
  seen.push(receivedAt - Date.parse(stamp));
  delays.set(key, seen);
  if (seen.length === count) {
    parentPort.postMessage({ type: 'seen', key, delays: seen });
    delays.delete(key);
  }
}

function failed(error) {
  parentPort.postMessage({ type: 'error', message: String(error?.message ?? error) });
}

parentPort.on('message', async (message) => {
  if (message !== 'stop') return;
  await Promise.all(clients.map((client) => client.dispose()));
  process.exit(0);
});

try {
  for (let i = 0; i < count; i += ConnectBatch) {
    clients.push(...await Promise.all(Array.from({ length: Math.min(ConnectBatch, count - i) }, connect)));
  }
  for (const client of clients) {
    client.subscribe({ query, variables: { workflowId } }, {
      next: (result) => arrived(result, performance.timeOrigin + performance.now()),
      error: failed,
      complete: () => {},
    });
  }
  parentPort.postMessage({ type: 'ready' });
} catch (error) {
  failed(error);
}
