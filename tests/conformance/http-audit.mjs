// Runs graphql-http's GraphQL-over-HTTP server audits (graphql-http 1.23.1 `serverAudits`) against a URL.
// Usage: node http-audit.mjs http://127.0.0.1:5000/graphql
// Prints one JSON line per audit: {"id","name","requirement","status":"ok"|"warn"|"error","reason"},
// then a summary line {"summary":{"MUST":{"ok","total"},"SHOULD":{...},"MAY":{...}}}.
// Exit code 0 when every MUST and SHOULD audit is ok, 1 otherwise.
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node http-audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const summary = { MUST: { ok: 0, total: 0 }, SHOULD: { ok: 0, total: 0 }, MAY: { ok: 0, total: 0 } };
for (const audit of serverAudits({ url })) {
  const requirement = audit.name.split(' ')[0];
  const result = await audit.fn();
  const line = { id: audit.id, name: audit.name, requirement, status: result.status };
  if (result.status !== 'ok') {
    line.reason = result.reason;
    if (result.response) {
      line.response = { status: result.response.status, body: await result.response.text().catch(() => null) };
    }
  }
  summary[requirement].total++;
  if (result.status === 'ok') summary[requirement].ok++;
  console.log(JSON.stringify(line));
}
console.log(JSON.stringify({ summary }));
const required = ['MUST', 'SHOULD'];
process.exitCode = required.every((level) => summary[level].ok === summary[level].total) ? 0 : 1;
