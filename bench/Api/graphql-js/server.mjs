// graphql-js 16 behind graphql-http on Node's http server, over the engine's SQLite database.
// usage: node server.mjs <flowserv.db> [--port 5182] [--workers 1]
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { openDatabase } from './database.mjs';
import { createResolvers } from './resolvers.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { port: { type: 'string', default: '5182' }, workers: { type: 'string', default: '1' } },
});
if (positionals.length !== 1) {
  console.error('usage: node server.mjs <flowserv.db> [--port 5182] [--workers 1]');
  process.exit(2);
}
const workers = Number(values.workers);

if (cluster.isPrimary && workers > 1) {
  // Node runs JavaScript on one core; a production deployment forks one worker per core.
  for (let i = 0; i < workers; i++) cluster.fork();
  const stop = () => { for (const worker of Object.values(cluster.workers)) worker.kill(); process.exit(0); };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} else {
  const database = openDatabase(positionals[0]);
  const schema = buildSchema(readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8'));
  for (const [typeName, fields] of Object.entries(createResolvers(database))) {
    const typeFields = schema.getType(typeName).getFields();
    for (const [fieldName, resolve] of Object.entries(fields)) typeFields[fieldName].resolve = resolve;
  }
  const handler = createHandler({ schema, context: () => ({ loaders: database.createLoaders() }) });
  http.createServer((req, res) => {
    if (req.url.startsWith('/graphql')) {
      handler(req, res).catch((error) => { res.writeHead(500).end(String(error)); });
    } else {
      res.writeHead(404).end();
    }
  }).listen(Number(values.port), '127.0.0.1', () => {
    if (cluster.isPrimary || cluster.worker.id === 1) console.log(`graphql-js listening on http://127.0.0.1:${values.port}/graphql`);
  });
}
