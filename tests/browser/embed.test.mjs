// Rehabkollen on partners' pages: the <rehab-kollen> element under a strict CSP with hostile host
// CSS, two instances side by side, prefill, events, and the iframe mode across origins.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve, CSP } from '../../tools/serve.mjs';
import { ROOT, SHOTS } from './helpers.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const FIXTURES = path.join(ROOT, 'tests/browser/fixtures');
const WWW = path.join(ROOT, 'www');
let browser, partner, rk, frameHost;
const origin = (s) => `http://127.0.0.1:${s.address().port}`;

before(async () => {
  partner = await serve(FIXTURES, 0, { mounts: { '/rk/': WWW } });
  rk = await serve(WWW, 0);
  // The iframe host allows Rehabkollen's origin in frame-src, as the partner docs say.
  frameHost = await serve(FIXTURES, 0, { mounts: { '/rk/': WWW }, csp: `${CSP}; frame-src ${origin(rk)}` });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
});
after(async () => {
  await browser?.close();
  for (const s of [partner, rk, frameHost]) await new Promise((r) => s?.close(r));
});

async function hostPage(opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
  const page = await context.newPage();
  const log = { requests: [], errors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(e.message));
  await page.goto(`${origin(partner)}/host.html`);
  for (const id of ['one', 'two']) await page.locator(`#${id} .rk-scheme`).first().waitFor();
  return { page, context, log };
}

test('two instances render on a strict-CSP page with hostile CSS, and neither side restyles the other', async () => {
  const { page, context, log } = await hostPage();
  assert.deepEqual(log.errors, [], 'no CSP violation, no script error');
  assert.equal(await page.locator('#one .rk-scheme').count(), 4);
  assert.equal(await page.locator('#two .rk-results h2').first().innerText(), 'Result', 'the second instance is in English');
  const inside = await page.locator('#one').evaluate((el) => {
    const root = el.shadowRoot;
    const input = root.querySelector('input[type=text]');
    const rk = root.querySelector('.rk');
    return { input: getComputedStyle(input).backgroundColor, rk: getComputedStyle(rk).display, font: getComputedStyle(rk).fontFamily,
      accent: getComputedStyle(root.querySelector('.rk-title')).color };
  });
  assert.equal(inside.input, 'rgb(255, 255, 255)', 'host input rules do not reach in');
  assert.equal(inside.rk, 'block');
  assert.doesNotMatch(inside.font, /Comic/);
  assert.equal(inside.accent, 'rgb(106, 27, 154)', '--rk-accent from the host themes the widget');
  const host = await page.evaluate(() => ({ h1: getComputedStyle(document.querySelector('h1')).color, body: getComputedStyle(document.body).backgroundColor,
    sheets: document.styleSheets.length, globals: Object.keys(window).filter((k) => /rehab|wasm|wbg/i.test(k)) }));
  assert.deepEqual(host, { h1: 'rgb(200, 0, 0)', body: 'rgb(1, 2, 3)', sheets: 1, globals: [] }, 'the host keeps its styles and gets no globals');
  await page.screenshot({ path: path.join(SHOTS, 'embed-host-1280.png'), fullPage: true });
  await context.close();
});

test('prefill attributes are applied and the starting role orders the questions', async () => {
  const { page, context } = await hostPage();
  const answers = await page.locator('#two').evaluate((el) => el.answers);
  assert.equal(answers.employer.sector, 'municipality');
  assert.equal(answers.employer.ags_insurance, true);
  assert.equal(answers.provider.fk_approved, true);
  assert.equal(answers.provider.performer, 'licensed_psychologist');
  const first = await page.locator('#two').evaluate((el) => el.shadowRoot.querySelector('.rk-sections > .rk-section').dataset.section);
  assert.equal(first, 'provider');
  await context.close();
});

test('setting answers on one instance fires rehabkollen:result on that one only', async () => {
  const { page, context } = await hostPage();
  await page.evaluate(() => { window.rkEvents.length = 0; });
  await page.locator('#one').evaluate((el) => {
    el.answers = { date: '2026-03-01', person: { employment: 'none', has_sgi: false, insured_in_sweden: true, doctor_certificate: true, needs_work_rehab: true } };
  });
  const events = await page.evaluate(() => window.rkEvents);
  assert.ok(events.some((e) => e.type === 'rehabkollen:result' && e.id === 'one'), JSON.stringify(events));
  assert.ok(events.every((e) => e.id === 'one'), JSON.stringify(events));
  assert.match(await page.locator('#one [data-scheme="fk_samordning"] .rk-badge').innerText(), /Kan beviljas/);
  assert.match(await page.locator('#two [data-scheme="fk_samordning"] .rk-badge').innerText(), /Needs more answers/);
  await context.close();
});

test('no request leaves 127.0.0.1 and nothing is stored on the host page', async () => {
  const { page, context, log } = await hostPage();
  await page.locator('#one [data-path="person.employment"]').getByLabel('Anställd', { exact: true }).check();
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(origin(partner) + '/')), []);
  const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0 });
  await context.close();
});

test('axe finds no WCAG 2.1 AA violations on a host page with two instances', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${origin(partner)}/host.html`);
  for (const id of ['one', 'two']) await page.locator(`#${id} .rk-scheme`).first().waitFor();
  await page.addStyleTag({ content: '* { font-family: inherit !important } body { background: #fff !important; color: #000 !important } h1 { color: #000 !important }' });
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run({ include: [['#one'], ['#two']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  await context.close();
});

test('the iframe mode resizes the iframe when its content grows, across origins', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${origin(frameHost)}/frame-host.html?frame=${encodeURIComponent(`${origin(rk)}/embed.html`)}`);
  const frame = page.frameLocator('iframe[data-rehabkollen]');
  await frame.locator('.rk-scheme').first().waitFor();
  const height = () => page.locator('iframe[data-rehabkollen]').evaluate((f) => f.getBoundingClientRect().height);
  await page.waitForFunction(() => document.querySelector('iframe[data-rehabkollen]').getBoundingClientRect().height > 300);
  const before = await height();
  await frame.getByRole('button', { name: 'Lägg till insats' }).click();
  await page.waitForFunction((h) => document.querySelector('iframe[data-rehabkollen]').getBoundingClientRect().height > h, before);
  assert.ok((await height()) > before);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a message from another window or origin does not resize the iframe', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin(frameHost)}/frame-host.html?frame=${encodeURIComponent(`${origin(rk)}/embed.html`)}`);
  await page.frameLocator('iframe[data-rehabkollen]').locator('.rk-scheme').first().waitFor();
  await page.waitForTimeout(200);
  const before = await page.locator('iframe[data-rehabkollen]').evaluate((f) => f.style.height);
  await page.evaluate(() => window.postMessage({ type: 'rehabkollen:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await page.locator('iframe[data-rehabkollen]').evaluate((f) => f.style.height), before);
  await context.close();
});

test('the partner demo shows both modes, themed, under the strict CSP', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text()); });
  await page.goto(`${origin(rk)}/partner-demo.html`);
  await page.locator('rehab-kollen .rk-scheme').first().waitFor();
  await page.frameLocator('iframe[data-rehabkollen]').locator('.rk-scheme').first().waitFor();
  assert.equal(await page.locator('rehab-kollen').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.rk-title')).color), 'rgb(106, 27, 154)');
  assert.deepEqual(errors, []);
  await page.screenshot({ path: path.join(SHOTS, 'partner-demo-1280.png'), fullPage: true });
  await context.close();
});
