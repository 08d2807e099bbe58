// Every call into the rules engine goes through here; views never call it, they render what this
// returns. The page's module returns ids instead of texts and sources; they are joined here with
// the text catalogues loaded so far (www/load.js, www/join.js), so the views see the outcome of
// docs/API.md §2. A test holds it equal to the CLI's on every case file.
import { catalogueId, PER_MEASURE, perMeasure, readsProvider } from './state.js';
import { lean as leanOf, withTexts } from './join.js';
import { usePages } from './steps.js';

/** The catalogue of one language, indexed: question(path) finds "measures[2].cost_ore" too. */
function indexCatalogue(cat) {
  usePages(cat.questions);
  const byId = new Map(cat.questions.map((q) => [q.id, q]));
  const question = (path) => byId.get(catalogueId(path));
  return {
    /** The catalogue as the engine wrote it (texts-<lang>.json): what www/advice.js reads. */
    texts: cat,
    questions: cat.questions,
    groups: cat.groups,
    /** Every scheme's id, as the catalogue names them. */
    schemes: Object.keys(cat.schemes),
    question,
    /** The title of the page a source without a stored copy names first (its `ref`), or null. */
    pageTitle: (src) => cat.pages?.[src.ref?.split(',')[0].trim()] ?? null,
    /** The label of a closed answer, or the value itself. */
    label: (path, value) => question(path)?.options?.find((o) => o.value === value)?.label ?? String(value),
  };
}

/** Up to this many measures each is probed (a judgement of it alone, with the top level, each);
 * beyond it the question is asked once, for the provider, as the engine names it, and a measure's
 * own answer shows while it is given. The limit was set when each probe judged the whole document
 * (40 measures took 50 ms a keystroke); a probe of one measure is cheap, but it is kept so that
 * what a case of more measures is asked stays as it was. */
const PROBE_UP_TO = 8;

/**
 * Provider questions asked per measure (state.js PER_MEASURE): for each, whether it is `asked` per
 * measure, the measures whose own answer is open and matters (`open`), and those whose own answer
 * still counts (`relevant`), as answer paths. `next(answers)` is the engine's next_questions for
 * `answers`. The engine names a provider question once (docs/API.md §2) and reads it for each
 * measure that does not answer it itself. Measure i's own answer matters exactly when the engine
 * still asks the provider question with the provider's answer and measure i's own taken away and
 * every other measure answering for itself.
 *
 * Only a measure's status reads a provider question asked per measure, and a status depends on the
 * top level and that measure alone; a verdict or an amount changes only with a status. So each
 * measure is probed alone, in a document of the top level and that measure: the question is asked
 * there exactly when it is asked of the whole document for that measure's sake, and one measure
 * judges in a fraction of the time of many; a probe made before is not judged again. A measure
 * whose own answer is null or "Vet ej" reads the provider's too, so while measure i is probed the
 * question is asked for such a measure's sake as well: it is asked for i's exactly when it is
 * asked of i alone or of one of those alone.
 * tests/js/per-measure.test.mjs holds this to probes of the whole document.
 */
