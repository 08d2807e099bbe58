// `make dist`: dist/, www/ ready to deploy (docs/DEPLOY.md). Run after `make build`.
//   node tools/dist.mjs [out]      (default: dist/)
//  1. The scripts, styles, wasm and JSON that a page or module names get content-hashed names,
//     `name.<first 12 hex digits of their sha384>.ext`, in the same folder, and every reference to
//     them is rewritten: HTML `src`/`href` (modulepreload too), `import … from './x.js'`,
//     `import('./x.js')`, `new URL('x_bg.wasm', import.meta.url)`, names passed to fetch or kept in
//     constants, CSS `url()`. A name in quotes is a reference when it resolves to such a file from
//     the folder of the file that holds it, or else from the root (names the modules resolve
//     against the root, like the component's 'pkg/rehabkollen_page_bg.wasm' and 'style.css'). Files are
//     named in dependency order, so a file's hash covers the hashed names it refers to.
//  2. Kept under their own names: the HTML pages, sources/, files nothing names literally (a name
//     built at run time cannot be rewritten), and, as copies beside their hashed files, the entry
//     files partners load by name (docs/EMBEDDING.md): rehabkollen-embed.js, rehabkollen-frame.js, rehabkollen-host.css.
//  3. Beside each compressible file, .br (brotli, quality 11) and .gz (gzip, level 9).
//  4. dist/integrity.json: each file's original name → its name in dist, bytes and sha384. It
//     replaces www/pkg/integrity.json, whose hashes describe www/ and are not copied.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

