// A small bundler for Rehabkollen's own ES modules (www/*.js, www/views/*.js and wasm-bindgen's
// `--target web` glue in www/pkg/): one entry and every module it imports, statically or with
// import('./x.js'), in one ES module file. Node built-ins only.
//   node tools/bundle.mjs [--split] <entry.js> <out.js>      or      import { bundle } from './bundle.mjs'
//
// How: each module becomes one arrow function in the bundle, so its top-level names stay its own.
// The function first gets the modules it imports, in the order it requests them (which runs each
// one, once, before its importer: ES module evaluation order), binds what it imports as `const`s,
// runs the module's own code and returns the module's namespace object, whose getters read its
// exports live. `import.meta` becomes an object whose `url` is the module's own URL, worked out
// from where the bundle is loaded from, so `new URL('x_bg.wasm', import.meta.url)` still finds the
// file beside the original module. import('./x.js') of a module of ours is bundled too and run on
// first use, so one `integrity` hash on the bundle's script tag covers every byte of script.
//
// Comments are stripped and blank space shortened: a line break stays wherever there was one,
// except after `;`, `{` and `,` (where automatic semicolon insertion cannot depend on it); nothing
// is renamed. Anything the bundler does not read with certainty stops the build with a message
// naming the file and the line: see REFUSED below. Each module's code, once rewritten, is read
// again and must give the same tokens, and is compiled (not run) to check that no import or export
// statement was left behind.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

// Names the bundle itself uses; a module may not use any name that starts with this.
const P = '__bundle_';

// What stops the build rather than risking a wrong bundle.
export const REFUSED = [
  'a specifier that is not relative (bare names, URLs, absolute paths) or has a query or hash',
  'import attributes (`with { type: "json" }`): JSON is fetched, not imported',
  '`export let` and `export var`, and exporting a binding declared with `let` or `var`: importers would not see later assignments',
  'destructuring in `export const`',
  'import() with anything but one string literal',
  'import cycles',
  'importing a name the module does not export; ambiguous `export *` names',
  'names that start with `__bundle_`; `return` at the top level of a module',
];

export class BundleError extends Error {}

// ---- Lexer -------------------------------------------------------------------------------------

const PUNCT = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=', '=>', '==', '!=', '<=', '>=', '&&', '||',
  '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '**', '<<', '>>',
  '{', '}', '(', ')', '[', ']', ';', ',', '<', '>', '+', '-', '*', '/', '%', '&', '|', '^', '!', '~', '?', ':', '=', '.', '@'];
