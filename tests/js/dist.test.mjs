// `make dist` (tools/dist.mjs), after `make build`: every reference in dist/ resolves, the names are
// the hashes of the bytes, .br and .gz hold the same bytes, integrity.json says what is there, and
// tools/serve.mjs sends the precompressed files with the cache headers of docs/DEPLOY.md.
// Written to a temporary folder, so an existing dist/ is left as it is.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { serve } from '../../tools/serve.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const WWW = path.join(ROOT, 'www');
const PAGES = ['index.html', 'rules.html', 'source.html', 'embed.html', 'partner-demo.html'];
const COMPRESSIBLE = /\.(html|js|mjs|css|json|wasm|txt|svg|ts)$/;
const TEXT = /\.(html|js|mjs|css|json|svg)$/;
const HASHED = /\.([0-9a-f]{12})\.[a-z0-9]+$/;
let out;
let manifest;

const list = (dir, sub = '') => fs.readdirSync(path.join(dir, sub), { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? list(dir, path.posix.join(sub, e.name)) : [path.posix.join(sub, e.name)]));
/** www/'s own files: not the .br that make build writes beside them (dist writes its own). */
const wwwFiles = (sub = '') => list(WWW, sub).filter((f) => !f.endsWith('.br'));
const read = (dir, f) => fs.readFileSync(path.join(dir, f));
/** Names in quotes (or CSS url()) that look like file names, as a page or module would write them. */
const names = (text) => [...text.matchAll(/(['"`])((?:\.{1,2}\/|\/)?(?:[\w.-]+\/)*[\w.-]+\.[a-z0-9]+)\1|url\(\s*([^'")\s]+)\s*\)/g)]
  .map((m) => m[2] ?? m[3]);
/** The file a name in `from` points to in `dir`: from its folder, else from the root, as the modules use them. */
function resolve(dir, from, name) {
  const inside = (p) => path.posix.normalize(p).replace(/^\/+/, '');
  const tries = name.startsWith('/') ? [inside(name)] : [inside(path.posix.join(path.posix.dirname(from), name)), inside(name)];
  return tries.find((f) => !f.startsWith('..') && fs.existsSync(path.join(dir, f)) && fs.statSync(path.join(dir, f)).isFile());
}

before(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'rehabkollen-dist-'));
  execFileSync(process.execPath, [path.join(ROOT, 'tools/dist.mjs'), out], { cwd: ROOT, stdio: 'pipe' });
  manifest = JSON.parse(read(out, 'integrity.json'));
});
after(() => fs.rmSync(out, { recursive: true, force: true }));

test('the pages keep their names and the scripts, styles and wasm they load are content-hashed', () => {
  for (const page of PAGES) assert.equal(manifest[page].file, page);
  for (const f of ['rehabkollen-page.js', 'ui.js', 'style.css', 'views/start.js', 'pkg/rehabkollen_page_bg.wasm', 'pkg/texts-sv.json', 'pkg/rehabkollen_provider.js', 'pkg/rehabkollen_provider_bg.wasm', 'rehabkollen-embed.js']) {
    assert.match(manifest[f].file, HASHED, f);
    assert.ok(!fs.existsSync(path.join(out, f)) || ['rehabkollen-embed.js'].includes(f), `${f} is only under its hashed name`);
  }
  for (const f of wwwFiles('sources')) assert.equal(manifest[f].file, f);
  // Partners load these by name (docs/EMBEDDING.md): kept beside the hashed file, the same bytes.
  for (const f of ['rehabkollen-embed.js', 'rehabkollen-frame.js']) {
    assert.equal(manifest[f].stable, true);
    assert.deepEqual(read(out, f), read(out, manifest[f].file));
  }
});

test('every name a file in dist uses resolves, and none is a name that dist changed', () => {
  const renamed = new Map(Object.entries(manifest).filter(([k, e]) => e.file !== k).map(([k, e]) => [k, e.file]));
  const original = new Map(Object.entries(manifest).map(([k, e]) => [e.file, k]));
  let checked = 0;
  for (const f of list(out).filter((f) => TEXT.test(f) && f !== 'integrity.json')) {
    const from = original.get(f) ?? f;
    for (const name of names(read(out, f).toString('utf8'))) {
      const now = resolve(out, f, name);
      if (HASHED.test(name)) {
        assert.ok(now, `${f}: ${name} is not in dist`);
      } else {
        const before = resolve(WWW, from, name);
        if (!before) continue; // not a file in www either (a download name, a wasm import module)
        assert.ok(now, `${f}: ${name} resolved in www/ but not in dist/`);
        assert.ok(!renamed.has(before), `${f}: ${name} is still the unhashed name of ${renamed.get(before)}`);
      }
      checked++;
    }
  }
  assert.ok(checked > 50, `only ${checked} references checked`);
  const index = read(out, 'index.html').toString();
  assert.match(index, /<script type="module" src="rehabkollen-page\.[0-9a-f]{12}\.js">/);
  assert.match(index, /<link rel="preload" href="pkg\/rehabkollen_page_bg\.[0-9a-f]{12}\.wasm"/);
  assert.match(index, /<link rel="preload" href="pkg\/texts-sv\.[0-9a-f]{12}\.json"/);
  const page = read(out, manifest['rehabkollen-page.js'].file).toString();
  for (const f of ['provider.js', 'pkg/rehabkollen_provider.js']) assert.ok(page.includes(`import("./${manifest[f].file}")`), `the page loads ${f} by its hashed name on first use`);
  const glue = read(out, manifest['pkg/rehabkollen_provider.js'].file).toString();
  assert.ok(glue.includes(`new URL('${path.posix.basename(manifest['pkg/rehabkollen_provider_bg.wasm'].file)}', import.meta.url)`));
});

test('names are the hashes of the bytes, and integrity.json lists every file with its size and sha384', () => {
  const served = new Set(list(out).filter((f) => !/\.(br|gz)$/.test(f) && f !== 'integrity.json'));
  const listed = new Set(Object.entries(manifest).flatMap(([k, e]) => (e.stable ? [e.file, k] : [e.file])));
  assert.deepEqual([...served].sort(), [...listed].sort());
  for (const [f, e] of Object.entries(manifest)) {
    const bytes = read(out, e.file);
    const digest = crypto.createHash('sha384').update(bytes).digest();
    assert.equal(e.bytes, bytes.length, f);
    assert.equal(e.sha384, `sha384-${digest.toString('base64')}`, f);
    const m = e.file.match(HASHED);
    if (e.file !== f) assert.equal(m?.[1], digest.toString('hex').slice(0, 12), `${e.file} is named after its hash`);
  }
  // Every www file is there, but the www hashes (pkg/integrity.json), which this manifest replaces.
  assert.deepEqual(Object.keys(manifest).sort(), wwwFiles().filter((f) => f !== 'pkg/integrity.json' && !path.basename(f).startsWith('.')).sort());
});

test('the hashes the component checks (pkg/integrity.js) are those of the files dist serves', () => {
  const text = read(out, manifest['pkg/integrity.js'].file).toString();
  const pairs = [...text.matchAll(/"([^"]+)": "(sha384-[^"]+)"/g)];
  assert.ok(pairs.length >= 2);
  for (const [, name, sri] of pairs) {
    assert.match(name, HASHED);
    assert.equal(`sha384-${crypto.createHash('sha384').update(read(out, name)).digest('base64')}`, sri, name);
  }
});

test('.br and .gz beside each compressible file hold the same bytes', () => {
  const files = list(out).filter((f) => COMPRESSIBLE.test(f));
  assert.ok(files.length > 40);
  for (const f of files) {
    const bytes = read(out, f);
    assert.deepEqual(zlib.brotliDecompressSync(read(out, `${f}.br`)), bytes, `${f}.br`);
    assert.deepEqual(zlib.gunzipSync(read(out, `${f}.gz`)), bytes, `${f}.gz`);
  }
  const wasm = manifest['pkg/rehabkollen_provider_bg.wasm'].file;
  assert.ok(read(out, `${wasm}.br`).length < read(out, `${wasm}.gz`).length, 'brotli beats gzip on the wasm');
});

/** A GET without decoding: status, headers and the body's bytes as sent. */
const get = (url, headers = {}) => new Promise((resolve, reject) => {
  http.get(url, { headers }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
  }).on('error', reject);
});

