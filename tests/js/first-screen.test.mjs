// The first screen is index.html itself: the start page as the views draw it (written by `make
// build`, tools/first-screen.mjs; stale, these tests fail) and its style inline, so it shows after
// one round trip. Behind it one request chain one deep: index.html names the page's script (main.js
// and every module it imports statically, bundled by `make build` with esbuild), the page's wasm and
// its Swedish texts, so the browser asks for all of them as soon as it reads the HTML. The provider
// tools (their modules and the full wasm) are not on it: they stay separate files, loaded when
// opened. The component's bundle holds everything, so one hash covers all of its code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { bundle } from '../../tools/esbuild.mjs';
import { firstScreen, renderFirstScreen } from '../../tools/first-screen.mjs';
import { CSP, policyFor } from '../../tools/serve.mjs';
import { CHROME } from '../../www/i18n.js';
import { INTEGRITY } from '../../www/pkg/integrity.js';

const www = path.resolve(import.meta.dirname, '../../www');
const html = fs.readFileSync(path.join(www, 'index.html'), 'utf8');

/** The bundle as esbuild makes it from the sources now: { code, modules (relative to www/), imports }. */
async function built(name) {
  const r = await bundle(name, { write: false, metafile: true });
  assert.equal(r.outputFiles.length, 1, 'one file, no chunks');
  const [out] = Object.values(r.metafile.outputs);
  return {
    code: r.outputFiles[0].text,
    modules: Object.keys(out.inputs).map((f) => path.posix.relative('www', f)),
    imports: out.imports,
  };
}

