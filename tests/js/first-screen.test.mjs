// The first screen is one request chain two deep: index.html names the page's script (main.js and
// every module it imports statically, bundled by `make build` with esbuild), the page's wasm and
// its Swedish texts, so the browser asks for all of them as soon as it reads the HTML. The provider
// tools (their modules and the full wasm) are not on it: they stay separate files, loaded when
// opened. The component's bundle holds everything, so one hash covers all of its code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { bundle } from '../../tools/esbuild.mjs';

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

test('index.html loads one script, the page bundle, and preloads the page wasm and the Swedish texts', () => {
  assert.deepEqual([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script type="module" src="rehabkollen-page.js">']);
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