test('tools/serve.mjs sends dist/ precompressed, with Vary and the cache headers', async () => {
  const server = await serve(out, 0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  try {
    const page = await get(`${origin}/`, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(page.status, 200);
    assert.equal(page.headers['content-encoding'], 'br');
    assert.equal(page.headers.vary, 'Accept-Encoding');
    assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
    assert.equal(page.headers['cache-control'], 'no-cache');
    assert.match(page.headers['content-security-policy'], /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/);
    assert.deepEqual(page.body, read(out, 'index.html.br'));
    assert.deepEqual(zlib.brotliDecompressSync(page.body), read(out, 'index.html'));

    const wasm = manifest['pkg/rehabkollen_provider_bg.wasm'].file;
    const gz = await get(`${origin}/${wasm}`, { 'Accept-Encoding': 'gzip' });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.equal(gz.headers['content-type'], 'application/wasm');
    assert.equal(gz.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.deepEqual(zlib.gunzipSync(gz.body), read(out, wasm));

    const plain = await get(`${origin}/${wasm}`, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.headers.vary, 'Accept-Encoding');
    assert.deepEqual(plain.body, read(out, wasm));

    const stable = await get(`${origin}/rehabkollen-embed.js`, { 'Accept-Encoding': 'br' });
    assert.equal(stable.headers['cache-control'], 'no-cache', 'the name partners load is revalidated');
    assert.equal(stable.headers['content-encoding'], 'br');
  } finally {
    await new Promise((r) => server.close(r));
  }

  // www/ in development: never cached, CORS and its Vary as before, and the .br make build wrote.
  const dev = await serve(WWW, 0, { cors: 'http://127.0.0.1:1' });
  try {
    const r = await get(`http://127.0.0.1:${dev.address().port}/style.css`, { 'Accept-Encoding': 'br' });
    assert.equal(r.headers['cache-control'], 'no-store');
    assert.equal(r.headers['access-control-allow-origin'], 'http://127.0.0.1:1');
    assert.equal(r.headers.vary, 'Origin, Accept-Encoding');
    assert.equal(r.headers['content-encoding'], 'br');
    assert.deepEqual(zlib.brotliDecompressSync(r.body), read(WWW, 'style.css'));
  } finally {
    await new Promise((r) => dev.close(r));
  }
});
