// The page module's outcome joined with its texts: rule, document, note and step ids in, the
// outcome of docs/API.md §2 out. The one join in JavaScript, used by the page (www/engine.js) and
// by the public API (www/api.js, built to pkg/rehabkollen.js); the CLI joins natively
// (crates/core/src/explain.rs), and a test holds the two equal on every case file.

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

