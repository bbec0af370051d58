#!/usr/bin/env node
// Coverage table of the validation corpus: for every graphql-js rule (16.15.0 specifiedRules minus
// MaxIntrospectionDepthRule, plus the v17-only rules), the number of INVALID/CRASH documents on which
// the rule fires when run alone, and the verdict counts. Also checks the corpus naming convention:
//   *-valid.graphql must be VALID, *-invalid.graphql must be INVALID, syntax/* must be SYNTAX,
//   (the graphql-js 16 verdict; documents listed in known-differences.json are checked against
//   their recorded expectation instead).
//
// Usage: node corpus-coverage.mjs [--corpus <dir>] [--schema <schema.graphql>] [--min 5] [--markdown]
//        (defaults: ../Flowserv.GraphQL.Tests/Validation/Corpus and its schema.graphql)
// Exit code 1 if a v16 rule fires on fewer than --min documents or a naming-convention check fails.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { g16, g17, specRules, parseArgs } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const opts = parseArgs(process.argv.slice(2), { flags: ['--markdown'], options: ['--corpus', '--schema', '--min'] });
const corpus = opts.corpus ?? join(here, '../Flowserv.GraphQL.Tests/Validation/Corpus');
const schema = opts.schema ?? join(corpus, 'schema.graphql');
const min = Number(opts.min ?? 5);
const out = JSON.parse(execFileSync(process.execPath, [join(here, 'validate-oracle.mjs'), '--schema', schema, corpus], { maxBuffer: 1 << 28 }).toString());
const known = new Map(JSON.parse(readFileSync(join(here, 'known-differences.json'), 'utf8')).documents.map((k) => [k.file, k]));

const docs = out.documents;
const rules16 = specRules(g16).map((r) => r.name);
const rules17 = specRules(g17).map((r) => r.name);
const all = [...rules16, ...rules17.filter((r) => !rules16.includes(r))];
const rows = all.map((rule) => {
  const n16 = docs.filter((d) => d.rules.includes(rule) || d.threw.includes(rule)).length;
  const only16 = docs.filter((d) => d.rules.length === 1 && d.rules[0] === rule).length;
  const n17 = docs.filter((d) => d.v17.rules.includes(rule) || d.v17.threw.includes(rule)).length;
  return { rule, n16, only16, n17, in16: rules16.includes(rule) };
});

const problems = [];
for (const r of rows) if (r.in16 && r.n16 < min) problems.push(`rule ${r.rule} fires on only ${r.n16} documents (< ${min})`);
for (const d of docs) {
  const k = known.get(d.file);
  const verdict = k ? k.expected.verdict : d.verdict;
  const base = d.file.split('/').pop();
  if (base.endsWith('-valid.graphql') && verdict !== 'VALID') problems.push(`${d.file}: named -valid but verdict ${verdict} ${d.rules.join(',')}`);
  if (base.endsWith('-invalid.graphql') && verdict !== 'INVALID') problems.push(`${d.file}: named -invalid but verdict ${verdict}`);
  if (d.file.startsWith('syntax/') && verdict !== 'SYNTAX') problems.push(`${d.file}: in syntax/ but verdict ${verdict}`);
}
for (const f of known.keys()) if (!docs.some((d) => d.file === f)) problems.push(`known-differences.json lists ${f}, which is not in the corpus`);

const pad = (s, n) => String(s).padEnd(n);
const lines = [];
if (opts.markdown) {
  lines.push('| graphql-js rule | docs where it fires (v16) | of which the only rule | v17 |', '|---|---:|---:|---:|');
  for (const r of rows) lines.push(`| ${r.rule}${r.in16 ? '' : ' (v17 only)'} | ${r.in16 ? r.n16 : '-'} | ${r.in16 ? r.only16 : '-'} | ${r.n17} |`);
} else {
  lines.push(`${pad('graphql-js rule', 44)} ${pad('v16', 5)} ${pad('alone', 6)} v17`);
  for (const r of rows) lines.push(`${pad(r.rule + (r.in16 ? '' : ' (v17 only)'), 44)} ${pad(r.in16 ? r.n16 : '-', 5)} ${pad(r.in16 ? r.only16 : '-', 6)} ${r.n17}`);
}
const s = out.summary;
lines.push('');
lines.push(`documents: ${s.total}   graphql-js ${out.oracle.graphql}: VALID=${s.VALID} INVALID=${s.INVALID} SYNTAX=${s.SYNTAX} CRASH=${s.CRASH}   graphql-js ${out.oracle.graphql17}: VALID=${s.v17.VALID} INVALID=${s.v17.INVALID} SYNTAX=${s.v17.SYNTAX} CRASH=${s.v17.CRASH}`);
const exp = { VALID: 0, INVALID: 0, SYNTAX: 0, CRASH: 0 };
for (const d of docs) exp[known.get(d.file)?.expected.verdict ?? d.verdict]++;
lines.push(`expected for Flowserv.GraphQL (graphql-js 16 + known-differences.json): VALID=${exp.VALID} INVALID=${exp.INVALID} SYNTAX=${exp.SYNTAX} CRASH=${exp.CRASH}`);
const diff = docs.filter((d) => d.verdict !== d.v17.verdict || d.rules.join() !== d.v17.rules.join());
lines.push(`documents where v16 and v17 differ: ${diff.length} (known-differences.json lists ${known.size})`);
for (const d of diff) lines.push(`  ${d.file}: v16 ${d.verdict} [${d.rules.join(', ')}${d.threw.length ? ' threw: ' + d.threw.join(', ') : ''}]  v17 ${d.v17.verdict} [${d.v17.rules.join(', ')}]${known.has(d.file) ? '' : '   (not in known-differences.json)'}`);
if (problems.length) { lines.push('', 'PROBLEMS:'); for (const p of problems) lines.push('  ' + p); }
console.log(lines.join('\n'));
process.exit(problems.length ? 1 : 0);
