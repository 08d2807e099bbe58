// The public API (www/pkg/rehabkollen.js) initialised in Node (for the Node tests and make bench) from the files `make build` wrote:
// both wasm modules, the text catalogues and the rule registries, handed over as bytes and JSON
// (Node's fetch does not read files).
import fs from 'node:fs';
import path from 'node:path';
import init, * as api from '../www/pkg/rehabkollen.js';

export const root = path.resolve(import.meta.dirname, '..');
export const pkg = (f) => path.join(root, 'www/pkg', f);
const json = (f) => JSON.parse(fs.readFileSync(pkg(f), 'utf8'));
export const catalogues = { sv: json('texts-sv.json'), en: json('texts-en.json') };

await init({
  page: fs.readFileSync(pkg('rehabkollen_page_bg.wasm')),
  provider: fs.readFileSync(pkg('rehabkollen_provider_bg.wasm')),
  texts: catalogues,
  rules: { sv: json('rules-sv.json'), en: json('rules-en.json') },
});

export { api };