test('index.html holds the start page, its title and its style as the views, i18n.js and style.css give them now', async () => {
  assert.ok(html === await firstScreen(html), 'www/index.html is out of date: make build (tools/first-screen.mjs)');
  const { html: screen, title } = await renderFirstScreen();
  const s = CHROME.sv.start;
  // Each text once, from i18n.js: the heading, the question and its answers are the views' own.
  for (const text of [s.heading, s.roleLegend, ...Object.values(s.roles), s.go, s.privacy]) assert.ok(screen.includes(text), text);
  assert.equal(title, `${s.heading} – ${CHROME.sv.title}`);
  assert.ok(html.includes(`<title>${title}</title>`));
  assert.ok(html.includes(screen));
  assert.ok(html.includes(`<style>\n${fs.readFileSync(path.join(www, 'style.css'), 'utf8').trimEnd()}\n</style>`));
  assert.doesNotMatch(html, /<link rel="stylesheet"/, 'nothing on the first screen waits for another file');
  assert.doesNotMatch(screen, /file:|\/(home|root|tmp|work|Users)\//, 'no path of the machine it was built on');
  assert.doesNotMatch(screen, /laddas|Laddar/, 'no loading message: the page is there');
});

test('the two inline blocks are the only ones, and the policy allows exactly them by hash', () => {
  const inline = (tag) => [...html.matchAll(new RegExp(`<${tag}>([^]*?)</${tag}>`, 'g'))].map((m) => m[1]);
  const sha = (t) => `'sha256-${crypto.createHash('sha256').update(t).digest('base64')}'`;
  const [script] = inline('script');
  const [style] = inline('style');
  assert.equal(inline('script').length, 1);
  assert.equal(inline('style').length, 1);
  assert.equal(CSP, `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha(script)}; style-src 'self' ${sha(style)}; img-src 'self' data:`);
  assert.equal(policyFor(''), "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:");
  // The script only keeps which buttons were pressed: it reads no field and sends nothing.
  assert.doesNotMatch(script, /fetch|XMLHttpRequest|sendBeacon|value|storage|cookie|location/i);
});

test('fail-closed as before: the engine\'s files are still fetched with their hashes; the stylesheet the component loads too', () => {
  for (const f of ['pkg/rehabkollen_page_bg.wasm', 'pkg/texts-sv.json', 'pkg/texts-en.json', 'style.css', 'provider.css']) assert.match(INTEGRITY[f] ?? '', /^sha384-/, f);
  const loader = fs.readFileSync(path.join(www, 'load.js'), 'utf8');
  assert.match(loader, /fetch\(url, hash \? \{ integrity: hash \} : \{\}\)/);
  const main = fs.readFileSync(path.join(www, 'main.js'), 'utf8');
  assert.match(main, /engineLoader\(INTEGRITY\)/);
});

test('each file of the first screen has its .br beside it, made from it as it is now', () => {
  for (const f of ['index.html', 'rehabkollen-page.js', 'pkg/rehabkollen_page_bg.wasm', 'pkg/texts-sv.json']) {
    const br = path.join(www, `${f}.br`);
    assert.ok(fs.existsSync(br), `${f}.br: make build`);
    assert.ok(zlib.brotliDecompressSync(fs.readFileSync(br)).equals(fs.readFileSync(path.join(www, f))), `${f}.br is stale: make build`);
  }
});

test('index.html loads one script, the page bundle, and preloads the page wasm and the Swedish texts', () => {
  assert.deepEqual([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script>', '<script type="module" src="rehabkollen-page.js">']);
  assert.doesNotMatch(html, /modulepreload/);
  const fetched = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"[^>]*crossorigin>/g)].map((m) => m[1]).sort();
  assert.deepEqual(fetched, ['pkg/rehabkollen_page_bg.wasm', 'pkg/texts-sv.json']);
});

test('the page bundle is main.js as built now; it imports nothing at start, and what loads on first use stays out of it', async () => {
  const page = await built('page');
  const file = fs.readFileSync(path.join(www, 'rehabkollen-page.js'), 'utf8');
  assert.ok(file === page.code, 'www/rehabkollen-page.js is out of date: make build');
  for (const f of ['main.js', 'ui.js', 'load.js', 'engine.js', 'dom.js', 'views/result.js', 'pkg/rehabkollen_page.js']) assert.ok(page.modules.includes(f), `${f} in the bundle`);
  for (const f of ['provider.js', 'provider-docs.js', 'provider-text.js', 'pkg/rehabkollen_provider.js']) assert.ok(!page.modules.includes(f), `${f} not in the bundle`);
  // Nothing the script needs before the first question is another request: no static import.
  assert.deepEqual(page.imports.filter((i) => i.kind !== 'dynamic-import'), []);
  assert.deepEqual(page.imports.map((i) => i.path).sort(), ['./pkg/rehabkollen_provider.js', './provider.js']);
  assert.deepEqual([...file.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]).sort(), ['./pkg/rehabkollen_provider.js', './provider.js']);
  assert.ok(!html.includes('rehabkollen_provider_bg.wasm'));
});

test('the component bundle holds every module, those loaded on first use too, and imports nothing', async () => {
  const embed = await built('embed');
  const file = fs.readFileSync(path.join(www, 'rehabkollen-embed.js'), 'utf8');
  assert.ok(file === embed.code, 'www/rehabkollen-embed.js is out of date: make build');
  for (const f of ['embed-element.js', 'ui.js', 'load.js', 'provider.js', 'provider-docs.js', 'provider-text.js', 'pkg/rehabkollen_provider.js', 'pkg/rehabkollen_page.js', 'pkg/integrity.js']) {
    assert.ok(embed.modules.includes(f), `${f} in the component's bundle`);
  }
  assert.deepEqual(embed.imports, [], 'no import of another file: the one hash covers all the code');
  assert.doesNotMatch(file, /\bimport\s*\(/);
});

test('the bundles carry no path of the machine they were built on', () => {
  for (const f of ['rehabkollen-page.js', 'rehabkollen-embed.js']) {
    const text = fs.readFileSync(path.join(www, f), 'utf8');
    assert.ok(!text.includes(path.resolve(www, '..')), `${f} names the folder it was built in`);
    assert.doesNotMatch(text, /\/(home|root|tmp|Users)\//, f);
  }
});
