#!/usr/bin/env node
// graphql-js reference benchmark: parse, validate and execute of the documents in ./documents over
// ./schema.graphql with root data ./data.json (default property resolution; see README.md).
//
// Usage: node bench.mjs [--time-ms 1000] [--warmup-ms 300] [--only <document-name>] [--pretty]
// Prints one JSON document on stdout:
// {
//   "engine": "graphql-js", "version": "16.15.0", "node": "v20.x", "platform": "...", "cpus": "...",
//   "timeMs": 1000, "warmupMs": 300,
//   "results": [
//     { "document": "small", "phase": "parse" | "validate" | "execute",
//       "iterations": 123456, "totalMs": 1000.1, "opsPerSec": 123450.6, "meanUs": 8.101 }
//   ],
//   "documents": [
//     { "document": "small", "fieldSelections": 10, "resultBytes": 1234, "resultSha256": "..." }
//   ]
// }
// resultSha256 is the SHA-256 of JSON.stringify(executionResult) (keys in response order, no
// whitespace), so another engine can check it produced the identical response before comparing times.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { dirname, join, basename } from 'node:path';
import { cpus, platform, arch } from 'node:os';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const graphql = require('graphql'); // CommonJS build: one module instance
const { buildSchema, parse, validate, execute, specifiedRules, recommendedRules, Source, visit } = graphql;

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i < 0 ? def : args[i + 1]; };
const timeMs = Number(opt('--time-ms', 1000));
const warmupMs = Number(opt('--warmup-ms', 300));
const warmupRuns = Number(opt('--warmup-runs', 200));
const only = opt('--only', null);
const pretty = args.includes('--pretty');

const schema = buildSchema(readFileSync(join(here, 'schema.graphql'), 'utf8'));
const rootValue = JSON.parse(readFileSync(join(here, 'data.json'), 'utf8'));
// Spec rules only (graphql-js 16 appends the non-spec MaxIntrospectionDepthRule to specifiedRules).
const rules = specifiedRules.filter((r) => !(recommendedRules ?? []).includes(r));

const docsDir = join(here, 'documents');
const documents = readdirSync(docsDir)
  .filter((f) => f.endsWith('.graphql'))
  .sort()
  .map((f) => {
    const name = basename(f, '.graphql');
    const varsFile = join(docsDir, name + '.variables.json');
    return {
      name,
      source: readFileSync(join(docsDir, f), 'utf8'),
      variables: existsSync(varsFile) ? JSON.parse(readFileSync(varsFile, 'utf8')) : undefined,
    };
  })
  .filter((d) => !only || d.name === only);

function measure(fn) {
  // warm-up (lets V8 optimize), then run batches until timeMs has elapsed
  // Warm up for a minimum time AND a minimum number of runs, so slow documents also reach optimized code.
  const w0 = performance.now();
  for (let runs = 0; runs < warmupRuns || performance.now() - w0 < warmupMs; runs++) fn();
  let iterations = 0;
  let batch = 1;
  const t0 = performance.now();
  let elapsed = 0;
  while (elapsed < timeMs) {
    for (let i = 0; i < batch; i++) fn();
    iterations += batch;
    elapsed = performance.now() - t0;
    if (elapsed < timeMs / 20) batch *= 2;
  }
  return { iterations, totalMs: +elapsed.toFixed(3), opsPerSec: +((iterations * 1000) / elapsed).toFixed(1), meanUs: +((elapsed * 1000) / iterations).toFixed(3) };
}

const results = [];
const docInfo = [];
for (const d of documents) {
  const ast = parse(d.source);
  const errors = validate(schema, ast, rules);
  if (errors.length) throw new Error(`${d.name}: invalid document: ${errors.map((e) => e.message).join('; ')}`);
  const run = () => execute({ schema, document: ast, rootValue, variableValues: d.variables });
  const once = run();
  if (typeof once.then === 'function') throw new Error('execution unexpectedly async');
  if (once.errors) throw new Error(`${d.name}: execution errors: ${JSON.stringify(once.errors).slice(0, 500)}`);
  const json = JSON.stringify(once);
  let fields = 0;
  visit(ast, { Field() { fields++; } });
  docInfo.push({ document: d.name, fieldSelections: fields, resultBytes: Buffer.byteLength(json), resultSha256: createHash('sha256').update(json).digest('hex') });

  results.push({ document: d.name, phase: 'parse', ...measure(() => parse(new Source(d.source))) });
  results.push({ document: d.name, phase: 'validate', ...measure(() => validate(schema, ast, rules)) });
  results.push({ document: d.name, phase: 'execute', ...measure(run) });
}

const out = {
  engine: 'graphql-js',
  version: graphql.version,
  node: process.version,
  platform: `${platform()}-${arch()}`,
  cpus: `${cpus().length} x ${cpus()[0]?.model ?? 'unknown'}`,
  timeMs,
  warmupMs,
  results,
  documents: docInfo,
};
process.stdout.write(JSON.stringify(out, null, pretty ? 2 : 0) + '\n');
