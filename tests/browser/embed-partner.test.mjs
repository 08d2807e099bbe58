// A partner's web editor on "Bädda in Rehabkollen" (badda-in.html), from finding the page to a
// pasted snippet: "Om tjänsten" links to it; the component's default snippet loads from the site
// serving Rehabkollen (the npm package may not be published) and works pasted on a page of another
// 127.0.0.1 origin, and with its script address broken the page says so instead of blank space; the
// page says the serving origin must allow the partner's (CORS); at 375 px in a host column with
// padding, neither the component nor the iframe sticks out of the column.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, partnerPage, serve, originOf, shot, WWW, hostPage, closeAfter } from './embed-env.mjs';
import { FALLBACK, FALLBACK_SCRIPT_HASH } from '../../www/embed-snippets.js';

let browser, rk, host;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-embed-partner-'));

before(async () => {
  // As `make serve` runs it: pages on this machine may load the files.
  rk = await serve(WWW, 0, { cors: 'loopback' });
  // A strict CSP, as docs/EMBEDDING.md gives it: the files' origin, and the fallback's few lines by their hash.
  const files = 'http://127.0.0.1:*';
  host = await serve(tmp, 0, { csp: `default-src 'self'; script-src 'self' ${files} ${FALLBACK_SCRIPT_HASH} 'wasm-unsafe-eval'; style-src 'self' ${files}; connect-src 'self' ${files}; frame-src ${files}; img-src 'self' data:` });
  fs.writeFileSync(path.join(tmp, 'partner.css'), 'body { margin: 0; font-family: Georgia, serif; } main { max-width: 40rem; margin: 0 auto; padding: 20px; }');
  browser = await launch();
});
closeAfter(() => ({ browser, servers: [host, rk], dirs: [tmp] }));

/** The snippet pasted into a partner's page: a column of at most 40rem with 20 px padding. */
function paste(name, snippet) {
  fs.writeFileSync(path.join(tmp, `${name}.html`), hostPage(snippet, { head: '\n<link rel="stylesheet" href="partner.css">', wrap: { tag: 'main', id: 'column' } }));
  return `${originOf(host)}/${name}.html`;
}

/** The snippet the embed page gives for `kind` with everything else left as it is. */
async function snippetFor(kind, { lang = null } = {}) {
  const { page, context } = await partnerPage(browser, `${originOf(rk)}/badda-in.html`);
  await page.locator('#roles input').first().waitFor();
  if (kind === 'element') await page.getByLabel('Komponent').check();
  if (lang) await page.getByLabel(lang).check();
  const snippet = await page.locator('#snippet').inputValue();
  await context.close();
  return snippet;
}

