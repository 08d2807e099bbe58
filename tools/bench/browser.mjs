// Browser figures in headless Debian Chromium on 127.0.0.1: bytes the start page downloads (every
// request of a cold load, whatever they are), the size of each wasm module, evaluate() per
// call for a realistic case, 100 and 500 measures (each also the engine's call alone), on the
// renderer's CPU time, and with the CPU slowed 4×, and keystroke → the page re-rendered (CPU slowed
// 4×), on wall time, with what the renderer spent it on (CDP). Prints one JSON line.
//   node tools/bench/browser.mjs [--quick]     (after `make build`)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
import { REALISTIC, many } from './inputs.mjs';
import { spread } from './spread.mjs';

const quick = process.argv.includes('--quick');

const root = path.resolve(import.meta.dirname, '../..');
const www = path.join(root, 'www');
const server = await serve(www, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'] });

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
const startFiles = [...files].sort().map((p) => ({ path: p, gz: gz(local(p)) }));
const startPageBytes = startFiles.reduce((sum, f) => sum + f.gz, 0);
// Every wasm module in www/pkg, and whether the start page loads it.
const wasm = fs.readdirSync(path.join(www, 'pkg')).filter((f) => f.endsWith('.wasm')).sort().map((f) => ({
  file: `pkg/${f}`, bytes: fs.statSync(path.join(www, 'pkg', f)).size, gz: gz(path.join(www, 'pkg', f)), start: files.has(`/pkg/${f}`),
}));

// Navigation → first question and → engine ready, on loopback and emulated Slow 4G: tools/bench/first-screen.mjs.

// evaluate() in the page: the realistic case, 100 and 500 measures, on the renderer's main-thread
// CPU time (CDP Performance.getMetrics' ThreadTime, Chromium's thread ticks), since on a shared
// machine the renderer waits for a core and wall time counts that wait. One sample is a batch of
// calls in one page.evaluate (per call: the batch's CPU time, less that of an empty batch, ÷ its
// calls); each figure is the median of its samples with the smallest and largest. Warm-up first,
// well past V8's tier-up. Then the realistic case with the CPU slowed 4× (CDP), as on a phone, on
// wall time (performance.now(): the slowdown is the renderer held back, so CPU time would not
// show it), batches long against Chromium's 0.1 ms step.
const page = await browser.newPage();
await page.goto(`${origin}/`);
await page.waitForFunction(() => performance.getEntriesByName('rk:first-result').length > 0);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1e3;
// What the page does on each change (www/engine.js): the answers handed to the page module (as
// JSON text where it reads them so: www/join.js lean()), the outcome's JSON parsed, the texts put
// back from the catalogue. `lean`: the engine's call alone (lean(): the answers copied and handed
// over, the WebAssembly's work, the outcome's JSON text not parsed).
const prepare = (answers, { warm, lean = false }) => page.evaluate(async ({ answers, warm, lean }) => {
  // One engine for every timing on this page (its wasm and texts loaded once).
  window.rkBenchEngine ??= (async () => {
    const { engineLoader } = await import('./load.js');
    const { connect } = await import('./engine.js');
    const { lean } = await import('./join.js');
    const { engine, start } = engineLoader();
    await start('sv');
    return { connected: connect(engine), engine, lean };
  })();
  const { connected, engine, lean: leanOf } = await window.rkBenchEngine;
  if (connected.evaluate(answers).error) throw new Error('the case is refused');
  const call = lean ? (x) => leanOf(engine, x) : (x) => connected.evaluate(x);
  for (let i = 0; i < warm; i++) call(answers);
  // The batch the samples run: no argument crosses from Node while one is timed.
  window.rkBatch = (calls) => {
    const t0 = performance.now();
    for (let i = 0; i < calls; i++) call(answers);
    return performance.now() - t0;
  };
}, { answers, warm, lean });
/** ms per call of `samples` batches of `batch` calls: CPU time (and wall time beside it). */
async function timeEvaluate(answers, { warm, batch, samples, lean = false }) {
  await prepare(answers, { warm, lean });
  const sample = async (calls) => {
    const t0 = await threadTime();
    const wall = await page.evaluate((c) => window.rkBatch(c), calls);
    return { cpu: (await threadTime()) - t0, wall };
  };
  const empty = [];
  for (let s = 0; s < 5; s++) empty.push((await sample(0)).cpu);
  const overhead = spread(empty).median;
  const cpu = [];
  const wall = [];
  for (let s = 0; s < samples; s++) {
    const r = await sample(batch);
    cpu.push((r.cpu - overhead) / batch);
    wall.push(r.wall / batch);
  }
  return { cpu: spread(cpu), wall: spread(wall) };
}
const n = (full, q) => (quick ? q : full);
const realistic = await timeEvaluate(REALISTIC, { warm: 2000, batch: 100, samples: n(15, 3) });
const m100 = await timeEvaluate(many(100), { warm: 20, batch: 10, samples: n(9, 3) });
const m500 = await timeEvaluate(many(500), { warm: 3, batch: 3, samples: n(9, 3) });
const lean100 = await timeEvaluate(many(100), { warm: 5, batch: 10, samples: n(9, 3), lean: true });
const lean500 = await timeEvaluate(many(500), { warm: 2, batch: 3, samples: n(9, 3), lean: true });
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await prepare(REALISTIC, { warm: 200 });
const slowSamples = [];
for (let s = 0; s < n(9, 3); s++) slowSamples.push((await page.evaluate(() => window.rkBatch(20))) / 20);
const slow = spread(slowSamples);

// Keystroke → the page re-rendered: "Alla frågor på en sida" with one measure, then five, typing the first one's cost;
// a sample is 10 keystrokes, each to the end of style and layout, timed together. What the
// renderer spent them on is CDP's own count over the timed keystrokes (Performance.getMetrics:
// ScriptDuration, RecalcStyleDuration, LayoutDuration, TaskDuration), read before and after them.
await page.getByLabel('Arbetsgivare', { exact: true }).check();
await page.getByRole('button', { name: /^Starta/ }).click();
await page.locator('.rk-menu summary').click();
await page.getByRole('button', { name: 'Alla frågor på en sida' }).click();
await page.getByRole('button', { name: /Lägg till en insats/ }).first().click();
const KEY_SAMPLES = 10;
const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
/** Keystrokes in the first measure's cost: wall per keystroke, and per keystroke what CDP says the renderer did. */
async function timeKeys() {
  await page.evaluate(() => {
    const input = document.querySelector('[data-path="measures[0].cost_ore"] input');
    window.rkType = (i) => {
      input.value = String(3000 + i);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      void document.body.offsetHeight; // style and layout of what changed
    };
    for (let i = 0; i < 50; i++) window.rkType(i);
  });
  const before = await metrics();
  const wall = spread(await page.evaluate((samples) => {
    const out = [];
    for (let s = 0; s < samples; s++) {
      const t0 = performance.now();
      for (let i = 0; i < 10; i++) window.rkType(100 + s * 10 + i);
      out.push((performance.now() - t0) / 10);
    }
    return out;
  }, KEY_SAMPLES));
  const after = await metrics();
  const perKey = (name) => ((after[name] - before[name]) * 1e3) / (KEY_SAMPLES * 10);
  return { wall, parts: { task_ms: perKey('TaskDuration'), script_ms: perKey('ScriptDuration'), style_ms: perKey('RecalcStyleDuration'), layout_ms: perKey('LayoutDuration') } };
}
const one = await timeKeys();
// Then with five measures (four more added, as a user adds them, not yet answered): the provider's
// questions are asked per measure from two measures on, which the page works out on each keystroke.
for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /Lägg till en insats/ }).first().click();
const five = await timeKeys();
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
await browser.close();
server.close();

console.log(JSON.stringify({
  wasm,
  start_page_gz: startPageBytes,
  start_page_files: files.size,
  start_page_each_gz: startFiles,
  evaluate_ms: realistic,
  evaluate_100_ms: m100,
  evaluate_500_ms: m500,
  evaluate_lean_100_ms: lean100,
  evaluate_lean_500_ms: lean500,
  evaluate_slow_cpu_ms: slow,
  keystroke_ms: one.wall,
  keystroke_parts: one.parts,
  keystroke_5_ms: five.wall,
  keystroke_5_parts: five.parts,
}));
