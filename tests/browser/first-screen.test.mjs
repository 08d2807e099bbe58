// The first screen before the engine, in Debian's Chromium under the strict CSP: index.html's start
// page shows and can be used while the page's wasm is held back; the script takes it over without
// changing a node, once it has been painted; a role chosen and "Starta" pressed early (even before
// the script has come) are kept and applied once the engine is ready; nothing moves when it arrives
// (layout-shift sum 0); and a wasm that is not the one its hash names never runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, ROOT, SHOTS } from './helpers.mjs';
import { CHROME } from '../../www/i18n.js';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const WASM = '**/pkg/rehabkollen_page_bg.wasm';
const SCRIPT = '**/rehabkollen-page.js';

/** A request held until release() is called (the file then comes as the server sends it). */
function hold(page, glob) {
  let release;
  const gate = new Promise((r) => { release = r; });
  const seen = { asked: false };
  return page.route(glob, async (route) => {
    seen.asked = true;
    await gate;
    await route.continue();
  }).then(() => ({ release, seen }));
}

/**
 * A fresh page with the clock, a record of layout shifts and of every change to #app after the
 * parser finished it (before any module script runs: readyState 'interactive'), and errors.
 */
async function fresh() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const log = { errors: [] };
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(e.message));
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push(e.value); window.__shiftInfo = (window.__shiftInfo ?? []).concat(list.getEntries().map((e) => `${e.value} input:${e.hadRecentInput} ${e.sources.map((x) => `${x.node?.nodeName}.${x.node?.className} ${x.previousRect.y}→${x.currentRect.y}`).join(";")}`)); }).observe({ type: 'layout-shift', buffered: true });
    window.__changes = [];
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const app = document.getElementById('app');
      window.__static = app.innerHTML;
      new MutationObserver((records) => window.__changes.push(...records.map((r) => `${r.type} ${r.target.nodeName}#${r.target.id}.${r.target.className ?? ''} ${r.attributeName ?? ''} ${r.oldValue} → ${r.attributeName ? r.target.getAttribute(r.attributeName) : ''}`)))
        .observe(app, { subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true });
    });
  });
  return { context, page, log };
}

/** A screenshot that leaves the page as it is: of the viewport (a full-page one resizes it: a layout shift) with the caret as it is (hiding it sets styles on inputs). */
const shoot = (page, name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`), caret: 'initial' });
const engineRan = (page) => page.evaluate(() => performance.getEntriesByName('rk:first-result').length > 0);
const scriptRan = (page) => page.waitForFunction(() => document.rkPressed === null);
const state = (page) => page.evaluate(() => ({
  changes: window.__changes,
  same: window.__static === document.getElementById('app').innerHTML,
  shift: window.__shifts.reduce((s, v) => s + v, 0),
}));

/** The first question page and the result line a user gets for `role` with the engine there at once. */
async function reference(role) {
  const { context, page } = await fresh();
  await page.goto(`${env.origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('rk:first-result').length > 0);
  await page.getByRole('radio', { name: role, exact: true }).check();
  await page.getByRole('button', { name: /^Starta/ }).click();
  const step = page.locator('.rk-step');
  await step.waitFor();
  const out = { step: await step.getAttribute('data-step'), heading: await page.locator('.rk-view h1').innerText(), bar: await page.locator('.rk-bar').innerText() };
  await context.close();
  return out;
}

test('the start page shows and works before the wasm has come, the script takes it over unchanged, and nothing moves when the engine arrives', async () => {
  const { context, page, log } = await fresh();
  const wasm = await hold(page, WASM);
  await page.goto(`${env.origin}/`, { waitUntil: 'commit' });
  await page.getByRole('heading', { level: 1, name: CHROME.sv.start.heading }).waitFor();
  await scriptRan(page);
  assert.ok(wasm.seen.asked, 'the wasm is asked for at once');
  assert.equal(await engineRan(page), false, 'the engine has not run: its wasm is held back');
  // The first question is there and answers: the role, and the menu opens.
  for (const role of Object.values(CHROME.sv.start.roles)) assert.ok(await page.getByRole('radio', { name: role, exact: true }).isVisible(), role);
  assert.ok(await page.getByRole('button', { name: /^Starta/ }).isVisible());
  assert.equal(await page.title(), `${CHROME.sv.start.heading} – ${CHROME.sv.title}`);
  let s = await state(page);
  assert.deepEqual(s.changes, [], 'the script took the page over without changing a node of it');
  assert.equal(s.same, true);
  await shoot(page, 'first-screen-before-engine');

  wasm.release();
  await page.waitForFunction(() => performance.getEntriesByName('rk:first-result').length > 0);
  await page.waitForTimeout(100); // a frame for any shift to be reported
  s = await state(page);
  assert.deepEqual(s.changes, [], 'the engine arrived and the page is as the static HTML drew it');
  assert.equal(s.same, true);
  assert.equal(s.shift, 0, 'no layout shift');
  await shoot(page, 'first-screen-engine-ready');
  assert.deepEqual(log.errors, [], 'no CSP violation, no script error');
  await context.close();
});

