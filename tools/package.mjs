// `make package` (after `make build`): the npm package `rehabkollen`, as a folder written from
// www/ (target/package/rehabkollen/) and packed by `npm pack` (local, no network) into
// target/package/rehabkollen-<version>.tgz. Prints the tarball's path.
//
// The folder keeps www/'s layout, because every file is found relative to the module that loads
// it (new URL('./…', import.meta.url)): the component at the top with its stylesheets, the engine
// and its catalogues in pkg/. So the package works from any path, e.g. a CDN's
// /npm/rehabkollen@1.2.3/. The version is the workspace's (Cargo.toml), for the API; the rules
// version from the catalogue stands beside it. What ships is exactly FILES (and the generated
// files below); tests/browser/package.test.mjs holds `npm pack --dry-run` to that list.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { CDN, cdnBase, elementSnippet, FALLBACK_SCRIPT_HASH } from '../www/embed-snippets.js';
import { ROLES } from '../www/state.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const WWW = path.join(ROOT, 'www');
export const OUT = path.join(ROOT, 'target/package');
const DIR = path.join(OUT, 'rehabkollen');

/** Copied from www/ as they are. */
const FILES = [
  'rehabkollen-embed.js', 'rehabkollen-host.css', 'rehabkollen-frame.js', 'style.css', 'provider.css',
  // The pages the component's links open (rules and their sources), for a partner who hosts the package.
  'rules.html', 'rules.js', 'source.html', 'source.js',
  'pkg/rehabkollen.js', 'pkg/rehabkollen.d.ts', 'pkg/join.js',
  'pkg/rehabkollen_page.js', 'pkg/rehabkollen_page.d.ts', 'pkg/rehabkollen_page_bg.wasm',
  'pkg/rehabkollen_provider.js', 'pkg/rehabkollen_provider.d.ts', 'pkg/rehabkollen_provider_bg.wasm',
  'pkg/texts-sv.json', 'pkg/texts-en.json', 'pkg/rules-sv.json', 'pkg/rules-en.json',
];
const FROM_ROOT = ['CHANGELOG.md', 'LICENSE-MIT', 'LICENSE-APACHE'];

const sri = (file) => `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(DIR, file))).digest('base64')}`;

export function version() {
  const cargo = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8');
  const v = /\[workspace\.package\][^[]*?\nversion = "([^"]+)"/.exec(cargo)?.[1];
  if (!v) throw new Error('package: no [workspace.package] version in Cargo.toml');
  return v;
}

/** The element's types: attributes from the roles (state.js) and the catalogue's schemes and sectors. */
function elementTypes(texts) {
  const union = (xs) => xs.map((x) => JSON.stringify(x)).join(' | ');
  const sectors = texts.questions.find((q) => q.id === 'employer.sector').options.map((o) => o.value);
  return `// The <rehab-kollen> element (rehabkollen-embed.js). Written by tools/package.mjs from the roles and the
// catalogue; do not edit by hand. Attributes are options, never answers.
import type { Answers } from './pkg/rehabkollen.js';

export type RehabKollenMode = ${union(Object.keys(ROLES))};
export type RehabKollenScheme = ${union(Object.keys(texts.schemes))};
export type RehabKollenSector = ${union(sectors)};

export interface RehabKollenElement extends HTMLElement {
  /** The answers document: null unless the element has \`share-answers\`. */
  answers: Answers | null;
  /** Prints the widget's summary only. */
  print(): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'rehab-kollen': RehabKollenElement;
  }
}
`;
}

