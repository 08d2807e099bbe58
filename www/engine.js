// Every call into the rules engine goes through here; views never call it, they render what this
// returns. The page's module returns ids instead of texts and sources; they are joined here with
// the text catalogues loaded so far (www/load.js, www/join.js), so the views see the outcome of
// docs/API.md §2. A test holds it equal to the CLI's on every case file.
import { catalogueId } from './state.js';
import { withTexts } from './join.js';
import { usePages } from './steps.js';

/** The catalogue of one language, indexed: question(path) finds "measures[2].cost_ore" too. */
function indexCatalogue(cat) {
  usePages(cat.questions);
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
    /** The provider tools' engine (their own module), loaded on first use. */
    provider: () => engine.provider(),
  };
}