// After these words an expression starts, so a `/` begins a regular expression.
const BEFORE_EXPR = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);
// `(` after these opens a condition or loop head, not parameters: the `{` after its `)` is a block.
const CONTROL = new Set(['if', 'for', 'while', 'switch', 'catch', 'with']);
// After these a `{` opens a block, not an object literal.
const BLOCK_AFTER = new Set(['else', 'try', 'finally', 'do']);
const NEWLINE = /[\n\r\u2028\u2029]/;
const WS = /[\s\ufeff]+/y;
const NAME = /[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*/uy;
const NUM = /0[xX][\da-fA-F_]+n?|0[oO][0-7_]+n?|0[bB][01_]+n?|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?n?/y;

function where(file, src, at) {
  const before = src.slice(0, at).split(/\r\n|[\n\r\u2028\u2029]/);
  return `${file}:${before.length}:${before[before.length - 1].length + 1}`;
}

/**
 * Tokens of a module: { t: type, v: text, s: start, e: end, d: bracket depth, fd: function depth,
 * nl: a line break before it }. Types: ws, comment, name, private, num, str, tpl (a piece of a
 * template literal, from ` or } to ` or ${), regex, punct. `d` is 0 at the top level of the module
 * (a bracket and its partner share their depth); `fd` counts the function bodies around a token.
 */
export function lex(src, file = '<module>') {
  const toks = [];
  const stack = []; // { c: '(' | '[' | '{' | '${', control, block, fn }
  let i = 0;
  let nl = false;
  let prev = null; // the last token that is not blank or a comment
  let prev2 = null;
  const fail = (msg, at = i) => { throw new BundleError(`${where(file, src, at)}: ${msg}`); };
  const fnDepth = () => stack.reduce((n, x) => n + (x.fn ? 1 : 0), 0);
  const push = (t, s, extra = {}) => {
    const tok = { t, v: src.slice(s, i), s, e: i, d: stack.length, fd: fnDepth(), nl, ...extra };
    toks.push(tok);
    if (t === 'ws' || t === 'comment') {
      if (NEWLINE.test(tok.v)) nl = true;
    } else {
      nl = false;
      prev2 = prev;
      prev = tok;
    }
    return tok;
  };
  const regexAllowed = () => {
    if (!prev) return true;
    switch (prev.t) {
      case 'tpl': return prev.v.endsWith('${');
      case 'name': return BEFORE_EXPR.has(prev.v) && !(prev2?.t === 'punct' && (prev2.v === '.' || prev2.v === '?.'));
      case 'punct':
        if (prev.v === ')') return !!prev.paren?.control;
        if (prev.v === '}') return !!prev.brace?.block;
        return prev.v !== ']';
      default: return false;
    }
  };
  /** Reads a template piece from i (just after ` or }); true if it ended with ${. */
  const templatePiece = (s) => {
    for (;;) {
      if (i >= src.length) fail('unterminated template literal', s);
      const c = src[i];
      if (c === '\\') i += 2;
      else if (c === '`') { i++; return false; }
      else if (c === '$' && src[i + 1] === '{') { i += 2; return true; }
      else i++;
    }
  };

  if (src.startsWith('#!')) { while (i < src.length && !NEWLINE.test(src[i])) i++; push('comment', 0); }
  while (i < src.length) {
    const s = i;
    const c = src[i];
    WS.lastIndex = i;
    if (WS.test(src)) { i = WS.lastIndex; push('ws', s); continue; }
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && !NEWLINE.test(src[i])) i++;
      push('comment', s);
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      if (end < 0) fail('unterminated comment');
      i = end + 2;
      push('comment', s);
      continue;
    }
    if (c === '\'' || c === '"') {
      i++;
      while (src[i] !== c) {
        if (i >= src.length || src[i] === '\n' || src[i] === '\r') fail('unterminated string', s);
        i += src[i] === '\\' ? (src[i + 1] === '\r' && src[i + 2] === '\n' ? 3 : 2) : 1;
      }
      i++;
      push('str', s);
      continue;
    }
    if (c === '`') {
      i++;
      const open = templatePiece(s);
      push('tpl', s);
      if (open) stack.push({ c: '${' });
      continue;
    }
    if (c === '}' && stack.at(-1)?.c === '${') {
      stack.pop();
      i++;
      const open = templatePiece(s);
      push('tpl', s);
      if (open) stack.push({ c: '${' });
      continue;
    }
    if (c === '/' && regexAllowed()) {
      i++;
      let inClass = false;
      for (;;) {
        if (i >= src.length || NEWLINE.test(src[i])) fail('unterminated regular expression', s);
        const r = src[i];
        if (r === '\\') { i += 2; continue; }
        i++;
        if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
      }
      while (i < src.length && /[a-z]/.test(src[i])) i++;
      push('regex', s);
      continue;
    }
    NUM.lastIndex = i;
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      if (!NUM.test(src)) fail('unreadable number');
      i = NUM.lastIndex;
      push('num', s);
      continue;
    }
    NAME.lastIndex = c === '#' ? i + 1 : i;
    if (NAME.test(src)) {
      i = NAME.lastIndex;
      push(c === '#' ? 'private' : 'name', s);
      continue;
    }
    if (c === '\\') fail('unicode escapes in names are not read by this bundler');
    const p = PUNCT.find((x) => src.startsWith(x, i) && !(x === '?.' && /[0-9]/.test(src[i + 2] ?? '')));
    if (!p) fail(`unexpected character ${JSON.stringify(c)}`);
    i += p.length;
    if (p === '(' || p === '[' || p === '{') {
      const entry = { c: p };
      if (p === '(') entry.control = prev?.t === 'name' && (CONTROL.has(prev.v) || (prev.v === 'await' && prev2?.v === 'for'));
      if (p === '{') {
        // A function body after `=>` or after the `)` of parameters; a block (or class body) where a
        // statement starts; otherwise an object literal.
        entry.fn = prev?.t === 'punct' && (prev.v === '=>' || (prev.v === ')' && !prev.paren?.control));
        entry.block = entry.fn || !prev || (prev.t === 'punct' && [')', ';', '{', '}'].includes(prev.v))
          || (prev.t === 'name' && !BEFORE_EXPR.has(prev.v)) || (prev.t === 'name' && BLOCK_AFTER.has(prev.v));
      }
      push('punct', s);
      stack.push(entry);
      continue;
    }
    if (p === ')' || p === ']' || p === '}') {
      const open = stack.pop();
      if (!open || open.c !== { ')': '(', ']': '[', '}': '{' }[p]) fail(`unbalanced ${p}`, s);
      push('punct', s, p === ')' ? { paren: open } : p === '}' ? { brace: open } : {});
      continue;
    }
    push('punct', s);
  }
  if (stack.length) fail(`unclosed ${stack.at(-1).c}`);
  return toks;
}