export function buildPackage() {
  fs.rmSync(OUT, { recursive: true, force: true });
  const sources = [...FILES.map((f) => path.join(WWW, f)), ...FROM_ROOT.map((f) => path.join(ROOT, f))];
  const missing = sources.filter((f) => !fs.existsSync(f));
  if (missing.length) throw new Error(`package: missing ${missing.map((f) => path.relative(ROOT, f)).join(', ')} (run make build first)`);
  for (const f of FILES) {
    fs.mkdirSync(path.dirname(path.join(DIR, f)), { recursive: true });
    fs.copyFileSync(path.join(WWW, f), path.join(DIR, f));
  }
  for (const f of FROM_ROOT) fs.copyFileSync(path.join(ROOT, f), path.join(DIR, f));
  fs.mkdirSync(path.join(DIR, 'sources'));
  for (const f of fs.readdirSync(path.join(WWW, 'sources'))) fs.copyFileSync(path.join(WWW, 'sources', f), path.join(DIR, 'sources', f));

  const texts = JSON.parse(fs.readFileSync(path.join(WWW, 'pkg/texts-sv.json'), 'utf8'));
  const v = version();
  const { rules_version: rulesVersion, sources_as_of: sourcesAsOf } = texts.version;
  fs.writeFileSync(path.join(DIR, 'rehabkollen-embed.d.ts'), elementTypes(texts));

  const base = cdnBase(v);
  const snippet = elementSnippet({ base, integrity: { script: sri('rehabkollen-embed.js'), css: sri('rehabkollen-host.css') }, lang: 'sv', mode: 'employer' });
  const code = (xs) => xs.map((x) => `\`${x}\``).join(', ');
  const readme = fs.readFileSync(path.join(ROOT, 'tools/package-README.md'), 'utf8')
    .replaceAll('{{version}}', v).replaceAll('{{rules_version}}', rulesVersion)
    .replaceAll('{{element_snippet}}', snippet).replaceAll('{{cdn}}', base).replaceAll('{{cdn_origin}}', new URL(CDN).origin).replaceAll('{{fallback_hash}}', FALLBACK_SCRIPT_HASH)
    .replaceAll('{{schemes}}', code(Object.keys(texts.schemes)))
    .replaceAll('{{sectors}}', code(texts.questions.find((q) => q.id === 'employer.sector').options.map((o) => o.value)));
  fs.writeFileSync(path.join(DIR, 'README.md'), readme);

  const manifest = {
    name: 'rehabkollen',
    version: v,
    description: 'Rehabkollen: which Swedish rehabilitation support applies, in the browser (WebAssembly), as an API and a <rehab-kollen> element.',
    license: 'MIT OR Apache-2.0',
    type: 'module',
    main: './pkg/rehabkollen.js',
    types: './pkg/rehabkollen.d.ts',
    exports: {
      '.': { types: './pkg/rehabkollen.d.ts', default: './pkg/rehabkollen.js' },
      './element': { types: './rehabkollen-embed.d.ts', default: './rehabkollen-embed.js' },
      './frame': './rehabkollen-frame.js',
      './host.css': './rehabkollen-host.css',
      './style.css': './style.css',
      './pkg/*': './pkg/*',
      './package.json': './package.json',
    },
    sideEffects: ['./rehabkollen-embed.js', './rehabkollen-frame.js', '*.css'],
    keywords: ['rehabilitering', 'AFA', 'Försäkringskassan', 'webassembly', 'web-component'],
    rehabkollen: { rules_version: rulesVersion, sources_as_of: sourcesAsOf },
  };
  fs.writeFileSync(path.join(DIR, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  // The hashes of every file, for partners who load one with `integrity`.
  const all = (dir) => fs.readdirSync(path.join(DIR, dir), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? all(path.join(dir, e.name)) : [path.join(dir, e.name).split(path.sep).join('/')]));
  const hashes = Object.fromEntries(all('.').map((f) => f.replace(/^\.\//, '')).sort().map((f) => [f, sri(f)]));
  fs.writeFileSync(path.join(DIR, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);

  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', OUT], { cwd: DIR, encoding: 'utf8' }));
  return { dir: DIR, tarball: path.join(OUT, packed[0].filename), version: v, rulesVersion };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { tarball, version: v, rulesVersion } = buildPackage();
    console.log(`package: ${path.relative(ROOT, tarball)} (rehabkollen ${v}, rules ${rulesVersion}, ${fs.statSync(tarball).size} bytes)`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
