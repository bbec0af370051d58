#!/usr/bin/env node
// Differential validation oracle: graphql-js 16.15.0 (primary) and 17.1.0 (September-2025 rules).
//
// Usage:
//   node validate-oracle.mjs --schema <schema.graphql> <corpus-dir> [--pretty] [--summary]
//
// Every *.graphql file below <corpus-dir> (recursively, sorted by relative path with ordinal
// comparison) is a document, except files named schema*.graphql. A document is validated against
// the nearest schema*.graphql in its own folder or an ancestor folder below <corpus-dir>, falling
// back to --schema. (So a subfolder with its own schema, e.g. no-subscription/schema-no-subscription.graphql,
// gets that schema.)
//
// Output (stdout, one JSON document):
// {
//   "oracle": { "graphql": "16.15.0", "graphql17": "17.1.0" },
//   "root": "<corpus-dir as given>",
//   "documents": [
//     { "file": "merging/merging-conflicting-args-invalid.graphql",   // relative to corpus dir, '/' separators
//       "schema": "schema.graphql",                                    // relative to corpus dir
//       "verdict": "VALID" | "INVALID" | "SYNTAX" | "CRASH",
//       "rules": ["OverlappingFieldsCanBeMergedRule", ...],            // rules that report >=1 error when run ALONE
//       "threw": [],                                                   // rules that throw when run alone (graphql-js bugs)
//       "errors": [{ "message": "...", "locations": [{ "line": 1, "column": 3 }] }],
//       "v17": { "verdict": ..., "rules": [...], "threw": [...], "errors": [...] } }
//   ],
//   "summary": { "total": n, "VALID": n, "INVALID": n, "SYNTAX": n, "CRASH": n, "v17": {...} }
// }
// Rule sets: graphql-js specifiedRules minus the non-spec MaxIntrospectionDepthRule.
// `rules` is sorted in specifiedRules order. For SYNTAX the `errors` hold the parse error; for
// CRASH a single error "graphql-js validate() threw: ...". Exit code 0 unless the CLI is misused
// or a schema fails to build.
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { g16, g17, specRules, listDocuments, schemaFileFor, parseArgs } from './lib.mjs';

let opts;
try {
  opts = parseArgs(process.argv.slice(2), { flags: ['--pretty', '--summary'], options: ['--schema'] });
} catch (e) { console.error(e.message); process.exit(2); }
if (!opts.schema || opts._.length !== 1) {
  console.error('usage: node validate-oracle.mjs --schema <schema.graphql> <corpus-dir> [--pretty] [--summary]');
  process.exit(2);
}
const root = opts._[0];
const oracles = [g16, g17].map((g) => ({ g, rules: specRules(g), schemas: new Map() }));

function schemaOf(o, file) {
  let s = o.schemas.get(file);
  if (!s) {
    s = o.g.buildSchema(readFileSync(file, 'utf8'));
    const errs = o.g.validateSchema(s);
    if (errs.length) throw new Error(`schema ${file} is invalid for graphql ${o.g.version}: ${errs.map((e) => e.message).join('; ')}`);
    o.schemas.set(file, s);
  }
  return s;
}

const errJson = (e) => ({ message: e.message, locations: e.locations ?? [] });

function judge(o, source, schemaFile) {
  const { g, rules } = o;
  const schema = schemaOf(o, schemaFile);
  let doc;
  try {
    doc = g.parse(source);
  } catch (e) {
    if (!(e instanceof g.GraphQLError)) throw e;
    return { verdict: 'SYNTAX', rules: [], threw: [], errors: [errJson(e)] };
  }
  const res = { verdict: 'VALID', rules: [], threw: [], errors: [] };
  try {
    const errors = g.validate(schema, doc, rules);
    if (errors.length) { res.verdict = 'INVALID'; res.errors = errors.map(errJson); }
  } catch (e) {
    res.verdict = 'CRASH';
    res.errors = [{ message: 'graphql-js validate() threw: ' + e.message, locations: [] }];
  }
  if (res.verdict !== 'VALID') {
    for (const r of rules) {
      try {
        if (g.validate(schema, doc, [r]).length) res.rules.push(r.name);
      } catch {
        res.threw.push(r.name);
      }
    }
  }
  return res;
}

let documents;
try {
  documents = listDocuments(root).map(({ path, rel }) => {
    const schemaFile = schemaFileFor(path, root, opts.schema);
    const source = readFileSync(path, 'utf8');
    const a = judge(oracles[0], source, schemaFile);
    const b = judge(oracles[1], source, schemaFile);
    return { file: rel, schema: relative(root, schemaFile).split(sep).join('/'), ...a, v17: b };
  });
} catch (e) {
  console.error('validate-oracle: ' + (e.stack ?? e.message));
  process.exit(3);
}
const count = (list) => {
  const c = { total: list.length, VALID: 0, INVALID: 0, SYNTAX: 0, CRASH: 0 };
  for (const d of list) c[d.verdict]++;
  return c;
};
const summary = { ...count(documents), v17: count(documents.map((d) => d.v17)) };
if (opts.summary) {
  console.log(JSON.stringify(summary));
} else {
  const out = { oracle: { graphql: g16.version, graphql17: g17.version }, root, documents, summary };
  process.stdout.write(JSON.stringify(out, null, opts.pretty ? 2 : 0) + '\n');
}
