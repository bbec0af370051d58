// Shared helpers for the Flowserv.GraphQL conformance drivers.
// graphql-js is always loaded through CommonJS `require` so every object (schema, AST, rules)
// comes from ONE module instance: mixing graphql's ESM and CJS builds, or v16 and v17, breaks
// graphql-js's instanceof checks ("Cannot use GraphQLSchema from another module or realm").
import { createRequire } from 'node:module';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep, basename, dirname } from 'node:path';

const require = createRequire(import.meta.url);

/** graphql@16.15.0 (October-2021 spec + OneOf) */
export const g16 = require('graphql');
/** graphql@17.1.0 installed under the npm alias "graphql17" (September-2025 rules). */
export const g17 = require('graphql17');

/** specifiedRules without graphql-js's non-spec MaxIntrospectionDepthRule. */
export function specRules(g) {
  const extra = new Set(g.recommendedRules ?? []);
  return g.specifiedRules.filter((r) => !extra.has(r) && r.name !== 'MaxIntrospectionDepthRule');
}

/** A file named schema*.graphql is a schema, not a corpus document. */
export const isSchemaFile = (p) => /^schema.*\.graphql$/i.test(basename(p));

/** Recursively lists corpus documents (*.graphql, except schema files), sorted by relative path (ordinal). */
export function listDocuments(root) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.graphql') && !isSchemaFile(p)) out.push(p);
    }
  };
  walk(root);
  const rel = (p) => relative(root, p).split(sep).join('/');
  return out.map((p) => ({ path: p, rel: rel(p) })).sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

/**
 * The schema file governing a document: the nearest schema*.graphql in the document's folder or an
 * ancestor folder below `root`; otherwise the root schema given on the command line.
 */
export function schemaFileFor(docPath, root, rootSchema) {
  let dir = dirname(docPath);
  const stop = root.replace(/[\\/]+$/, '');
  while (dir.length > stop.length && dir.startsWith(stop)) {
    const cands = readdirSync(dir).filter((n) => isSchemaFile(n)).sort();
    if (cands.length) return join(dir, cands[0]);
    dir = dirname(dir);
  }
  return rootSchema;
}

export function parseArgs(argv, { flags = [], options = [] } = {}) {
  const res = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (options.includes(a)) res[a.replace(/^--/, '')] = argv[++i];
    else if (flags.includes(a)) res[a.replace(/^--/, '')] = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else res._.push(a);
  }
  return res;
}
