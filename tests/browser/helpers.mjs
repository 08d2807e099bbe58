// Shared set-up for the browser tests: the page served on 127.0.0.1 under the strict CSP, Debian's
// Chromium driven by playwright-core, a record of every request and of CSP or script errors.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { serve } from '../../tools/serve.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SHOTS = path.join(ROOT, 'tests/browser/screenshots');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

export async function start() {
  const server = await serve(path.join(ROOT, 'www'), 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  fs.mkdirSync(SHOTS, { recursive: true });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/** A fresh page on the questionnaire; `log` collects requests, console errors and CSP reports. */
export async function openPage(env, { width = 1280, height = 900, bypassCSP = false, zoom = 1 } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, bypassCSP, deviceScaleFactor: zoom });
  const page = await context.newPage();
  const log = { requests: [], errors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(e.message));
  await page.goto(`${env.origin}/`);
  await page.waitForSelector('.rk-root h1');
  await takenOver(page);
  return { page, context, log };
}

/** Waits until the page's script has taken index.html's first screen over: main.js does once it
 * has been painted, which may be after the load event that goto() and reload() wait for. */
export const takenOver = (page) => page.waitForFunction(() => document.rkPressed === null);

export const field = (page, path) => page.locator(`[data-path="${path}"]`);

/** Types a date into a question's day, month and year boxes ("2026-10-01", or the boxes' texts as
 * { day, month, year }), or, for any other text, what a person might type ("15/1 2027") into the
 * day box alone; then leaves the date. */
export async function fillDate(q, value) {
  const boxes = ['day', 'month', 'year'].map((k) => q.locator(`input.rk-date-${k}`));
  const iso = typeof value === 'string' && /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const parts = typeof value === 'object' ? [value.day ?? '', value.month ?? '', value.year ?? '']
    : iso ? [String(Number(iso[3])), String(Number(iso[2])), iso[1]] : [value];
  for (const [i, text] of parts.entries()) await boxes[i].fill(text);
  await boxes[parts.length - 1].blur();
}

/** Answers as a user would: clicks the option with that label, picks it in a list, or types it. */
export async function answer(page, path, value) {
  const f = field(page, path);
  await f.waitFor({ state: 'visible' });
  if (await f.locator('.rk-date-input').count()) {
    await fillDate(f, value);
  } else if (await f.locator('select').count()) {
    await f.locator('select').selectOption({ label: value });
  } else if (await f.locator('input[type=radio], input[type=checkbox]').count()) {
    for (const v of [value].flat()) await f.getByLabel(v, { exact: true }).check();
  } else {
    await f.locator('input').fill(value);
  }
}

/** Answers every question in `plan` as it becomes visible, the way a user works down the form. */
export async function answerAll(page, plan) {
  const done = new Set();
  for (let round = 0; round < 12; round++) {
    let progressed = false;
    for (const [path, value] of Object.entries(plan)) {
      if (done.has(path) || !(await field(page, path).isVisible())) continue;
      await answer(page, path, value);
      done.add(path);
      progressed = true;
    }
    if (!progressed) break;
  }
  return done;
}

export const scheme = (page, id) => page.locator(`[data-scheme="${id}"]`);

export async function shoot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Nothing stored anywhere, nothing in the URL, and nothing in the history entry but which page
 * of the questionnaire it is (`entry`: what else it holds, as JSON; '{}' when nothing). */
export async function storageIsEmpty(page) {
  return page.evaluate(async () => {
    const place = (k, v) => /^rehabkollen:rk\d+$/.test(k) && v && Object.keys(v).sort().join() === 'at,run'
      && /^[a-z0-9]{1,12}$/.test(v.run) && Number.isInteger(v.at);
    return {
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).length,
      search: location.search,
      hash: location.hash,
      entry: JSON.stringify(Object.fromEntries(Object.entries(history.state ?? {}).filter(([k, v]) => !place(k, v)))),
    };
  });
}
