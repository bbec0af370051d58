#!/usr/bin/env node
// Subscribes over the legacy "graphql-ws" subprotocol with Apollo's own SubscriptionClient
// (subscriptions-transport-ws) and prints what the client reports, one JSON object per line:
//   {"event":"connected"}  {"event":"next","payload":{...}}  {"event":"complete"}
//   {"event":"error","error":...}  {"event":"timeout"}
// Usage: node legacy-client-subscribe.cjs <ws-url> '<document>' [--variables '<json>'] [--init '<connection_init payload json>'] [--timeout-ms 15000]
// Exit code 0 when the operation completed, 1 otherwise.
'use strict';
const { SubscriptionClient } = require('subscriptions-transport-ws');
const WebSocket = require('ws');

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const variables = option('--variables');
const init = option('--init');
const timeoutMs = Number(option('--timeout-ms') ?? 15000);
const [url, query] = args;
if (!url || !query) {
  console.error('usage: node legacy-client-subscribe.cjs <ws-url> <document> [--variables json] [--init json] [--timeout-ms n]');
  process.exit(2);
}

const print = (event) => console.log(JSON.stringify(event));
const client = new SubscriptionClient(
  url,
  { reconnect: false, connectionParams: init ? JSON.parse(init) : undefined },
  WebSocket,
);
client.onConnected(() => print({ event: 'connected' }));

let finished = false;
const timer = setTimeout(() => {
  print({ event: 'timeout' });
  finish(1);
}, timeoutMs);

function finish(exitCode) {
  if (finished) return;
  finished = true;
  clearTimeout(timer);
  process.exitCode = exitCode;
  client.close();
}

client.request({ query, variables: variables ? JSON.parse(variables) : undefined }).subscribe({
  next: (payload) => print({ event: 'next', payload }),
  error: (error) => {
    print({ event: 'error', error: Array.isArray(error) ? error : String(error?.message ?? error) });
    finish(1);
  },
  complete: () => {
    print({ event: 'complete' });
    finish(0);
  },
});
