// A small static server for www/, bound to 127.0.0.1, that sends application/wasm and the
// strict Content-Security-Policy the page must work under.
//   node tools/serve.mjs [port] [dir] [--cors https://partner.example | --cors loopback] [--frame-ancestors "https://partner.example"]
//   node tools/serve.mjs --csp [dir]      prints the policy for dir (default www/) and stops
// With --cors, it also sends the CORS headers a partner's page on that origin needs to load the
// component, its modules, stylesheet and wasm from here with `integrity` (docs/DEPLOY.md, "CORS");
// `--cors loopback` (what `make serve` uses) allows any page on this machine (http://127.0.0.1 or
// http://localhost, any port), so the embed page's snippets can be tried locally. With
// --frame-ancestors, the policy names the pages that may show these pages in a frame (the iframe
// mode for partners who want an allow-list; docs/DEPLOY.md): any other page gets no frame.
// A file with a precompressed sibling (x.js.br as `make build` writes them in www/, x.js.br and
// x.js.gz as `make dist` writes them) is sent as that sibling when the request accepts br (or else
// gzip), with Content-Encoding and Vary; a sibling older than its file is stale and never sent. Serving
// dist/ (a folder with the integrity.json `make dist` writes), the cache headers of docs/DEPLOY.md:
// content-hashed files immutable for a year, everything else `no-cache`; www/ is sent `no-store`.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ts': 'text/plain; charset=utf-8', '.ico': 'image/x-icon',
};
const WWW = path.resolve(import.meta.dirname, '../www');

/**
 * The policy for the pages of `html` (index.html): scripts, styles and everything else from the
 * site itself, and, by their sha256, only the inline <script> and <style> blocks that page has
 * (its first screen's style and the few lines that keep a button pressed before the page's script
 * has come; tools/first-screen.mjs). Any other inline script or style stays refused.
 */
export function policyFor(html = '') {
  const hashes = (tag) => [...html.matchAll(new RegExp(`<${tag}>([^]*?)</${tag}>`, 'g'))]
    .map((m) => ` 'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`).join('');
  return `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'${hashes('script')}; style-src 'self'${hashes('style')}; img-src 'self' data:`;
}

/** The policy of the folder `root` serves: its index.html's, or with no inline hash when it has none. */
export const policyOf = (root) => policyFor(fs.existsSync(path.join(root, 'index.html')) ? fs.readFileSync(path.join(root, 'index.html'), 'utf8') : '');

/** The policy www/ is built for (docs/DEPLOY.md). */
export const CSP = policyOf(WWW);

/** The headers that let a page on `origin` (or any, with '*') load these files as CORS resources. */
export const corsHeaders = (origin) => ({
  'Access-Control-Allow-Origin': origin,
  'Cross-Origin-Resource-Policy': 'cross-origin',
  ...(origin === '*' ? {} : { Vary: 'Origin' }),
});

/** `cors` = LOOPBACK: the origin of a page on this machine, echoed back; any other gets no CORS header.
 * Safe because the server only listens on 127.0.0.1 and its files are public and sent without cookies. */
export const LOOPBACK = 'loopback';
const LOOPBACK_ORIGIN = /^http:\/\/(127\.0\.0\.1|localhost)(:\d{1,5})?$/;

/** The origin allowed for a request with Origin `origin`, under the `cors` setting; null for none. */
export const allowedOrigin = (cors, origin) => (cors === LOOPBACK ? (LOOPBACK_ORIGIN.test(origin ?? '') ? origin : null) : cors);

/** Precompressed siblings, in the order they are preferred. */
const ENCODINGS = [['br', '.br'], ['gzip', '.gz']];

/** The precompressed siblings of `file` there are and that are not older than it, best first. */
function siblings(file) {
  let mtime;
  try {
    mtime = fs.statSync(file).mtimeMs;
  } catch {
    return [];
  }
  return ENCODINGS.filter(([, ext]) => {
    try {
      return fs.statSync(file + ext).mtimeMs >= mtime;
    } catch {
      return false;
    }
  });
}

