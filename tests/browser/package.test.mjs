// The npm package as a partner gets it: `make package`'s step (tools/package.mjs) builds the
// tarball; it is unpacked and served under a versioned path (/npm/rehabkollen@<version>/) on one
// 127.0.0.1 origin, as a CDN serving npm packages would, and the README's snippet is pasted into
// a page on another origin whose strict CSP is the README's. The widget renders, checks every file
// by its hash, and answers. `npm pack --dry-run` lists exactly the files meant to ship.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, partnerPage, serve, close, originOf, shot, ROOT, hostPage } from './embed-env.mjs';
import { buildPackage, version } from '../../tools/package.mjs';
import { CDN } from '../../www/embed-snippets.js';

/** What the package is meant to hold, and nothing else. */
const SHIPPED = [
  'CHANGELOG.md', 'LICENSE-APACHE', 'LICENSE-MIT', 'README.md', 'integrity.json', 'package.json',
  'pkg/join.js', 'pkg/rehabkollen.d.ts', 'pkg/rehabkollen.js',
  'pkg/rehabkollen_page.d.ts', 'pkg/rehabkollen_page.js', 'pkg/rehabkollen_page_bg.wasm',
  'pkg/rehabkollen_provider.d.ts', 'pkg/rehabkollen_provider.js', 'pkg/rehabkollen_provider_bg.wasm',
  'pkg/rules-en.json', 'pkg/rules-sv.json', 'pkg/texts-en.json', 'pkg/texts-sv.json',
  'provider.css', 'rehabkollen-embed.d.ts', 'rehabkollen-embed.js', 'rehabkollen-frame.js', 'rehabkollen-host.css',
  'rules.html', 'rules.js', 'source.html', 'source.js', 'style.css',
  ...fs.readdirSync(path.join(ROOT, 'www/sources')).map((f) => `sources/${f}`),
].sort();

let built, unpacked, cdn, host, browser, readme;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-package-'));

/** The fenced code between the README's markers for `name`. */
function snippet(text, name) {
  const m = new RegExp(`<!-- snippet:${name} -->\\s*\`\`\`html\\n([\\s\\S]*?)\\n\`\`\`\\s*<!-- /snippet:${name} -->`).exec(text);
  assert.ok(m, `README has the ${name} snippet`);
  return m[1];
}

before(async () => {
  built = buildPackage();
  unpacked = path.join(tmp, 'unpacked');
  fs.mkdirSync(unpacked);
  execFileSync('tar', ['-xzf', built.tarball, '-C', unpacked]);
  const empty = path.join(tmp, 'empty');
  fs.mkdirSync(empty);
  cdn = await serve(empty, 0, { mounts: { [`/npm/rehabkollen@${built.version}/`]: path.join(unpacked, 'package') }, cors: '*' });
  readme = fs.readFileSync(path.join(unpacked, 'package/README.md'), 'utf8');
  const cdnOrigin = new URL(CDN).origin;
  const local = `${originOf(cdn)}/npm/`;
  // The README's CSP line with the CDN's origin replaced by the local one.
  const csp = /```\n(script-src[^\n]+)\n```/.exec(readme)[1].replaceAll(cdnOrigin, originOf(cdn));
  const page = path.join(tmp, 'host');
  fs.mkdirSync(page);
  fs.writeFileSync(path.join(page, 'index.html'), hostPage(snippet(readme, 'element').replaceAll(CDN, local)));
  host = await serve(page, 0, { csp: `default-src 'self'; img-src 'self' data:; ${csp}` });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await close(host);
  await close(cdn);
  fs.rmSync(tmp, { recursive: true, force: true });
});

test('npm pack --dry-run lists exactly the files meant to ship', () => {
  const listed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: built.dir, encoding: 'utf8' }))[0];
  assert.deepEqual(listed.files.map((f) => f.path).sort(), SHIPPED);
  assert.equal(path.basename(built.tarball), `rehabkollen-${version()}.tgz`);
});

test('package.json: the API version, the rules version beside it, and every export a file in the package', async () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(unpacked, 'package/package.json'), 'utf8'));
  const texts = JSON.parse(fs.readFileSync(path.join(ROOT, 'www/pkg/texts-sv.json'), 'utf8'));
  assert.equal(pkg.name, 'rehabkollen');
  assert.match(pkg.version, /^\d+\.\d+\.\d+$/);
  assert.equal(pkg.rehabkollen.rules_version, texts.version.rules_version);
  assert.ok(pkg.types && pkg.exports['.'].types && pkg.exports['./element'].types);
  const targets = Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e))).filter((t) => !t.includes('*'));
  for (const t of [...targets, pkg.main, pkg.types]) assert.ok(fs.existsSync(path.join(unpacked, 'package', t)), `${t} is in the package`);
  const changelog = fs.readFileSync(path.join(unpacked, 'package/CHANGELOG.md'), 'utf8');
  assert.match(changelog, new RegExp(`## ${pkg.version.replaceAll('.', '\\.')} — regler ${texts.version.rules_version.replaceAll('.', '\\.')}`), 'the CHANGELOG names this version and its rules');
  assert.match(readme, /^# Rehabkollen [\d.]+ \(regler/, 'the README is Swedish first');
  // The embed page's snippets for the CDN carry the hashes of the files in this package.
  const { PACKAGE_INTEGRITY } = await import('../../www/pkg/package-integrity.js');
  const hashes = JSON.parse(fs.readFileSync(path.join(unpacked, 'package/integrity.json'), 'utf8'));
  for (const [file, hash] of Object.entries(PACKAGE_INTEGRITY)) assert.equal(hashes[file], hash, file);
});

test('the README snippet on a strict-CSP page of another origin: the widget renders, checks its files, and answers', async () => {
  const { page, context, log } = await partnerPage(browser, `${originOf(host)}/`);
  const html = await page.content();
  assert.match(html, /rehabkollen-embed\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/, 'the script is loaded with integrity');
  await page.locator('rehab-kollen .rk-root .rk-h1').first().waitFor();
  await page.evaluate(() => {
    window.results = [];
    document.addEventListener('rehabkollen:result', (e) => window.results.push(e.detail.summary.rules_version));
  });
  await page.locator('rehab-kollen .rk-root').getByRole('button', { name: /Starta/ }).click();
  const question = page.locator('rehab-kollen .rk-root [data-path]').first();
  await question.waitFor();
  // The first question, whatever it is: its first choice.
  if (await question.locator('select').count()) await question.locator('select').first().selectOption({ index: 1 });
  else await question.locator('input[type=radio], input[type=checkbox]').first().check();
  await page.waitForFunction(() => window.results.length > 0);
  assert.deepEqual([...new Set(await page.evaluate(() => window.results))], [built.rulesVersion]);
  await shot(page, 'package-host');
  const base = `${originOf(cdn)}/npm/rehabkollen@${built.version}/`;
  const fromCdn = log.requests.filter((u) => !u.startsWith(originOf(host)));
  assert.ok(fromCdn.length >= 4 && fromCdn.every((u) => u.startsWith(base)), `everything else from the versioned path: ${fromCdn.join(', ')}`);
  assert.ok(fromCdn.some((u) => u.endsWith('pkg/rehabkollen_page_bg.wasm')));
  assert.deepEqual(log.errors, []);
  await context.close();
});
