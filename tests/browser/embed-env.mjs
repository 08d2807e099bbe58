// Shared set-up for the embedding tests: partner pages (tests/browser/fixtures) and Rehabkollen's
// files on 127.0.0.1 under strict CSPs, Debian's Chromium, and a log of requests and errors.
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { serve, CSP } from '../../tools/serve.mjs';
import { ROOT, SHOTS } from './helpers.mjs';

export { ROOT, SHOTS, CSP, serve };
export const FIXTURES = path.join(ROOT, 'tests/browser/fixtures');
export const WWW = path.join(ROOT, 'www');
export const originOf = (server) => `http://127.0.0.1:${server.address().port}`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];
export const launch = () => chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
export const close = (server) => new Promise((r) => (server ? server.close(r) : r()));

/**
 * A partner's page holding `snippet`, as an editor would paste it: a heading above it, a footer
 * below. `head` goes into the page's head (the partner's own style sheet, say); `wrap` is the
 * element the page's content sits in, if any.
 */
export function hostPage(snippet, { head = '', wrap = null } = {}) {
  const body = `<h1>Partnerns sida</h1>
${snippet}
${wrap ? '<p>Partnerns sidfot</p>' : '<footer>Partnerns sidfot</footer>'}`;
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Partnerns sida</title><link rel="icon" href="data:,">${head}</head>
<body>${wrap ? `<${wrap.tag} id="${wrap.id}">${body}</${wrap.tag}>` : body}</body></html>`;
}

/**
 * Test harness only: turns the widget's closed shadow root into an open one so that locators can
 * reach in, the way a debugger sees it. Tests about what host scripts can reach never use it.
 */
function openRoots() {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    return attach.call(this, { ...init, mode: 'open' });
  };
}

/** A partner page; `open` lets locators into the widget (see openRoots). */
export async function partnerPage(browser, url, { open = true, viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  if (open) await context.addInitScript(openRoots);
  const page = await context.newPage();
  const log = { requests: [], errors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(e.message));
  await page.goto(url);
  return { page, context, log };
}

/** Waits until the widget `#id` shows its first view. */
export const ready = (page, id) => page.locator(`#${id} .rk-root .rk-h1`).first().waitFor();

/** The events the host page recorded (fixtures/host.js), as plain data. */
export const events = (page) => page.evaluate(() => window.rkEvents);

export function shot(page, name) {
  return page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * Closes, after a test file's tests, what its `before` started: `of()` gives the browser, the
 * servers and the temporary folders (read when the tests are done, so values set in `before` count).
 */
export function closeAfter(of) {
  after(async () => {
    const { browser, servers = [], dirs = [] } = of();
    await browser?.close();
    for (const s of servers) await close(s);
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });
}

/** One test file's partner pages (Rehabkollen's files under /rk/) and browser, started before its
 * tests and closed after them: `env.partner`, `env.browser`. */
export function partnerEnv() {
  const env = {};
  before(async () => {
    env.partner = await serve(FIXTURES, 0, { mounts: { '/rk/': WWW } });
    env.browser = await launch();
  });
  closeAfter(() => ({ browser: env.browser, servers: [env.partner] }));
  return env;
}
