// The first screen is one request chain two deep: index.html names the page's script (main.js and
// every module it imports statically, bundled by `make build`), the page's wasm and its Swedish
// texts, so the browser asks for all of them as soon as it reads the HTML. The provider tools
// (their modules and the full wasm) are not on it: they stay separate files, loaded when opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { bundle } from '../../tools/bundle.mjs';

const www = path.resolve(import.meta.dirname, '../../www');
const html = fs.readFileSync(path.join(www, 'index.html'), 'utf8');
const PAGE = path.join(www, 'rehabkollen-page.js');

test('index.html loads one script, the page bundle, and preloads the page wasm and the Swedish texts', () => {
  assert.deepEqual([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script type="module" src="rehabkollen-page.js">']);
  assert.doesNotMatch(html, /modulepreload/);
  const fetched = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"[^>]*crossorigin>/g)].map((m) => m[1]).sort();
  assert.deepEqual(fetched, ['pkg/rehabkollen_page_bg.wasm', 'pkg/texts-sv.json']);
});

test('the page bundle is main.js as built now, and what loads on first use stays out of it', () => {
  const built = bundle(path.join(www, 'main.js'), { outfile: PAGE, split: true });
  const file = fs.readFileSync(PAGE, 'utf8');
  assert.equal(file.slice(file.indexOf('\n') + 1), built.code, 'rehabkollen-page.js is out of date (the first line is its banner): make build');
  const files = built.modules; // paths relative to the bundle's folder, www/
  for (const f of ['main.js', 'ui.js', 'load.js', 'engine.js', 'pkg/rehabkollen_page.js']) assert.ok(files.includes(f), `${f} in the bundle`);
  for (const f of ['provider.js', 'provider-docs.js', 'provider-text.js', 'pkg/rehabkollen_provider.js']) assert.ok(!files.includes(f), `${f} not in the bundle`);
  assert.deepEqual([...file.matchAll(/import\("([^"]+)"\)/g)].map((m) => m[1]).sort(), ['./pkg/rehabkollen_provider.js', './provider.js']);
  assert.ok(!html.includes('rehabkollen_provider_bg.wasm'));
});