test('the script takes the first screen over once it has been painted, not while its first frame is drawn', async () => {
  const { context, page, log } = await fresh();
  // When main.js takes the page over (it sets document.rkPressed to null), was the first contentful paint reported?
  await page.addInitScript(() => {
    let kept;
    Object.defineProperty(document, 'rkPressed', {
      configurable: true,
      get: () => kept,
      set: (v) => {
        if (v === null) window.__paintedAtTakeover = performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');
        kept = v;
      },
    });
  });
  // The first frame held back for 300 ms (a render-blocking script that comes late, put in the
  // page's head here), while the page's own script comes and runs at once.
  await page.route(`${env.origin}/`, async (route) => {
    const response = await route.fetch();
    const headers = Object.fromEntries(Object.entries(response.headers()).filter(([k]) => !/^content-(encoding|length)$/i.test(k)));
    const body = (await response.text()).replace('</head>', '<script async blocking="render" src="hold-first-frame.js"></script></head>');
    await route.fulfill({ status: response.status(), headers, body });
  });
  await page.route('**/hold-first-frame.js', async (route) => {
    await new Promise((r) => setTimeout(r, 300));
    await route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: '' });
  });
  await page.goto(`${env.origin}/`, { waitUntil: 'commit' });
  await scriptRan(page);
  assert.equal(await page.evaluate(() => window.__paintedAtTakeover), true, 'the first screen was painted before the script took it over');
  await page.waitForFunction(() => performance.getEntriesByName('rk:first-result').length > 0);
  assert.deepEqual((await state(page)).changes, [], 'taken over without changing a node, as before');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a role chosen and "Starta" pressed before the engine is ready wait, nothing blocked, and are applied when it is', async () => {
  const want = await reference('Arbetsgivare');
  const { context, page, log } = await fresh();
  const wasm = await hold(page, WASM);
  await page.goto(`${env.origin}/`, { waitUntil: 'commit' });
  await scriptRan(page);
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  await page.getByRole('button', { name: /^Starta/ }).click();
  // Kept, not refused: still the start page, the choice as made, the wait said (to a screen reader, without moving anything).
  assert.equal(await engineRan(page), false);
  assert.ok(await page.locator('.rk-start').isVisible());
  assert.ok(await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).isChecked());
  assert.equal(await page.locator('.rk-live').textContent(), CHROME.sv.loading);
  // Nothing is blocked meanwhile: the checkbox answers.
  const all = page.getByRole('checkbox', { name: CHROME.sv.start.allSchemes });
  await all.check();
  assert.ok(await all.isChecked());
  await all.uncheck();
  await shoot(page, 'first-screen-waiting');

  wasm.release();
  const step = page.locator('.rk-step');
  await step.waitFor();
  assert.equal(await step.getAttribute('data-step'), want.step, 'the first question of an employer');
  assert.equal(await page.locator('.rk-view h1').innerText(), want.heading);
  assert.equal(await page.locator('.rk-bar').innerText(), want.bar, 'judged for the role chosen early: the employer\'s schemes');
  assert.equal(await page.locator('.rk-live').textContent(), '', 'the wait is no longer said');
  await shoot(page, 'first-screen-early-start-applied');
  if ((await state(page)).shift) console.log(await page.evaluate(() => window.__shiftInfo));
  assert.equal((await state(page)).shift, 0, 'nothing moved, neither while waiting nor when the engine came');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a role chosen and "Starta" pressed before even the page\'s script has come are kept too', async () => {
  const want = await reference('Privatperson');
  const { context, page, log } = await fresh();
  const script = await hold(page, SCRIPT);
  const wasm = await hold(page, WASM);
  await page.goto(`${env.origin}/`, { waitUntil: 'commit' });
  await page.getByRole('heading', { level: 1, name: CHROME.sv.start.heading }).waitFor();
  await page.getByRole('radio', { name: 'Privatperson', exact: true }).check();
  await page.getByRole('button', { name: /^Starta/ }).click();
  assert.deepEqual(await page.evaluate(() => document.rkPressed.map((b) => b.textContent)), ['Starta →'], 'index.html\'s inline script kept the press');

  script.release();
  await scriptRan(page);
  assert.ok(await page.locator('.rk-start').isVisible(), 'still waiting for the engine');
  assert.ok(await page.getByRole('radio', { name: 'Privatperson', exact: true }).isChecked(), 'the choice made on the static page is the state');
  assert.equal(await page.locator('.rk-live').textContent(), CHROME.sv.loading);
  wasm.release();
  const step = page.locator('.rk-step');
  await step.waitFor();
  assert.equal(await step.getAttribute('data-step'), want.step, 'the first question of a private person');
  assert.equal(await page.locator('.rk-bar').innerText(), want.bar);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('fail-closed: a wasm that is not the one its hash names never runs, however early the user pressed Starta', async () => {
  const { context, page } = await fresh();
  const real = fs.readFileSync(path.join(ROOT, 'www/pkg/rehabkollen_page_bg.wasm'));
  const changed = Buffer.from(real);
  changed[changed.length - 1] ^= 1;
  let release;
  const gate = new Promise((r) => { release = r; });
  await page.route(WASM, async (route) => {
    await gate;
    await route.fulfill({ status: 200, contentType: 'application/wasm', body: changed });
  });
  await page.goto(`${env.origin}/`, { waitUntil: 'commit' });
  await scriptRan(page);
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  await page.getByRole('button', { name: /^Starta/ }).click();
  release();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await alert.textContent(), CHROME.sv.integrityError);
  assert.equal(await page.locator('.rk-step').count(), 0, 'no question page: the questionnaire did not go on');
  assert.equal(await engineRan(page), false, 'nothing was judged');
  await shoot(page, 'first-screen-integrity-failed');
  await context.close();
});
