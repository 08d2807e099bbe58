// www/embed-snippets.js: the component's snippet carries its fallback (the message instead of blank
// space when its script fails), and the hash a strict CSP allows those lines by is that of their
// text, as docs/EMBEDDING.md and the package README (tools/package-README.md) give it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { elementSnippet, iframeSnippet, FALLBACK, FALLBACK_SCRIPT, FALLBACK_SCRIPT_HASH } from '../../www/embed-snippets.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

test('the fallback script\'s hash is the sha256 of its text, and docs/EMBEDDING.md gives that hash', () => {
  const hash = `'sha256-${crypto.createHash('sha256').update(FALLBACK_SCRIPT, 'utf8').digest('base64')}'`;
  assert.equal(FALLBACK_SCRIPT_HASH, hash);
  const docs = fs.readFileSync(path.join(ROOT, 'docs/EMBEDDING.md'), 'utf8');
  assert.ok(docs.includes(hash), 'docs/EMBEDDING.md names the hash');
  assert.ok(fs.readFileSync(path.join(ROOT, 'tools/package-README.md'), 'utf8').includes('{{fallback_hash}}'), 'the package README\'s CSP line has it');
});

test('the component snippet: the fallback script exactly as hashed, after the module script, and the texts in the chosen language', () => {
  for (const lang of ['sv', 'en']) {
    const s = elementSnippet({ base: 'https://rk.example/', integrity: { script: 'sha384-a', css: 'sha384-b' }, lang, mode: 'employer' });
    const lines = s.split('\n');
    assert.match(lines[1], /^<script type="module" src="https:\/\/rk\.example\/rehabkollen-embed\.js"/);
    assert.equal(lines[2], `<script>${FALLBACK_SCRIPT}</script>`);
    assert.ok(s.includes(`<p class="rehabkollen-fallback" data-failed="${FALLBACK[lang].failed}">${FALLBACK[lang].loading}</p>`), lang);
    assert.ok(!/<\/script|<!--/i.test(FALLBACK_SCRIPT), 'nothing in it an HTML parser would end the script at');
  }
});

test('the iframe snippet has no border to stick out of the partner\'s column, and no style attribute a strict CSP would refuse', () => {
  const s = iframeSnippet({ app: 'https://rk.example/', host: 'https://partner.example', lang: 'sv' });
  assert.match(s, /<iframe [^>]*width="100%"[^>]* frameborder="0"/);
  assert.ok(!s.includes('style='));
});