/** How far any element of the component (inside its shadow root too) or the iframe reaches past the column, in px. */
const overflow = (page) => page.evaluate(() => {
  const col = document.getElementById('column').getBoundingClientRect();
  const inner = { left: col.left + 20, right: col.right - 20 };
  let worst = { by: 0, what: null };
  const visit = (root) => {
    for (const el of root.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      // Not shown (a closed menu's list), or parked off-screen on purpose (the skip link until it has focus).
      if (!r.width || !r.height || r.right <= 0 || !el.checkVisibility({ visibilityProperty: true })) continue;
      const by = Math.max(r.right - inner.right, inner.left - r.left);
      if (by > worst.by) worst = { by, what: `${el.tagName.toLowerCase()}.${el.className}` };
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(document.querySelector('rehab-kollen, iframe[data-rehabkollen]').parentElement);
  return { ...worst, page: document.documentElement.scrollWidth - document.documentElement.clientWidth };
});

test('"Om tjänsten" links to the embed page, in Swedish and in English, and the link reaches it', async () => {
  const { page, context, log } = await partnerPage(browser, `${originOf(rk)}/`);
  await page.locator('details.rk-menu > summary').click();
  await page.locator('.rk-menu-list button', { hasText: 'Om tjänsten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Om tjänsten' }).waitFor();
  const link = page.getByRole('link', { name: /^Bädda in Rehabkollen på er webbplats/ });
  assert.equal(new URL(await link.getAttribute('href')).href, `${originOf(rk)}/badda-in.html`);
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await tab.getByRole('heading', { level: 1, name: 'Bädda in Rehabkollen' }).waitFor();
  await tab.locator('#roles input').first().waitFor();
  await tab.close();
  await shot(page, 'embed-partner-about');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('link', { name: /^Embed Rehabkollen on your website/ }).waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the component\'s default snippet loads from the site serving Rehabkollen, works pasted on another origin, and says so when its script fails', async () => {
  const snippet = await snippetFor('element');
  assert.ok(!snippet.includes('cdn.jsdelivr.net'), 'not the npm package by default: it may not be published');
  assert.ok(snippet.includes(`src="${originOf(rk)}/rehabkollen-embed.js"`), snippet);
  assert.ok(snippet.includes(`<p class="rehabkollen-fallback" data-failed="${FALLBACK.sv.failed}">${FALLBACK.sv.loading}</p>`), snippet);

  const works = await partnerPage(browser, paste('default', snippet), { open: false });
  await works.page.waitForFunction(() => customElements.get('rehab-kollen') && document.querySelector('rehab-kollen').hasAttribute('data-private'));
  // What a visitor sees: the component's heading, not the fallback (the page's own text search finds it, as EMBEDDING.md says).
  await works.page.waitForFunction(() => window.find('Vem är du?'));
  await shot(works.page, 'embed-partner-default');
  assert.deepEqual(works.log.errors, []);
  await works.context.close();

  for (const [name, broken] of [['missing', snippet.replace('/rehabkollen-embed.js"', '/finns-inte/rehabkollen-embed.js"')],
    ['changed', snippet.replace(/(rehabkollen-embed\.js" integrity="sha384-)./, (m, a) => `${a}${m.endsWith('A') ? 'B' : 'A'}`)]]) {
    assert.notEqual(broken, snippet);
    const fails = await partnerPage(browser, paste(`broken-${name}`, broken), { open: false });
    const fallback = fails.page.locator('rehab-kollen .rehabkollen-fallback');
    await fails.page.getByRole('alert').filter({ hasText: FALLBACK.sv.failed }).waitFor();
    assert.equal(await fallback.textContent(), FALLBACK.sv.failed, name);
    assert.ok(await fallback.isVisible(), name);
    if (name === 'missing') await shot(fails.page, 'embed-partner-broken');
    assert.ok(!fails.log.errors.some((e) => /Content Security Policy/i.test(e)), `the fallback runs under the strict CSP: ${fails.log.errors}`);
    await fails.context.close();
  }

  const english = await snippetFor('element', { lang: 'English' });
  assert.ok(english.includes(`data-failed="${FALLBACK.en.failed}">${FALLBACK.en.loading}</p>`), english);
});

test('the npm option says it works only once the package is published; under the code, the CORS the serving site must allow', async () => {
  const { page, context } = await partnerPage(browser, `${originOf(rk)}/badda-in.html`);
  await page.getByLabel('Komponent').check();
  assert.ok(await page.getByLabel('Den här webbplatsen').isChecked());
  const cdn = page.getByLabel('npm via jsDelivr');
  assert.match(await page.locator(`#${await cdn.getAttribute('aria-describedby')}`).textContent(), /bara när paketet rehabkollen finns publicerat på npm/);
  const hint = page.locator('#cors-hint');
  assert.match(await hint.textContent(), /CORS.*docs\/DEPLOY\.md/s);
  // Under the code to paste, above the button that copies it.
  const [code, line, copy] = await Promise.all(['#snippet', '#cors-hint', '#copy'].map((s) => page.locator(s).boundingBox()));
  assert.ok(code.y + code.height <= line.y && line.y + line.height <= copy.y, 'below the code, above the copy button');
  await context.close();
});

test('at 375 px in a host column with padding, nothing of the component or the iframe sticks out', async () => {
  for (const kind of ['element', 'iframe']) {
    const url = paste(`narrow-${kind}`, await snippetFor(kind));
    for (const width of [375, 1280]) {
      const { page, context, log } = await partnerPage(browser, url, { viewport: { width, height: 900 } });
      if (kind === 'element') await page.locator('rehab-kollen .rk-root .rk-h1').first().waitFor();
      else await page.frameLocator('iframe[data-rehabkollen]').locator('.rk-h1').first().waitFor();
      const o = await overflow(page);
      await shot(page, `embed-partner-${kind}-${width}`);
      assert.ok(o.by <= 0.5, `${kind} at ${width} px: ${o.what} reaches ${o.by} px past the column`);
      assert.ok(o.page <= 0, `${kind} at ${width} px: the partner's page scrolls sideways by ${o.page} px`);
      assert.deepEqual(log.errors, []);
      await context.close();
    }
  }
});
