// One question page ("Steg för steg"): the engine's next relevant open question, or a few that
// belong together (a measure's kind, performer, cost and date), with a back link, progress and
// "Fortsätt". Nothing is ever inserted above the question: answers only fold questions that
// stopped mattering (they leave the page when it is next visited, steps.js revisit(); one above the
// answer that folded it shrinks while the focus stays in place, ui.js renderInPlace()), and
// problems appear in a summary the focus moves to.
import { answerOf, getAt, measureIndex, relevantPaths } from '../state.js';
import { renderField, controlId, fieldLabel, missingText, parseTyped, problemText } from '../fields.js';
import { progress } from '../steps.js';
import { errorSummary } from './error-summary.js';

/** A question on this page that stopped mattering (it folds; its answer stays). */
function mootOn(state) {
  const step = state.step;
  const relevant = relevantPaths(state);
  return (p) => !(step.page === 'measure' || p === 'date' || relevant.has(p) || state.errors[p]);
}

/** "Insats 2: Stödsamtal" for a measure's question asked where it is not on the measure's own page. */
function measureName(ctx, i) {
  const t = ctx.T();
  const kind = ctx.state.answers.measures?.[i]?.kind;
  return `${t.measureCaption(i + 1)}${kind ? `: ${ctx.cat().label(`measures[${i}].kind`, kind)}` : ''}`;
}

/** Which measure a question on this page is about, when that is not the page itself. */
const contextOf = (ctx, p) => {
  const i = measureIndex(p);
  return i === null || ctx.state.step.page === 'measure' ? null : measureName(ctx, i);
};

/** What keeps the page from being left: each shown question needs an answer ("Vet ej" is one) and
 * nothing typed that is not one. [{ path, text }], from the state alone: `text` the message in both
 * languages, or null for a question not answered (its message comes from the catalogue, missingText()). */
export function stepProblems(ctx) {
  const { state } = ctx;
  const moot = mootOn(state);
  return state.step.paths.filter((p) => !moot(p)).map((path) => {
    const draft = state.drafts[path];
    const typing = draft !== undefined ? parseTyped(ctx.cat().question(path) ?? 'date', draft).error : null;
    const error = state.errors[path] ?? typing ?? null;
    if (error) return { path, text: error };
    return answerOf(state.answers, path) === undefined ? { path, text: null } : null;
  }).filter(Boolean);
}

/** The page's heading, which its title repeats: the question on a page of its own, else the page's name. */
export function stepHeading(ctx) {
  const t = ctx.T();
  const step = ctx.state.step;
  if (step.page === 'measure') return { caption: t.measureCaption(step.index + 1), text: t.pages.measure };
  if (step.paths.length === 1) return { caption: contextOf(ctx, step.paths[0]), text: fieldLabel(ctx, step.paths[0]), question: true };
  const one = step.page === 'details' && (ctx.state.answers.measures || []).length === 1;
  return { caption: null, text: one ? t.pages.detailsOne : t.pages[step.page] ?? t.pages.details };
}

