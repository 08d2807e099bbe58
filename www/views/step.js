// One question page ("Steg för steg"): the engine's next relevant open question, or a few that
// belong together (a measure's kind, performer, cost and date), with a back link, progress and
// "Fortsätt". Nothing is ever inserted above the question: answers only fold questions that
// stopped mattering, and problems appear in a summary the focus moves to.
import { getAt, measureIndex, relevantPaths } from '../state.js';
import { renderField, controlId, fieldLabel } from '../fields.js';
import { progress } from '../steps.js';
import { errorSummary } from './error-summary.js';

/** A question on this page that stopped mattering (it folds; its answer stays). */
function mootOn(state) {
  const step = state.step;
  const relevant = relevantPaths(state.outcome);
  return (p) => !(step.page === 'measure' || p === 'date' || relevant.has(p) || state.errors[p]);
}

/** "Insats 2" before a question on "Mer om insatserna", where the measures' questions share a page. */
const contextOf = (ctx, p) => (ctx.state.step.page === 'details' ? ctx.T().measureCaption(measureIndex(p) + 1) : null);

/** What keeps the page from being left: each shown question needs an answer ("Vet ej" is one) and no
 * typing error. [{ path, text: { sv, en } }], from the state alone. */
export function stepProblems(ctx, chrome) {
  const { state } = ctx;
  const moot = mootOn(state);
  return state.step.paths.filter((p) => !moot(p)).map((path) => {
    const text = state.errors[path] ?? (getAt(state.answers, path) === undefined ? { sv: chrome.sv.answerNeeded, en: chrome.en.answerNeeded } : null);
    return text && { path, text };
  }).filter(Boolean);
}

export function renderStep(ctx) {
  const { el, state, act } = ctx;
  const t = ctx.T();
  const step = state.step;
  const single = step.paths.length === 1;
  const { n, of } = progress(state);
  const moot = mootOn(state);
  // The summary's "Svara på frågan" stays at a question until it has an answer.
  const needed = new Set((state.summary ?? []).map((p) => p.path));
  const message = (p) => (!state.errors[p] && needed.has(p) && getAt(state.answers, p) === undefined ? t.answerNeeded : null);
  const summary = state.summary?.length ? errorSummary(el, { id: ctx.idFor('step-summary'), title: t.errorSummary,
    items: state.summary.map((p) => ({ text: `${fieldLabel(ctx, p.path, contextOf(ctx, p.path))}: ${p.text[state.lang]}`, target: controlId(ctx, p.path) })) }) : null;
  // On "Mer om insatserna", each measure's questions come under its name.
  const measureName = (i) => {
    const kind = state.answers.measures?.[i]?.kind;
    return `${t.measureCaption(i + 1)}${kind ? `: ${ctx.cat().label(`measures[${i}].kind`, kind)}` : ''}`;
  };
  const body = step.paths.flatMap((p, k) => {
    const field = renderField(ctx, p, { heading: single && step.page !== 'measure', context: contextOf(ctx, p), message: message(p), moot: moot(p) });
    const i = step.page === 'details' ? measureIndex(p) : null;
    const first = i !== null && (k === 0 || measureIndex(step.paths[k - 1]) !== i);
    return first ? [el('h2', { class: 'rk-h2', 'data-key': `measure-name:${i}`, text: measureName(i) }), field] : [field];
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
    el('button', { type: 'button', class: 'rk-button rk-button-primary', text: t.continue, onclick: () => act.leaveStep('next') }));
  if (step.page === 'measure') {
    buttons.append(el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: t.addAnother, onclick: () => act.leaveStep('addMeasure') }));
    const empty = step.index === 0 && measures.length <= 1 && ['kind', 'cost_ore', 'date'].every((f) => getAt(state.answers, `measures[0].${f}`) === undefined);
    if (empty) buttons.append(el('button', { type: 'button', class: 'rk-link', text: t.skipMeasure, onclick: () => act.skipMeasures() }));
    else if (measures.length > 1) buttons.append(el('button', { type: 'button', class: 'rk-link', text: `${t.removeMeasure} (${t.measureCaption(step.index + 1)})`, onclick: () => act.removeMeasure(step.index) }));
  }

  return el('div', { class: 'rk-step', 'data-step': step.key, 'data-key': `step:${step.key}` },
    el('button', { type: 'button', class: 'rk-back', text: t.back, onclick: () => act.back() }),
    el('p', { class: 'rk-progress', text: t.progress(n, of) }),
    summary, title,
    step.page === 'measure' && step.index === 0 ? el('p', { class: 'rk-hint', text: t.measureIntro }) : null,
    body, buttons);
}
