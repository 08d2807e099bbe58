// One question page ("Steg för steg"): the engine's next relevant open question, or a few that
// belong together (a measure's kind, performer, cost and date), with a back link, progress and
// "Fortsätt". Nothing is ever inserted above the question: answers only hide questions that
// stopped mattering, and errors appear in a summary the focus moves to.
import { getAt, measureIndex } from '../state.js';
import { renderField, showFieldError, focusTarget, fold, unfold } from '../fields.js';
import { progress } from '../steps.js';

export function renderStep(ctx) {
  const { el, state, act } = ctx;
  const t = ctx.T();
  const step = state.step;
  const single = step.paths.length === 1;
  const { n, of } = progress(state);
  const summaryList = el('ul', { class: 'rk-error-summary-list' });
  const summary = el('div', { class: 'rk-error-summary', role: 'alert', tabindex: '-1', hidden: true },
    el('h2', { class: 'rk-error-summary-title', text: t.errorSummary }), summaryList);
  const fieldOpts = (path) => (path === 'date' ? { q: { type: 'date', text: t.dateLabel, help: t.dateHelp, unknown_allowed: false } } : {});
  // On "Mer om insatserna", each measure's questions come under its name.
  const measureName = (i) => {
    const kind = state.answers.measures?.[i]?.kind;
    return `${t.measureCaption(i + 1)}${kind ? `: ${ctx.cat().label(`measures[${i}].kind`, kind)}` : ''}`;
  };
  const fields = step.paths.map((p) => renderField(ctx, p, { heading: single && step.page !== 'measure', ...fieldOpts(p),
    context: step.page === 'details' ? t.measureCaption(measureIndex(p) + 1) : null }));
  const body = fields.flatMap((w, k) => {
    const i = step.page === 'details' ? measureIndex(w.dataset.path) : null;
    const first = i !== null && (k === 0 || measureIndex(fields[k - 1].dataset.path) !== i);
    return first ? [el('h2', { class: 'rk-h2', text: measureName(i) }), w] : [w];
  });
  let title = null;
  if (step.page === 'measure') {
    title = el('h1', { class: 'rk-h1', id: ctx.idFor('step-title'), tabindex: '-1' },
      el('span', { class: 'rk-caption', text: t.measureCaption(step.index + 1) }), t.pages.measure);
  } else if (!single) {
    title = el('h1', { class: 'rk-h1', id: ctx.idFor('step-title'), tabindex: '-1', text: t.pages[step.page] ?? t.pages.details });
  }
  const measures = state.answers.measures || [];
  const buttons = el('div', { class: 'rk-button-group' },
    el('button', { type: 'button', class: 'rk-button rk-button-primary', text: t.continue, onclick: () => submit(() => act.next()) }));
  if (step.page === 'measure') {
    buttons.append(el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: t.addAnother, onclick: () => submit(() => act.addMeasure()) }));
    const empty = step.index === 0 && measures.length <= 1 && ['kind', 'cost_ore', 'date'].every((f) => getAt(state.answers, `measures[0].${f}`) === undefined);
    if (empty) buttons.append(el('button', { type: 'button', class: 'rk-link', text: t.skipMeasure, onclick: () => act.skipMeasures() }));
    else if (measures.length > 1) buttons.append(el('button', { type: 'button', class: 'rk-link', text: `${t.removeMeasure} (${t.measureCaption(step.index + 1)})`, onclick: () => act.removeMeasure(step.index) }));
  }

  /** Every shown question needs an answer ("Vet ej" is one) and no typing error; else the summary lists them. */
  function submit(then) {
    const problems = [];
    for (const w of fields) {
      if (w.hidden || w.hasAttribute('data-moot')) continue;
      const path = w.dataset.path;
      const msg = state.errors[path]?.[state.lang] || (getAt(state.answers, path) === undefined ? t.answerNeeded : null);
      showFieldError(w, msg);
      if (msg) problems.push([w, msg]);
    }
    if (!problems.length) return then();
    summaryList.replaceChildren(...problems.map(([w, msg]) => el('li', {}, el('a', { href: `#${ctx.idFor(w.dataset.path)}`, onclick: (e) => {
      e.preventDefault();
      focusTarget(w)?.focus();
    } }, `${w.querySelector('legend, label')?.textContent}: ${msg}`))));
    summary.hidden = false;
    summary.focus();
  }

  const node = el('div', { class: 'rk-step', 'data-step': step.key },
    el('button', { type: 'button', class: 'rk-back', text: t.back, onclick: () => act.back() }),
    el('p', { class: 'rk-progress', text: t.progress(n, of) }),
    summary, title,
    step.page === 'measure' && step.index === 0 ? el('p', { class: 'rk-hint', text: t.measureIntro }) : null,
    body, buttons);

  return {
    node,
    focus: (o) => (title ?? node.querySelector('.rk-question-heading'))?.focus(o),
    /** After an answer: a question on this page that stopped mattering folds into a short note in
     * the same space, so nothing below it moves (its answer stays, and it comes back if it matters again). */
    update() {
      const o = state.outcome;
      const relevant = new Set([...o.next_questions, ...o.answered_relevant]);
      for (const w of fields) {
        const p = w.dataset.path;
        const moot = !(step.page === 'measure' || p === 'date' || relevant.has(p) || state.errors[p]);
        if (moot) fold(w, t.notNeeded);
        else unfold(w);
      }
    },
  };
}