export function perMeasureOf(next, answers, outcome) {
  const out = {};
  // The engine's answer for each probe made, by its JSON: measures alike (several added and not yet
  // answered) and a measure probed for both questions while it answers neither make the same probe.
  const made = new Map();
  const nextOf = (probe) => {
    const key = JSON.stringify(probe);
    if (!made.has(key)) made.set(key, next(probe));
    return made.get(key);
  };
  for (const field of PER_MEASURE) {
    if (!perMeasure(answers, field)) continue;
    const top = `provider.${field}`;
    const measures = answers.measures;
    const own = (i) => measures[i].provider?.[field] !== undefined;
    const path = (i) => `measures[${i}].${top}`;
    const all = measures.map((_, i) => i);
    if (measures.length > PROBE_UP_TO) {
      out[top] = { asked: false, open: [], relevant: all.filter(own).map(path) };
      continue;
    }
    const memo = new Map();
    // Whether the question is asked of the top level and measure i alone, neither answering it.
    const alone = (i) => {
      if (!memo.has(i)) {
        const probe = { ...answers, measures: [{ ...measures[i] }] };
        if (answers.provider) {
          probe.provider = { ...answers.provider };
          delete probe.provider[field];
        }
        const [m] = probe.measures;
        if (m.provider) {
          m.provider = { ...m.provider };
          delete m.provider[field];
        }
        memo.set(i, nextOf(probe).includes(top));
      }
      return memo.get(i);
    };
    const readers = all.filter((j) => readsProvider(measures[j].provider?.[field]));
    const asks = (i) => alone(i) || readers.some((j) => j !== i && alone(j));
    const open = answers.provider?.[field] === undefined && outcome.next_questions.includes(top)
      ? all.filter((i) => !own(i) && asks(i)).map(path) : [];
    out[top] = { asked: true, open, relevant: all.filter((i) => own(i) && asks(i)).map(path) };
  }
  return Object.keys(out).length ? out : null;
}

/** How many probes' answers (perMeasureOf()) are kept between changes: a keystroke in one measure
 * changes that measure's probes only, so the others' are taken from before. */
const PROBES_KEPT = 64;

/** `engine`: the `engine` of www/load.js's engineLoader(), started. */
export function connect(engine) {
  const catalogues = {};
  const leans = new WeakMap(); // outcome → the engine's JSON it was joined from
  // Probe (its JSON, with the day: a document without a date is judged on today's) → the engine's
  // next_questions for it; the last PROBES_KEPT used, the least recently used given up first.
  const probed = new Map();
  const nextOf = (probe) => {
    const key = `${new Date().toDateString()} ${JSON.stringify(probe)}`;
    let next = probed.get(key);
    if (next === undefined) {
      next = JSON.parse(leanOf(engine, probe)).next_questions;
      if (probed.size >= PROBES_KEPT) probed.delete(probed.keys().next().value);
    } else probed.delete(key);
    probed.set(key, next);
    return next;
  };
  return {
    /** Resolves once the catalogue of `lang` is loaded. */
    load: (lang) => engine.loadTexts(lang),
    catalogue: (lang) => (catalogues[lang] ??= indexCatalogue(engine.texts[lang])),
    /** { outcome } or { error: { path, sv, en } } for answers the engine refuses; never throws. */
    evaluate(answers) {
      try {
        const lean = leanOf(engine, answers);
        const outcome = withTexts(JSON.parse(lean), engine.texts);
        leans.set(outcome, lean);
        return { outcome };
      } catch (e) {
        // The engine's refusals come worded in both languages; anything else (a JavaScript error
        // thrown while reading the value) goes to the console, and the page words it (ui.js errorText).
        if (e?.sv === undefined) console.error('Rehabkollen:', e?.message ?? e);
        return { error: { path: e?.path ?? null, sv: e?.sv, en: e?.en } };
      }
    },
    /** `outcome` (of evaluate()) with the texts of every language loaded now, without judging the
     * answers again (500 measures take a while): what a language switch needs. */
    withLoadedTexts(outcome) {
      const lean = leans.get(outcome);
      if (lean === undefined) return outcome;
      try {
        const joined = withTexts(JSON.parse(lean), engine.texts);
        leans.set(joined, lean);
        return joined;
      } catch (e) {
        console.error('Rehabkollen:', e?.message); // a catalogue from another build: the texts as they were
        return outcome;
      }
    },
    /** state.perMeasure for answers the engine judged to `outcome` (state.js PER_MEASURE). */
    perMeasure: (answers, outcome) => perMeasureOf(nextOf, answers, outcome),
    version: () => Object.values(engine.texts)[0]?.version ?? null,
    /** The provider tools' engine (their own module), loaded on first use. */
    provider: () => engine.provider(),
  };
}
