// The page module's outcome joined with its texts: rule, document, note and step ids in, the
// outcome of docs/API.md §2 out. The one join in JavaScript, used by the page (www/engine.js) and
// by the public API (www/api.js, built to pkg/rehabkollen.js); the CLI joins natively
// (crates/core/src/explain.rs), and a test holds the two equal on every case file. Also the answers
// going in: as JSON text where that reads the same as the object (answersText, below).

/**
 * The page module's outcome with its texts and sources put back from `cats` ({ sv, en }: the
 * catalogues loaded so far): texts carry the languages loaded (the page's own; both once the other
 * has been asked for). Throws, naming the entry, when a catalogue lacks one. `lean` is filled in
 * place (it is fresh from JSON.parse and nobody else's) and returned.
 */
export function withTexts(lean, cats) {
  const langs = Object.keys(cats);
  const any = cats[langs[0]];
  /** The entry `id` of `table` in catalogue `c`; a catalogue from another build lacks some, and says so. */
  const get = (c, table, id) => c[table][id] ?? (() => { throw new Error(`${c.lang} texts: no ${table} ${id} (a catalogue from another build?)`); })();
  const text = (table, id, field) => {
    const out = {};
    for (const l of langs) {
      const entry = get(cats[l], table, id);
      out[l] = field ? entry[field] : entry;
    }
    return out;
  };
  const reason = (r) => {
    r.text = text('rules', r.rule, 'text');
    r.source = get(any, 'rules', r.rule).source;
  };
  for (const s of lean.schemes) {
    s.name = text('schemes', s.id);
    s.reasons.forEach(reason);
    for (const m of s.measures) m.reasons.forEach(reason);
    for (const d of s.documents) d.text = text('documents', d.id);
    for (const c of s.changes) {
      c.texts = c.rules.map((id) => text('rules', id, 'text'));
      c.sources = c.rules.map((id) => get(any, 'rules', id).source);
    }
    const step = s.next_step;
    if (step) {
      step.how = text('steps', step.id, 'how');
      step.url = get(any, 'steps', step.id).url;
      delete step.id;
    }
  }
  for (const n of lean.notes) {
    n.text = text('notes', n.id, 'text');
    n.sources = get(any, 'notes', n.id).sources;
  }
  for (const x of lean.combined) {
    x.text = text('rules', x.rules[0], 'text');
    x.sources = x.rules.map((id) => get(any, 'rules', id).source);
  }
  return lean;
}


// ---- answers in ------------------------------------------------------------------------------
// The other half of the boundary: the page module reads an answers object one property at a time
// across it (crates/js from_js), which costs most of a small call's time; a JSON text crosses in
// one copy. So the answers go in as text whenever the text reads exactly as the object would, and
// as the object otherwise, which the module then refuses with its own message naming the field.

/** The module's limits on the answers object (crates/js ANSWERS_NODES, crates/core MAX_DEPTH). */
const MAX_VALUES = 200_000;
const MAX_DEPTH = 32;
/** A UTF-16 surrogate without its other half: it reads differently from text and from an object. */
const SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * `answers` as JSON text, when it is plain data that the module reads the same as text as it would
 * as an object: plain objects (their own enumerable keys, each read once), lists, texts without
 * a lone surrogate, whole numbers within ±2^53 other than -0, true, false, null and undefined (null in
 * both), within the module's nesting and size limits. Anything else (a Date, a Map, NaN, 1.5, a
 * BigInt, a getter that throws, …) gives null: the caller passes the object itself.
 */
export function answersText(answers) {
  let left = MAX_VALUES;
  const write = (v, depth) => {
    if (left === 0 || depth > MAX_DEPTH) return null;
    left--;
    switch (typeof v) {
      case 'string': return SURROGATE.test(v) ? null : JSON.stringify(v);
      case 'number': return Number.isSafeInteger(v) && !Object.is(v, -0) ? String(v) : null;
      case 'boolean': return v ? 'true' : 'false';
      case 'undefined': return 'null';
      case 'object': break;
      default: return null;
    }
    if (v === null) return 'null';
    if (Array.isArray(v)) {
      const items = [];
      for (let i = 0; i < v.length; i++) {
        const item = write(v[i], depth + 1);
        if (item === null) return null;
        items.push(item);
      }
      return `[${items.join(',')}]`;
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) return null;
    const fields = [];
    for (const k of Object.keys(v)) {
      if (SURROGATE.test(k)) return null;
      const item = write(v[k], depth + 1);
      if (item === null) return null;
      fields.push(`${JSON.stringify(k)}:${item}`);
    }
    return `{${fields.join(',')}}`;
  };
  try {
    // The whole argument must be an object, as the module requires.
    return answers !== null && typeof answers === 'object' && !Array.isArray(answers) ? write(answers, 0) : null;
  } catch {
    return null; // a getter or a proxy that throws: the module reads the object and says where
  }
}
