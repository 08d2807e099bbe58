// The page module's outcome joined with its texts: rule, document, note and step ids in, the
// outcome of docs/API.md §2 out. The one join in JavaScript, used by the page (www/engine.js) and
// by the public API (www/api.js, built to pkg/rehabkollen.js); the CLI joins natively
// (crates/core/src/explain.rs), and a test holds the two equal on every case file.

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
