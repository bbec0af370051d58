#!/usr/bin/env node
// Introspection oracle for Flowserv.GraphQL.
//
// Usage:
//   node introspection-check.mjs <introspection.json> <our-sdl-file> [--save-sdl <file>] [--oracle 16|17] [--pretty]
//   node introspection-check.mjs --print-introspection-query [--oracle 16|17]
//
// Input: <introspection.json> is OUR server's response to the full introspection query (the text in
// introspection-query.graphql next to this script, == graphql-js getIntrospectionQuery({descriptions,
// specifiedByUrl, directiveIsRepeatable, schemaDescription, inputValueDeprecation, oneOf: true})),
// either the whole response `{"data": {"__schema": ...}}` or just `{"__schema": ...}`.
// <our-sdl-file> is OUR printed SDL of the same schema.
//
// What it does, with graphql-js (16.15.0 by default, 17.1.0 with --oracle 17):
//   1. buildClientSchema(introspection)   -- fails on malformed introspection
//   2. assertValidSchema(rebuilt)         -- spec §3 type-system validation
//   3. printSchema(rebuilt) compared with our SDL text (exact, after trimming trailing whitespace of
//      every line and trailing blank lines)
//   4. runs a fixed set of introspection queries on the rebuilt schema with graphql-js `graphql()`
//      and prints their results, so the C# test executes the same queries on our engine and compares
//      the JSON byte-for-byte (JSON.stringify form: no whitespace, keys in response order).
//
// Output (stdout, one JSON document; exit code 0 when checks 1-3 pass, 1 otherwise, 2 on CLI misuse):
// {
//   "oracle": "16.15.0",
//   "ok": true,
//   "checks": {
//     "buildClientSchema": { "ok": true, "error": null },
//     "assertValidSchema": { "ok": true, "error": null },
//     "sdl": { "ok": true, "firstDifference": null | { "line": 12, "graphqlJs": "...", "ours": "..." } }
//   },
//   "sdl": "<printSchema of the rebuilt schema>",
//   "queries": [
//     { "name": "...", "query": "...", "variables": {..} | null, "operationName": null,
//       "kind": "data" | "request-error",
//       "expected": { "data": ... } | { "errors": [...] },
//       "expectedJson": "<JSON.stringify(expected)>" }
//   ]
// }
// For kind "data" our response must equal expectedJson byte-for-byte (serialize {"data": ...} only,
// no "errors" key). For kind "request-error" only the shape is compared: no "data" key and at least one
// error (messages differ by design).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { g16, g17, parseArgs, specRules } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
let opts;
try {
  opts = parseArgs(process.argv.slice(2), { flags: ['--pretty', '--print-introspection-query'], options: ['--save-sdl', '--oracle'] });
} catch (e) { console.error(e.message); process.exit(2); }
const g = opts.oracle === '17' ? g17 : g16;

export const INTROSPECTION_OPTIONS = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};
const fullQuery = g.getIntrospectionQuery(INTROSPECTION_OPTIONS);

if (opts['print-introspection-query']) {
  process.stdout.write(fullQuery + '\n');
  process.exit(0);
}
if (opts._.length !== 2) {
  console.error('usage: node introspection-check.mjs <introspection.json> <our-sdl-file> [--save-sdl f] [--oracle 16|17] [--pretty]\n' +
    '       node introspection-check.mjs --print-introspection-query [--oracle 16|17]');
  process.exit(2);
}
const [introFile, sdlFile] = opts._;

