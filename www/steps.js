// The order of the question pages ("Steg för steg"). Which questions are asked comes from the
// engine (outcome.next_questions, best first), and which of them share a page from its catalogue;
// this file decides in what order the pages come, and what a page shows when it is visited again.
// No rule lives here.
import { catalogueId, isOpen, MEASURE_BASICS, measureIndex, nextPaths, relevantPaths, ROLES } from './state.js';

/** Questions that belong together on one page (catalogue id → page): the catalogue's `page`
 * (the field table in crates/core/src/table.rs), registered by www/engine.js when it indexes a
 * catalogue. Every other question has a page of its own. A page puts the deciding question first:
 * choosing "Kommun" for the sector folds away the category and the medarbetaravtal below it on the
 * same page, instead of asking them on pages of their own. */
const PAGES = new Map();

/** Registers the questionnaire pages of a catalogue's questions. */
export function usePages(questions) {
  for (const q of questions) if (q.page) PAGES.set(q.id, q.page);
}

const basic = (path) => MEASURE_BASICS.includes(path.replace(/^measures\[\d+\]\./, ''));

/** The page a question is asked on: a measure's basics share its own page, its other questions one
 * "more about the measures" page; a measure's own answer to a provider question (its performer's
 * competence) is asked with the provider's questions. */
export function pageOf(path) {
  const i = measureIndex(path);
  if (i !== null) {
    if (basic(path)) return `measure:${i}`;
    const id = catalogueId(path);
    return id.startsWith('provider.') ? PAGES.get(id) ?? `q:${path}` : 'details';
  }
  return PAGES.get(path) ?? `q:${path}`;
}

export const measureStep = (i) => ({ key: `measure:${i}`, page: 'measure', index: i, paths: MEASURE_BASICS.map((f) => `measures[${i}].${f}`) });
export const questionStep = (path) => ({ key: `q:${path}`, page: `q:${path}`, paths: [path] });

/** The relevant questions that have no answer yet, best first. */
export function openQuestions(state) {
  return nextPaths(state).filter((p) => isOpen(state.answers, p));
}

const measureFirst = (state) => ROLES[state.role]?.measuresFirst && !(state.answers.measures || []).length && !state.measuresSkipped;

/** The questions of one page in the order they are asked: in catalogue order (the deciding question
 * first); on "Mer om insatserna" measure by measure, elsewhere a question's measures together. */
function inOrder(page, paths, ids) {
  const order = new Map(ids.map((id, i) => [id, i]));
  const rank = (p) => {
    const q = order.get(catalogueId(p)) ?? 999;
    const i = measureIndex(p) ?? -1;
    return page === 'details' ? (i + 1) * 1000 + q : q * 1000 + i + 1;
  };
  return [...paths].sort((a, b) => rank(a) - rank(b));
}

/** The next page to show, or null when every relevant question has an answer. `ids`: the catalogue's question ids in order. */
export function nextStep(state, ids = []) {
  if (measureFirst(state)) return measureStep(0);
  const measures = state.answers.measures || [];
  const unfinished = measures.findIndex((m, i) => ['kind', 'cost_ore', 'date'].some((f) => isOpen(state.answers, `measures[${i}].${f}`)));
  if (unfinished >= 0) return measureStep(unfinished);
  return firstPage(openQuestions(state), ids);
}

/** The page of the first of `open` (questions, best first), with those of them it asks. */
function firstPage(open, ids) {
  if (!open.length) return null;
  const page = pageOf(open[0]);
  if (page.startsWith('measure:')) return measureStep(Number(page.slice(8)));
  return { key: page, page, paths: inOrder(page, open.filter((p) => pageOf(p) === page), ids) };
}

/** After a change begun on "Kontrollera dina svar": the next page of what the change made open
 * (open now, not in `before`, the questions open when it began), or null: back to the check page.
 * A question left open before stays for the check page's "Svara" (GOV.UK: ask only what the change
 * newly requires). */
export function newlyOpen(state, before, ids = []) {
  const was = new Set(before);
  return firstPage(openQuestions(state).filter((p) => !was.has(p)), ids);
}

/**
 * A page visited again (Back, Forward, "Ändra"): the questions on it that still matter, in the
 * same places; one that stopped mattering while the page was shown folded there, and leaves it
 * now. A measure's own page is always whole. Null when nothing on it matters any more (or its
 * measure is gone): the visit moves on to the next page in the same direction.
 */
export function revisit(state, place) {
  if (!place || place.gone) return null;
  if (place.view !== 'step') return place;
  const step = place.step;
  // A measure's page: whole, while the measure is there (or is the next one, left out with "Vi vet inte vilken insats än").
  if (step.page === 'measure') return step.index <= (state.answers.measures || []).length ? place : null;
  const relevant = relevantPaths(state);
  const paths = step.paths.filter((p) => relevant.has(p) || state.errors[p] || p === 'date');
  return paths.length ? { ...place, step: { ...step, paths } } : null;
}

/** An answer path after measure `removed` was taken away: a later measure's one number down, the
 * removed one's null. */
function shifted(p, removed) {
  const i = measureIndex(p);
  if (i === null || i < removed) return p;
  return i === removed ? null : p.replace(/^measures\[\d+\]/, `measures[${i - 1}]`);
}

/** A change's record after measure `removed` was taken away: its row and the questions open when it
 * began follow the new numbers; a change of the removed measure's own answer is no longer one (null). */
function changeWithout(change, removed) {
  const path = shifted(change.path, removed);
  if (path === null) return null;
  return { ...change, path, open: change.open.map((p) => shifted(p, removed)).filter((p) => p !== null) };
}

/** A place as it is after measure `removed` was taken away: the measures after it one number
 * down, what was the removed one's own `gone`, a change it carries renumbered too (changeWithout()). */
export function withoutMeasure(place, removed) {
  if (place.view !== 'step' || place.gone) return place;
  const { change, ...rest } = place;
  const moved = stepWithout(rest, removed);
  const kept = change && changeWithout(change, removed);
  return kept ? { ...moved, change: kept } : moved;
}

function stepWithout(place, removed) {
  const shift = (p) => shifted(p, removed);
  const step = place.step;
  if (step.page === 'measure') {
    if (step.index === removed) return { ...place, gone: true };
    return step.index > removed ? { ...place, step: measureStep(step.index - 1) } : place;
  }
  const paths = step.paths.map(shift).filter(Boolean);
  if (!paths.length) return { ...place, gone: true };
  if (step.key.startsWith('q:')) return { ...place, step: questionStep(paths[0]) };
  return { ...place, step: { ...step, paths } };
}

/** "Fråga 4 av ungefär 9": pages behind, this one, and the pages the open questions still need. */
export function progress(state) {
  const here = new Set(state.step?.paths ?? []);
  const pages = new Set(openQuestions(state).filter((p) => !here.has(p)).map(pageOf));
  if (measureFirst(state) && state.step?.page !== 'measure') pages.add('measure:0');
  const n = state.trail.slice(0, Math.max(state.at, 0)).filter((place) => place.view === 'step' && !place.gone).length + 1;
  return { n, of: n + pages.size };
}
