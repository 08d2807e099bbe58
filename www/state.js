// The one state object every view renders from, and the small pure helpers around it: answer
// paths, the roles and the schemes each role sees. Nothing here calls the engine or touches the DOM.
// Input changes this object (ui.js's act, provider.js's for the provider tools) and the page is
// rendered again from it; what the user opened, typed, was told or left is here, not in the DOM or
// in a view's closure. Outside it are only effects in flight: a timer, a load under way, the
// modules loaded.

/** Who the user is decides which schemes are judged (answers.scope, docs/API.md §7, "Scope") and whether
 * the measure is asked first: it is what an employer or a provider comes with. The roles are the
 * page's decision, made here only; the scheme ids are the catalogue's (its `schemes`, which also
 * lists every scheme), and tests/js/roles.test.mjs holds each one to it. */
export const ROLES = {
  employer: { scope: ['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat'], measuresFirst: true },
  provider: { scope: ['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat'], measuresFirst: true },
  person: { scope: ['fk_samordning'], measuresFirst: false },
  region: { scope: null, measuresFirst: true }, // every scheme, the guarantee included
};

/** The questions a measure's own page asks together: what, who performs it, what it costs, when. */
export const MEASURE_BASICS = ['kind', 'provider.performer', 'cost_ore', 'date'];

const split = new Map();
/** Splits "measures[2].cost_ore" into ["measures", 2, "cost_ore"] (a list shared by every call: not to be changed). */
export function parts(path) {
  let ks = split.get(path);
  if (!ks) {
    ks = Object.freeze(path.split(/\.|\[(\d+)\]\.?/).filter((p) => p !== undefined && p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p)));
    // Every view reads each answer on every keystroke; the paths are the catalogue's, times the measures.
    if (split.size > 10000) split.clear();
    split.set(path, ks);
  }
  return ks;
}
export function getAt(obj, path) {
  return parts(path).reduce((o, k) => (o == null ? undefined : o[k]), obj);
}
/** The provider's question a measure's own provider answer stands for ("measures[2].provider.performer"
 * → "provider.performer"), else null. */
export function providerPath(path) {
  const m = /^measures\[\d+\]\.(provider\..+)$/.exec(path);
  return m ? m[1] : null;
}
/** A measure's answer as the engine reads it (docs/API.md §1, `Ctx::provider`): its own, else, for
 * a provider question (its performer), the provider's, given once for every measure that gives
 * none; an own answer that is null or "unknown" counts as none there, so the provider's is read
 * when it gives one. The page shows, checks and lists that; only the user's own choice at the
 * measure writes its own (setAnswer()). */
export function answerOf(answers, path) {
  const own = getAt(answers, path);
  const top = providerPath(path);
  if (!top || (own != null && own !== 'unknown')) return own;
  const given = getAt(answers, top);
  return given != null && given !== 'unknown' ? given : own ?? given;
}
export function setAt(obj, path, value) {
  const ks = parts(path);
  let o = obj;
  for (const k of ks.slice(0, -1)) {
    if (o[k] == null) o[k] = {};
    o = o[k];
  }
  const last = ks[ks.length - 1];
  if (value === undefined) delete o[last];
  else o[last] = value;
}
/** Whether anything is answered ("Vet ej" and an empty list are answers; the scope is not one). */
export function hasAnswers(answers) {
  const any = (v, key) => {
    if (key === 'scope' || v === undefined) return false;
    if (Array.isArray(v)) return key !== 'measures' || v.some((m) => any(m));
    if (v && typeof v === 'object') return Object.entries(v).some(([k, x]) => any(x, k));
    return true;
  };
  return any(answers);
}
export const clone = (x) => (x === undefined ? undefined : JSON.parse(JSON.stringify(x)));
export const emptyAnswers = () => ({ employer: {}, person: {}, provider: {}, measures: [] });

/** The catalogue id of an answer path: "measures[1].cost_ore" → "measures[].cost_ore";
 * a measure's own performer is asked with the provider question. */
export function catalogueId(path) {
  return providerPath(path) ?? path.replace(/^measures\[\d+\]/, 'measures[]');
}
export const measureIndex = (path) => {
  const m = path.match(/^measures\[(\d+)\]/);
  return m ? Number(m[1]) : null;
};

/**
 * A path as far as it names fields: its segments up to the first that is no field name or index.
 * A refused key is the host's or the file's own word and could be anything, a personnummer too;
 * what leaves the page (an event, the console) names the field it is in, never the key itself.
 */
export function namedPath(path) {
  const kept = [];
  for (const seg of String(path).match(/[^.[\]]+|\[\d+\]/g) ?? []) {
    if (!/^([a-z][a-z_]*|\[\d+\])$/.test(seg)) break;
    kept.push(seg);
  }
  return kept.join('.').replaceAll('.[', '[') || 'answers';
}

