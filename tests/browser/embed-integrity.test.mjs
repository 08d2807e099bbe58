// Integrity end to end, across origins: a partner page on one 127.0.0.1 port loads Rehabkollen
// from another, with the CORS headers and CSP EMBEDDING.md gives and the hash from the manifest on
// its script tag. That one hash covers every module (they are bundled into rehabkollen-embed.js),
// and the bundle checks the wasm, the texts and the stylesheet against their own hashes: one
// changed byte in any of them and nothing runs.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch, partnerPage, serve, originOf, FIXTURES, WWW, closeAfter } from './embed-env.mjs';

const CASES = {
  intact: null,
  wasm: 'pkg/rehabkollen_page_bg.wasm',
  texts: 'pkg/texts-sv.json',
  full: 'pkg/rehabkollen_provider_bg.wasm',
  providerStyle: 'provider.css',
  bundle: 'rehabkollen-embed.js',
  stylesheet: 'style.css',
};
let browser, partner, nocors;
const INTEGRITY_SV = 'En fil som Rehabkollen behöver kunde inte kontrolleras, så Rehabkollen startades inte. Ladda om sidan. Hjälper inte det, kontakta den som ansvarar för webbplatsen.';
const PROVIDER_INTEGRITY_SV = 'Verktygen för anordnare startades inte: en fil de behöver kunde inte kontrolleras. Frågorna fungerar som vanligt. Hjälper det inte att ladda om sidan, kontakta den som ansvarar för webbplatsen.';
const hosts = {};
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-integrity-'));
const manifest = JSON.parse(fs.readFileSync(path.join(WWW, 'pkg/integrity.json'), 'utf8'));

/** A copy of www/ with one byte changed in `file`, in a place that keeps it well-formed. */
function copyWith(name, file) {
  const dir = path.join(tmp, name);
  fs.cpSync(WWW, dir, { recursive: true });
  if (file) {
    const p = path.join(dir, file);
    const bytes = fs.readFileSync(p);
    // A letter in a text for JS, JSON and CSS (still valid), a byte in the middle of the wasm.
    const text = { '.css': '#ffffff', '.json': 'Arbetsgivaren', '.js': 'Rehabkollen' }[path.extname(file)];
    const at = file.endsWith('.wasm') ? bytes.length >> 1 : bytes.indexOf(text) + 1;
    assert.ok(at > 0, `a place to change in ${file}`);
    bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
    fs.writeFileSync(p, bytes);
  }
  return dir;
}

before(async () => {
  // Each copy on its own origin, sending the CORS headers for the partner's origin (its port is
  // known only once it listens: the servers allow '*' here; the docs name the partner's origin).
  for (const [name, file] of Object.entries(CASES)) hosts[name] = await serve(copyWith(name, file), 0, { cors: '*' });
  nocors = await serve(WWW, 0);
  const rk = [...Object.values(hosts), nocors].map(originOf).join(' ');
  partner = await serve(FIXTURES, 0, {
    csp: `default-src 'self'; script-src 'self' ${rk} 'wasm-unsafe-eval'; style-src 'self' ${rk}; connect-src 'self' ${rk}; img-src 'self' data:`,
  });
  browser = await launch();
});
closeAfter(() => ({ browser, servers: [...Object.values(hosts), nocors, partner], dirs: [tmp] }));

async function load(server) {
  const src = `${originOf(server)}/rehabkollen-embed.js`;
  const url = `${originOf(partner)}/xo-host.html?src=${encodeURIComponent(src)}&integrity=${encodeURIComponent(manifest['rehabkollen-embed.js'])}`;
  const p = await partnerPage(browser, url);
  await p.page.waitForFunction(() => window.embedScriptFailed || document.querySelector('#one')?.shadowRoot?.querySelector('.rk-h1, [role=alert]'), null, { timeout: 15000 });
  await p.page.waitForTimeout(100); // the fallback's text, set on the script's error
  const state = await p.page.evaluate(() => ({
    defined: !!customElements.get('rehab-kollen'),
    rendered: !!document.querySelector('#one').shadowRoot?.querySelector('.rk-root .rk-h1'),
    alert: document.querySelector('#one').shadowRoot?.querySelector('[role=alert]')?.textContent ?? null,
    // The element's own content, shown while it is not defined (the partner's fallback).
    fallback: customElements.get('rehab-kollen') ? null : document.querySelector('#one .rehabkollen-fallback')?.textContent ?? null,
  }));
  await p.context.close();
  return { ...state, log: p.log, origin: originOf(server) };
}