// ---- One module: its imports and exports, and how its text changes -----------------------------

const isName = (s) => /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*$/u.test(s);
const strValue = (tok) => new vm.Script(tok.v).runInThisContext(); // a string literal token's value
/** Whether a token can end an expression (so that a line break after it may end the statement). */
const endsExpr = (x) => (x.t === 'name' && !BEFORE_EXPR.has(x.v)) || ['num', 'str', 'regex', 'private'].includes(x.t)
  || (x.t === 'tpl' && x.v.endsWith('`')) || (x.t === 'punct' && [')', ']', '}', '++', '--'].includes(x.v));
/** Whether a token cannot continue an expression, so that a line break before it ends the statement. */
const startsStatement = (x) => (x.t === 'name' && !['in', 'instanceof', 'of'].includes(x.v)) || ['num', 'str', 'private'].includes(x.t)
  || (x.t === 'punct' && ['{', '!', '~', '++', '--', '...', ';'].includes(x.v));

/**
 * Reads one module: what it requests (in order), binds, exports and the edits to its text.
 * Throws a BundleError for every form it does not handle.
 */
function analyse(file, src) {
  const toks = lex(src, file);
  const sig = toks.map((t, k) => k).filter((k) => toks[k].t !== 'ws' && toks[k].t !== 'comment');
  const at = (k) => toks[sig[k]];
  const fail = (msg, k) => { throw new BundleError(`${where(file, src, at(k)?.s ?? src.length)}: ${msg}`); };
  const m = {
    file,
    toks,
    requests: [], // specifiers, in the order the module requests them
    imports: [], // { spec, def, ns, names: [[imported, local]] }
    locals: new Map(), // exported name → local name
    reexports: [], // { spec, names: [[imported, exported]] } | { spec, star: true } | { spec, starAs }
    dynamic: [], // { spec, module }: import('./x.js'), bundled and run on first use
    edits: [], // { from, to, text }: tokens [from, to) become text
    meta: false,
    tla: false,
    declared: new Set(),
    mutable: new Set(), // top-level let / var names
  };
  const listed = []; // [local name, token index] of `export { … }` lists, checked at the end
  const checkSpec = (spec, k) => {
    if (!/^\.{1,2}\//.test(spec)) fail(`only relative specifiers ('./x.js', '../x.js') are bundled: ${JSON.stringify(spec)}`, k);
    if (/[?#]/.test(spec)) fail(`a specifier with a query or hash is not bundled: ${JSON.stringify(spec)}`, k);
    return spec;
  };
  const request = (spec, k) => {
    if (!m.requests.includes(checkSpec(spec, k))) m.requests.push(spec);
    return spec;
  };
  /** The `)` that closes the `(` at k. */
  const closing = (k) => {
    for (let j = k + 1; j < sig.length; j++) if (at(j).t === 'punct' && at(j).v === ')' && at(j).d === at(k).d) return j;
    return sig.length;
  };
  const edit = (from, to, text) => m.edits.push({ from: sig[from], to: to >= sig.length ? toks.length : sig[to], text });
  const is = (k, v, t = null) => at(k) && at(k).v === v && (t === null || at(k).t === t);
  const afterDot = (k) => k > 0 && at(k - 1).t === 'punct' && (at(k - 1).v === '.' || at(k - 1).v === '?.');
  const expectStr = (k, what) => { if (at(k)?.t !== 'str') fail(`expected the module's specifier after ${what}`, k); return strValue(at(k)); };
  /** The end (exclusive) of a statement whose last token is k: takes a `;` and refuses import attributes. */
  const endOf = (k) => {
    const n = at(k + 1);
    if (n && n.t === 'name' && (n.v === 'with' || (n.v === 'assert' && !n.nl))) fail('import attributes are not bundled (fetch JSON instead)', k + 1);
    return is(k + 1, ';', 'punct') ? k + 2 : k + 1;
  };
  /** `{ a, b as c, "x y" as d }` from k (at `{`): [[name, alias]] and the index after `}`. */
  const specifierList = (k, kind) => {
    const out = [];
    k++;
    while (!is(k, '}', 'punct')) {
      const tok = at(k);
      if (!tok || (tok.t !== 'name' && tok.t !== 'str')) fail(`unexpected ${tok ? JSON.stringify(tok.v) : 'end'} in an ${kind} list`, k);
      const first = tok.t === 'str' ? strValue(tok) : tok.v;
      let second = first;
      k++;
      if (is(k, 'as', 'name')) {
        const a = at(k + 1);
        if (!a || (a.t !== 'name' && a.t !== 'str')) fail(`expected a name after "as" in an ${kind} list`, k + 1);
        second = a.t === 'str' ? strValue(a) : a.v;
        k += 2;
      }
      out.push([first, second]);
      if (is(k, ',', 'punct')) k++;
      else if (!is(k, '}', 'punct')) fail(`expected "," or "}" in an ${kind} list`, k);
    }
    return [out, k + 1];
  };
  /** Names bound by `const|let|var` at k: the first name and the one after each top-level comma. */
  const declarators = (k, exporting) => {
    const names = [];
    const bind = (j) => {
      if (at(j)?.t === 'name') { names.push(at(j).v); return; }
      if (exporting) fail('destructuring in `export const` is not bundled; export the names one by one', j);
    };
    bind(k + 1);
    for (let j = k + 2; j < sig.length; j++) {
      const t = at(j);
      if (t.d !== 0) continue;
      if (t.t === 'punct' && t.v === ';') break;
      if (t.nl && endsExpr(at(j - 1)) && startsStatement(t)) break; // a line break that ends the statement
      if (t.t === 'punct' && t.v === ',') bind(j + 1);
    }
    return names;
  };

  for (let k = 0; k < sig.length; k++) {
    const tok = at(k);
    if (tok.t === 'name' && tok.v.startsWith(P)) fail(`names starting with ${P} are the bundle's own`, k);
    if (tok.t !== 'name' || afterDot(k)) continue;
    if (tok.v === 'await' && tok.fd === 0) m.tla = true;
    if (tok.v === 'return' && tok.fd === 0 && !is(k + 1, ':', 'punct')) fail('`return` outside a function', k);
    if (tok.d === 0 && ['const', 'let', 'var', 'function', 'class'].includes(tok.v)) {
      if (tok.v === 'function' || tok.v === 'class') {
        const n = is(k + 1, '*', 'punct') ? k + 2 : k + 1;
        if (at(n)?.t === 'name') m.declared.add(at(n).v);
      } else {
        for (const n of declarators(k, false)) {
          m.declared.add(n);
          if (tok.v !== 'const') m.mutable.add(n);
        }
      }
    }

    if (tok.v === 'import') {
      if (is(k + 1, '.', 'punct')) {
        if (!is(k + 2, 'meta', 'name')) fail('unknown import.* form', k);
        m.meta = true;
        edit(k, k + 3, `${P}meta`);
        k += 2;
        continue;
      }
      if (is(k + 1, '(', 'punct')) {
        if (tok.d !== 0 && is(closing(k + 1) + 1, '{', 'punct')) continue; // a method named import
        if (at(k + 2)?.t !== 'str' || !is(k + 3, ')', 'punct')) fail('import() is bundled only with one string literal: import(\'./x.js\')', k);
        // Bundled too, and run on first use: not requested before the module runs.
        const dyn = { spec: checkSpec(strValue(at(k + 2)), k + 2) };
        m.dynamic.push(dyn);
        edit(k, k + 4, { dynamic: dyn });
        k += 3;
        continue;
      }
      if (tok.d !== 0) {
        if (is(k + 1, ':', 'punct')) continue; // a property key
        fail('an import declaration must be at the top level', k);
      }
      // import declarations
      const start = k;
      const imp = { spec: null, def: null, ns: null, names: [] };
      let j = k + 1;
      if (at(j)?.t === 'str') {
        imp.spec = request(strValue(at(j)), j);
        edit(start, endOf(j), ';');
        m.imports.push(imp);
        k = endOf(j) - 1;
        continue;
      }
      if (at(j)?.t === 'name' && !(at(j).v === 'from' && at(j + 1)?.t === 'str')) {
        imp.def = at(j).v;
        j++;
        if (is(j, ',', 'punct')) j++;
        else if (!is(j, 'from', 'name')) fail(`unsupported import form after "import ${imp.def}"`, j);
      }
      if (is(j, '*', 'punct')) {
        if (!is(j + 1, 'as', 'name') || at(j + 2)?.t !== 'name') fail('expected "* as name"', j);
        imp.ns = at(j + 2).v;
        j += 3;
      } else if (is(j, '{', 'punct')) {
        [imp.names, j] = specifierList(j, 'import');
        for (const [, local] of imp.names) if (!isName(local)) fail(`import {… as ${JSON.stringify(local)}}: a local name must be a name`, j);
      } else if (!imp.def) fail('unsupported import form', j);
      if (!is(j, 'from', 'name')) fail('expected "from"', j);
      imp.spec = request(expectStr(j + 1, '"from"'), j + 1);
      edit(start, endOf(j + 1), ';');
      m.imports.push(imp);
      for (const local of [imp.def, imp.ns, ...imp.names.map(([, l]) => l)]) {
        if (local?.startsWith(P)) fail(`names starting with ${P} are the bundle's own`, start);
        if (local) m.declared.add(local);
      }
      k = endOf(j + 1) - 1;
      continue;
    }

    if (tok.v !== 'export' || tok.d !== 0) continue;
    const start = k;
    const next = at(k + 1);
    if (!next) fail('export of nothing', k);
    if (next.t === 'punct' && next.v === '{') {
      const [names, j] = specifierList(k + 1, 'export');
      if (is(j, 'from', 'name')) {
        const spec = request(expectStr(j + 1, '"from"'), j + 1);
        m.reexports.push({ spec, names });
        edit(start, endOf(j + 1), ';');
        k = endOf(j + 1) - 1;
      } else {
        for (const [local, exported] of names) m.locals.set(exported, local);
        listed.push(...names.map(([local]) => [local, k]));
        edit(start, is(j, ';', 'punct') ? j + 1 : j, ';');
        k = j - 1;
      }
      continue;
    }
    if (next.t === 'punct' && next.v === '*') {
      let j = k + 2;
      let starAs = null;
      if (is(j, 'as', 'name')) {
        const a = at(j + 1);
        if (!a || (a.t !== 'name' && a.t !== 'str')) fail('expected a name after "export * as"', j + 1);
        starAs = a.t === 'str' ? strValue(a) : a.v;
        j += 2;
      }
      if (!is(j, 'from', 'name')) fail('expected "from" after "export *"', j);
      const spec = request(expectStr(j + 1, '"from"'), j + 1);
      m.reexports.push(starAs === null ? { spec, star: true } : { spec, starAs });
      edit(start, endOf(j + 1), ';');
      k = endOf(j + 1) - 1;
      continue;
    }
    const isAsyncFn = (j) => is(j, 'async', 'name') && is(j + 1, 'function', 'name') && !at(j + 1).nl;
    if (next.t === 'name' && next.v === 'default') {
      let j = k + 2;
      const fn = isAsyncFn(j) ? j + 1 : is(j, 'function', 'name') ? j : -1;
      const cls = is(j, 'class', 'name') ? j : -1;
      if (fn >= 0 || cls >= 0) {
        const kw = fn >= 0 ? fn : cls;
        const n = fn >= 0 && is(kw + 1, '*', 'punct') ? kw + 2 : kw + 1;
        const named = at(n)?.t === 'name' && !(cls >= 0 && at(n).v === 'extends');
        edit(start, k + 2, '');
        if (named) m.locals.set('default', at(n).v);
        else {
          // A nameless default function or class: declared under the bundle's name, still hoisted.
          edit(n, n, `${P}default `);
          m.locals.set('default', `${P}default`);
        }
        m.declared.add(m.locals.get('default'));
        k = n - 1;
      } else {
        edit(start, k + 2, `const ${P}default = `);
        m.locals.set('default', `${P}default`);
      }
      continue;
    }
    if (next.t === 'name' && (next.v === 'function' || next.v === 'class' || isAsyncFn(k + 1))) {
      const kw = isAsyncFn(k + 1) ? k + 2 : k + 1;
      const n = next.v !== 'class' && is(kw + 1, '*', 'punct') ? kw + 2 : kw + 1;
      if (at(n)?.t !== 'name') fail(`expected a name after "export ${next.v}"`, n);
      m.locals.set(at(n).v, at(n).v);
      edit(start, k + 1, '');
      continue;
    }
    if (next.t === 'name' && next.v === 'const') {
      for (const n of declarators(k + 1, true)) m.locals.set(n, n);
      edit(start, k + 1, '');
      continue;
    }
    if (next.t === 'name' && (next.v === 'let' || next.v === 'var')) {
      fail(`\`export ${next.v}\` is not bundled: importers would not see later assignments; use const, or export a function that reads it`, k);
    }
    fail(`unsupported export form "export ${next.v}"`, k);
  }
  for (const [local, k] of listed) {
    if (m.mutable.has(local)) fail(`export { ${local} }: ${local} is declared with let or var; importers would not see later assignments`, k);
    if (!m.declared.has(local)) fail(`export { ${local} }: ${local} is not declared at the top level (or is declared in a way this bundler does not read, e.g. destructuring)`, k);
  }
  return m;
}

// ---- Writing tokens back ---------------------------------------------------------------------

const WORD = /[\p{ID_Continue}$\u200c\u200d#\\]/u;
/**
 * What must stand between two tokens that had blank space (`newline`: with a line break) between
 * them: a line break where automatic semicolon insertion could depend on it (anywhere but after
 * `;`, `{` and `,`), a space where the two would otherwise read as one token (`a b`, `+ +`, `/ /`,
 * `1 .x`, `/re/ in`), else nothing.
 */
function between(a, b, newline) {
  if (newline && !(a.t === 'punct' && [';', '{', ','].includes(a.v))) return '\n';
  const x = a.v.at(-1);
  const y = b.v[0];
  if (WORD.test(x) && WORD.test(y)) return ' ';
  if (a.t === 'regex' && WORD.test(y)) return ' ';
  if (a.t === 'num' && y === '.') return ' ';
  if ((x === '+' || x === '-') && y === x) return ' ';
  if (x === '/' || y === '/' || (x === '<' && y === '!') || (x === '-' && y === '>')) return ' ';
  return '';
}

// ---- The graph, and the bundle -----------------------------------------------------------------

const posix = (p) => p.split(path.sep).join('/');

/**
 * Bundles `entry` and every module it imports. `outfile` is where the bundle will be served from,
 * relative to the modules (import.meta.url and import() are resolved from its folder); `banner` is
 * a first line of comment. Returns { code, modules } (modules: the files, relative to the outfile's
 * folder, entry first). Writes nothing.
 */
/**
 * Bundles `entry` for `outfile`. With `split`, import('./x.js') is left to the browser (its path
 * rewritten from the bundle's place), so what loads on first use is not in the bundle: for the
 * page, where those bytes should wait, not for the component, whose one hash must cover them.
 */
export function bundle(entry, { outfile, banner = '', split = false } = {}) {
  const base = path.dirname(path.resolve(outfile));
  const modules = new Map(); // absolute path → analysed module, with .id
  const resolveFrom = (from, spec) => {
    const file = path.resolve(path.dirname(from), decodeURIComponent(spec));
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new BundleError(`${posix(path.relative(base, from))}: cannot find ${JSON.stringify(spec)} (${posix(path.relative(base, file))})`);
    return fs.realpathSync(file);
  };
  const load = (file) => {
    if (modules.has(file)) return modules.get(file);
    const m = analyse(posix(path.relative(base, file)) || path.basename(file), fs.readFileSync(file, 'utf8'));
    m.path = file;
    m.id = modules.size;
    modules.set(file, m);
    m.deps = new Map(m.requests.map((spec) => [spec, load(resolveFrom(file, spec))]));
    for (const d of m.dynamic) {
      if (split) d.url = `./${posix(path.relative(base, resolveFrom(file, d.spec))).split('/').map(encodeURIComponent).join('/')}`;
      else d.module = load(resolveFrom(file, d.spec));
    }
    return m;
  };
  const root = load(fs.realpathSync(path.resolve(entry)));

  // No cycles among static imports; async-ness (top-level await) passes to importers.
  const state = new Map();
  const visit = (m, trail) => {
    if (state.get(m) === 'done') return;
    if (state.get(m) === 'active') throw new BundleError(`import cycle: ${[...trail.slice(trail.indexOf(m)), m].map((x) => x.file).join(' → ')}`);
    state.set(m, 'active');
    for (const d of m.deps.values()) visit(d, [...trail, m]);
    m.async = m.tla || [...m.deps.values()].some((d) => d.async);
    state.set(m, 'done');
  };
  for (const m of modules.values()) visit(m, []);

  // Export names, with `export *` followed (ambiguous names left out, as ES modules do).
  const exportNames = (m) => {
    if (m.names) return m.names;
    const names = new Map([...m.locals.keys()].map((n) => [n, { kind: 'local' }]));
    for (const r of m.reexports) {
      if (r.names) for (const [imported, exported] of r.names) names.set(exported, { kind: 're', from: m.deps.get(r.spec), name: imported });
      if (r.starAs !== undefined) names.set(r.starAs, { kind: 'ns', from: m.deps.get(r.spec) });
    }
    const starred = new Map();
    for (const r of m.reexports.filter((x) => x.star)) {
      const from = m.deps.get(r.spec);
      for (const n of exportNames(from).keys()) {
        if (n === 'default' || names.has(n)) continue;
        const seen = starred.get(n);
        starred.set(n, seen && seen.from !== from ? { ambiguous: true } : { kind: 're', from, name: n });
      }
    }
    for (const [n, v] of starred) if (!v.ambiguous) names.set(n, v);
    m.names = names;
    for (const r of m.reexports) for (const [imported] of r.names ?? []) {
      if (!exportNames(m.deps.get(r.spec)).has(imported)) throw new BundleError(`${m.file}: ${m.deps.get(r.spec).file} has no export named ${JSON.stringify(imported)}`);
    }
    return names;
  };
  for (const m of modules.values()) {
    exportNames(m);
    for (const imp of m.imports) {
      const from = m.deps.get(imp.spec);
      for (const n of [...(imp.def ? ['default'] : []), ...imp.names.map(([n]) => n)]) {
        if (!exportNames(from).has(n)) throw new BundleError(`${m.file}: ${from.file} has no export named ${JSON.stringify(n)}`);
      }
    }
  }

  const key = (n) => (isName(n) ? n : JSON.stringify(n));
  const ref = (d) => `${P}m${d.id}`;
  const emitModule = (m) => {
    const out = [];
    // Prologue: every requested module, run in request order, then the bindings from them.
    for (const d of m.deps.values()) out.push(`const ${ref(d)} = ${d.async ? 'await ' : ''}${P}get(${d.id});`);
    for (const imp of m.imports) {
      const d = m.deps.get(imp.spec);
      if (imp.ns) out.push(`const ${imp.ns} = ${ref(d)};`);
      const binds = [...(imp.def ? [['default', imp.def]] : []), ...imp.names];
      if (binds.length) out.push(`const { ${binds.map(([n, l]) => (n === l ? l : `${key(n)}: ${l}`)).join(', ')} } = ${ref(d)};`);
    }
    if (m.meta) out.push(`const ${P}meta = ${P}metaOf(${JSON.stringify(posix(path.relative(base, m.path)).split('/').map(encodeURIComponent).join('/'))});`);
    // The module's own code, edited, without comments.
    const edits = new Map(m.edits.map((e) => [e.from, e]));
    let body = '';
    let blank = null; // null, ' ' or '\n': what stood between the last token written and the next
    let last = null; // the last token written, or null after an edit
    const expected = []; // the tokens the body must read as
    const significant = (text) => lex(text, m.file).filter((t) => t.t !== 'ws' && t.t !== 'comment').map((t) => t.v);
    const flush = (next) => {
      if (blank !== null && body) body += next && last ? between(last, next, blank === '\n') : blank;
      blank = null;
    };
    for (let k = 0; k < m.toks.length;) {
      const e = edits.get(k);
      if (e) {
        flush(null);
        const dyn = e.text.dynamic;
        const text = typeof e.text === 'string' ? e.text : dyn.url ? `import(${JSON.stringify(dyn.url)})` : `${P}import(${dyn.module.id})`;
        body += text;
        expected.push(...significant(text));
        last = null;
        if (e.to === k) { body += m.toks[k].v; expected.push(m.toks[k].v); last = m.toks[k]; k++; } else k = e.to;
        continue;
      }
      const t = m.toks[k++];
      if (t.t === 'ws' || t.t === 'comment') {
        blank = blank === '\n' || NEWLINE.test(t.v) ? '\n' : ' ';
        continue;
      }
      flush(t);
      body += t.v;
      expected.push(t.v);
      last = t;
    }
    const reread = significant(body);
    const at = reread.findIndex((v, k) => v !== expected[k]);
    if (at >= 0 || reread.length !== expected.length) {
      throw new BundleError(`${m.file}: the bundled code reads differently from the module near ${JSON.stringify(expected.slice(Math.max(0, at - 3), at + 3).join(' '))}`);
    }
    out.push(body);
    // The namespace: a getter per export name, so importers read the current values.
    const getters = [...m.names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([n, v]) => {
      const value = v.kind === 'local' ? m.locals.get(n) : v.kind === 'ns' ? ref(v.from) : `${ref(v.from)}[${JSON.stringify(v.name)}]`;
      return `${key(n)}: () => ${value}`;
    });
    out.push(`return ${P}ns({ ${getters.join(', ')} });`);
    const code = `${m.async ? 'async ' : ''}() => {\n${out.join('\n')}\n}`;
    try {
      new vm.Script(`'use strict'; (${code})`, { filename: m.file });
    } catch (e) {
      throw new BundleError(`${m.file}: not valid once bundled (${e.message}); an import or export form the bundler does not read?`);
    }
    return `// ${m.file}\n${code}`;
  };

  const list = [...modules.values()];
  const names = [...root.names.keys()];
  const code = [
    ...(banner ? [banner.split('\n').map((l) => `// ${l}`).join('\n')] : []),
    `const ${P}ns = (getters) => {
  const ns = Object.create(null);
  for (const [name, get] of Object.entries(getters)) Object.defineProperty(ns, name, { get, enumerable: true });
  return Object.freeze(Object.defineProperty(ns, Symbol.toStringTag, { value: 'Module' }));
};
const ${P}metaOf = (file) => {
  const url = new URL(file, import.meta.url).href;
  return { url, resolve: (specifier) => new URL(specifier, url).href };
};
const ${P}done = [];
const ${P}get = (id) => {
  const done = ${P}done[id];
  if (done) { if ('error' in done) throw done.error; return done.value; }
  try {
    return (${P}done[id] = { value: (0, ${P}modules[id])() }).value;
  } catch (error) {
    ${P}done[id] = { error };
    throw error;
  }
};
const ${P}import = (id) => Promise.resolve().then(() => ${P}get(id));
const ${P}modules = [
${list.map(emitModule).join(',\n')}
];`,
    `const ${P}entry = ${root.async ? 'await ' : ''}${P}get(0);`,
    ...(names.length ? [`const { ${names.map((n, k) => `${key(n)}: ${P}e${k}`).join(', ')} } = ${P}entry;`,
      `export { ${names.map((n, k) => `${P}e${k} as ${key(n)}`).join(', ')} };`] : []),
  ].join('\n') + '\n';
  return { code, modules: list.map((m) => m.file) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const split = args[0] === '--split';
  const [entry, outfile] = split ? args.slice(1) : args;
  if (!entry || !outfile) {
    console.error('usage: node tools/bundle.mjs [--split] <entry.js> <out.js>');
    process.exit(2);
  }
  try {
    const banner = `Rehabkollen, built by \`make build\` (tools/bundle.mjs) from ${posix(path.relative(path.dirname(outfile), entry))} and the modules it imports. Do not edit.`;
    const { code, modules } = bundle(entry, { outfile, split, banner });
    fs.writeFileSync(outfile, code);
    console.log(`${outfile}: ${modules.length} modules, ${code.length} bytes`);
  } catch (e) {
    if (!(e instanceof BundleError)) throw e;
    console.error(`bundle: ${e.message}`);
    process.exit(1);
  }
}