/** Provider questions a measure answers for itself when there are several measures: each performer
 * has their own competence, and each measure its own performer (one of its basics, asked on its
 * page). With one measure they are asked once, for the provider, as the engine names them
 * (docs/API.md §2): the measure's page then reads and writes the provider's performer (setAnswer()). */
export const PER_MEASURE = ['performer', 'competence'];

/** Whether the provider's answer `provider.<field>` is one every measure shows as its own basic
 * (its performer): then the provider's is never asked or listed on its own while there are measures. */
export const basicOfMeasure = (field) => MEASURE_BASICS.includes(`provider.${field}`);

/** The provider's answers to `fields` (of PER_MEASURE), given once for every measure, become the own
 * answer of each measure that gives none (README "A performer given once"). */
export function separate(answers, fields = PER_MEASURE) {
  const measures = answers.measures || [];
  if (!measures.length) return;
  for (const field of fields) {
    const given = answers.provider?.[field];
    if (given === undefined) continue;
    for (const m of measures) if (m.provider?.[field] === undefined) m.provider = { ...m.provider, [field]: given };
    delete answers.provider[field];
  }
}

/** Before a measure is added, so that it is asked its own rather than shown one given for the
 * others: the performer (every measure's page asks it) always; the others (the competence) when the
 * second comes, as from then on they are asked per measure. */
export const separateForNew = (answers) => separate(answers, (answers.measures || []).length === 1 ? PER_MEASURE : PER_MEASURE.filter(basicOfMeasure));

/** Sets an answer as the user gave it. A measure's own answer to a question of PER_MEASURE is the
 * provider's while there is one measure with none of its own: the question is asked once (with its
 * "Vet ej", which would otherwise send the engine to the provider's and ask it again). A measure's
 * own "Vet ej" would read the provider's given once (the engine's fallback), so then that one
 * becomes each measure's own first. */
export function setAnswer(answers, path, value) {
  const top = providerPath(path);
  const field = top?.slice('provider.'.length);
  if (top && PER_MEASURE.includes(field)) {
    const measures = answers.measures || [];
    // The first measure's page, before or once its measure is there (measures may still be empty).
    if (measures.length <= 1 && measureIndex(path) === 0 && measures[0]?.provider?.[field] === undefined) return setAt(answers, top, value);
    // A measure's own "Vet ej" would read the provider's given once (the engine's fallback), one
    // measure or many: that one becomes each measure's own first, so the "Vet ej" holds.
    if (value === 'unknown') separate(answers, [field]);
  }
  return setAt(answers, path, value);
}

/** Whether the provider question `field` is asked per measure: several measures, or one that already answers it for itself. */
export const perMeasure = (answers, field) => (answers.measures || []).length > 1
  || (answers.measures || []).some((m) => m.provider?.[field] !== undefined);

/** An own answer the engine reads as not given, so that the measure reads the provider's (Ctx::provider). */
export const readsProvider = (own) => own === null || own === 'unknown';

/**
 * Where the page asks the engine's open question `path`, as answer paths in measure order: the
 * question itself, or, for a provider question asked per measure (state.perMeasure, worked out by
 * engine.js), each measure whose own answer decides it: one that gives none (its `open`), and one
 * whose own answer is null or "Vet ej", which the engine reads as none, reading the provider's
 * instead, so that the question is still asked for it (among its `relevant`). A performer not
 * probed (many measures): the measures that answer it neither themselves nor through the
 * provider ("Vet ej" given once for the provider is an answer there). [] when the page asks it
 * nowhere ("Vet ej" given once for the provider in a file, while the measures are asked their
 * own). The one place the engine's names become the page's: the open questions (nextPaths()) and
 * the result's "Svar som behövs" with its "Svara" (advice.js openAcross()) both go by it.
 */
export function askedAs(state, path) {
  const per = state.perMeasure?.[path];
  if (!per) return [path];
  const own = (state.answers.measures || []).map((_, i) => `measures[${i}].${path}`);
  if (per.asked) {
    const open = new Set(per.open);
    const relevant = new Set(per.relevant);
    return own.filter((q) => open.has(q) || (relevant.has(q) && readsProvider(getAt(state.answers, q))));
  }
  // Not probed: a performer is asked on the pages of the measures that give none; the competence
  // once, for the provider, as the engine names it.
  if (!basicOfMeasure(path.slice('provider.'.length))) return [path];
  return own.filter((q) => answerOf(state.answers, q) === undefined);
}

/** The open questions, best first: the engine's, each where the page asks it (askedAs()). */
export function nextPaths(state) {
  return (state.outcome?.next_questions ?? []).flatMap((p) => askedAs(state, p));
}

