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
const parseSubscribeArgs = require('./subscribe-args.cjs');

const { url, query, variables, init, timeoutMs } = parseSubscribeArgs('legacy-client-subscribe.cjs');

const print = (event) => console.log(JSON.stringify(event));
const client = new SubscriptionClient(
  url,
  { reconnect: false, connectionParams: init },
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

client.request({ query, variables }).subscribe({
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
