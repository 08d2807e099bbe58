// No jump on the host: with rehabkollen-host.css linked, <rehab-kollen> holds its first screen's
// height before its script arrives, so the partner's text below it stays put while it loads
// (cumulative layout shift on the host ≤ 0.05 at 375 and 1280 px), and it grows past its
// reservation only where that moves nothing in view, or once the user acts in it. The same
// host page without the stylesheet jumps, which shows the measure can fail.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { CSP, partnerEnv, originOf, shot, serve, WWW, FIXTURES, closeAfter } from './embed-env.mjs';

const env = partnerEnv();
const WIDTHS = [375, 1280];

/** The partner's page: its heading and text, the widget (`attrs`), and a footer below it. */
const hostPage = ({ css = true, attrs = '', above = 120 } = {}) => `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partnerns sida</title><link rel="icon" href="data:,">
${css ? '<link rel="stylesheet" href="/rk/rehabkollen-host.css">' : ''}
<link rel="stylesheet" href="/reserve.css">
<script type="module" src="/rk/rehabkollen-embed.js"></script></head>
<body><h1>Partnerns sida</h1><p class="above" data-height="${above}">Partnerns text ovanför.</p>
<rehab-kollen id="w" lang="sv" ${attrs}></rehab-kollen>
<footer class="below">Partnerns sidfot</footer></body></html>`;

const STYLE = 'body { margin: 0; font: 16px/1.5 Georgia, serif; } .above { margin: 0; background: #eef; } .below { height: 2000px; background: #333; color: #fff; }';

/** Opens the host page with the widget's script held back until the page has painted (as from a
 * slow network), and records every layout shift the host page sees. */
