// "Alla frågor på en sida", for experts and providers: every relevant question at once, the result
// beside them. Stable: questions only hide when an answer makes them irrelevant (never the one in
// focus), and the page never scrolls on its own.
import { MEASURE_BASICS } from '../state.js';
import { renderField, fold, unfold } from '../fields.js';
import { resultBody } from './result.js';
import { morphChildren } from '../dom.js';

export function renderAll(ctx) {
  const { el, state, act } = ctx;
  const t = ctx.T();
  const fields = [];
  const add = (w) => (fields.push(w), w);
  const date = add(renderField(ctx, 'date', { q: { type: 'date', text: t.dateLabel, help: t.dateHelp, unknown_allowed: false } }));
  const sections = ['employer', 'person', 'provider'].map((s) => {
    const id = ctx.idFor(`all-${s}`);
    return el('section', { class: 'rk-all-section', 'aria-labelledby': id },
      el('h2', { class: 'rk-h2', id, text: t.check.sections[s] }),
      ctx.cat().questions.filter((q) => q.section === s).map((q) => add(renderField(ctx, q.id))));
  });
  const measures = (state.answers.measures || []).map((_, i) => {
    const basics = MEASURE_BASICS.map((f) => `measures[${i}].${f}`);
    const more = ctx.cat().questions.filter((q) => q.section === 'measure' && !MEASURE_BASICS.includes(q.id.split('.')[1]))
      .map((q) => q.id.replace('measures[]', `measures[${i}]`));
    return el('fieldset', { class: 'rk-measure-box' }, el('legend', { class: 'rk-legend', text: t.measureCaption(i + 1) }),
      [...basics, ...more].map((p) => add(renderField(ctx, p))),
      el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: `${t.removeMeasure} (${t.measureCaption(i + 1)})`, onclick: () => act.removeMeasure(i) }));
  });
  const mid = ctx.idFor('all-measures');
  const result = el('div', { class: 'rk-all-result' });
  const title = el('h1', { class: 'rk-h1', id: ctx.idFor('all-title'), tabindex: '-1', text: t.views.all });
  const form = el('div', { class: 'rk-all-form' }, title, date,
    el('section', { class: 'rk-all-section', 'aria-labelledby': mid }, el('h2', { class: 'rk-h2', id: mid, text: t.check.sections.measures }),
      measures, el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: t.check.addMeasure, onclick: () => act.addMeasure() })),
    sections);
  const resultId = ctx.idFor('all-result');
  const node = el('div', { class: 'rk-all' }, form,
    el('section', { class: 'rk-all-aside', 'aria-labelledby': resultId }, el('h2', { class: 'rk-h2', id: resultId, text: t.result.heading }), result));

  let first = true;
  /** Relevant questions show; one that stops mattering folds in place (nothing moves, the page does not scroll). */
  function update() {
    const o = state.outcome;
    const relevant = new Set([...o.next_questions, ...o.answered_relevant]);
    for (const w of fields) {
      const p = w.dataset.path;
      const basic = p === 'date' || MEASURE_BASICS.some((f) => p.endsWith(`].${f}`));
      const shown = basic || relevant.has(p) || !!state.errors[p];
      if (shown) {
        unfold(w);
        w.hidden = false;
      } else if (first || w.hidden) w.hidden = true;
      else fold(w, t.notNeeded);
    }
    if (first) for (const s of sections) s.hidden = ![...s.querySelectorAll('.rk-q')].some((q) => !q.hidden);
    first = false;
    morphChildren(result, resultBody(ctx).filter(Boolean));
  }
  return { node, update, focus: (o) => title.focus(o), focusMeasure: (i) => measures[i]?.querySelector('select')?.focus() };
}
