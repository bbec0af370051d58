#!/usr/bin/env node
// Subscribes over graphql-transport-ws with graphql-ws's own createClient (the reference client) and
// prints what the client reports, one JSON object per line:
//   {"event":"connected"}  {"event":"next","payload":{...}}  {"event":"complete"}
//   {"event":"error","error":...}  {"event":"closed","code":1000,"reason":""}  {"event":"timeout"}
// Usage: node ws-client-subscribe.mjs <ws-url> '<document>' [--variables '<json>'] [--init '<connection_init payload json>'] [--timeout-ms 15000]
// Exit code 0 when the operation completed, 1 otherwise.
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import parseSubscribeArgs from './subscribe-args.cjs';

const { url, query, variables, init, timeoutMs } = parseSubscribeArgs('ws-client-subscribe.mjs');

const print = (event) => console.log(JSON.stringify(event));
const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: init,
  retryAttempts: 0,
  on: {
    connected: () => print({ event: 'connected' }),
    closed: (event) => print({ event: 'closed', code: event?.code, reason: event?.reason ?? '' }),
  },
});

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
  client.dispose();
}

client.subscribe(
  { query, variables },
  {
    next: (payload) => print({ event: 'next', payload }),
    // An error is a list of GraphQL errors (the error message), a close event, or an Error.
    error: (error) => {
      print({ event: 'error', error: Array.isArray(error) ? error : error?.code ? { code: error.code, reason: error.reason } : String(error) });
      finish(1);
    },
    complete: () => {
      print({ event: 'complete' });
      finish(0);
    },
  },
);
