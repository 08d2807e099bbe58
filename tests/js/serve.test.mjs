// tools/serve.mjs, the server `make serve` and the tests use: a malformed request is a 400 and the
// server keeps serving; nothing outside the folder served is ever sent, whether asked for with
// `..`, an encoded `..%2f`, a sibling folder whose name starts like the served one, or a link; a
// precompressed .br is sent to a request that accepts br (Vary: Accept-Encoding), never one older
// than its file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import zlib from 'node:zlib';
import { serve, acceptedEncodings } from '../../tools/serve.mjs';

let dir;
let server;
let port;

/** GET `raw` exactly as written (no URL normalisation by the client): status and body. */
const get = (raw) => new Promise((resolve, reject) => {
  const req = http.request({ host: '127.0.0.1', port, path: raw, method: 'GET' }, (res) => {
    let body = '';
    res.on('data', (c) => (body += c));
    res.on('end', () => resolve({ status: res.statusCode, body }));
  });
  req.on('error', reject);
  req.end();
});

/** GET `raw` with `headers`: status, headers and the body's bytes as sent. */
const fetchRaw = (raw, headers = {}) => new Promise((resolve, reject) => {
  http.get({ host: '127.0.0.1', port, path: raw, headers }, (res) => {
    const chunks = [];
    res.on('data', (c) => chunks.push(c));
    res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
  }).on('error', reject);
});
const PAGE_JS = 'export const page = "the first screen";\n'.repeat(50);

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehabkollen-serve-'));
  fs.mkdirSync(path.join(dir, 'www'));
  fs.mkdirSync(path.join(dir, 'www-secret'));
  fs.writeFileSync(path.join(dir, 'www', 'index.html'), 'public page');
  fs.writeFileSync(path.join(dir, 'www-secret', 'key.txt'), 'SECRET');
  fs.writeFileSync(path.join(dir, 'outside.txt'), 'SECRET');
  fs.symlinkSync(path.join(dir, 'outside.txt'), path.join(dir, 'www', 'link.txt'));
  fs.writeFileSync(path.join(dir, 'www', 'page.js'), PAGE_JS);
  fs.writeFileSync(path.join(dir, 'www', 'page.js.br'), zlib.brotliCompressSync(PAGE_JS));
  fs.writeFileSync(path.join(dir, 'www', 'stale.js'), 'export const v = 1;\n');
  fs.writeFileSync(path.join(dir, 'www', 'stale.js.br'), zlib.brotliCompressSync('export const v = 0;\n'));
  const past = new Date(Date.now() - 60_000);
  fs.utimesSync(path.join(dir, 'www', 'stale.js.br'), past, past); // written before its file changed
  server = await serve(path.join(dir, 'www'), 0);
  port = server.address().port;
});

after(() => {
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a malformed escape is answered 400 and the server goes on serving', async () => {
  assert.equal((await get('/%E0%A4%A')).status, 400);
  assert.equal((await get('/%')).status, 400);
  const page = await get('/');
  assert.equal(page.status, 200);
  assert.equal(page.body, 'public page');
});

test('nothing outside the served folder is sent', async () => {
  for (const raw of ['/..%2fwww-secret/key.txt', '/../www-secret/key.txt', '/..%2f..%2foutside.txt', '/%2e%2e/outside.txt', '/link.txt']) {
    const res = await get(raw);
    assert.notEqual(res.status, 200, raw);
    assert.ok(!res.body.includes('SECRET'), raw);
  }
});

test('--frame-ancestors: the policy names the pages that may frame these, only when asked', async () => {
  const { withFrameAncestors, CSP } = await import('../../tools/serve.mjs');
  assert.equal(withFrameAncestors(CSP, null), CSP);
  assert.equal(withFrameAncestors(CSP, 'https://partner.example'), `${CSP}; frame-ancestors https://partner.example`);
  const listed = await serve(path.join(dir, 'www'), 0, { frameAncestors: "'self' https://partner.example" });
  const res = await new Promise((resolve, reject) => http.get({ host: '127.0.0.1', port: listed.address().port, path: '/' }, resolve).on('error', reject));
  res.resume();
  assert.match(res.headers['content-security-policy'], /; frame-ancestors 'self' https:\/\/partner\.example$/);
  await new Promise((r) => listed.close(r));
});

test('brotli: the .br sibling where the request accepts br, with the file\'s type and Vary; the file itself otherwise', async () => {
  for (const accept of ['br', 'gzip, deflate, br, zstd', 'br;q=0.5, gzip', '*']) {
    const res = await fetchRaw('/page.js', { 'accept-encoding': accept });
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-encoding'], 'br', accept);
    assert.equal(res.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(res.headers.vary, 'Accept-Encoding');
    assert.ok(res.body.length < Buffer.byteLength(PAGE_JS), 'smaller than the file');
    assert.equal(zlib.brotliDecompressSync(res.body).toString(), PAGE_JS);
  }
  for (const accept of [undefined, 'gzip, deflate', 'br;q=0, gzip', 'identity']) {
    const res = await fetchRaw('/page.js', accept ? { 'accept-encoding': accept } : {});
    assert.equal(res.headers['content-encoding'], undefined, String(accept));
    assert.equal(res.headers.vary, 'Accept-Encoding', 'a cache keeps the two apart');
    assert.equal(res.body.toString(), PAGE_JS);
  }
  assert.deepEqual([...acceptedEncodings('gzip;q=0.1, br;q=0')], ['gzip']);
});

test('brotli: a .br older than its file is stale and never sent', async () => {
  const res = await fetchRaw('/stale.js', { 'accept-encoding': 'br' });
  assert.equal(res.headers['content-encoding'], undefined);
  assert.equal(res.body.toString(), 'export const v = 1;\n');
  const page = await fetchRaw('/', { 'accept-encoding': 'br' });
  assert.equal(page.headers['content-encoding'], undefined, 'no .br beside it: the file as it is');
  assert.equal(page.body.toString(), 'public page');
});

test('--cors loopback (make serve): a page on this machine may load the files, any other origin gets no CORS header', async () => {
  const local = await serve(path.join(dir, 'www'), 0, { cors: 'loopback' });
  const at = (origin) => new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port: local.address().port, path: '/page.js', headers: origin ? { origin } : {} }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.headers));
    }).on('error', reject);
  });
  try {
    for (const origin of ['http://127.0.0.1:8081', 'http://localhost:3000', 'http://127.0.0.1']) {
      const h = await at(origin);
      assert.equal(h['access-control-allow-origin'], origin, origin);
      assert.equal(h['cross-origin-resource-policy'], 'cross-origin');
      assert.match(h.vary, /\bOrigin\b/, 'a cache keeps the origins apart');
    }
    for (const origin of ['https://127.0.0.1:8081', 'http://127.0.0.1.evil.example', 'http://evil.example', 'http://localhost:8080@evil.example', 'null', undefined]) {
      const h = await at(origin);
      assert.equal(h['access-control-allow-origin'], undefined, String(origin));
      assert.match(h.vary, /\bOrigin\b/);
    }
  } finally {
    local.close();
  }
});
