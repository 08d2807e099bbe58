// The page module's boundary in JavaScript, used by the page (www/engine.js) and by the public API
// (www/api.js, built to pkg/rehabkollen.js): the answers handed over as JSON text where that reads
// the same (lean()), and the outcome joined with its texts: rule, document, note and step ids in,
// the outcome of docs/API.md §2 out. The one join in JavaScript; the CLI joins natively
// (crates/core/src/explain.rs), and a test holds the two equal on every case file.

// How deep and how many values jsonText() looks through before it leaves an object to the module
// (whose own limits are larger: crates/js/src/lib.rs, MAX_DEPTH and ANSWERS_NODES); far beyond
// any answers document (500 measures of a few dozen answers each, four levels deep).
const TEXT_DEPTH = 8;
const TEXT_VALUES = 50_000;
const SURROGATE = /[\ud800-\udfff]/;

/**
 * `answers` as JSON text when the module reads that text as it reads the object itself: plain
 * objects (without toJSON), lists, texts, finite numbers (not -0), true, false and null, within
 * TEXT_DEPTH and TEXT_VALUES; otherwise null, and the module reads the object, value by value,
 * and names what it refuses. (Reading the text takes one crossing into the module; reading the
 * object, several for each value.) Texts with surrogates are left to the module too, and
 * `undefined`, which JSON.stringify drops from objects.
 */
export function jsonText(answers) {
  let left = TEXT_VALUES;
  const plain = (v, depth) => {
    if (--left < 0) return false;
    switch (typeof v) {
      case 'string': return !SURROGATE.test(v);
      case 'number': return Number.isFinite(v) && !Object.is(v, -0);
      case 'boolean': return true;
      case 'object': {
        if (v === null) return true;
        if (depth >= TEXT_DEPTH || v.toJSON !== undefined) return false;
        if (Array.isArray(v)) {
          for (let i = 0; i < v.length; i++) if (!plain(v[i], depth + 1)) return false;
          return true;
        }
        const proto = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) return false;
        for (const k of Object.keys(v)) if (SURROGATE.test(k) || !plain(v[k], depth + 1)) return false;
        return true;
      }
      default: return false;
    }
  };
  try {
    if (answers === null || typeof answers !== 'object' || Array.isArray(answers) || !plain(answers, 0)) return null;
    return JSON.stringify(answers);
  } catch {
    return null; // a property that throws when read: the module names it
  }
}

/**
 * `m.evaluateLean(answers)`, or `m.decide(answers)` with `decide` (`m`: the page module, or
 * www/engine.js's engine): through jsonText() and the module's evaluateText()/decideText() where
 * the module reads the text straight into answers, else with the object (which also names what
 * is wrong with it).
 */
export function lean(m, answers, decide = false) {
  const text = jsonText(answers);
  const read = text === null ? undefined : decide ? m.decideText(text) : m.evaluateText(text);
  return read ?? (decide ? m.decide(answers) : m.evaluateLean(answers));
}

/** Per catalogue set (`cats`): the catalogues it held and, per table, what each id joins to (built on first use). */
const joins = new WeakMap();

/** The lookups for `cats` as it is now: made again when a language was loaded or a catalogue replaced. */
function joinsFor(cats, langs) {
  const list = langs.map((l) => cats[l]);
  let j = joins.get(cats);
  if (j === undefined || j.list.length !== list.length || j.list.some((c, i) => c !== list[i] || j.langs[i] !== langs[i])) {
    j = { list, langs, rules: new Map(), schemes: new Map(), documents: new Map(), notes: new Map(), steps: new Map() };
    joins.set(cats, j);
  }
  return j;
}

/**
 * The page module's outcome with its texts and sources put back from `cats` ({ sv, en }: the
 * catalogues loaded so far): texts carry the languages loaded (the page's own; both once the other
 * has been asked for). Throws, naming the entry, when a catalogue lacks one. `lean` is filled in
 * place (it is fresh from JSON.parse and nobody else's) and returned. Each text is an object of
 * its own ({ sv, en }, copied from the one kept per id); sources are the catalogue's own objects.
 */
export function withTexts(lean, cats) {
  const langs = Object.keys(cats);
  const any = cats[langs[0]];
  const j = joinsFor(cats, langs);
  /** The entry `id` of `table` in catalogue `c`; a catalogue from another build lacks some, and says so. */
  const get = (c, table, id) => c[table][id] ?? (() => { throw new Error(`${c.lang} texts: no ${table} ${id} (a catalogue from another build?)`); })();
  /** What `id` of `table` joins to: `text` (its `field`, or the entry itself, in each language) and
   * `also` (`also` of the first language's entry), kept for the next time. */
  const entry = (table, id, field, also) => {
    const seen = j[table].get(id);
    if (seen !== undefined) return seen;
    const text = {};
    for (const l of langs) {
      const e = get(cats[l], table, id);
      text[l] = field ? e[field] : e;
    }
    const made = { text, also: also ? get(any, table, id)[also] : undefined };
    j[table].set(id, made);
    return made;
  };
  const rule = (id) => entry('rules', id, 'text', 'source');
  const reason = (r) => {
    const e = rule(r.rule);
    r.text = { ...e.text };
    r.source = e.also;
  };
  for (const s of lean.schemes) {
    s.name = { ...entry('schemes', s.id).text };
    s.reasons.forEach(reason);
    for (const m of s.measures) m.reasons.forEach(reason);
    for (const d of s.documents) d.text = { ...entry('documents', d.id).text };
    for (const c of s.changes) {
      c.texts = c.rules.map((id) => ({ ...rule(id).text }));
      c.sources = c.rules.map((id) => rule(id).also);
    }
    const step = s.next_step;
    if (step) {
      const e = entry('steps', step.id, 'how', 'url');
      step.how = { ...e.text };
      step.url = e.also;
      delete step.id;
    }
  }
  for (const n of lean.notes) {
    const e = entry('notes', n.id, 'text', 'sources');
    n.text = { ...e.text };
    n.sources = e.also;
  }
  for (const x of lean.combined) {
    x.text = { ...rule(x.rules[0]).text };
    x.sources = x.rules.map((id) => rule(id).also);
  }
  return lean;
}
