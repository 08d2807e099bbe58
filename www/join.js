// The page module's boundary in JavaScript, used by the page (www/engine.js) and by the public API
// (www/api.js, built to pkg/rehabkollen.js): the answers handed over, as JSON text where the module
// reads them so (lean()), and the outcome joined with its texts: rule, document, note and step ids in,
// the outcome of docs/API.md §2 out. The one join in JavaScript; the CLI joins natively
// (crates/core/src/explain.rs), and a test holds the two equal on every case file.

// How deep and how many values plainCopy() looks through before it leaves the answers to the
// module's own reading (crates/js/src/lib.rs), which names what is too deep or too large: a
// valid answers document is five levels deep and at most about 16 500 values (500 measures).
const COPY_DEPTH = 8;
const COPY_VALUES = 50_000;

/**
 * `answers` as plain data, each value read once: a copy made of plain objects, lists, texts,
 * finite numbers, true, false and null (`undefined` copied as null, as the module reads it); null
 * where it holds anything else (a function, NaN, a Date, an object of a class of its own, …) or
 * goes past COPY_DEPTH or COPY_VALUES. Reads what the module's reading of the object reads: own
 * enumerable keys in order, lists by index, up to their length.
 */
function plainCopy(answers) {
  let left = COPY_VALUES;
  const copy = (v, depth) => {
    if (--left < 0) throw NOT_PLAIN;
    switch (typeof v) {
      case 'string': case 'boolean': return v;
      case 'number': if (Number.isFinite(v)) return v; throw NOT_PLAIN;
      case 'undefined': return null;
      case 'object': {
        if (v === null) return null;
        if (depth >= COPY_DEPTH) throw NOT_PLAIN;
        if (Array.isArray(v)) {
          const list = new Array(v.length);
          for (let i = 0; i < v.length; i++) list[i] = copy(v[i], depth + 1);
          return list;
        }
        const proto = Object.getPrototypeOf(v);
        if (proto !== Object.prototype && proto !== null) throw NOT_PLAIN;
        const o = {};
        for (const k of Object.keys(v)) {
          if (k === '__proto__') throw NOT_PLAIN; // would set the copy's prototype
          o[k] = copy(v[k], depth + 1);
        }
        return o;
      }
      default: throw NOT_PLAIN;
    }
  };
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) return null;
  try {
    return copy(answers, 0);
  } catch {
    return null; // not plain, or a property that throws when read
  }
}
const NOT_PLAIN = new Error('not plain data');

/**
 * `m.evaluateLean(answers)`, or `m.decide(answers)` with `decide` (`m`: the page module, or
 * www/engine.js's engine), for answers read once as plain data (plainCopy()) handed over as one
 * JSON text: the module reads it straight into answers (evaluateText, decideText) where it can,
 * in one crossing instead of several for each value. Where it cannot (a value it refuses, an
 * escape in a text, …) the copy is handed over as an object, which gives the answers or names
 * what is wrong. Answers that are not plain data are handed over as they are, and read again,
 * value by value: a getter there runs twice. The same outcome, or the same refusal, as the object
 * handed over alone (tests/js/text-in.test.mjs).
 */
export function lean(m, answers, decide = false) {
  const copy = plainCopy(answers);
  // A toJSON put on the prototypes of all objects or lists would change what JSON.stringify writes.
  const asText = copy !== null && Object.prototype.toJSON === undefined && Array.prototype.toJSON === undefined;
  if (!asText) return decide ? m.decide(answers) : m.evaluateLean(answers);
  const text = JSON.stringify(copy);
  return (decide ? m.decideText(text) : m.evaluateText(text)) ?? (decide ? m.decide(copy) : m.evaluateLean(copy));
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
