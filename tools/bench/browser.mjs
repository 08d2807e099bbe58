// Browser figures in headless Debian Chromium on 127.0.0.1: bytes the start page downloads (every
// request of a cold load, whatever they are), the size of each wasm module, evaluate() per
// call for a realistic case (and 100 and 500 measures, and with the CPU slowed 4×), and keystroke →
// the page re-rendered (CPU slowed 4×). Prints one JSON line.
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

// Bytes: every file a cold load of the start page requests (until the first result is shown and
// the network is idle), gzipped. Files loaded only on first use (a view's module, a second wasm)
// are not requested then, so they do not count.
const files = new Set();
{
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('request', (r) => { if (new URL(r.url()).origin === origin) files.add(new URL(r.url()).pathname); });
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('rk:first-result').length > 0);
  await page.waitForLoadState('networkidle');
  await context.close();
}
const local = (p) => path.join(www, decodeURIComponent(p.endsWith('/') ? `${p}index.html` : p));
const gz = (f) => zlib.gzipSync(fs.readFileSync(f), { level: 9 }).length;
const startPageBytes = [...files].reduce((sum, p) => sum + gz(local(p)), 0);
// Every wasm module in www/pkg, and whether the start page loads it.
const wasm = fs.readdirSync(path.join(www, 'pkg')).filter((f) => f.endsWith('.wasm')).sort().map((f) => ({
  file: `pkg/${f}`, bytes: fs.statSync(path.join(www, 'pkg', f)).size, gz: gz(path.join(www, 'pkg', f)), start: files.has(`/pkg/${f}`),
}));

// Navigation → first question and → engine ready, on loopback and emulated Slow 4G: tools/bench/first-screen.mjs.

// evaluate() per call in the page: the realistic case, 100 and 500 measures, and the realistic case
// again with the CPU slowed 4× (CDP), as on a phone.
const page = await browser.newPage();
await page.goto(`${origin}/`);
await page.waitForFunction(() => performance.getEntriesByName('rk:first-result').length > 0);
// What the page does on each change (www/engine.js): the page module's evaluateLean, its JSON
// parsed, the texts put back from the catalogue.
const timeEvaluate = (answers, runs) => page.evaluate(async ({ answers, runs }) => {
  // One engine for every timing on this page (its wasm and texts loaded once).
  window.rkBenchEngine ??= (async () => {
    const { engineLoader } = await import('./load.js');
    const { connect } = await import('./engine.js');
    const { engine, start } = engineLoader();
    await start('sv');
    return connect(engine);
  })();
  const m = await window.rkBenchEngine;
  if (m.evaluate(answers).error) throw new Error('the realistic case is refused');
  for (let i = 0; i < Math.min(20, runs); i++) m.evaluate(answers);
  const calls = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    m.evaluate(answers);
    calls.push(performance.now() - t0);
  }
  return calls;
}, { answers, runs });
const many = (n) => ({ ...REALISTIC, measures: Array.from({ length: n }, (_, i) => REALISTIC.measures[i % 5]) });
const calls = await timeEvaluate(REALISTIC, 200);
const calls100 = await timeEvaluate(many(100), 20);
const calls500 = await timeEvaluate(many(500), 5);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const slowCalls = await timeEvaluate(REALISTIC, 100);

// Keystroke → the page re-rendered: "Alla frågor på en sida" with one measure, typing its cost.
await page.getByLabel('Arbetsgivare', { exact: true }).check();
await page.getByRole('button', { name: /^Starta/ }).click();
await page.locator('.rk-menu summary').click();
await page.getByRole('button', { name: 'Alla frågor på en sida' }).click();
await page.getByRole('button', { name: /Lägg till en insats/ }).first().click();
const keys = await page.evaluate(() => {
  const input = document.querySelector('[data-path="measures[0].cost_ore"] input');
  const out = [];
  for (let i = 0; i < 100; i++) {
    const t0 = performance.now();
    input.value = String(3000 + i);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    void document.body.offsetHeight; // style and layout of what changed
    out.push(performance.now() - t0);
  }
  return out;
});
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
await browser.close();
server.close();

console.log(JSON.stringify({
  wasm,
  start_page_gz: startPageBytes,
  start_page_files: files.size,
  evaluate_ms: { p50: pct(calls, 50), p95: pct(calls, 95) },
  evaluate_100_ms: pct(calls100, 50),
  evaluate_500_ms: pct(calls500, 50),
  evaluate_slow_cpu_ms: { p50: pct(slowCalls, 50), p95: pct(slowCalls, 95) },
  keystroke_ms: { p50: pct(keys, 50), p95: pct(keys, 95) },
}));
