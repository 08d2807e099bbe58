// Every call into the rules engine (the WebAssembly core) goes through here: the question
// catalogue and the evaluation. Views never call the engine; they render what this returns.
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

export function connect(engine) {
  const catalogues = {};
  return {
    catalogue: (lang) => (catalogues[lang] ??= indexCatalogue(engine.questions(lang))),
    /** { outcome } or { error: { path, sv, en } } for answers the engine refuses; never throws. */
    evaluate(answers) {
      try {
        return { outcome: engine.evaluate(answers) };
      } catch (e) {
        return { error: { path: e?.path ?? null, sv: e?.sv ?? String(e?.message ?? e), en: e?.en ?? String(e?.message ?? e) } };
      }
    },
    version: () => engine.version?.() ?? null,
  };
}
