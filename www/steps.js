// The order of the question pages ("Steg för steg"). Which questions are asked comes from the
// engine (outcome.next_questions, best first); this file only decides which of them share a page
// and in what order the pages come. No rule lives here.
import { catalogueId, isOpen, MEASURE_BASICS, measureIndex, ROLES } from './state.js';

/** Questions that belong together on one page (catalogue id → page). Every other question has a page of its own.
 * A page puts the deciding question first: choosing "Kommun" for the sector folds away the category and
 * the medarbetaravtal below it on the same page, instead of asking them on pages of their own. */
const PAGES = {
  'employer.sector': 'employer', 'employer.ags_insurance': 'employer', 'employer.medarbetaravtal': 'employer', 'person.category': 'employer',
  'employer.fk_ars_granted_this_year_ore': 'granted', 'person.fk_ars_granted_this_year_ore': 'granted',
  'person.employment': 'employment', 'person.age': 'employment',
  'person.work_capacity': 'need', 'person.on_sick_leave': 'need', 'person.condition': 'need',
  'person.rehab_need_documented': 'need', 'person.work_capacity_prospect': 'need', 'person.return_to_work_plan': 'need',
  'person.medical_assessment': 'need',
  'person.has_sgi': 'insurance', 'person.insured_in_sweden': 'insurance', 'person.doctor_certificate': 'insurance',
  'person.needs_work_rehab': 'insurance', 'person.in_af_programme': 'insurance',
  'provider.fk_approved': 'provider', 'provider.ivo_permit': 'provider', 'provider.performer': 'provider',
  'provider.competence': 'provider', 'provider.knows_workplace': 'provider', 'provider.contracted': 'provider',
  'provider.region_care': 'provider',
};

/** The page a question is asked on: a measure's basics share its own page, its other questions one "more about the measures" page. */
export function pageOf(path) {
  const i = measureIndex(path);
  if (i !== null) return MEASURE_BASICS.includes(path.replace(/^measures\[\d+\]\./, '')) ? `measure:${i}` : 'details';
  return PAGES[path] ?? `q:${path}`;
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
