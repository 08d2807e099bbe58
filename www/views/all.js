// "Alla frågor på en sida", for experts and providers: every relevant question at once, the result
// beside them. Stable: a question that stops mattering folds in its place (state.placed holds what
// has been shown since the view opened), one that never mattered here stays hidden, and the page
// never scrolls on its own.
import { basicOfMeasure, MEASURE_BASICS, PER_MEASURE, perMeasure, relevantPaths } from '../state.js';
import { renderField } from '../fields.js';
import { resultActions, resultBody } from './result.js';
import { memo, memoOf } from '../dom.js';
import { firstOf } from './parts.js';

/** One measure's questions, in order: its basics, its other questions, its performer's competence
 * (while the provider questions are asked per measure). */
function measurePaths(ctx, i) {
  const { answers } = ctx.state;
  const more = ctx.cat().questions.filter((q) => q.section === 'measure' && !MEASURE_BASICS.includes(q.id.split('.')[1]));
  return [...MEASURE_BASICS.map((f) => `measures[${i}].${f}`), ...more.map((q) => q.id.replace('measures[]', `measures[${i}]`)),
    ...PER_MEASURE.filter((f) => !basicOfMeasure(f) && perMeasure(answers, f)).map((f) => `measures[${i}].provider.${f}`)];
}

/** The questions of the view, in order: the date, each measure's, then employer, person, provider. */
export function allPaths(ctx) {
  const qs = ctx.cat().questions;
  const measures = (ctx.state.answers.measures || []).flatMap((_, i) => measurePaths(ctx, i));
  // A performer given once for the provider is each measure's where it gives none: asked there, not again.
  const once = (id) => measures.length && id.startsWith('provider.') && basicOfMeasure(id.slice('provider.'.length));
  return ['date', ...measures, ...['employer', 'person', 'provider'].flatMap((s) => qs.filter((q) => q.section === s && !once(q.id)).map((q) => q.id))];
}

/** A measure's basic question, asked always: "measures[0].cost_ore". */
const BASIC = new RegExp(`\\]\\.(${MEASURE_BASICS.map((f) => f.replaceAll('.', '\\.')).join('|')})$`);

/** The questions the view shows now: the basics always, the others while they matter (or hold an error). */
export function shownOn(state) {
  const relevant = relevantPaths(state);
  return (p) => p === 'date' || BASIC.test(p) || relevant.has(p) || !!state.errors[p];
}

/** Measures the view shows at first, and how many more each "Visa … till" shows; and so the items
 * of the result's long lists beside them, drawn again at every keystroke. */
const MEASURES_AT_ONCE = 5;

export function renderAll(ctx) {
  const { el, state, act } = ctx;
  const t = ctx.T();
  const lang = state.lang;
  const shown = shownOn(state);
  // A folded question keeps its space here (a long page, the answer that folded it anywhere on it).
  const field = (p) => renderField(ctx, p, { moot: !shown(p) && !!state.placed[p] && { by: state.foldedBy[p] ?? null }, hidden: !shown(p) && !state.placed[p] });
  const seen = (p) => shown(p) || !!state.placed[p];
  // Each part (a section, a measure, the form, the result) is made of memo() parts and built again,
  // or even walked, only when one of them changed (dom.js memoOf()): a keystroke in one field
  // builds that field and the result lines it changes.
  const sections = ['employer', 'person', 'provider'].map((s) => {
    const id = ctx.idFor(`all-${s}`);
    const paths = ctx.cat().questions.filter((q) => q.section === s).map((q) => q.id);
    const hidden = !paths.some(seen);
    const fields = paths.map(field);
    return memo(ctx.doc, `section:${s}`, memoOf([lang, hidden], fields), () => el('section', { class: 'rk-all-section', 'aria-labelledby': id, hidden },
      el('h2', { class: 'rk-h2', id, text: t.check.sections[s] }), fields));
  });
  // The page's own words (headings, buttons) are parts too, built once per language: a part built
  // again is then one element and its placeholders.
  const words = (key, inputs, build) => memo(ctx.doc, key, JSON.stringify([lang, inputs]), build);
  // A case of many measures shows them a part at a time (views/parts.js firstOf()): a measure's
  // questions are some 500 elements, 500 measures' a quarter of a million.
  const list = state.answers.measures || [];
  const { items: measures, more } = firstOf(ctx, 'all-measures', list, (_, i) => {
    const parts = [words('legend', i, () => el('legend', { class: 'rk-legend', text: t.measureCaption(i + 1) })),
      ...measurePaths(ctx, i).map(field),
      words('remove', i, () => el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: `${t.removeMeasure} (${t.measureCaption(i + 1)})`,
        onclick: () => act.removeMeasure(i) }))];
    return memo(ctx.doc, `measure:${i}`, memoOf([lang, i], parts), () => el('fieldset', { class: 'rk-measure-box' }, parts));
  }, MEASURES_AT_ONCE);
  const mid = ctx.idFor('all-measures');
  // A measure just removed: said where it was, before the one now numbered as it was (ui.js removeMeasure()).
  const gone = state.removed;
  const removed = gone ? memo(ctx.doc, 'removed', JSON.stringify([lang, gone]), () => el('div', { class: 'rk-removed', id: ctx.idFor('all-removed'), tabindex: '-1', role: 'status' },
    el('p', { text: gone.text[lang] }))) : null;
  const at = gone ? Math.min(gone.index, measures.length) : measures.length;
  const measureParts = [words('heading', null, () => el('h2', { class: 'rk-h2', id: mid, text: t.check.sections.measures })),
    ...measures.slice(0, at), removed, ...measures.slice(at),
    more && words('more', [measures.length, list.length], () => more),
    words('add', null, () => el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: t.check.addMeasure, onclick: () => act.addMeasure() }))];
  const formParts = [words('back', null, () => el('button', { type: 'button', class: 'rk-back', text: t.back, onclick: () => act.back() })),
    words('title', null, () => el('h1', { class: 'rk-h1', id: ctx.idFor('all-title'), tabindex: '-1', text: t.views.all })),
    field('date'),
    memo(ctx.doc, 'section:measures', memoOf([lang], measureParts), () => el('section', { class: 'rk-all-section', 'aria-labelledby': mid }, measureParts)),
    ...sections];
  const form = memo(ctx.doc, 'all-form', memoOf([lang], formParts), () => el('div', { class: 'rk-all-form' }, formParts));
  const resultId = ctx.idFor('all-result');
  const body = resultBody(ctx, MEASURES_AT_ONCE);
  return el('div', { class: 'rk-all', 'data-key': 'all' }, form,
    el('section', { class: 'rk-all-aside', 'aria-labelledby': resultId },
      el('h2', { class: 'rk-h2', id: resultId, tabindex: '-1', text: t.result.heading }),
      memo(ctx.doc, 'all-result', memoOf([], body), () => el('div', { class: 'rk-all-result' }, body)),
      words('all-actions', null, () => resultActions(ctx, { change: false }))));
}
