// One GraphQL request over HTTP, for set-up steps and response comparison (not for load).
import { readFileSync } from 'node:fs';

export const documentPath = (name) => new URL(`./documents/${name}.graphql`, import.meta.url);

export const readDocument = (name) => readFileSync(documentPath(name), 'utf8');

export async function post(url, query, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  }
}

// Relay ids as both servers write them: base64 of "Type:rawId".
export const globalId = (type, id) => Buffer.from(`${type}:${id}`, 'utf8').toString('base64');