test('intact files load from the other origin, every one of them checked, and nothing else is fetched', async () => {
  const { defined, rendered, alert, log, origin } = await load(hosts.intact);
  assert.deepEqual({ defined, rendered, alert }, { defined: true, rendered: true, alert: null });
  assert.deepEqual(log.errors, [], 'no CORS, CSP or integrity error');
  const fetched = log.requests.filter((u) => u.startsWith(origin)).map((u) => u.slice(origin.length + 1)).sort();
  assert.deepEqual(fetched, ['pkg/rehabkollen_page_bg.wasm', 'pkg/texts-sv.json', 'rehabkollen-embed.js', 'style.css'],
    'one module, the page\'s wasm, its Swedish texts, the stylesheet: all under a hash (the provider tools\' wasm only when they open)');
});

for (const name of ['wasm', 'texts', 'bundle', 'stylesheet']) {
  test(`one changed byte in the ${name} (${CASES[name]}) is refused`, async () => {
    const { defined, rendered, alert, fallback, log } = await load(hosts[name]);
    assert.equal(rendered, false, 'the questionnaire does not start');
    assert.ok(log.errors.some((e) => /integrity|digest/i.test(e)), `the browser reports the integrity check: ${log.errors.join(' | ')}`);
    if (name === 'bundle') {
      assert.equal(defined, false, 'no code from it runs');
      // Not a blank element: the partner's fallback, as EMBEDDING.md shows it, says what happened.
      assert.equal(fallback, 'Rehabkollen kunde inte startas: en fil kunde inte hämtas eller kontrolleras. Ladda om sidan.');
    } else {
      assert.equal(alert, INTEGRITY_SV, 'the element says a file could not be verified, and does not blame the browser');
    }
  });
}

/** The provider tools in a second element (allow-provider, start="provider") on the partner's page. */
async function openProvider(server) {
  const src = `${originOf(server)}/rehabkollen-embed.js`;
  const url = `${originOf(partner)}/xo-host.html?src=${encodeURIComponent(src)}&integrity=${encodeURIComponent(manifest['rehabkollen-embed.js'])}`;
  const p = await partnerPage(browser, url);
  await p.page.waitForFunction(() => document.querySelector('#one')?.shadowRoot?.querySelector('.rk-root .rk-h1'), null, { timeout: 15000 });
  await p.page.evaluate(() => {
    const tools = Object.assign(document.createElement('rehab-kollen'), { id: 'tools' });
    tools.setAttribute('allow-provider', '');
    tools.setAttribute('start', 'provider');
    document.querySelector('main').append(tools);
  });
  await p.page.waitForFunction(() => document.querySelector('#tools')?.shadowRoot?.querySelector('.rk-invoice-form, .rk-provider .rk-loading[role=alert]'), null, { timeout: 15000 });
  await new Promise((r) => setTimeout(r, 300)); // the stylesheet's check
  const state = await p.page.evaluate(() => ({
    form: !!document.querySelector('#tools').shadowRoot.querySelector('.rk-invoice-form'),
    alert: document.querySelector('#tools').shadowRoot.querySelector('.rk-provider .rk-loading[role=alert]')?.textContent ?? null,
  }));
  await p.context.close();
  const origin = originOf(server);
  return { ...state, log: p.log, fetched: p.log.requests.filter((u) => u.startsWith(origin)).map((u) => u.slice(origin.length + 1)) };
}

