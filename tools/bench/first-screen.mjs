// The first screen's figures, in headless Debian Chromium: navigation → the first question painted
// (the start page's role question, reported by the browser's Element Timing: `elementtiming` on its
// legend, views/start.js) and → the engine ready (the `rk:first-result` mark, ui.js), each from a
// cold load in a fresh context, served by tools/serve.mjs as `make build` leaves www/ (the .br
// beside each file, sent to a browser that accepts br). On loopback, and on Chrome DevTools' "Slow
// 4G" preset set through CDP: 562.5 ms latency, 180 000 bytes/s down. Each figure is the median of
// its runs with the smallest and largest; one load before them, not counted, starts the browser.
//   node tools/bench/first-screen.mjs [--runs N]     one JSON line (make bench)
//   node tools/bench/first-screen.mjs --rows         the rows of BENCHMARKS.md's table
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../serve.mjs';
import { spread } from './spread.mjs';

const www = path.resolve(import.meta.dirname, '../../www');
// devtools-frontend, front_end/core/sdk/NetworkManager.ts, Slow4GConditions (called "Fast 3G" before May 2024).
export const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9 };

/**
 * The browser's own hidden pages, kept from loading while a page is timed. Each cold load is a fresh
 * context, and so a new browser window; for a new window Chromium (156) loads its omnibox popup, a
 * WebUI page of some thirty modules in a renderer of its own, in the background. In Chromium traces
 * it ran beside 2 of 9 loads, with 16–22 ms of its CPU before the first question was painted, on
 * this machine's 2 cores: the browser's window being set up, which a user's navigation in an open
 * window does not pay, and none of the page's cost (the page of one paragraph paid it alike). A
 * name Chromium does not know is ignored.
 */
const BROWSER_UI_PRELOADS = ['WebUIOmniboxPopup', 'WebUIOmniboxFullPopup', 'WebUIOmniboxAimPopup', 'PreloadTopChromeWebUI'];

/** A page of one paragraph, timed the same way: what this machine's browser takes for any page. */
const ONE_PARAGRAPH = '<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>-</title></head><body><p elementtiming="rk-first-question">Vem är du?</p></body></html>';

/** One cold load from `origin`: ms from navigation to the first question painted, and to the engine
 * ready. `htmlOnly`: the page's script, wasm and texts refused, so only index.html is there (no
 * engine); `floor`: the page of one paragraph instead of index.html. */
async function load(browser, origin, network, { htmlOnly = false, floor = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (htmlOnly || floor) await page.route(/\/rehabkollen-page\.js$|\/pkg\//, (route) => route.abort());
  if (floor) await page.route(`${origin}/`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: ONE_PARAGRAPH }));
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.addInitScript(() => {
    window.__painted = new Promise((resolve) => new PerformanceObserver((list) => {
      const e = list.getEntries().find((x) => x.identifier === 'rk-first-question');
      if (e) resolve(e.renderTime || e.loadTime);
    }).observe({ type: 'element', buffered: true }));
  });
  await page.goto(`${origin}/`, { waitUntil: 'commit' });
  const question = await page.evaluate(() => window.__painted);
  if (htmlOnly || floor) {
    await context.close();
    return { question };
  }
  await page.waitForFunction(() => performance.getEntriesByName('rk:first-result').length > 0, null, { timeout: 60000 });
  const engine = await page.evaluate(() => performance.getEntriesByName('rk:first-result')[0].startTime);
  await context.close();
  return { question, engine };
}

/** "123.4 ms (110.0–140.2)" */
export const withSpread = (f) => `${f.median.toFixed(1)} ms (${f.min.toFixed(1)}–${f.max.toFixed(1)})`;
/** The table rows make bench writes (tools/bench.mjs): what, result, goal, met. */
export function rows(f) {
  const mark = (ok) => (ok ? 'met' : '**missed**');
  const n = f.loopback.first_question_ms.runs;
  return [
    [`navigation → first question painted, loopback (median of ${n} cold loads, min–max)`, withSpread(f.loopback.first_question_ms), '≤ 60 ms', mark(f.loopback.first_question_ms.median <= 60)],
    [`beside it, on the same loopback in turns with it: index.html alone (its script, wasm and texts refused through Playwright's request interception) / a page of one paragraph (fulfilled through it) (median of ${n}, min–max)`, `${withSpread(f.html_only.first_question_ms)} / ${withSpread(f.one_paragraph.first_question_ms)}`, '', ''],
    [`navigation → first question painted, emulated Slow 4G, brotli (median of ${n} cold loads, min–max)`, withSpread(f.slow_4g.first_question_ms), '≤ 0.8 s', mark(f.slow_4g.first_question_ms.median <= 800)],
    [`navigation → engine ready (first result), loopback / emulated Slow 4G (median of ${n}, min–max)`, `${withSpread(f.loopback.engine_ready_ms)} / ${withSpread(f.slow_4g.engine_ready_ms)}`, '', ''],
  ];
}

/** The figures from `runs` cold loads on each network. */
export async function measure(runs) {
  const server = await serve(www, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', `--disable-features=${BROWSER_UI_PRELOADS.join(',')}`] });
  await load(browser, origin, null); // the browser's own start (its first renderer), not counted
  // On loopback the page, index.html alone and the page of one paragraph take turns, so all three see the machine's load alike.
  const loops = [];
  const alone = [];
  const floor = [];
  for (let i = 0; i < runs; i++) {
    loops.push(await load(browser, origin, null));
    alone.push(await load(browser, origin, null, { htmlOnly: true }));
    floor.push(await load(browser, origin, null, { floor: true }));
  }
  const slow = [];
  for (let i = 0; i < runs; i++) slow.push(await load(browser, origin, SLOW_4G));
  const figures = { html_only: { first_question_ms: spread(alone.map((r) => r.question)) }, one_paragraph: { first_question_ms: spread(floor.map((r) => r.question)) } };
  for (const [name, loads] of [['loopback', loops], ['slow_4g', slow]]) {
    figures[name] = { first_question_ms: spread(loads.map((r) => r.question)), engine_ready_ms: spread(loads.map((r) => r.engine)) };
  }
  await browser.close();
  server.close();
  return figures;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const load = () => os.loadavg()[0].toFixed(1);
  const before = load();
  const figures = await measure(Number(args[args.indexOf('--runs') + 1]) || 7);
  if (args.includes('--rows')) {
    for (const r of rows(figures)) console.log(`| ${r.join(' | ')} |`);
    console.log(`\nLoad average while measuring: ${before} at the start, ${load()} at the end, on ${os.cpus().length} cores (${new Date().toISOString().slice(0, 10)}).`);
  } else console.log(JSON.stringify(figures));
}