async function open(width, options = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(() => {
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: 'open' }); };
    window.rkShifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.rkShifts.push({ value: e.value, input: e.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  const origin = originOf(env.partner);
  await page.route(`${origin}/host.html`, (route) => route.fulfill({ contentType: 'text/html', headers: { 'Content-Security-Policy': CSP }, body: hostPage(options) }));
  await page.route(`${origin}/reserve.css`, (route) => route.fulfill({ contentType: 'text/css', headers: { 'Content-Security-Policy': CSP },
    body: `${STYLE} .above { height: ${options.above ?? 120}px; }` }));
  let release;
  const painted = new Promise((r) => { release = r; });
  await page.route(`${origin}/rk/rehabkollen-embed.js`, async (route) => { await painted; await route.continue(); });
  await page.goto(`${origin}/host.html`, { waitUntil: 'commit' });
  await page.locator('.below').waitFor();
  // Two frames painted with the page as it is before the script: what a user sees first.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const before = await box(page);
  release();
  await page.locator('#w .rk-root .rk-h1').waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return { page, context, before };
}

const box = (page) => page.evaluate(() => {
  const w = document.getElementById('w').getBoundingClientRect();
  return { top: w.top, height: w.height, footer: document.querySelector('.below').getBoundingClientRect().top };
});
/** The layout shifts not caused by input, summed (at least the page's CLS). */
const shifted = (page) => page.evaluate(() => window.rkShifts.filter((s) => !s.input).reduce((a, s) => a + s.value, 0));

for (const width of WIDTHS) {
  test(`${width} px: the host page does not move while the widget loads`, async () => {
    const { page, context, before } = await open(width);
    const after = await box(page);
    await shot(page, `reserve-${width}`);
    const cls = await shifted(page);
    assert.ok(cls <= 0.05, `layout shift on the host ${cls.toFixed(3)} > 0.05`);
    assert.equal(after.footer, before.footer, 'the footer stays where it was painted');
    assert.ok(before.height > 1000, `the reservation was there before the script: ${before.height}`);
    await context.close();
  });

  test(`${width} px: without rehabkollen-host.css the host page jumps (the measure can fail)`, async () => {
    const { page, context } = await open(width, { css: false });
    const cls = await shifted(page);
    assert.ok(cls > 0.05, `expected a jump without the reservation, got ${cls.toFixed(3)}`);
    await context.close();
  });
}

test('the reservation is the first screen\'s real height for every role, language and width band, not much more', async () => {
  for (const width of [320, 375, 480, 640, 641, 1280]) {
    for (const mode of ['', 'employer', 'provider', 'person', 'region']) {
      for (const lang of ['sv', 'en']) {
        const { page, context } = await open(width, { attrs: `${mode ? `mode="${mode}"` : ''} lang="${lang}"` });
        const m = await page.evaluate(() => {
          const w = document.getElementById('w');
          return { reserved: parseFloat(getComputedStyle(w).minHeight), content: w.shadowRoot.querySelector('.rk-root').getBoundingClientRect().height };
        });
        const where = `${width} px, mode ${mode || '(none)'}, ${lang}`;
        assert.ok(m.content <= m.reserved, `${where}: the first screen (${m.content}) is taller than the reservation (${m.reserved})`);
        assert.ok(m.content >= m.reserved * 0.8, `${where}: the reservation (${m.reserved}) is far beyond the first screen (${m.content})`);
        await context.close();
      }
    }
  }
});

test('too small a reservation in view: the widget keeps it, scrolls inside, and grows at the first press', async () => {
  const { page, context } = await open(1280, { attrs: 'height="400"' });
  const held = await box(page);
  assert.equal(held.height, 400, 'kept at the reserved height');
  assert.ok(await shifted(page) <= 0.05);
  await shot(page, 'reserve-held');
  await page.locator('#w .rk-root').getByLabel('Arbetsgivare', { exact: true }).check();
  const grown = await box(page);
  assert.ok(grown.height > 1000, `grew after the user acted: ${grown.height}`);
  assert.equal(await page.locator('#w').getAttribute('data-rk-settled'), '');
  await context.close();
});

test('too small a reservation below the fold: the widget grows at once (nothing in view moves)', async () => {
  const { page, context } = await open(375, { attrs: 'height="400"', above: 1200 });
  const grown = await box(page);
  assert.ok(grown.height > 1000, `grew: ${grown.height}`);
  assert.ok(await shifted(page) <= 0.05);
  await context.close();
});

test('once the user acts, the reservation gives way to the content', async () => {
  const { page, context } = await open(1280, { attrs: 'mode="employer"' });
  await page.locator('#w .rk-root').getByRole('button', { name: /Starta/ }).click();
  await page.locator('#w .rk-root [data-path]').first().waitFor();
  const m = await page.evaluate(() => {
    const w = document.getElementById('w');
    return { height: w.getBoundingClientRect().height, content: w.shadowRoot.querySelector('.rk-root').getBoundingClientRect().height };
  });
  assert.ok(Math.abs(m.height - m.content) <= 1, `follows its content: ${m.height} vs ${m.content}`);
  await shot(page, 'reserve-settled');
  await context.close();
});

// The iframe: its `height` attribute is its reservation (rehabkollen-frame.js keeps it until the user acts).
const rk = {};
before(async () => {
  rk.server = await serve(WWW, 0);
  rk.host = await serve(FIXTURES, 0, { mounts: { '/rk/': WWW }, csp: `${CSP}; frame-src ${originOf(rk.server)}` });
});
closeAfter(() => ({ servers: [rk.host, rk.server] }));

async function openFrame(width) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 } });
  await context.addInitScript(() => {
    window.rkShifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.rkShifts.push({ value: e.value, input: e.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const page = await context.newPage();
  await page.goto(`${originOf(rk.host)}/reserve-frame.html?frame=${encodeURIComponent(`${originOf(rk.server)}/embed.html`)}`);
  const frame = page.frameLocator('iframe[data-rehabkollen]');
  await frame.locator('.rk-h1').first().waitFor();
  await page.waitForTimeout(300); // the frame's height message, were it to move anything
  return { page, context, frame };
}
const frameHeight = (page) => page.locator('iframe[data-rehabkollen]').evaluate((f) => f.getBoundingClientRect().height);

for (const width of WIDTHS) {
  test(`${width} px: the iframe keeps its reserved height while it loads, and follows its content once the user acts`, async () => {
    const { page, context, frame } = await openFrame(width);
    const content = () => frame.locator('#rk-frame').evaluate((w) => Math.ceil(w.getBoundingClientRect().height));
    // Kept at 1600 px, or grown past it where its reserved box already reached below the window.
    assert.equal(await frameHeight(page), Math.max(1600, await content()));
    const cls = await shifted(page);
    assert.ok(cls <= 0.05, `layout shift on the host ${cls.toFixed(3)} > 0.05`);
    await shot(page, `reserve-frame-${width}`);
    await frame.getByLabel('Arbetsgivare', { exact: true }).check();
    await frame.getByRole('button', { name: /Starta/ }).click();
    await frame.locator('[data-path]').first().waitFor();
    const inner = await content();
    await page.waitForFunction((h) => Math.ceil(document.querySelector('iframe[data-rehabkollen]').getBoundingClientRect().height) === h, inner);
    assert.ok(inner < 1600, `the first question is shorter than the start page: ${inner}`);
    await context.close();
  });
}
