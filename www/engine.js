// Every call into the rules engine goes through here; views never call it, they render what this
// returns. The questionnaire runs on the page's module, whose outcome carries ids instead of texts
// and sources; they are put back here from the text catalogues loaded so far (www/load.js), so the
// views see the outcome of api.md §2. A test holds it equal to the full module's evaluate().
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
 * has been asked for). Throws, naming the entry, when a catalogue lacks one.
 */
export function withTexts(lean, cats) {
  const langs = Object.keys(cats);
  const any = cats[langs[0]];
  /** The entry `id` of `table` in catalogue `c`; a catalogue from another build lacks some, and says so. */
  const get = (c, table, id) => c[table][id] ?? (() => { throw new Error(`${c.lang} texts: no ${table} ${id} (a catalogue from another build?)`); })();
  const text = (table, id, field) => Object.fromEntries(langs.map((l) => {
    const entry = get(cats[l], table, id);
    return [l, field ? entry[field] : entry];
  }));
  const reason = (r) => ({ ...r, text: text('rules', r.rule, 'text'), source: get(any, 'rules', r.rule).source });
  const step = ({ id, ...s }) => ({ ...s, how: text('steps', id, 'how'), url: get(any, 'steps', id).url });
  return {
    ...lean,
    schemes: lean.schemes.map((s) => ({
      ...s,
      name: text('schemes', s.id),
      reasons: s.reasons.map(reason),
      measures: s.measures.map((m) => ({ ...m, reasons: m.reasons.map(reason) })),
      documents: s.documents.map((d) => ({ ...d, text: text('documents', d.id) })),
      ...(s.next_step ? { next_step: step(s.next_step) } : {}),
    })),
    notes: lean.notes.map((n) => ({ ...n, text: text('notes', n.id, 'text'), sources: get(any, 'notes', n.id).sources })),
    combined: lean.combined.map((x) => ({ ...x, text: text('rules', x.rules[0], 'text'), sources: x.rules.map((id) => get(any, 'rules', id).source) })),
  };
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
