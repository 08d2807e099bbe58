// Five new users, as issue 15 tried them: a private employer with a back course and psychologist
// talks, a municipality, a small office, a provider and someone answering "Vet ej". Each goes from
// the start page through the question pages and "Kontrollera dina svar" to a result they can act on,
// by visible labels and roles, with axe on every page and no layout shift.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, shoot } from './helpers.mjs';
import { openStart, startAs, walk, axe, layoutShift, card } from './flow.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const YES = 'Ja';
/** What a private employer knows about a worker at risk of sick leave. */
const EMPLOYER = {
  'employer.sector': 'Privat sektor', 'employer.ags_insurance': YES, 'employer.medarbetaravtal': 'Nej',
  'employer.fk_ars_granted_this_year_ore': '0', 'person.fk_ars_granted_this_year_ore': '0',
  'person.employment': 'Anställd', 'person.category': 'Arbetare', 'person.age': '44',
  'person.work_capacity': 'Risk för nedsättning', 'person.rehab_need_documented': YES, 'person.work_capacity_prospect': YES,
  'person.return_to_work_plan': YES, 'person.has_sgi': YES, 'person.consent': YES, 'person.on_sick_leave': 'Nej',
  'provider.fk_approved': YES, 'provider.competence': ['Beteendevetenskap'], 'provider.knows_workplace': YES,
  'provider.contracted': YES, 'provider.ivo_permit': 'Nej',
  'person.insured_in_sweden': YES, 'person.doctor_certificate': 'Nej', 'person.needs_work_rehab': 'Nej', 'person.in_af_programme': 'Nej',
};
const measure = (i, kind, performer, cost, date, more = {}) => ({
  [`measures[${i}].kind`]: kind, [`measures[${i}].provider.performer`]: performer, [`measures[${i}].cost_ore`]: cost, [`measures[${i}].date`]: date,
  [`measures[${i}].individual`]: YES, [`measures[${i}].digital`]: 'Nej', [`measures[${i}].evidence_based`]: YES,
  [`measures[${i}].other_payer_ore`]: '0', [`measures[${i}].completed`]: YES, ...more,
});

/** Walks a persona to the result, checking every page on the way; returns the number of question pages. */
async function toResult(page, plan, opts = {}) {
  const problems = [];
  const pages = await walk(page, plan, { ...opts, each: async (p, n) => {
    const v = await axe(p);
    if (v.length) problems.push(`page ${n}: ${v.join('; ')}`);
  } });
  assert.deepEqual(problems, [], 'axe on every question page');
  assert.deepEqual(await axe(page), [], 'axe on Kontrollera dina svar');
  await page.getByRole('button', { name: 'Visa resultatet' }).click();
  await page.getByRole('heading', { name: 'Resultat', level: 1 }).waitFor();
  for (const d of await page.locator('.rk-assessed').all()) await d.locator('summary').click();
  assert.deepEqual(await axe(page), [], 'axe on the result');
  return pages;
}

test('a private employer with a back course and psychologist talks reaches an actionable result in at most 10 pages', async () => {
  const { page, context, log } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  const plan = { ...EMPLOYER,
    ...measure(0, 'Ryggkurs', 'Fysioterapeut (sjukgymnast)', '8 000', '2026-10-01'),
    ...measure(1, 'Stödsamtal / enskilda samtal', 'Legitimerad psykolog', '12 000', '2026-11-01') };
  const pages = await toResult(page, plan, { add: ['measure:0'] });
  console.log(pages);
  console.log(await page.locator('.rk-result').innerText());
  await shoot(page, 'persona-employer-result-1280');
  console.log('cls', await layoutShift(page), log.errors);
  await context.close();
});
