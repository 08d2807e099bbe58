// "Bädda in Rehabkollen" (badda-in.html): an editor chooses the options, sees the preview, copies
// the snippet; the snippet, pasted into a page of another origin under a strict CSP, works as the
// preview did. The roles, schemes and hashes come from the app's own files.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, partnerPage, serve, originOf, shot, WWW, ROOT, hostPage, closeAfter } from './embed-env.mjs';
import { FALLBACK_SCRIPT_HASH } from '../../www/embed-snippets.js';

let browser, rk, host;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-embed-page-'));
const manifest = JSON.parse(fs.readFileSync(path.join(WWW, 'pkg/integrity.json'), 'utf8'));
const texts = JSON.parse(fs.readFileSync(path.join(WWW, 'pkg/texts-sv.json'), 'utf8'));

before(async () => {
  rk = await serve(WWW, 0, { cors: '*' });
  const r = originOf(rk);
  // The partner's strict CSP as docs/EMBEDDING.md gives it: Rehabkollen's origin, and the snippet's fallback lines by their hash.
  host = await serve(tmp, 0, { csp: `default-src 'self'; script-src 'self' ${r} ${FALLBACK_SCRIPT_HASH} 'wasm-unsafe-eval'; style-src 'self' ${r}; connect-src 'self' ${r}; img-src 'self' data:; frame-src ${r}` });
  browser = await launch();
});
closeAfter(() => ({ browser, servers: [host, rk], dirs: [tmp] }));

/** Pastes `snippet` into a partner page of the host origin, as an editor would. */
function paste(name, snippet) {
  fs.writeFileSync(path.join(tmp, `${name}.html`), hostPage(snippet));
  return `${originOf(host)}/${name}.html`;
}

async function builder() {
  const p = await partnerPage(browser, `${originOf(rk)}/badda-in.html`, { permissions: ['clipboard-read', 'clipboard-write'] });
  await p.page.locator('#roles input').first().waitFor();
  return p;
}

