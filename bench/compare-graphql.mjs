#!/usr/bin/env node
// Joins the graphql-js and Flowserv.GraphQL benchmark reports (same documents, same loop, same run)
// into one table: speed-up = graphql-js mean time / our mean time (above 1: we are faster).
import { readFileSync } from 'node:fs';

const [jsFile, ourFile] = process.argv.slice(2);
const js = JSON.parse(readFileSync(jsFile, 'utf8'));
const ours = JSON.parse(readFileSync(ourFile, 'utf8'));
const key = (r) => `${r.document}/${r.phase}`;
const jsByKey = new Map(js.results.map((r) => [key(r), r]));

const rows = ours.results.map((r) => {
  const reference = jsByKey.get(key(r));
  return {
    document: r.document,
    phase: r.phase,
    'graphql-js µs': reference?.meanUs,
    'ours µs': r.meanUs,
    'speed-up': reference ? +(reference.meanUs / r.meanUs).toFixed(2) : null,
  };
});
console.table(rows);

const jsHashes = new Map(js.documents.map((d) => [d.document, d.resultSha256]));
let sameResults = true;
for (const d of ours.documents) {
  const same = jsHashes.get(d.document) === d.resultSha256;
  sameResults &&= same;
  console.log(`${d.document}: response ${same ? 'identical to' : 'DIFFERS from'} graphql-js (${d.resultBytes} bytes)`);
}
const slower = rows.filter((r) => r['speed-up'] !== null && r['speed-up'] < 1).length;
console.log(`${rows.length - slower} of ${rows.length} measurements faster than graphql-js ${js.version} on ${js.node}`);
process.exitCode = sameResults ? 0 : 1;
