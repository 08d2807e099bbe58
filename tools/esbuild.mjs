// The two bundles `make build` writes, with esbuild (the pinned dev dependency, installed by
// `npm ci --ignore-scripts`: its JavaScript API runs the same binary as node_modules/.bin/esbuild).
//   node tools/esbuild.mjs page|embed        or        import { bundle } from './esbuild.mjs'
//
//  - page: www/rehabkollen-page.js, the questionnaire's one script (index.html): main.js and every
//    module it imports statically. What loads on first use stays out, as separate files the browser
//    fetches when the provider tools open: ./provider.js (and what it imports) and the provider tools' module
//    ./pkg/rehabkollen_provider.js. They are left as `import("./provider.js")`, not split by esbuild: its
//    chunks would move code both sides share (dom.js, its own helpers) into files the page script
//    imports statically, a third request in a row before the first question shows.
//  - embed: www/rehabkollen-embed.js, the <rehab-kollen> component, with everything, also what it
//    loads on first use (esbuild inlines import() when not splitting), so that the one SRI hash on
//    its script tag covers every byte of code (tools/integrity.mjs, which runs this one).
//
// Both are ES modules at www/ itself, like the modules they are made of: `new URL('./x',
// import.meta.url)` in a module at www/ means the same file bundled or not (a module in a subfolder
// must not rely on import.meta.url; views/parts.js gets its addresses from ui.js). Minified, no
// source map, no comment but the banner: the bytes depend on the sources and esbuild's version
// only, not on the folder or the machine (make test-repro compares them through pkg/integrity.json).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';

export const ROOT = path.resolve(import.meta.dirname, '..');

const banner = (from) => `// Rehabkollen, built by \`make build\` (esbuild, tools/esbuild.mjs) from www/${from} and the modules it imports. Do not edit.`;
const COMMON = { absWorkingDir: ROOT, bundle: true, format: 'esm', target: 'es2022', minify: true, charset: 'utf8', logLevel: 'warning' };

/** esbuild's options for each bundle. */
export const BUNDLES = {
  page: { ...COMMON, entryPoints: ['www/main.js'], outfile: 'www/rehabkollen-page.js', banner: { js: banner('main.js') },
    external: ['./provider.js', './pkg/rehabkollen_provider.js'] },
  embed: { ...COMMON, entryPoints: ['www/embed-element.js'], outfile: 'www/rehabkollen-embed.js', banner: { js: banner('embed-element.js') } },
};

/** Builds one bundle (`name` in BUNDLES); `extra` goes to esbuild too ({ write: false, metafile: true } in the tests). */
export function bundle(name, extra = {}) {
  return esbuild.build({ ...BUNDLES[name], ...extra });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const name = process.argv[2];
  if (!BUNDLES[name]) {
    console.error(`usage: node tools/esbuild.mjs ${Object.keys(BUNDLES).join('|')}`);
    process.exit(2);
  }
  const r = await bundle(name, { metafile: true });
  const out = Object.entries(r.metafile.outputs)[0];
  console.log(`${out[0]}: ${Object.keys(out[1].inputs).length} modules, ${out[1].bytes} bytes`);
}