test('the choices come from the roles and the catalogue; the version and the rules version are shown', async () => {
  const { page, context, log } = await builder();
  assert.deepEqual(await page.locator('#schemes input').evaluateAll((xs) => xs.map((x) => x.value)), Object.keys(texts.schemes));
  assert.deepEqual(await page.locator('#roles input').evaluateAll((xs) => xs.map((x) => x.value)), ['', 'employer', 'provider', 'person', 'region']);
  assert.match(await page.locator('#version').textContent(), new RegExp(`${texts.version.crate_version}.*${texts.version.rules_version}`));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('iframe: options, live preview, copy; the snippet pasted on another origin works', async () => {
  const { page, context, log } = await builder();
  await page.getByLabel('Privatperson').check();
  await page.getByLabel(texts.schemes.fk_samordning).check();
  await page.getByLabel('English').check();
  await page.locator('#accent').fill('#6a1b9a');
  await page.getByLabel('Er webbplats adress').fill(`${originOf(host)}/en/sida`);
  const preview = page.frameLocator('#preview iframe');
  await preview.getByRole('heading', { name: 'Which rehabilitation support can you get?' }).waitFor();
  assert.ok(await preview.getByLabel('Private person', { exact: true }).isChecked());
  await page.getByRole('button', { name: 'Kopiera koden' }).click();
  await page.getByText('Koden är kopierad.').waitFor();
  const snippet = await page.locator('#snippet').inputValue();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  assert.match(snippet, new RegExp(`host=${encodeURIComponent(originOf(host))}&amp;lang=en&amp;mode=person&amp;scope=fk_samordning&amp;accent=%236a1b9a`));
  assert.ok(snippet.includes(`integrity="${manifest['rehabkollen-frame.js']}"`));
  await shot(page, 'embed-page-iframe');

  const pasted = await partnerPage(browser, paste('iframe', snippet), { open: false });
  const frame = pasted.page.frameLocator('iframe[data-rehabkollen]');
  await frame.getByRole('heading', { name: 'Which rehabilitation support can you get?' }).waitFor();
  assert.ok(await frame.getByLabel('Private person', { exact: true }).isChecked());
  assert.equal(await frame.locator('.rk-title').first().evaluate((e) => getComputedStyle(e).color), 'rgb(106, 27, 154)');
  await frame.getByRole('button', { name: /Start/ }).click();
  await frame.locator('[data-path]').first().waitFor();
  // It follows its content once the user acts: the pasted script runs under the host's CSP.
  await pasted.page.waitForFunction(() => document.querySelector('iframe[data-rehabkollen]').clientHeight < 1700);
  assert.deepEqual(pasted.log.errors, []);
  assert.deepEqual(log.errors, []);
  await pasted.context.close();
  await context.close();
});

test('component: the snippet from this site (the default) pasted on another origin works; the CDN one names the version and the same hashes', async () => {
  const { page, context } = await builder();
  await page.getByLabel('Komponent').check();
  await page.locator('#options').getByLabel('Arbetsgivare').check();
  await page.locator('#preview rehab-kollen .rk-root .rk-h1').first().waitFor();
  const snippet = await page.locator('#snippet').inputValue();
  assert.ok(snippet.includes(`${originOf(rk)}/rehabkollen-embed.js" integrity="${manifest['rehabkollen-embed.js']}"`), snippet);
  assert.match(snippet, /<rehab-kollen lang="sv" mode="employer">\n  <p class="rehabkollen-fallback" data-failed="Rehabkollen kunde inte startas: [^"]+">Rehabkollen laddas …<\/p>\n<\/rehab-kollen>/);
  await page.getByLabel('npm via jsDelivr').check();
  const cdn = await page.locator('#snippet').inputValue();
  assert.ok(cdn.includes(`https://cdn.jsdelivr.net/npm/rehabkollen@${texts.version.crate_version}/rehabkollen-embed.js" integrity="${manifest['rehabkollen-embed.js']}"`), cdn);
  assert.ok(cdn.includes(`rehabkollen-host.css" integrity="${manifest['rehabkollen-host.css']}"`));
  await page.getByLabel('Den här webbplatsen').check();
  assert.equal(await page.locator('#snippet').inputValue(), snippet);
  await shot(page, 'embed-page-element');

  const pasted = await partnerPage(browser, paste('element', snippet));
  await pasted.page.locator('rehab-kollen .rk-root .rk-h1').first().waitFor();
  assert.ok(await pasted.page.locator('rehab-kollen .rk-root').getByLabel('Arbetsgivare', { exact: true }).isChecked());
  await pasted.page.locator('rehab-kollen .rk-root').getByRole('button', { name: /Starta/ }).click();
  await pasted.page.locator('rehab-kollen .rk-root [data-path]').first().waitFor();
  await shot(pasted.page, 'embed-page-pasted');
  assert.deepEqual(pasted.log.errors, []);
  await pasted.context.close();
  await context.close();
});

test('a colour too light for white text is refused at the field, and the default stays', async () => {
  const { page, context } = await builder();
  await page.locator('#accent').fill('#ffdd00');
  await page.getByText('Färgen syns för dåligt mot vitt').waitFor();
  assert.ok(!(await page.locator('#snippet').inputValue()).includes('accent'));
  await context.close();
});

test('the embed page: axe finds no WCAG 2.1 AA violations, at 375 px too, with a field in error', async () => {
  for (const width of [1280, 375]) {
    const { page, context } = await partnerPage(browser, `${originOf(rk)}/badda-in.html`, { bypassCSP: true, viewport: { width, height: 900 } });
    await page.locator('#roles input').first().waitFor();
    await page.getByLabel('Er webbplats adress').fill('inte en adress');
    await page.getByText('Skriv adressen så här').waitFor();
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run({ include: [['.bi']], exclude: [['#preview']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    });
    assert.deepEqual(violations, [], `${width} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${width} px: no sideways scrolling (${overflow} px)`);
    if (width === 375) await shot(page, 'embed-page-375');
    await context.close();
  }
});
