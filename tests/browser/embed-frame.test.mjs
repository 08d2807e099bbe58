// The iframe mode from Rehabkollen's own origin on a partner's page (another origin): the frame
// follows its content both ways, its result line stays in the part of the frame the window shows,
// and only messages from the frame's own window and origin are used.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, partnerPage, shot, serve, close, originOf, CSP, FIXTURES, WWW, SHOTS, closeAfter } from './embed-env.mjs';

let browser, rk, frameHost;
before(async () => {
  rk = await serve(WWW, 0);
  // The partner allows Rehabkollen's origin in frame-src, as the partner docs say.
  frameHost = await serve(FIXTURES, 0, { mounts: { '/rk/': WWW }, csp: `${CSP}; frame-src ${originOf(rk)}` });
  browser = await launch();
});
closeAfter(() => ({ browser, servers: [rk, frameHost] }));

async function framePage(viewport = { width: 1280, height: 900 }, params = '', first = '.rk-h1') {
  const p = await partnerPage(browser, `${originOf(frameHost)}/frame-host.html?frame=${encodeURIComponent(`${originOf(rk)}/embed.html${params}`)}`, { viewport, open: false });
  p.frame = p.page.frameLocator('iframe[data-rehabkollen]');
  await p.frame.locator(first).first().waitFor();
  return p;
}
const frameBox = (page) => page.locator('iframe[data-rehabkollen]').evaluate((f) => {
  const r = f.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, height: r.height };
});
/** Waits until the frame's height has settled (two equal readings 150 ms apart). */
async function settled(page) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const h = (await frameBox(page)).height;
    if (h === last) return h;
    last = h;
    await page.waitForTimeout(150);
  }
  return last;
}
/** Clicks a button inside the frame without Playwright scrolling it into view first. */
const press = (frame, selector, text) => frame.locator('body').evaluate((b, [s, t]) => {
  [...b.querySelectorAll(s)].find((e) => e.textContent.includes(t)).click();
}, [selector, text]);

