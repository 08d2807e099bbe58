// The one state object every view renders from, and the small pure helpers around it: answer
// paths, the roles and the schemes each role sees. Nothing here calls the engine or touches the DOM.
// Input changes this object (ui.js's act, provider.js's for the provider tools) and the page is
// rendered again from it; what the user opened, typed, was told or left is here, not in the DOM or
// in a view's closure. Outside it are only effects in flight: a timer, a load under way, the
// modules loaded.

/** Who the user is decides which schemes are judged (answers.scope, docs/API.md §7, "Scope") and whether
 * the measure is asked first: it is what an employer or a provider comes with. */
export const ROLES = {
  employer: { scope: ['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat'], measuresFirst: true },
  provider: { scope: ['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat'], measuresFirst: true },
  person: { scope: ['fk_samordning'], measuresFirst: false },
  region: { scope: null, measuresFirst: true }, // every scheme, the guarantee included
};
export const ALL_SCHEMES = ['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat', 'rehabiliteringsgarantin', 'fk_samordning'];

/** The questions a measure's own page asks together: what, who performs it, what it costs, when. */
export const MEASURE_BASICS = ['kind', 'provider.performer', 'cost_ore', 'date'];

/** Splits "measures[2].cost_ore" into ["measures", 2, "cost_ore"]. */
export function parts(path) {
  return path.split(/\.|\[(\d+)\]\.?/).filter((p) => p !== undefined && p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
export function getAt(obj, path) {
  return parts(path).reduce((o, k) => (o == null ? undefined : o[k]), obj);
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
export const clone = (x) => (x === undefined ? undefined : JSON.parse(JSON.stringify(x)));
export const emptyAnswers = () => ({ employer: {}, person: {}, provider: {}, measures: [] });

/** The catalogue id of an answer path: "measures[1].cost_ore" → "measures[].cost_ore";
 * a measure's own performer is asked with the provider question. */
export function catalogueId(path) {
  const m = path.match(/^measures\[\d+\]\.(provider\..+)$/);
  return m ? m[1] : path.replace(/^measures\[\d+\]/, 'measures[]');
}
export const measureIndex = (path) => {
  const m = path.match(/^measures\[(\d+)\]/);
  return m ? Number(m[1]) : null;
};

/** The questions that matter now: open and relevant, or answered and still deciding something. */
export const relevantPaths = (outcome) => new Set([...(outcome?.next_questions ?? []), ...(outcome?.answered_relevant ?? [])]);

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
    history: [], // steps behind the current one, for the back link
    drafts: {}, // path → text typed but not (yet) a valid answer; survives a language switch
    errors: {}, // path → { sv, en }, the message at the field (a typing error or the engine's; `role` on the start page)
    summary: null, // the question page's error summary as at the last "Fortsätt": [{ path, text: { sv, en } }]
    notice: null, // { kind, text, undo? } at the top of the view it came with, until the user moves on
    undo: null, // the answers before "Börja om"
    measuresSkipped: false,
    seenCheck: false,
    // Which <details> are open, by what each belongs to, so it stays with it when the page is drawn
    // again or reordered: `assessed:<scheme id>` ("Så har vi bedömt"), `why:<answer path>`
    // ("Varför frågar vi?"), `menu`.
    open: {},
    // "Alla frågor på en sida": path → true for each question shown since the view opened. One that
    // stops mattering folds in its place (nothing below moves); one never shown stays hidden.
    placed: {},
    announced: '', // the result line the live region last said
    provider: 'closed', // the provider tools: closed (never opened) | loading | ready | failed
    invoice: null, // the provider tools' own state (provider.js emptyInvoice()), from their first opening
  };
}
