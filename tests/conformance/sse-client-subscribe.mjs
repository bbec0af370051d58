// Subscribes with graphql-sse's own client (distinct connections mode) and prints what it receives.
// Usage: node sse-client-subscribe.mjs <url> '<query>' ['<variables json>'] ['<headers json>']
// Prints one JSON line per event: {"event":"next","data":<result>} ..., then {"event":"complete"}
// or {"event":"error","message":...}. Exit code 0 on complete, 1 on error.
import { createClient } from 'graphql-sse';

const [url, query, variables = '{}', headers = '{}'] = process.argv.slice(2);
if (!url || !query) {
  console.error("usage: node sse-client-subscribe.mjs <url> '<query>' ['<variables json>'] ['<headers json>']");
  process.exit(2);
}

const client = createClient({ url, singleConnection: false, retryAttempts: 0, headers: JSON.parse(headers) });
try {
  for await (const result of client.iterate({ query, variables: JSON.parse(variables) })) {
    console.log(JSON.stringify({ event: 'next', data: result }));
  }
  console.log(JSON.stringify({ event: 'complete' }));
} catch (error) {
  console.log(JSON.stringify({ event: 'error', message: String(error?.message ?? error) }));
  process.exitCode = 1;
} finally {
  client.dispose();
}