/** The codings an Accept-Encoding header allows (a q of 0 refuses one; * allows the rest). */
export function acceptedEncodings(header = '') {
  const q = new Map(header.split(',').map((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const qv = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return [name, qv ? Number(qv.slice(2)) : 1];
  }).filter(([name]) => name));
  return new Set(ENCODINGS.map(([name]) => name).filter((name) => (q.has(name) ? q.get(name) : q.get('*') ?? 0) > 0));
}

/** Whether `file` lies within folder `base`, by whole path segments, links followed where they exist. */
export function inside(base, file) {
  const real = (p) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.join(real(path.dirname(p)), path.basename(p)); // not there (yet): its folder's real path
    }
  };
  const rel = path.relative(real(base), real(file));
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The content-hashed files of a dist/ folder, from its integrity.json; null for any other folder. */
function hashedFiles(root) {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'integrity.json'), 'utf8'));
    return new Set(Object.entries(manifest).filter(([name, e]) => e.file !== name).map(([, e]) => e.file));
  } catch {
    return null;
  }
}

/** The policy with `frame-ancestors` added: the sources (origins, 'self') that may frame the pages. */
export const withFrameAncestors = (csp, sources) => (sources ? `${csp}; frame-ancestors ${sources}` : csp);

/**
 * Serves `root`; `mounts` maps URL prefixes to other folders ({ '/rk/': 'www' }); `csp` replaces the
 * policy (by default the one of root's index.html, policyOf()); `cors` is the partner origin (or '*',
 * or LOOPBACK for any page on this machine) allowed to load the files cross-origin;
 * `frameAncestors` the sources allowed to frame the pages (none given: any page may).
 */
export function serve(root, port = 8080, { mounts = {}, csp = null, cors = null, frameAncestors = null } = {}) {
  csp = withFrameAncestors(csp ?? policyOf(root), frameAncestors);
  const immutable = hashedFiles(root);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://127.0.0.1').pathname);
    } catch {
      // A malformed escape (`/%E0%A4%A`) is the client's error, not a reason to stop serving.
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
      return;
    }
    const prefix = Object.keys(mounts).find((p) => pathname.startsWith(p));
    const base = path.resolve(prefix ? mounts[prefix] : root);
    let file = path.resolve(base, '.' + (prefix ? pathname.slice(prefix.length - 1) : pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    // Never outside the folder served: compared by whole path segments (a sibling `www-secret` is
    // not inside `www`), after following links, so a link cannot lead out either.
    if (!inside(base, file)) { res.writeHead(403, { 'Content-Type': 'text/plain' }).end('forbidden'); return; }
    const variants = siblings(file);
    const accepted = acceptedEncodings(req.headers['accept-encoding']);
    const [encoding, ext] = variants.find(([name]) => accepted.has(name)) ?? [null, ''];
    fs.readFile(file + ext, (err, body) => {
      if (err) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
      const vary = [...(cors && cors !== '*' ? ['Origin'] : []), ...(variants.length ? ['Accept-Encoding'] : [])];
      const rel = path.relative(base, file).split(path.sep).join('/');
      const allowed = allowedOrigin(cors, req.headers.origin);
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
        'Content-Security-Policy': csp,
        'Cache-Control': !immutable || prefix ? 'no-store' : immutable.has(rel) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        ...(allowed ? corsHeaders(allowed) : {}),
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        ...(vary.length ? { Vary: vary.join(', ') } : {}),
      });
      res.end(body);
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === '--csp') {
  console.log(policyOf(process.argv[3] ?? WWW));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const option = (name, example) => {
    const at = args.indexOf(name);
    if (at < 0) return null;
    const value = args.splice(at, 2)[1];
    if (!value) throw new Error(`${name} needs a value, e.g. ${name} ${example}`);
    return value;
  };
  const cors = option('--cors', 'http://127.0.0.1:8081');
  const frameAncestors = option('--frame-ancestors', '"https://partner.example"');
  const port = Number(args[0] || 8080);
  const root = args[1] || WWW;
  await serve(root, port, { cors, frameAncestors });
  console.log(`Rehabkollen: http://127.0.0.1:${port}/${cors ? `  (CORS for ${cors === LOOPBACK ? "pages on 127.0.0.1 and localhost" : cors})` : ''}${frameAncestors ? `  (framed only by ${frameAncestors})` : ''}  (Ctrl-C stops)`);
}