/** The questions that matter now: open and relevant, or answered and still deciding something. A
 * keystroke asks for them several times (the folds, the view), so the set is kept for its outcome
 * as long as the answers and state.perMeasure are the ones it was made from (both are replaced,
 * never changed, when the answers change); it is only read, never changed. */
const relevantOf = new WeakMap(); // outcome → { answers, perMeasure, set }
export function relevantPaths(state) {
  const o = state.outcome;
  const kept = o ? relevantOf.get(o) : undefined;
  if (kept && kept.answers === state.answers && kept.perMeasure === state.perMeasure) return kept.set;
  const per = Object.values(state.perMeasure ?? {});
  const set = new Set([...nextPaths(state), ...(o?.answered_relevant ?? []), ...per.flatMap((x) => x.relevant)]);
  if (o) relevantOf.set(o, { answers: state.answers, perMeasure: state.perMeasure, set });
  return set;
}

/** A question is open while it has no answer at all; "Vet ej" is an answer (it may be asked again). */
export const isOpen = (answers, path) => getAt(answers, path) === undefined;

/** The schemes to judge: the host's scope, else every scheme when asked for, else the role's;
 * undefined when nothing decides it (then the answers' own `scope`, if any, stands). */
export function scopeFor(state) {
  if (state.scope) return state.scope;
  if (state.allSchemes) return null;
  if (state.role) return ROLES[state.role].scope;
  return undefined;
}

/** The schemes the page shows: scopeFor(), else the answers' own `scope`; null for every scheme. */
export const shownScope = (state) => scopeFor(state) ?? state.answers.scope ?? null;

export function createState(options) {
  return {
    lang: options.lang === 'en' ? 'en' : 'sv',
    role: ROLES[options.role] ? options.role : null,
    scope: Array.isArray(options.scope) ? [...options.scope] : null, // fixed by the host
    allSchemes: false,
    answers: options.answers ? clone(options.answers) : emptyAnswers(),
    outcome: null,
    view: options.start === 'provider' ? 'provider' : 'start',
    step: null, // { key, paths } on the question view
    // "Svara" in the result's open questions: answering them one after another, { seen: [paths
    // shown] }, back to the result when none is left (ui.js act.walk); else null.
    walk: null,
    // A change begun with "Ändra" on "Kontrollera dina svar", while its pages show: { path (the
    // row's answer), y (where the check page was scrolled), open (the questions open before) };
    // "Fortsätt" asks only what the change newly opened, then returns to that row (ui.js); else null.
    changing: null,
    // A measure just added with "Lägg till en insats", while its page shows: { index, before (the
    // answers before it was added) }; left with nothing answered, it is taken back (ui.js show()).
    adding: null,
    // The places (a view, and the step on the question view) in the order they were shown, one per
    // entry of the browser's history when the page keeps one (ui.js), and where the user is in it.
    trail: [],
    at: -1,
    // Per measure, for each provider question asked per measure (state.js PER_MEASURE) while it is:
    // { "provider.competence": { asked, open: [paths], relevant: [paths] } } (engine.js); null otherwise.
    perMeasure: null,
    saved: null, // the answers as last saved to or opened from a file (JSON), or as given at the start
    drafts: {}, // path → text typed but not (yet) a valid answer; survives a language switch
    errors: {}, // path → { sv, en }, the message at the field (a typing error or the engine's; `role` on the start page)
    summary: null, // the question page's error summary as at the last "Fortsätt": [{ path, text: { sv, en } }]
    notice: null, // { kind, text, undo? } at the top of the view it came with, until the user moves on
    undo: null, // the answers before "Börja om"
    measuresSkipped: false,
    seenCheck: false,
    // Which <details> are open, by what each belongs to, so it stays with it when the page is drawn
    // again or reordered: `assessed:<scheme id>` ("Så har vi bedömt"), `why:<answer path>`
    // ("Varför frågar vi?"), `answers:<measure path>` (a measure's answers on the check page), `menu`;
    // and `more:<list>`: how many items of a long list show (views/parts.js firstOf()).
    open: {},
    // "Alla frågor på en sida": path → true for each question shown since the view opened. One that
    // stops mattering folds in its place (nothing below moves); one never shown stays hidden.
    placed: {},
    // path → the answer path whose answer last made that question stop mattering, so a folded
    // question says which answer folded it (fields.js), wherever on the page that answer is.
    foldedBy: {},
    announced: '', // the result line the live region last said
    // "Alla frågor": the measure just removed there, { index, text: { sv, en } }, said where it was
    // until the view or the case changes or a measure is added (ui.js removeMeasure()).
    removed: null,
    waiting: false, // something the user asked for waits for the engine, still loading (ui.js whenReady)
    provider: 'closed', // the provider tools: closed (never opened) | loading | ready | failed
    invoice: null, // the provider tools' own state (provider.js emptyInvoice()), from their first opening
  };
}