const ROOT = path.resolve(import.meta.dirname, '..');
const WWW = path.join(ROOT, 'www');
export const HASHED_EXT = new Set(['.js', '.mjs', '.css', '.wasm', '.json']);
const TEXT_EXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg']);
export const COMPRESSIBLE_EXT = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.txt', '.svg', '.ts', '.map', '.xml']);
/** What partners load by its name (docs/EMBEDDING.md); dist keeps that name beside the hashed one. */
export const STABLE = ['rehabkollen-embed.js', 'rehabkollen-frame.js', 'rehabkollen-host.css'];
const SKIP = new Set(['pkg/integrity.json']);
/** The .br files `make build` writes beside www's own (tools/brotli.mjs): dist writes its own. */
const SKIP_EXT = new Set(['.br', '.gz']);
/** A file name in quotes, or in CSS url(), relative (./, ../, a folder) or from the root (/). */
export const NAME_RE = /(['"`])((?:\.{1,2}\/|\/)?(?:[\w.-]+\/)*[\w.-]+\.[a-z0-9]+)\1|url\(\s*([^'")\s]+)\s*\)/g;
/** A hashed name: name.<12 hex>.ext. */
export const HASHED_RE = /\.[0-9a-f]{12}\.[a-z0-9]+$/;

export const sha384 = (bytes) => crypto.createHash('sha384').update(bytes).digest();

/** `bytes` of the file `name` in brotli at its best (quality 11), as make build and make dist write it. */
export const brotli = (bytes, name) => zlib.brotliCompressSync(bytes, { params: {
  [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
  [zlib.constants.BROTLI_PARAM_MODE]: name.endsWith('.wasm') ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
  [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
} });
const posix = path.posix;

/** Every file under `dir`, as paths relative to it with '/', sorted; dotfiles left out. */
export function listFiles(dir, sub = '') {
  return fs.readdirSync(path.join(dir, sub), { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .flatMap((e) => (e.isDirectory() ? listFiles(dir, posix.join(sub, e.name)) : [posix.join(sub, e.name)]))
    .sort();
}

/** The file a name in `from` points to, if it is one of `files`: from its folder, else from the root. */
export function resolveName(name, from, files) {
  const clean = (p) => posix.normalize(p).replace(/^\/+/, '');
  const candidates = name.startsWith('/') ? [clean(name)] : [clean(posix.join(posix.dirname(from), name)), clean(name)];
  return candidates.find((c) => !c.startsWith('..') && files.has(c));
}

/** Each name in `text` that points to one of `files`: { start, end, name, target }. */
export function references(text, from, files) {
  const out = [];
  for (const m of text.matchAll(NAME_RE)) {
    const name = m[2] ?? m[3];
    const target = resolveName(name, from, files);
    if (!target || target === from) continue;
    const start = m.index + m[0].indexOf(name);
    out.push({ start, end: start + name.length, name, target });
  }
  return out;
}

const hashedName = (file, digest) => {
  const ext = posix.extname(file);
  return `${file.slice(0, -ext.length)}.${digest.toString('hex').slice(0, 12)}${ext}`;
};

export function buildDist(out = path.join(ROOT, 'dist')) {
  for (const need of ['pkg/rehabkollen_page_bg.wasm', 'pkg/rehabkollen.js', 'rehabkollen-embed.js']) {
    if (!fs.existsSync(path.join(WWW, need))) throw new Error(`dist: www/${need} is missing; run make build first`);
  }
  const files = listFiles(WWW).filter((f) => !SKIP.has(f) && !SKIP_EXT.has(posix.extname(f)));
  const all = new Set(files);
  const source = new Map(files.map((f) => [f, fs.readFileSync(path.join(WWW, f))]));
  const refs = new Map(files.filter((f) => TEXT_EXT.has(posix.extname(f)))
    .map((f) => [f, references(source.get(f).toString('utf8'), f, all)]));

  // Hashed: what some file names literally, of the hashed kinds, outside sources/.
  const named = new Set([...refs.values()].flat().map((r) => r.target));
  const hashed = new Set(files.filter((f) => HASHED_EXT.has(posix.extname(f)) && named.has(f) && !f.startsWith('sources/')));

  // Named in dependency order: a file after the hashed files it refers to.
  const final = new Map(); // file → its bytes in dist
  const rename = new Map(); // file → its name in dist
  const state = new Map();
  const visit = (f, trail) => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'busy') {
      throw new Error(`dist: these files refer to each other in a cycle, so none can be named after its hash: ${[...trail.slice(trail.indexOf(f)), f].join(' → ')}`);
    }
    state.set(f, 'busy');
    const own = (refs.get(f) ?? []).filter((r) => hashed.has(r.target));
    for (const r of own) visit(r.target, [...trail, f]);
    let bytes = source.get(f);
    if (own.length) {
      const text = bytes.toString('utf8');
      let s = '';
      let at = 0;
      for (const r of own) {
        s += text.slice(at, r.start) + r.name.slice(0, r.name.length - posix.basename(r.target).length) + posix.basename(rename.get(r.target));
        at = r.end;
      }
      bytes = Buffer.from(s + text.slice(at), 'utf8');
    }
    final.set(f, bytes);
    rename.set(f, hashed.has(f) ? hashedName(f, sha384(bytes)) : f);
    state.set(f, 'done');
  };
  for (const f of files) visit(f, []);

  fs.rmSync(out, { recursive: true, force: true });
  const manifest = {};
  const written = [];
  const write = (name, bytes) => {
    fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    fs.writeFileSync(path.join(out, name), bytes);
    written.push(name);
  };
  for (const f of files) {
    const bytes = final.get(f);
    write(rename.get(f), bytes);
    const stable = hashed.has(f) && STABLE.includes(f);
    if (stable) write(f, bytes);
    manifest[f] = { file: rename.get(f), bytes: bytes.length, sha384: `sha384-${sha384(bytes).toString('base64')}`, ...(stable ? { stable: true } : {}) };
  }
  write('integrity.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));

  let raw = 0;
  let br = 0;
  let gz = 0;
  for (const name of written) {
    if (!COMPRESSIBLE_EXT.has(posix.extname(name))) continue;
    const bytes = fs.readFileSync(path.join(out, name));
    const b = brotli(bytes, name);
    const g = zlib.gzipSync(bytes, { level: 9 });
    fs.writeFileSync(path.join(out, `${name}.br`), b);
    fs.writeFileSync(path.join(out, `${name}.gz`), g);
    raw += bytes.length;
    br += b.length;
    gz += g.length;
  }
  const kept = files.filter((f) => HASHED_EXT.has(posix.extname(f)) && !hashed.has(f) && !f.startsWith('sources/'));
  return { out, manifest, hashed: hashed.size, files: written.length, kept, raw, br, gz };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = buildDist(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const wasm = r.manifest['pkg/rehabkollen_page_bg.wasm'];
  const size = (ext) => fs.statSync(path.join(r.out, wasm.file + ext)).size;
  console.log(`dist: ${path.relative(process.cwd(), r.out) || '.'}/ with ${r.files} files (${r.hashed} content-hashed), ${kb(r.raw)}; brotli ${kb(r.br)}, gzip ${kb(r.gz)}`);
  console.log(`dist: ${wasm.file} ${kb(wasm.bytes)}, brotli ${kb(size('.br'))}, gzip ${kb(size('.gz'))}`);
  if (r.kept.length) console.log(`dist: kept by name, as nothing names them literally: ${r.kept.join(', ')}`);
}
