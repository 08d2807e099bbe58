// Browser figures in headless Debian Chromium on 127.0.0.1: bytes the start page downloads,
// navigation → first question and → first result (cold cache, 10 runs), evaluate() per call for a
// realistic case, and keystroke → results re-rendered. Prints one JSON line.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const www = path.join(root, 'www');
const server = await serve(www, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const REALISTIC = {
  date: '2026-03-01',
  employer: { sector: 'private', ags_insurance: true, fk_ars_granted_this_year_ore: 0 },
  person: { employment: 'employed', category: 'arbetare', work_capacity: 'at_risk', rehab_need_documented: true, work_capacity_prospect: true, return_to_work_plan: true, has_sgi: true },
  provider: { fk_approved: true, performer: 'licensed_psychologist', competence: ['behavioural_science'], knows_workplace: true },
  measures: ['support_talks', 'investigate_work_needs', 'adapt_workplace', 'kbt', 'return_to_work_plan'].map((kind, i) => ({ kind, cost_ore: 300000 + i * 50000, date: `2026-02-1${i}`, individual: true, other_payer_ore: 0 })),
};

// Bytes: everything the start page fetched, gzipped.
const files = new Set();
{
  const page = await browser.newPage();
  page.on('request', (r) => files.add(new URL(r.url()).pathname));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('rk:first-result').length > 0);
  await page.close();
}
const gz = (f) => zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
const startPageBytes = [...files].reduce((sum, p) => sum + gz(path.join(www, p === '/' ? 'index.html' : p)), 0);

// Load: cold cache, a fresh context each run.
const firstQuestion = [];
const firstResult = [];
for (let i = 0; i < 10; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('rk:first-result').length > 0);
  const [q, r] = await page.evaluate(() => ['rk:first-question', 'rk:first-result'].map((n) => performance.getEntriesByName(n)[0].startTime));
  firstQuestion.push(q);
  firstResult.push(r);
  await context.close();
}

// evaluate() and keystroke → render, on the component page with the realistic case.
const page = await browser.newPage();
await page.goto(`${origin}/partner-demo.html`);
await page.locator('rehab-kollen .rk-scheme').first().waitFor();
const inPage = await page.evaluate(async (answers) => {
  const m = await import('./pkg/rehabkollen.js');
  for (let i = 0; i < 20; i++) m.evaluate(answers);
  const calls = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    m.evaluate(answers);
    calls.push(performance.now() - t0);
  }
  const el = document.querySelector('rehab-kollen');
  el.answers = answers;
  const input = el.shadowRoot.querySelector('[data-path="measures[0].cost_ore"] input');
  const keys = [];
  for (let i = 0; i < 100; i++) {
    const t0 = performance.now();
    input.value = String(3000 + i);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    void el.shadowRoot.querySelector('.rk-results').offsetHeight; // style and layout of the new results
    keys.push(performance.now() - t0);
  }
  return { calls, keys };
}, REALISTIC);
await browser.close();
server.close();

console.log(JSON.stringify({
  wasm_bytes: fs.statSync(path.join(www, 'pkg/rehabkollen_bg.wasm')).size,
  wasm_gz: gz(path.join(www, 'pkg/rehabkollen_bg.wasm')),
  start_page_gz: startPageBytes,
  start_page_files: files.size,
  first_question_ms: { p50: pct(firstQuestion, 50), p95: pct(firstQuestion, 95) },
  first_result_ms: { p50: pct(firstResult, 50), p95: pct(firstResult, 95) },
  evaluate_ms: { p50: pct(inPage.calls, 50), p95: pct(inPage.calls, 95) },
  keystroke_ms: { p50: pct(inPage.keys, 50), p95: pct(inPage.keys, 95) },
}));
