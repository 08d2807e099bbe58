// dist/ (`make dist`) works in Chromium as deployed: served by tools/serve.mjs under the strict CSP,
// brotli-compressed, every file by its hashed name: the questionnaire reaches its first question,
// the rules page renders from the wasm, and the partner demo's component passes its integrity checks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { ROOT, launch, close, serve, originOf, partnerPage, shot } from './embed-env.mjs';
import { startAs } from './flow.mjs';

let out;
let server;
let browser;
let manifest;
before(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'rehabkollen-dist-'));
  execFileSync(process.execPath, [path.join(ROOT, 'tools/dist.mjs'), out], { cwd: ROOT, stdio: 'pipe' });
  manifest = JSON.parse(fs.readFileSync(path.join(out, 'integrity.json'), 'utf8'));
  server = await serve(out, 0);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await close(server);
  fs.rmSync(out, { recursive: true, force: true });
});

/** Every response of the page: its path, status and Content-Encoding. */
function record(page) {
  const seen = [];
  // Recorded as each response arrives (headers() is synchronous), so nothing is missed at the end.
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.origin === originOf(server)) seen.push({ path: url.pathname.slice(1), status: r.status(), encoding: r.headers()['content-encoding'] });
  });
  return seen;
}

test('dist/index.html: the first question appears, every file by its hashed name and brotli-compressed', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen = record(page);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${originOf(server)}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await startAs(page, 'Arbetsgivare');
  await page.locator('.rk-step h1').waitFor();
  assert.ok((await page.locator('.rk-step [data-path]').count()) > 0, 'a question to answer');
  await shot(page, 'dist-first-question');
  assert.deepEqual(errors, []);
  const hashed = new Set(Object.entries(manifest).filter(([k, e]) => e.file !== k).map(([, e]) => e.file));
  const files = seen.filter((r) => r.path !== '');
  // The style is in index.html itself (tools/first-screen.mjs): no request for it.
  assert.ok(!files.some((r) => r.path === manifest['style.css'].file), 'the stylesheet is not asked for');
  for (const f of ['rehabkollen-page.js', 'pkg/rehabkollen_page_bg.wasm', 'pkg/texts-sv.json']) {
    assert.ok(files.some((r) => r.path === manifest[f].file), `${manifest[f].file} was loaded`);
  }
  for (const r of files) {
    assert.equal(r.status, 200, r.path);
    assert.ok(hashed.has(r.path), `${r.path} is a content-hashed name`);
    assert.equal(r.encoding, 'br', `${r.path} was sent brotli-compressed`);
  }
  await context.close();
});

test('dist/index.html: the provider tools load their code and the full module by hashed names when opened', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${originOf(server)}/`);
  const files = ['provider.js', 'pkg/rehabkollen_provider.js', 'pkg/rehabkollen_provider_bg.wasm'];
  const loaded = files.map((f) => page.waitForResponse((r) => new URL(r.url()).pathname === `/${manifest[f].file}` && r.status() === 200, { timeout: 15000 }));
  await page.getByRole('button', { name: 'Fakturaunderlag och redovisning (anordnare)' }).click();
  await page.getByRole('heading', { name: 'Fakturaunderlag och redovisning' }).waitFor();
  await Promise.all(loaded); // each by its hashed name, or this times out
  assert.deepEqual(errors, []);
  await context.close();
});

test('dist/rules.html renders every rule from the wasm', async () => {
  const { page, context, log } = await partnerPage(browser, `${originOf(server)}/rules.html`, { open: false });
  await page.locator('[id="AFA-COV-2"]').waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('dist/partner-demo.html: the component checks its wasm, texts and stylesheet by hash, and the iframe starts', async () => {
  const { page, context, log } = await partnerPage(browser, `${originOf(server)}/partner-demo.html`);
  await page.locator('rehab-kollen .rk-h1').first().waitFor();
  await page.frameLocator('iframe[data-rehabkollen]').locator('.rk-h1').first().waitFor();
  assert.deepEqual(log.errors, []);
  for (const f of ['pkg/rehabkollen_page_bg.wasm', 'pkg/texts-sv.json']) {
    assert.ok(log.requests.some((u) => u.endsWith(`/${manifest[f].file}`)), `${f} by its hashed name`);
  }
  await context.close();
});