test('the provider tools load the full module and their stylesheet when opened, both checked', async () => {
  const { form, alert, log, fetched } = await openProvider(hosts.intact);
  assert.deepEqual({ form, alert }, { form: true, alert: null });
  assert.deepEqual(log.errors, []);
  for (const f of ['pkg/rehabkollen_provider_bg.wasm', 'provider.css']) assert.ok(fetched.includes(f), f);
});

test('one changed byte in the full module: the provider tools say a file could not be verified, the questionnaire runs', async () => {
  const { form, alert, log } = await openProvider(hosts.full);
  assert.equal(form, false);
  assert.equal(alert, PROVIDER_INTEGRITY_SV);
  assert.ok(log.errors.some((e) => /integrity|digest/i.test(e)), log.errors.join(' | '));
});

test('one changed byte in the provider tools\' stylesheet: the tools do not run (the personnummer would not be masked)', async () => {
  // The review: a refused provider.css left the tools running unstyled, the number unmasked.
  const { form, alert, log } = await openProvider(hosts.providerStyle);
  assert.ok(log.errors.some((e) => /integrity|digest/i.test(e) && /provider\.css/.test(e)), log.errors.join(' | '));
  assert.equal(form, false, 'no form, no personnummer field');
  assert.equal(alert, PROVIDER_INTEGRITY_SV);
});

test('without the CORS headers the other origin cannot serve it (the docs name them)', async () => {
  const { defined, rendered, log } = await load(nocors);
  assert.deepEqual({ defined, rendered }, { defined: false, rendered: false });
  assert.ok(log.errors.some((e) => /CORS|Access-Control-Allow-Origin/i.test(e)), log.errors.join(' | '));
});

/**
 * The stand-alone page or the iframe (`page`: index.html or embed.html) from a copy with one byte
 * changed, once it has settled: the engine ready (its `rk:first-result` mark) or a message. The start
 * page shows before the engine has loaded (its first screen is static), so its heading alone says
 * nothing yet.
 */
async function standAlone(name, page) {
  const p = await partnerPage(browser, `${originOf(hosts[name])}/${page}`, { open: false });
  await p.page.waitForFunction(() => performance.getEntriesByName('rk:first-result').length > 0 || !!document.querySelector('[role=alert]'), null, { timeout: 15000 });
  const state = await p.page.evaluate(() => ({ rendered: !!document.querySelector('.rk-root .rk-h1'), alert: document.querySelector('[role=alert]')?.textContent ?? null }));
  await p.context.close();
  return { ...state, log: p.log };
}

for (const page of ['index.html', 'embed.html']) {
  test(`${page} checks its wasm and texts too: one changed byte stops it, with a message that a file could not be verified`, async () => {
    assert.deepEqual((await standAlone('intact', page)).alert, null);
    for (const name of ['wasm', 'texts']) {
      const { rendered, alert, log } = await standAlone(name, page);
      assert.equal(rendered, false, `${name}: the questionnaire does not start`);
      assert.equal(alert, INTEGRITY_SV, name);
      assert.ok(log.errors.some((e) => /integrity|digest/i.test(e)), `${name}: ${log.errors.join(' | ')}`);
    }
  });
}

test('on the stand-alone page, a changed provider.css or provider module stops the provider tools, with that message', async () => {
  for (const name of ['providerStyle', 'full']) {
    const p = await partnerPage(browser, `${originOf(hosts[name])}/`, { open: false });
    await p.page.getByRole('button', { name: 'Fakturaunderlag och redovisning (anordnare)' }).click();
    await p.page.locator('.rk-provider [role=alert]').waitFor({ timeout: 15000 });
    assert.equal(await p.page.locator('.rk-provider [role=alert]').innerText(), PROVIDER_INTEGRITY_SV, name);
    assert.equal(await p.page.locator('.rk-invoice-form, input.rk-pnr').count(), 0, `${name}: no form, no personnummer field`);
    await p.context.close();
  }
});