export function renderStep(ctx) {
  const { el, state, act } = ctx;
  const t = ctx.T();
  const step = state.step;
  const heading = stepHeading(ctx);
  const { n, of } = progress(state);
  const moot = mootOn(state);
  // A folded question names the answer on this page that folded it; above that answer, it shrinks (fields.js).
  const folded = (p) => {
    if (!moot(p)) return false;
    const by = step.paths.includes(state.foldedBy[p]) ? state.foldedBy[p] : null;
    return { by, above: !!by && step.paths.indexOf(p) < step.paths.indexOf(by) };
  };
  // The summary's "Svara på frågan" stays at a question until it has an answer.
  const needed = new Set((state.summary ?? []).map((p) => p.path));
  const message = (p) => (!state.errors[p] && needed.has(p) && answerOf(state.answers, p) === undefined ? missingText(ctx, p) : null);
  const summary = state.summary?.length ? errorSummary(el, { id: ctx.idFor('step-summary'), title: t.errorSummary,
    items: state.summary.map((p) => ({ text: problemText(ctx, p.path, p.text?.[state.lang] ?? null, contextOf(ctx, p.path)),
      target: controlId(ctx, p.path) })) }) : null;
  // On "Mer om insatserna", each measure's questions come under its name; elsewhere a measure's
  // question carries the measure's name above it.
  // On a measure's own page among several, each label names the measure for a screen reader
  // ("Insats 2: " before the question), as the caption above the page does for the eye: 25 like
  // measures, and "Ändra" puts the focus straight in one of its questions.
  const own = step.page === 'measure' && (state.answers.measures || []).length > 1 ? t.measureCaption(step.index + 1) : null;
  const body = step.paths.flatMap((p, k) => {
    const details = step.page === 'details';
    const context = contextOf(ctx, p);
    const field = renderField(ctx, p, { heading: heading.question, context: context ?? own, caption: !!context && !details && !heading.question, message: message(p), moot: folded(p) });
    // A page of one question names its measure in the heading's caption: not again above it.
    const i = details && !heading.question ? measureIndex(p) : null;
    const first = i !== null && (k === 0 || measureIndex(step.paths[k - 1]) !== i);
    return first ? [el('h2', { class: 'rk-h2', 'data-key': `measure-name:${i}`, text: measureName(ctx, i) }), field] : [field];
  });
  const title = heading.question ? null : el('h1', { class: 'rk-h1', id: ctx.idFor('step-title'), tabindex: '-1' },
    heading.caption ? el('span', { class: 'rk-caption', text: heading.caption }) : null, heading.text);
  const measures = state.answers.measures || [];
  const buttons = el('div', { class: 'rk-button-group' },
    el('button', { type: 'submit', class: 'rk-button rk-button-primary', text: t.continue }));
  if (step.page === 'measure') {
    buttons.append(el('button', { type: 'button', class: 'rk-button rk-button-secondary', text: t.addAnother, onclick: () => act.leaveStep('addMeasure') }));
    const empty = step.index === 0 && measures.length <= 1 && ['kind', 'cost_ore', 'date'].every((f) => getAt(state.answers, `measures[0].${f}`) === undefined);
    if (empty) buttons.append(el('button', { type: 'button', class: 'rk-link', text: t.skipMeasure, onclick: () => act.skipMeasures() }));
    else if (measures.length > 1) buttons.append(el('button', { type: 'button', class: 'rk-link', text: `${t.removeMeasure} (${t.measureCaption(step.index + 1)})`, onclick: () => act.removeMeasure(step.index) }));
  }

  // A form, so that Enter in a text box continues, as on any GOV.UK question page: "Fortsätt" is its
  // submit button. Nothing is sent.
  const submit = (e) => {
    e.preventDefault();
    // Left first, as a click on "Fortsätt" leaves it (its change and blur, a date checked as a
    // whole), and not removed from the page while it still has the focus.
    const active = e.currentTarget.getRootNode().activeElement;
    if (active && active !== e.currentTarget && e.currentTarget.contains(active)) active.blur();
    act.leaveStep('next');
  };
  return el('form', { class: 'rk-step', novalidate: true, onsubmit: submit, 'data-step': step.key, 'data-key': `step:${step.key}` },
    el('button', { type: 'button', class: 'rk-back', text: t.back, onclick: () => act.back() }),
    // A change from the check page returns there: how many questions are left is not what comes next.
    // On a walk through one item of "Svar som behövs" (ui.js act.walk), that item's answers are
    // what is left: "Svar 3 av 25"; an item of one answer needs no count.
    state.changing ? null : state.walk ? (state.walk.paths.length > 1 ? el('p', { class: 'rk-progress', text: t.walkProgress(state.walk.paths.indexOf(step.paths[0]) + 1, state.walk.paths.length) }) : null)
      : el('p', { class: 'rk-progress', text: t.progress(n, of) }),
    summary, title,
    step.page === 'measure' && step.index === 0 ? el('p', { class: 'rk-hint', text: t.measureIntro }) : null,
    body, buttons);
}
