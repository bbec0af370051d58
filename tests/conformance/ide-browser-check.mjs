// Opens the GraphQL endpoint in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
// as a person would, waits for the Banana Cake Pop IDE to load, creates a document, waits for the IDE to
// fetch the schema (introspection) from the endpoint it was configured with,
// and saves a screenshot.
// Usage: node ide-browser-check.mjs <endpoint url> <screenshot.png> [--chromium /usr/bin/chromium]
// Prints one JSON object: {"ok","title","introspection":{"status","types"},"schemaAvailable","screenshot","errors"}
// (plus "requests", every request the page made, when it failed).
// Exit code 0 when the IDE loaded and its introspection request got a schema, 1 otherwise.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const [url, screenshot] = process.argv.slice(2);
const flag = process.argv.indexOf('--chromium');
const executablePath = flag > 0 ? process.argv[flag + 1] : '/usr/bin/chromium';
if (!url || !screenshot) {
  console.error('usage: node ide-browser-check.mjs <endpoint url> <screenshot.png> [--chromium path]');
  process.exit(2);
}

const userDataDir = mkdtempSync(join(tmpdir(), 'ide-browser-check-'));
const report = { ok: false, title: null, introspection: null, schemaAvailable: false, screenshot, errors: [], requests: [] };
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath,
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => report.errors.push(String(error.message ?? error)));
  page.on('requestfinished', async (request) => report.requests.push(`${request.method()} ${request.url()} ${(await request.response())?.status()}`));
  page.on('requestfailed', (request) => report.requests.push(`${request.method()} ${request.url()} failed: ${request.failure()?.errorText}`));
  const endpoint = new URL(url);
  const introspection = page.waitForResponse(
    (response) => {
      const request = response.request();
      return request.method() === 'POST' && new URL(response.url()).pathname.replace(/\/$/, '') === endpoint.pathname.replace(/\/$/, '')
        && (request.postData() ?? '').includes('__schema');
    },
    { timeout: 30_000 },
  );
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  report.title = await page.title();
  // The IDE fetches the schema once a document is open: create one, as a person would.
  await page.getByRole('button', { name: 'Create Document' }).click({ timeout: 30_000 });
  const response = await introspection;
  const body = await response.json().catch(() => null);
  report.introspection = { status: response.status(), types: body?.data?.__schema?.types?.length ?? 0 };
  // The status bar tells the person that the IDE accepted the schema.
  await page.getByText('Schema available').waitFor({ timeout: 30_000 });
  report.schemaAvailable = true;
  report.ok = report.introspection.status === 200 && report.introspection.types > 0 && /Banana Cake Pop/.test(report.title);
} catch (error) {
  report.errors.push(String(error?.message ?? error));
} finally {
  mkdirSync(dirname(screenshot), { recursive: true });
  await context.pages()[0]?.screenshot({ path: screenshot }).catch((error) => report.errors.push(String(error)));
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
if (report.ok) delete report.requests; // kept only to explain a failure
console.log(JSON.stringify(report));
process.exitCode = report.ok ? 0 : 1;
