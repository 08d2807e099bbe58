// tools/bundle.mjs: small modules covering every form it handles are bundled, and the bundle must
// behave exactly as Node's own ES module loader running the same files (names that collide across
// modules, aliases, re-exports, default exports, namespaces, import.meta.url, import(), top-level
// await, evaluation order); the forms it does not handle stop it with a message; the real glue
// and the real component work bundled.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, BundleError, lex } from '../../tools/bundle.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const www = path.join(root, 'www');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-bundle-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

/** Writes `files` ({ 'a.js': text }) into a fresh folder; returns its path. */
let fixtures = 0;
function write(files) {
  const dir = path.join(tmp, `f${++fixtures}`);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const APP = {
  'log.js': `export const log = [];
export function note(x) { log.push(x); }
`,
  'a.js': `// import x from './nowhere.js' and export let y: only a comment
import { note } from './log.js';
note('a');
const name = 'a'; /* the same top-level names as in b.js */
function helper() { return \`helper of \${name}\`; }
export { helper as aHelper, name as aName };
export default function () { return 'anonymous default of a'; }
`,
  'b.js': `import { note } from './log.js'
note('b')
const name = 'b'
function helper() { return \`helper of \${name}\` }
export { helper, name }
// Things a careless reader of JavaScript gets wrong:
export const tricky = [
  '/* not a comment */', "// nor this", \`a \${\`nested \${name} }\`} \\\` still text\`,
  /[/*]+\\/(?:x)/.source, 10 / 2 / 1, { import: 1, export: 2 }.export, 'import x from "./y.js"',
]
export const regexAfterParen = (() => { if (true) /a\\/b/.test('a/b'); return 7 })()
export default class { static id = 'class default of b' }
`,
  're.js': `export { helper as bHelper, name as bName } from './b.js';
export * from './a.js';
export * as bNamespace from './b.js';
export { default as aDefault } from './a.js';
`,
  'sub/where.js': `export const here = import.meta.url;
export const beside = new URL('data.txt', import.meta.url).href;
export const up = new URL('../up.txt', import.meta.url).href;
export const resolved = import.meta.resolve('./x.js');
`,
  'lazy.js': `import { note } from './log.js';
import { here } from './sub/where.js';
note('lazy');
export const value = 42;
export const where = here;
export default 'lazy default';
`,
  'slow.js': `import { note } from './log.js';
await Promise.resolve();
note('slow');
export const ready = true;
`,
  'main.js': `import { log, note } from './log.js';
import * as re from './re.js';
import defA, { aHelper as helperA, aName } from './a.js';
import B, * as b from './b.js';
import { here, beside, up, resolved } from './sub/where.js';
import { ready } from './slow.js';
import './log.js';
note('main');
export const result = {
  helpers: [helperA(), b.helper(), re.bHelper(), re.aHelper(), re.bNamespace.helper()],
  names: [aName, b.name, re.aName, re.bName],
  defaults: [defA(), B.id, b.default.id, re.aDefault(), re.bNamespace.default.id],
  tricky: b.tricky,
  regexAfterParen: b.regexAfterParen,
  reKeys: Object.keys(re),
  bKeys: Object.keys(b),
  tag: Object.prototype.toString.call(re),
  hoisted: typeof hoisted,
  urls: { here, beside, up, resolved },
  ready,
  sameNamespace: re.bNamespace === b,
};
function hoisted() {}
export const loadLazy = () => import('./lazy.js');
export { log };
export default 'main default';
`,
};

test('a bundle behaves as the modules do: collisions, aliases, re-exports, defaults, import.meta.url, import(), top-level await', async () => {
  const dir = write(APP);
  const outfile = path.join(dir, 'bundle.js');
  const { code, modules } = bundle(path.join(dir, 'main.js'), { outfile });
  fs.writeFileSync(outfile, code);
  assert.deepEqual(new Set(modules), new Set(['main.js', 'log.js', 're.js', 'a.js', 'b.js', 'sub/where.js', 'slow.js', 'lazy.js']));
  assert.doesNotMatch(code, /careless|the same top-level names|nowhere/, 'comments are left out');

  const native = await import(pathToFileURL(path.join(dir, 'main.js')).href);
  const nativeLazy = await native.loadLazy();
  const bundled = await import(pathToFileURL(outfile).href);

  assert.deepEqual(bundled.result, native.result);
  assert.equal(bundled.result.urls.beside, pathToFileURL(path.join(dir, 'sub/data.txt')).href, 'import.meta.url is the module\'s own, not the bundle\'s');
  assert.deepEqual(Object.keys(bundled).sort(), Object.keys(native).sort());
  assert.equal(bundled.default, 'main default');
  // The same order of evaluation; import() runs its module only when called, once.
  // (re.js requests b.js before a.js.)
  assert.deepEqual(native.log, ['b', 'a', 'slow', 'main', 'lazy']);
  assert.deepEqual(bundled.log, ['b', 'a', 'slow', 'main']);

  // The bundle stands alone: the lazily loaded module is in it, not fetched.
  for (const f of modules) fs.rmSync(path.join(dir, f));
  const lazy = await bundled.loadLazy();
  assert.deepEqual({ ...lazy }, { ...nativeLazy });
  assert.equal(await bundled.loadLazy(), lazy);
  assert.deepEqual(bundled.log, native.log);
});

test('an error while a module runs is the same error for every importer, and the module does not run twice', async () => {
  const dir = write({
    'boom.js': `globalThis.rkBoomRuns = (globalThis.rkBoomRuns ?? 0) + 1;\nthrow new Error('boom');\nexport const never = 1;\n`,
    'main.js': `export const load = () => import('./boom.js');\n`,
  });
  const outfile = path.join(dir, 'out.js');
  fs.writeFileSync(outfile, bundle(path.join(dir, 'main.js'), { outfile }).code);
  const { load } = await import(pathToFileURL(outfile).href);
  const first = await load().catch((e) => e);
  const second = await load().catch((e) => e);
  assert.equal(first.message, 'boom');
  assert.equal(second, first);
  assert.equal(globalThis.rkBoomRuns, 1);
});

const REFUSED = {
  'a bare specifier': [{ 'main.js': `import x from 'lodash';\n` }, /only relative specifiers.*"lodash"/],
  'a URL': [{ 'main.js': `import x from 'https://example.com/x.js';\n` }, /only relative specifiers/],
  'a missing file': [{ 'main.js': `import './gone.js';\n` }, /cannot find "\.\/gone\.js"/],
  'import attributes (JSON)': [{ 'main.js': `import t from './t.json' with { type: 'json' };\n`, 't.json': '{}' }, /import attributes/],
  'export let': [{ 'main.js': `export let n = 1;\nexport function inc() { n++; }\n` }, /main\.js:1:1: `export let` is not bundled/],
  'export { x } of a var': [{ 'main.js': `var n = 1;\nexport { n };\n` }, /main\.js:2:1: export \{ n \}: n is declared with let or var/],
  'export of an undeclared name': [{ 'main.js': `export { ghost };\n` }, /ghost is not declared/],
  'destructuring in export const': [{ 'main.js': `export const { a, b } = { a: 1, b: 2 };\n` }, /destructuring in `export const`/],
  'import() of an expression': [{ 'main.js': `const f = (n) => import(\`./\${n}.js\`);\n` }, /main\.js:1:18: import\(\) is bundled only with one string literal/],
  'a missing export': [{ 'main.js': `import { nope } from './x.js';\n`, 'x.js': `export const yes = 1;\n` }, /x\.js has no export named "nope"/],
  'an import cycle': [{ 'main.js': `import './x.js';\n`, 'x.js': `import './y.js';\n`, 'y.js': `import './x.js';\n` }, /import cycle: x\.js → y\.js → x\.js/],
  'the bundle\'s own names': [{ 'main.js': `const __bundle_get = 1;\n` }, /names starting with __bundle_/],
  'an unterminated string': [{ 'main.js': `const s = 'oops;\n` }, /main\.js:1:11: unterminated string/],
  'an export form it does not know': [{ 'main.js': `export async x;\n` }, /unsupported export form/],
};
for (const [name, [files, message]] of Object.entries(REFUSED)) {
  test(`refused, naming the place: ${name}`, () => {
    const dir = write(files);
    assert.throws(() => bundle(path.join(dir, 'main.js'), { outfile: path.join(dir, 'out.js') }),
      (e) => e instanceof BundleError && message.test(e.message), `expected ${message}`);
  });
}

test('wasm-bindgen\'s glue, bundled, runs the engine as the glue itself does', async () => {
  const outfile = path.join(www, 'glue-bundle-test.js'); // never written: only where it would be served
  const { code } = bundle(path.join(www, 'pkg/rehabkollen_page.js'), { outfile });
  assert.match(code, /__bundle_metaOf\("pkg\/rehabkollen_page\.js"\)/, 'the default wasm URL is worked out from pkg/rehabkollen_page.js');
  const file = path.join(tmp, 'glue.mjs');
  fs.writeFileSync(file, code);
  const glue = await import(pathToFileURL(file).href);
  const native = await import(pathToFileURL(path.join(www, 'pkg/rehabkollen_page.js')).href);
  const bytes = fs.readFileSync(path.join(www, 'pkg/rehabkollen_page_bg.wasm'));
  glue.initSync({ module: bytes });
  native.initSync({ module: bytes });
  assert.deepEqual(Object.keys(glue), Object.keys(native));
  const answers = { date: '2026-03-01', employer: { sector: 'private', ags_insurance: true }, measures: [{ kind: 'support_talks', cost_ore: 900000 }] };
  assert.deepEqual(glue.evaluateLean(answers), native.evaluateLean(answers));
});

test('the real component bundle (make build) is one file that defines <rehab-kollen>', async () => {
  const file = path.join(www, 'rehabkollen-embed.js');
  assert.ok(fs.existsSync(file), 'www/rehabkollen-embed.js: run make build first');
  const code = fs.readFileSync(file, 'utf8');
  // Nothing imported: every module is inside, so the script tag's one hash covers them all.
  const toks = lex(code).filter((t) => t.t !== 'ws' && t.t !== 'comment');
  const statements = toks.filter((t, k) => t.d === 0 && t.t === 'name' && (t.v === 'import' || t.v === 'export')
    && toks[k - 1]?.v !== '.' && toks[k + 1]?.v !== '.' && toks[k + 1]?.v !== '(');
  assert.deepEqual(statements.map((t) => t.v), []);
  for (const m of ['embed-element.js', 'ui.js', 'provider.js', 'views/result.js', 'pkg/rehabkollen_provider.js', 'pkg/integrity.js']) {
    assert.ok(code.includes(`\n// ${m}\n`), `${m} is in the bundle`);
  }
  // Two builds of the same sources are the same bytes (the hash partners put on the tag).
  const again = (out) => bundle(path.join(www, 'embed-element.js'), { outfile: out }).code;
  assert.equal(again(file), again(file));

  const defined = new Map();
  globalThis.HTMLElement = class {};
  globalThis.customElements = { get: (n) => defined.get(n), define: (n, c) => defined.set(n, c) };
  await import(pathToFileURL(file).href);
  assert.deepEqual([...defined.keys()], ['rehab-kollen']);
  assert.deepEqual(defined.get('rehab-kollen').observedAttributes, ['lang', 'mode']);
});