test('the iframe grows with its content and shrinks back when the content does', async () => {
  const { page, frame, log } = await framePage();
  const start = await settled(page);
  const inner = await frame.locator('#rk-frame').evaluate((w) => Math.ceil(w.getBoundingClientRect().height));
  assert.equal(start, inner, 'the frame is exactly as tall as its content');
  await frame.getByRole('button', { name: 'Alla frågor på en sida' }).click();
  const all = await settled(page);
  assert.ok(all > start, `${start} → ${all}`);
  for (let i = 0; i < 5; i++) await frame.getByRole('button', { name: 'Lägg till en insats' }).click();
  const grown = await settled(page);
  assert.ok(grown > all + 1000, `five measures: ${all} → ${grown}`);
  for (let i = 5; i > 0; i--) await press(frame, 'button', `Ta bort insatsen (Insats ${i})`);
  const back = await settled(page);
  // What is left: the page as it was, and where the measures were, the message that the last one is removed.
  const said = await frame.locator('.rk-removed').evaluate((e) => e.getBoundingClientRect().height + parseFloat(getComputedStyle(e).marginBottom));
  assert.ok(Math.abs(back - (all + said)) <= 2, `back to ${all} and the message's ${said} after removing them, got ${back}`);
  await press(frame, '.rk-menu-list button', 'Steg för steg');
  const step = await settled(page);
  assert.ok(step < all, `a shorter view, a shorter frame (${all} → ${step})`);
  assert.equal(step, await frame.locator('#rk-frame').evaluate((w) => Math.ceil(w.getBoundingClientRect().height)), 'exactly as tall as its content');
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('when the content shrinks and leaves the frame above the window, its top is scrolled into view', async () => {
  const { page, frame } = await framePage({ width: 1280, height: 700 });
  await frame.getByRole('button', { name: 'Alla frågor på en sida' }).click();
  for (let i = 0; i < 5; i++) await frame.getByRole('button', { name: 'Lägg till en insats' }).click();
  const tall = await settled(page);
  await page.evaluate((y) => window.scrollTo(0, y), 400 + tall - 300); // near the frame's bottom
  await page.waitForTimeout(200);
  await press(frame, '.rk-menu-list button', 'Steg för steg');
  await settled(page);
  await page.waitForTimeout(200);
  const box = await frameBox(page);
  assert.ok(box.top >= -1 && box.top < 700, `the frame's top is in view (${JSON.stringify(box)})`);
  await shot(page, 'embed-frame-shrunk-1280');
  await page.context().close();
});

test("the result line stays at the bottom of the window while the partner's page scrolls past a tall frame", async () => {
  const { page, frame } = await framePage({ width: 1280, height: 500 });
  await frame.getByLabel('Arbetsgivare', { exact: true }).check();
  await frame.getByRole('button', { name: 'Starta' }).click();
  await frame.locator('.rk-step').waitFor();
  await frame.locator('.rk-bar').waitFor();
  const height = await settled(page);
  assert.ok(height > 700, `a frame taller than the window (${height})`);
  // The frame starts 400 px down the page: its top in view, above the window, the window in its middle.
  for (const y of [200, 400 + 100, 400 + Math.round((height - 500) / 2)]) {
    await page.evaluate((to) => window.scrollTo(0, to), y);
    await page.waitForTimeout(300);
    const bar = await frame.locator('.rk-bar').boundingBox();
    assert.ok(bar.y + bar.height <= 501 && bar.y + bar.height >= 490, `scrolled to ${y}: the line ends at the window's bottom (${JSON.stringify(bar)})`);
  }
  await page.screenshot({ path: path.join(SHOTS, 'embed-frame-result-line.png') }); // the window, not the whole page
  await page.context().close();
});

test('a message from another window or origin does not resize the iframe', async () => {
  const { page } = await framePage();
  const before = await settled(page);
  await page.evaluate(() => window.postMessage({ type: 'rehabkollen:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  assert.equal((await frameBox(page)).height, before);
  await page.context().close();
});

test('the iframe takes the partner options from its address: start, hide, lang', async () => {
  const { page, frame, log } = await framePage(undefined, '?start=provider&hide=tools&lang=en', '[data-inv="employees[0].personnummer"] input');
  assert.equal(await frame.locator('.rk-header .rk-tools').count(), 0, 'hide=tools');
  assert.equal(await frame.locator('.rk-root').getAttribute('lang'), 'en');
  assert.deepEqual(log.errors, []);
  await page.context().close();
});

test('from another origin the host page cannot test for the text in the frame (window.find), unlike with the component', async () => {
  const { page, frame, context } = await framePage(undefined, '?start=provider', 'h1');
  await frame.getByLabel('Personnummer eller samordningsnummer').fill('811218-9876');
  await frame.getByRole('group', { name: 'Medarbetaren' }).getByLabel('Namn').fill('Anna Andersson');
  await frame.getByLabel('Personnummer eller samordningsnummer').press('Tab');
  await frame.getByText('Giltigt nummer: 811218-****').waitFor();
  assert.deepEqual(await page.evaluate(() => ({ name: window.find('Anna Andersson'), birth: window.find('811218-****'), own: window.find('Partnerns sida') })),
    { name: false, birth: false, own: true });
  await context.close();
});

test('an optional frame-ancestors allow-list: a listed partner gets the frame, any other page gets none', async () => {
  const partner = { csp: `${CSP}; frame-src http://127.0.0.1:*`, mounts: { '/rk/': WWW } };
  const [allowed, other] = [await serve(FIXTURES, 0, partner), await serve(FIXTURES, 0, partner)];
  // Rehabkollen's pages served with `node tools/serve.mjs --frame-ancestors <the allowed partner>`.
  const listed = await serve(WWW, 0, { frameAncestors: originOf(allowed) });
  try {
    for (const [host, shown] of [[allowed, true], [other, false]]) {
      const p = await partnerPage(browser, `${originOf(host)}/frame-host.html?frame=${encodeURIComponent(`${originOf(listed)}/embed.html`)}`, { open: false });
      const frame = p.page.frameLocator('iframe[data-rehabkollen]');
      if (shown) await frame.locator('.rk-h1').first().waitFor();
      else {
        // The browser shows its error page in the frame and says why.
        for (let i = 0; i < 100 && !p.page.frames().some((f) => f.url().startsWith('chrome-error:')); i++) await p.page.waitForTimeout(100);
        assert.ok(p.page.frames().some((f) => f.url().startsWith('chrome-error:')), p.page.frames().map((f) => f.url()).join(' '));
        assert.ok(p.log.errors.some((e) => /frame-ancestors/.test(e)), p.log.errors.join(' | '));
      }
      assert.equal(await frame.locator('.rk-h1').count(), shown ? 1 : 0, `${originOf(host)}: ${shown ? 'shown' : 'refused'}`);
      await p.context.close();
    }
  } finally {
    for (const sv of [allowed, other, listed]) await close(sv);
  }
});
