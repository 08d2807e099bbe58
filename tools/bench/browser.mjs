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

// evaluate() in the page: the realistic case, 100 and 500 measures, and the realistic case again
// with the CPU slowed 4× (CDP), as on a phone. Chromium coarsens performance.now() to 0.1 ms
// without cross-origin isolation, so one sample is a batch of calls timed together (per call: the
// batch's time ÷ its calls), long against that step; each figure is the median of its samples
// with the smallest and largest. Warm-up first, well past V8's tier-up.
const page = await browser.newPage();
await page.goto(`${origin}/`);
await page.waitForFunction(() => performance.getEntriesByName('rk:first-result').length > 0);
// What the page does on each change (www/engine.js): the page module's evaluateLean, its JSON
// parsed, the texts put back from the catalogue.
const timeEvaluate = (answers, { warm, batch, samples }) => page.evaluate(async ({ answers, warm, batch, samples }) => {
  // One engine for every timing on this page (its wasm and texts loaded once).
  window.rkBenchEngine ??= (async () => {
    const { engineLoader } = await import('./load.js');
    const { connect } = await import('./engine.js');
    const { engine, start } = engineLoader();
    await start('sv');
    return connect(engine);
  })();
  const m = await window.rkBenchEngine;
  if (m.evaluate(answers).error) throw new Error('the case is refused');
  for (let i = 0; i < warm; i++) m.evaluate(answers);
  const out = [];
  for (let s = 0; s < samples; s++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) m.evaluate(answers);
    out.push((performance.now() - t0) / batch);
  }
  return out;
}, { answers, warm, batch, samples });
// n measures that differ from each other: kind, cost, date and other payer vary with i.
const KINDS = ['support_talks', 'investigate_work_needs', 'adapt_workplace', 'kbt', 'return_to_work_plan', 'stress_conflict_support', 'work_supervision', 'adapt_tasks', 'back_course'];
const many = (n) => ({ ...REALISTIC, measures: Array.from({ length: n }, (_, i) => ({
  kind: KINDS[i % KINDS.length], cost_ore: 100_000 + ((i * 7919) % 900) * 1_000, date: `2026-0${1 + (i % 2)}-${String(1 + (i % 28)).padStart(2, '0')}`,
  individual: i % 3 !== 0, other_payer_ore: i % 4 === 0 ? 50_000 : 0 })) });
const spread = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], runs: s.length };
};
const realistic = spread(await timeEvaluate(REALISTIC, { warm: 2000, batch: 50, samples: 15 }));
const m100 = spread(await timeEvaluate(many(100), { warm: 20, batch: 3, samples: 7 }));
const m500 = spread(await timeEvaluate(many(500), { warm: 2, batch: 1, samples: 5 }));
const cdp = await page.context().newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
const slow = spread(await timeEvaluate(REALISTIC, { warm: 200, batch: 20, samples: 9 }));

// Keystroke → the page re-rendered: "Alla frågor på en sida" with one measure, typing its cost;
// a sample is 10 keystrokes, each to the end of style and layout, timed together.
await page.getByLabel('Arbetsgivare', { exact: true }).check();
await page.getByRole('button', { name: /^Starta/ }).click();
await page.locator('.rk-menu summary').click();
await page.getByRole('button', { name: 'Alla frågor på en sida' }).click();
await page.getByRole('button', { name: /Lägg till en insats/ }).first().click();
const keys = spread(await page.evaluate(() => {
  const input = document.querySelector('[data-path="measures[0].cost_ore"] input');
  const type = (i) => {
    input.value = String(3000 + i);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    void document.body.offsetHeight; // style and layout of what changed
  };
  for (let i = 0; i < 50; i++) type(i);
  const out = [];
  for (let s = 0; s < 10; s++) {
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) type(100 + s * 10 + i);
    out.push((performance.now() - t0) / 10);
  }
  return out;
}));
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
await browser.close();
server.close();

console.log(JSON.stringify({
  wasm,
  start_page_gz: startPageBytes,
  start_page_files: files.size,
  evaluate_ms: realistic,
  evaluate_100_ms: m100,
  evaluate_500_ms: m500,
  evaluate_slow_cpu_ms: slow,
  keystroke_ms: keys,
}));
