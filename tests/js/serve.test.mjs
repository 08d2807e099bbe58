// tools/serve.mjs, the server `make serve` and the tests use: a malformed request is a 400 and the
// server keeps serving; nothing outside the folder served is ever sent, whether asked for with
// `..`, an encoded `..%2f`, a sibling folder whose name starts like the served one, or a link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { serve } from '../../tools/serve.mjs';

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

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehabkollen-serve-'));
  fs.mkdirSync(path.join(dir, 'www'));
  fs.mkdirSync(path.join(dir, 'www-secret'));
  fs.writeFileSync(path.join(dir, 'www', 'index.html'), 'public page');
  fs.writeFileSync(path.join(dir, 'www-secret', 'key.txt'), 'SECRET');
  fs.writeFileSync(path.join(dir, 'outside.txt'), 'SECRET');
  fs.symlinkSync(path.join(dir, 'outside.txt'), path.join(dir, 'www', 'link.txt'));
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
