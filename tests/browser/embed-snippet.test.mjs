// The iframe snippet an editor pastes (www/embed-snippets.js, as the embed page and the package
// README give it), on a partner page of another origin under a strict CSP: the options in its
// address (role, schemes, language, colour) take effect, the frame follows its content both ways
// once the user acts, and no answer ever reaches an address, the frame's or the page's.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, partnerPage, serve, originOf, shot, WWW, hostPage, closeAfter } from './embed-env.mjs';
import { iframeSnippet, IFRAME_HEIGHT } from '../../www/embed-snippets.js';

let browser, rk, host, snippet;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-snippet-'));

before(async () => {
  rk = await serve(WWW, 0, { cors: '*' });
  // The host's origin is in the address before the host is served: take a port first.
  host = await serve(tmp, 0, { csp: `default-src 'self'; script-src 'self' ${originOf(rk)}; style-src 'self'; img-src 'self' data:; frame-src ${originOf(rk)}` });
  snippet = iframeSnippet({ app: `${originOf(rk)}/`, host: originOf(host), lang: 'en', mode: 'person', scope: ['fk_samordning'], accent: '#6a1b9a',
    frameScript: { src: `${originOf(rk)}/rehabkollen-frame.js`, integrity: JSON.parse(fs.readFileSync(path.join(WWW, 'pkg/integrity.json'), 'utf8'))['rehabkollen-frame.js'] } });
  fs.writeFileSync(path.join(tmp, 'index.html'), hostPage(snippet));
  browser = await launch();
});
closeAfter(() => ({ browser, servers: [host, rk], dirs: [tmp] }));

const frameHeight = (page) => page.locator('iframe[data-rehabkollen]').evaluate((f) => f.clientHeight);
const contentHeight = (frame) => frame.locator('#rk-frame').evaluate((w) => Math.ceil(w.getBoundingClientRect().height));
const follows = (page, frame) => contentHeight(frame).then((h) => page.waitForFunction((want) =>
  document.querySelector('iframe[data-rehabkollen]').clientHeight === want, h)).then(() => frameHeight(page));

test('the snippet holds options only, with the reserved height and the frame script with its hash', () => {
  const src = new URL(/src="([^"]+)"/.exec(snippet)[1].replaceAll('&amp;', '&'));
  assert.deepEqual([...src.searchParams.keys()].sort(), ['accent', 'host', 'lang', 'mode', 'scope']);
  assert.match(snippet, new RegExp(`height="${IFRAME_HEIGHT}"`));
  assert.match(snippet, /rehabkollen-frame\.js" integrity="sha384-/);
});

test('pasted on a strict-CSP page: the options apply, the frame follows its content both ways, no answer in any address', async () => {
  const { page, context, log } = await partnerPage(browser, `${originOf(host)}/`, { open: false });
  const frame = page.frameLocator('iframe[data-rehabkollen]');
  await frame.locator('.rk-h1').first().waitFor();
  const src = await page.locator('iframe[data-rehabkollen]').getAttribute('src');
  // English, the person's role chosen, the partner's colour.
  assert.equal(await frame.locator('html').getAttribute('lang'), 'en');
  assert.ok(await frame.getByLabel('Private person', { exact: true }).isChecked());
  assert.equal(await frame.locator('.rk-title').first().evaluate((e) => getComputedStyle(e).color), 'rgb(106, 27, 154)');
  assert.equal(await frameHeight(page), IFRAME_HEIGHT, 'the reservation until the user acts');
  await frame.getByRole('button', { name: /Start/ }).click();
  await frame.locator('[data-path]').first().waitFor();
  const first = await follows(page, frame);
  assert.ok(first < IFRAME_HEIGHT, `shrank to the first question: ${first}`);
  await frame.locator('[data-path]').first().locator('input[type=radio]').first().check();
  // Back to the start page, which is taller.
  await frame.getByText('Back', { exact: true }).first().click();
  await frame.locator('.rk-h1').first().waitFor();
  const all = await follows(page, frame);
  assert.ok(all > first, `grew with the content: ${first} → ${all}`);
  await shot(page, 'snippet-iframe');
  const frameUrl = page.frames().find((f) => f !== page.mainFrame()).url();
  assert.equal(frameUrl, src.replaceAll('&amp;', '&'), 'the frame\'s address is the snippet\'s, nothing added');
  assert.equal(page.url(), `${originOf(host)}/`);
  assert.deepEqual(log.errors, []);
  await context.close();
});