const result = {
  oracle: g.version,
  ok: false,
  checks: {
    buildClientSchema: { ok: false, error: null },
    assertValidSchema: { ok: false, error: null },
    sdl: { ok: false, firstDifference: null },
  },
  sdl: null,
  queries: [],
};
// Never call process.exit() after writing: with a pipe on stdout, Node would cut the output at 64 KiB.
const finish = () => {
  process.stdout.write(JSON.stringify(result, null, opts.pretty ? 2 : 0) + '\n');
  process.exitCode = result.ok ? 0 : 1;
};
main();
function main() {

// The committed copy of the full query must be current (the C# test reads it from disk).
const committed = join(here, 'introspection-query.graphql');
try {
  if (g === g16 && readFileSync(committed, 'utf8').trim() !== fullQuery.trim())
    result.checks.introspectionQueryFile = { ok: false, error: `${committed} is stale; regenerate with --print-introspection-query` };
} catch { /* optional */ }

let intro;
try {
  const j = JSON.parse(readFileSync(introFile, 'utf8'));
  if (j.errors?.length) throw new Error('introspection response has errors: ' + JSON.stringify(j.errors));
  intro = j.data ?? j;
  if (!intro.__schema) throw new Error('no __schema in introspection JSON');
} catch (e) {
  result.checks.buildClientSchema.error = 'reading introspection: ' + e.message;
  return finish();
}
let schema;
try {
  schema = g.buildClientSchema(intro);
  result.checks.buildClientSchema.ok = true;
} catch (e) {
  result.checks.buildClientSchema.error = e.message;
  return finish();
}
try {
  g.assertValidSchema(schema);
  result.checks.assertValidSchema.ok = true;
} catch (e) {
  result.checks.assertValidSchema.error = e.message;
}

const normalize = (s) => s.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+$/, '')).join('\n').replace(/\n+$/, '');
const printed = g.printSchema(schema);
result.sdl = printed;
if (opts['save-sdl']) writeFileSync(opts['save-sdl'], printed + '\n');
let ours = null;
try { ours = readFileSync(sdlFile, 'utf8'); } catch (e) { result.checks.sdl.firstDifference = { line: 0, graphqlJs: '', ours: 'cannot read ' + sdlFile + ': ' + e.message }; }
if (ours !== null) {
  const a = normalize(printed).split('\n');
  const b = normalize(ours).split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) result.checks.sdl.ok = true;
  else result.checks.sdl.firstDifference = { line: i + 1, graphqlJs: a[i] ?? '<end of file>', ours: b[i] ?? '<end of file>' };
}

// ---- the query set ----------------------------------------------------------------------------
const named = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__'));
const pick = (pred, fallback) => named.find(pred)?.name ?? fallback;
const isKind = (k) => (t) => g.getNamedType(t) === t && t.constructor.name === k;
const objName = pick((t) => g.isObjectType(t) && t !== schema.getQueryType() && t !== schema.getMutationType() && t !== schema.getSubscriptionType(), schema.getQueryType().name);
const ifaceName = pick((t) => g.isInterfaceType(t) && t.getInterfaces().length > 0, pick((t) => g.isInterfaceType(t), null));
const unionName = pick((t) => g.isUnionType(t), null);
const enumName = pick((t) => g.isEnumType(t) && Object.values(t.getValues()).some((v) => v.deprecationReason != null), pick((t) => g.isEnumType(t), '__TypeKind'));
const inputName = pick((t) => g.isInputObjectType(t) && Object.values(t.getFields()).some((f) => f.defaultValue !== undefined), pick((t) => g.isInputObjectType(t), null));
const oneOfName = pick((t) => g.isInputObjectType(t) && t.isOneOf, null);
const scalarName = pick((t) => g.isScalarType(t) && t.specifiedByURL, pick((t) => g.isScalarType(t) && !g.isSpecifiedScalarType(t), null));
void isKind;
const TYPEREF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

