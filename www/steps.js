// The order of the question pages ("Steg för steg"). Which questions are asked comes from the
// engine (outcome.next_questions, best first), and which of them share a page from its catalogue;
// this file decides in what order the pages come. No rule lives here.
import { catalogueId, isOpen, MEASURE_BASICS, measureIndex, ROLES } from './state.js';

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

/** The page a question is asked on: a measure's basics share its own page, its other questions one "more about the measures" page. */
export function pageOf(path) {
  const i = measureIndex(path);
  if (i !== null) return MEASURE_BASICS.includes(path.replace(/^measures\[\d+\]\./, '')) ? `measure:${i}` : 'details';
  return PAGES.get(path) ?? `q:${path}`;
}

export const measureStep = (i) => ({ key: `measure:${i}`, page: 'measure', index: i, paths: MEASURE_BASICS.map((f) => `measures[${i}].${f}`) });
export const questionStep = (path) => ({ key: `q:${path}`, page: `q:${path}`, paths: [path] });

/** The engine's relevant questions that have no answer yet, best first. */
export function openQuestions(state) {
  return (state.outcome?.next_questions ?? []).filter((p) => isOpen(state.answers, p));
}

const measureFirst = (state) => ROLES[state.role]?.measuresFirst && !(state.answers.measures || []).length && !state.measuresSkipped;

/** The next page to show, or null when every relevant question has an answer. `ids`: the catalogue's question ids in order. */
export function nextStep(state, ids = []) {
  if (measureFirst(state)) return measureStep(0);
  const measures = state.answers.measures || [];
  const unfinished = measures.findIndex((m, i) => ['kind', 'cost_ore', 'date'].some((f) => isOpen(state.answers, `measures[${i}].${f}`)));
  if (unfinished >= 0) return measureStep(unfinished);
  const open = openQuestions(state);
  if (!open.length) return null;
  const page = pageOf(open[0]);
  if (page.startsWith('measure:')) return measureStep(Number(page.slice(8)));
  // The details of every measure on one page, measure by measure.
  // In catalogue order (the deciding question first), the details measure by measure.
  const order = new Map(ids.map((id, i) => [id, i]));
  const rank = (p) => (measureIndex(p) ?? 0) * 1000 + (order.get(catalogueId(p)) ?? 999);
  const paths = open.filter((p) => pageOf(p) === page).sort((a, b) => rank(a) - rank(b));
  return { key: page, page, paths };
}

/** "Fråga 4 av ungefär 9": pages behind, this one, and the pages the open questions still need. */
export function progress(state) {
  const here = new Set(state.step?.paths ?? []);
  const pages = new Set(openQuestions(state).filter((p) => !here.has(p)).map(pageOf));
  if (measureFirst(state) && state.step?.page !== 'measure') pages.add('measure:0');
  const n = state.history.filter((place) => place.view === 'step').length + 1;
  return { n, of: n + pages.size };
}
