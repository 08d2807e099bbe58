// The first screen is one request chain at most two deep: index.html names every module the page
// imports statically (modulepreload), the page's wasm and its Swedish texts (preload), so the
// browser asks for all of them as soon as it reads the HTML; nothing waits for a module to arrive
// before the next is requested. The provider tools (their modules and the full wasm) are not on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const www = path.resolve(import.meta.dirname, '../../www');
const html = fs.readFileSync(path.join(www, 'index.html'), 'utf8');

/** The modules `entry` imports statically, transitively (dynamic import() excluded). */
function graph(entry) {
  const seen = new Set();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    const src = fs.readFileSync(path.join(www, f), 'utf8');
    for (const m of src.matchAll(/^\s*(?:import|export)\s[^'";]*?from\s*['"](\.[^'"]+)['"]|^\s*import\s*['"](\.[^'"]+)['"]/gm)) {
      todo.push(path.posix.normalize(path.posix.join(path.posix.dirname(f), m[1] ?? m[2])));
    }
  }
  seen.delete(entry);
  return [...seen].sort();
}

test('index.html preloads exactly the modules the page imports statically, and the page wasm and texts', () => {
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => path.posix.normalize(m[1])).sort();
  assert.match(html, /<script type="module" src="main.js"><\/script>/);
  assert.deepEqual(preloaded, graph('main.js'));
  const fetched = [...html.matchAll(/<link rel="preload" href="([^"]+)" as="fetch"[^>]*crossorigin>/g)].map((m) => m[1]).sort();
  assert.deepEqual(fetched, ['pkg/rehabkollen_page_bg.wasm', 'pkg/texts-sv.json']);
});

test('the provider tools and the full module are not on the first screen', () => {
  const first = graph('main.js');
  for (const f of ['provider.js', 'provider-docs.js', 'provider-text.js', 'pkg/rehabkollen.js']) assert.ok(!first.includes(f), f);
  assert.ok(!html.includes('rehabkollen_bg.wasm'));
});
