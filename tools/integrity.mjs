// Writes www/pkg/integrity.json: Subresource Integrity hashes (sha384) of the files partners load.
// Run by `make build`.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const www = path.resolve(import.meta.dirname, '../www');
const files = ['rehabkollen-embed.js', 'rehabkollen-frame.js', 'ui.js', 'provider.js', 'provider-text.js', 'provider-docs.js', 'provider.css', 'dom.js', 'i18n.js', 'style.css',
  'embed.html', 'embed-frame.js', 'pkg/rehabkollen.js', 'pkg/rehabkollen_bg.wasm'];
const manifest = {};
for (const f of files) {
  manifest[f] = `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(www, f))).digest('base64')}`;
}
fs.writeFileSync(path.join(www, 'pkg/integrity.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`integrity: ${files.length} files in www/pkg/integrity.json`);
