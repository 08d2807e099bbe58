// Run by `make build`, after the wasm: makes every file the code fetches verifiable, and everything a
// partner's page loads verifiable from the one hash on its script tag.
//  1. www/pkg/integrity.js: the sha384 hashes of every wasm module and text catalogue in www/pkg and of the stylesheets,
//     imported by the stand-alone page (main.js), the iframe (embed-frame.js) and the component,
//     which fetch them with `integrity`;
//  2. www/rehabkollen-page.js, the page's script (main.js bundled, with integrity.js in it: so it is
//     bundled here, after step 1), and www/rehabkollen-embed.js: the component (embed-element.js) bundled by esbuild (tools/esbuild.mjs)
//     with every module it imports (ui.js, provider.js, dom.js, i18n.js, pkg/rehabkollen.js,
//     pkg/integrity.js, …), also those it loads later with import('./x.js'), so the browser checks
//     them all with the script tag's `integrity`;
//  3. www/pkg/integrity.json: the hashes of the files partners load or host (docs/EMBEDDING.md), the
//     page's own bundle too: `make test-repro` compares this file, so both bundles' bytes are held
//     to the same sources giving the same bytes anywhere.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { bundle } from './esbuild.mjs';

const www = path.resolve(import.meta.dirname, '../www');
export const sri = (file) => `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(www, file))).digest('base64')}`;

// Every wasm module and text catalogue in www/pkg (the page's module and texts at start, the provider
// tools' module when they open), and the stylesheets (the provider tools' when they open).
const fetched = fs.readdirSync(path.join(www, 'pkg')).filter((f) => /\.wasm$|^texts-.*\.json$/.test(f)).sort().map((f) => `pkg/${f}`);
const verified = [...fetched, 'style.css', 'provider.css'];
fs.writeFileSync(path.join(www, 'pkg/integrity.js'), `// Written by tools/integrity.mjs (make build): what the component loads, and its hash.\nexport const INTEGRITY = ${
  JSON.stringify(Object.fromEntries(verified.map((f) => [f, sri(f)])), null, 2)};\n`);

for (const [name, from] of [['page', 'main.js'], ['embed', 'embed-element.js']]) {
  try {
    await bundle(name);
  } catch {
    console.error(`integrity: esbuild could not bundle www/${from} (above)`);
    process.exit(1);
  }
}

const files = ['rehabkollen-embed.js', 'rehabkollen-frame.js', 'rehabkollen-host.css', 'rehabkollen-page.js', ...verified,
  'embed.html', 'embed-frame.js', 'ui.js', 'provider.js', 'provider-text.js', 'provider-docs.js', 'dom.js', 'i18n.js', 'load.js', 'files.js', 'engine.js', 'guard.js', 'join.js', 'pkg/integrity.js', 'pkg/rehabkollen.js', 'pkg/join.js', 'pkg/rehabkollen_page.js', 'pkg/rehabkollen_provider.js', 'pkg/rules-sv.json', 'pkg/rules-en.json'];
// 4. www/pkg/package-integrity.js: the hashes of the files the package's snippets load, for the
//    embed page (embed-page.js): the package holds these bytes as they are here.
const PACKAGED = ['rehabkollen-embed.js', 'rehabkollen-host.css', 'rehabkollen-frame.js'];
fs.writeFileSync(path.join(www, 'pkg/package-integrity.js'), `// Written by tools/integrity.mjs (make build): the hashes of the files the package's snippets load.\nexport const PACKAGE_INTEGRITY = ${
  JSON.stringify(Object.fromEntries(PACKAGED.map((f) => [f, sri(f)])), null, 2)};\n`);

const manifest = Object.fromEntries(files.map((f) => [f, sri(f)]));
fs.writeFileSync(path.join(www, 'pkg/integrity.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`integrity: rehabkollen-page.js (${fs.statSync(path.join(www, 'rehabkollen-page.js')).size} bytes) and rehabkollen-embed.js bundled (${fs.statSync(path.join(www, 'rehabkollen-embed.js')).size} bytes); ${files.length} files in www/pkg/integrity.json`);
