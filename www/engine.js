// Every call into the rules engine goes through here; views never call it, they render what this
// returns. The questionnaire runs on the page's module, whose outcome carries ids instead of texts
// and sources; they are put back here from the text catalogues loaded so far (www/load.js), so the
// views see the outcome of docs/API.md §2. A test holds it equal to the full module's evaluate().
import { catalogueId } from './state.js';

/** The catalogue of one language, indexed: question(path) finds "measures[2].cost_ore" too. */
function indexCatalogue(cat) {
  const byId = new Map(cat.questions.map((q) => [q.id, q]));
  const question = (path) => byId.get(catalogueId(path));
  return {
    questions: cat.questions,
    groups: cat.groups,
    question,
    /** The label of a closed answer, or the value itself. */
    label: (path, value) => question(path)?.options?.find((o) => o.value === value)?.label ?? String(value),
  };
}

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

/** `engine`: the `engine` of www/load.js's engineLoader(), started. */
export function connect(engine) {
  const catalogues = {};
  return {
    /** Resolves once the catalogue of `lang` is loaded. */
    load: (lang) => engine.loadTexts(lang),
    catalogue: (lang) => (catalogues[lang] ??= indexCatalogue(engine.texts[lang])),
    /** { outcome } or { error: { path, sv, en } } for answers the engine refuses; never throws. */
    evaluate(answers) {
      try {
        return { outcome: withTexts(JSON.parse(engine.evaluateLean(answers)), engine.texts) };
      } catch (e) {
        return { error: { path: e?.path ?? null, sv: e?.sv ?? String(e?.message ?? e), en: e?.en ?? String(e?.message ?? e) } };
      }
    },
    version: () => Object.values(engine.texts)[0]?.version ?? null,
    /** The provider tools' engine (the full module), loaded on first use. */
    provider: () => engine.full(),
  };
}