const cases = [
  ['full introspection query', fullQuery],
  ['root __typename', '{ __typename }'],
  ['aliased __typename twice', '{ a: __typename b: __typename }'],
  ['root operation types', '{ __schema { queryType { name kind } mutationType { name kind } subscriptionType { name kind } } }'],
  ['all types: kind and name, in schema order', '{ __schema { types { kind name } } }'],
  ['schema description', '{ __schema { description } }'],
  [`object type ${objName} with includeDeprecated`, `{ __type(name: "${objName}") { kind name description fields(includeDeprecated: true) { name isDeprecated deprecationReason args { name defaultValue type { ${TYPEREF} } } type { ${TYPEREF} } } interfaces { name } possibleTypes { name } enumValues { name } inputFields { name } ofType { name } specifiedByURL isOneOf } }`],
  [`object type ${objName} fields, default includeDeprecated`, `{ __type(name: "${objName}") { fields { name } } }`],
  [`enum ${enumName} values with and without deprecated`, `{ __type(name: "${enumName}") { kind enumValues { name } all: enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } fields { name } inputFields { name } } }`],
  ['built-in scalar shape', '{ __type(name: "String") { kind name description specifiedByURL fields { name } interfaces { name } possibleTypes { name } enumValues { name } inputFields { name } ofType { name } isOneOf } }'],
  ['unknown type is null', '{ __type(name: "NoSuchType_0f3a") { name } }'],
  ['__type name from a variable', 'query TypeByName($n: String!) { __type(name: $n) { name kind } }', { n: objName }],
  ['variable default value used', 'query TypeByDefault($n: String = "Boolean") { __type(name: $n) { name kind } }'],
  ['@skip/@include on introspection fields', 'query SkipInclude($yes: Boolean!, $no: Boolean!) { __typename @skip(if: true) s: __schema @include(if: $yes) { queryType { name } } t: __schema @include(if: $no) { queryType { name } } u: __schema @skip(if: $no) { mutationType { name } } }', { yes: true, no: false }],
  ['named and inline fragments on introspection types', '{ __schema { ...S } } fragment S on __Schema { directives { name isRepeatable locations args { name defaultValue type { kind name ofType { kind name } } } } ... on __Schema { queryType { ... on __Type { name } } } }'],
  ['selection order and merged fields', '{ __schema { queryType { name kind name } } x: __schema { queryType { kind } } __schema { queryType { description } } }'],
  ['__typename inside introspection objects', '{ __schema { __typename queryType { __typename fields { __typename name type { __typename } } } directives { __typename name } } }'],
  ['directives with arguments and defaults', '{ __schema { directives { name description locations isRepeatable args(includeDeprecated: true) { name description defaultValue isDeprecated deprecationReason type { ' + TYPEREF + ' } } } } }'],
  ['deprecated arguments and input fields (includeDeprecated)', '{ __schema { types { name fields(includeDeprecated: true) { name args(includeDeprecated: true) { name isDeprecated deprecationReason } } inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } } } }'],
  ['isOneOf and specifiedByURL on every type', '{ __schema { types { name isOneOf specifiedByURL } } }'],
  ['request error: missing required argument', '{ __type { name } }'],
  ['request error: unknown introspection field', '{ __schema { nope } }'],
  ['request error: null for a non-null variable', 'query NullVar($n: String!) { __type(name: $n) { name } }', { n: null }],
];
if (ifaceName) cases.push([`interface ${ifaceName}: interfaces, possibleTypes, fields`, `{ __type(name: "${ifaceName}") { kind name interfaces { name } possibleTypes { name } fields { name type { ${TYPEREF} } } } }`]);
if (unionName) cases.push([`union ${unionName}: possibleTypes`, `{ __type(name: "${unionName}") { kind name possibleTypes { name kind } fields { name } interfaces { name } } }`]);
if (inputName) cases.push([`input object ${inputName}: inputFields and defaults`, `{ __type(name: "${inputName}") { kind name isOneOf inputFields { name description defaultValue type { ${TYPEREF} } } fields { name } } }`]);
if (oneOfName) cases.push([`OneOf input object ${oneOfName}`, `{ __type(name: "${oneOfName}") { kind name isOneOf inputFields { name defaultValue type { kind name ofType { name } } } } }`]);
if (scalarName) cases.push([`custom scalar ${scalarName}`, `{ __type(name: "${scalarName}") { kind name description specifiedByURL } }`]);

const rules = specRules(g);
for (const [name, query, variables] of cases) {
  let expected;
  let doc;
  try { doc = g.parse(query); } catch (e) { expected = { errors: [{ message: e.message, locations: e.locations }] }; }
  if (doc) {
    const errs = g.validate(schema, doc, rules);
    if (errs.length) expected = { errors: errs.map((e) => e.toJSON()) };
    else expected = JSON.parse(JSON.stringify(g.execute({ schema, document: doc, variableValues: variables ?? undefined })));
  }
  if (expected && typeof expected.then === 'function') throw new Error('unexpected async result');
  const kind = 'data' in expected ? 'data' : 'request-error';
  if (kind === 'data' && expected.errors) throw new Error(`query "${name}" produced field errors in graphql-js: ${JSON.stringify(expected.errors)}`);
  result.queries.push({ name, query, variables: variables ?? null, operationName: null, kind, expected, expectedJson: JSON.stringify(expected) });
}

result.ok = result.checks.buildClientSchema.ok && result.checks.assertValidSchema.ok && result.checks.sdl.ok;
finish();
}
