// Each measure's own performer and competence (issue 23, item 4): with several measures the
// performer's competence is asked per measure, only for the measures it matters to, under the
// measure's name, and kept as that measure's own answer (docs/API.md §1, measures[].provider);
// with one measure it is asked once, for the provider, as before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, shoot } from './helpers.mjs';
import { openStart, startAs, answerField, axe, card, savedAnswers } from './flow.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const YES = 'Ja';
const EMPLOYER = {
  'employer.sector': 'Privat sektor', 'employer.ags_insurance': YES, 'employer.medarbetaravtal': 'Nej', 'person.category': 'Arbetare',
  'employer.fk_ars_granted_this_year_ore': '0', 'person.fk_ars_granted_this_year_ore': '0', 'person.employment': 'Anställd',
  'person.work_capacity': 'Risk för nedsättning', 'person.rehab_need_documented': YES, 'person.work_capacity_prospect': YES,
  'person.return_to_work_plan': YES, 'person.consent': YES, 'provider.fk_approved': YES, 'provider.knows_workplace': YES,
  'provider.contracted': YES, 'provider.ivo_permit': 'Nej',
};
const measure = (i, kind, performer, cost, date) => ({
  [`measures[${i}].kind`]: kind, [`measures[${i}].provider.performer`]: performer, [`measures[${i}].cost_ore`]: cost,
  [`measures[${i}].date`]: date, [`measures[${i}].individual`]: YES, [`measures[${i}].evidence_based`]: YES, [`measures[${i}].other_payer_ore`]: '0',
});

/** Goes through the pages answering from `plan`, up to the check page; the provider page's questions and its captions. */
async function throughProvider(page, plan, { add = [], shot = 'per-measure-provider' } = {}) {
  let provider = null;
  for (let n = 0; n < 15 && !(await page.locator('.rk-check').isVisible()); n++) {
    const step = page.locator('.rk-step');
    const key = await step.getAttribute('data-step');
    const paths = await step.locator('.rk-q:not([data-moot])').evaluateAll((qs) => qs.filter((q) => !q.hidden).map((q) => q.dataset.path));
    if (key === 'provider') {
      provider = { paths, captions: await step.locator('.rk-q .rk-caption').allInnerTexts() };
      await shoot(page, shot);
      assert.deepEqual(await axe(page), []);
    }
    for (const p of paths) {
      // An answer above may have made this one stop mattering: it folds, and a user leaves it.
      if (await step.locator(`[data-path="${p}"][data-moot]`).count()) continue;
      assert.ok(p in plan, `no answer for ${p}`);
      await answerField(page, step.locator(`[data-path="${p}"]`), plan[p]);
    }
    await page.getByRole('button', { name: add.includes(key) ? 'Lägg till en insats till' : 'Fortsätt', exact: true }).click();
    await page.locator(`.rk-step:not([data-step="${key}"]), .rk-check`).first().waitFor();
  }
  return provider;
}

test('two measures with different performers: the competence is asked for the one it matters to, under its name, and kept as its own', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  const plan = { ...EMPLOYER, ...measure(0, 'Ryggkurs', 'Fysioterapeut (sjukgymnast)', '8 000', '2026-10-01'),
    ...measure(1, 'Stödsamtal / enskilda samtal', 'Legitimerad psykolog', '12 000', '2026-11-01'),
    'measures[0].provider.competence': ['Rehabilitering'], 'measures[1].provider.competence': ['Beteendevetenskap'] };
  const provider = await throughProvider(page, plan, { add: ['measure:0'], shot: 'per-measure-one-of-two-375' });
  // Försäkringskassan does not pay for a back course, so its performer's competence decides nothing.
  assert.ok(provider.paths.includes('measures[1].provider.competence'), provider.paths.join());
  assert.ok(!provider.paths.includes('measures[0].provider.competence'), 'not where it cannot matter');
  assert.ok(!provider.paths.includes('provider.competence'), 'not once for both');
  assert.deepEqual(provider.captions, ['Insats 2: Stödsamtal / enskilda samtal']);
  const check = page.locator('.rk-check');
  assert.match(await check.innerText(), /Insats 2: Stödsamtal \/ enskilda samtal[\s\S]*Inom vilka områden har utföraren kompetens\?\nBeteendevetenskap/);
  const answers = await savedAnswers(page);
  assert.deepEqual(answers.measures[1].provider, { performer: 'licensed_psychologist', competence: ['behavioural_science'] });
  assert.equal(answers.measures[0].provider.competence, undefined);
  assert.equal(answers.provider.competence, undefined);
  await page.getByRole('button', { name: 'Visa resultatet' }).click();
  assert.match((await card(page, 'fk_arbetsplatsinriktat').locator('.rk-verdict').innerText()).replace(/\u00a0/g, ' '), /upp till 6 000 kr/);
  await context.close();
});

test('where it matters to both measures it is asked for each, in the measures\' order; "Ändra" asks it on a page of its own', async () => {
  const { page, context } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  const plan = { ...EMPLOYER, ...measure(0, 'Stödsamtal / enskilda samtal', 'Legitimerad psykolog', '12 000', '2026-11-01'),
    ...measure(1, 'Anpassa arbetsplatsen', 'Ergonom', '10 000', '2026-11-02'),
    'measures[0].provider.competence': ['Beteendevetenskap'], 'measures[1].provider.competence': ['Ergonomi'] };
  const provider = await throughProvider(page, plan, { add: ['measure:0'], shot: 'per-measure-both-1280' });
  const competence = provider.paths.filter((p) => p.endsWith('competence'));
  assert.deepEqual(competence, ['measures[0].provider.competence', 'measures[1].provider.competence']);
  assert.deepEqual(provider.captions, ['Insats 1: Stödsamtal / enskilda samtal', 'Insats 2: Anpassa arbetsplatsen']);
  const answers = await savedAnswers(page);
  assert.deepEqual([answers.measures[0].provider.competence, answers.measures[1].provider.competence], [['behavioural_science'], ['ergonomics']]);
  // "Ändra" on the second one: its own page, the measure named above the question, in the title too.
  const row = page.locator('.rk-summary-row', { has: page.getByRole('button', { name: /Ändra Inom vilka områden har utföraren kompetens\? \(Insats 2\)/ }) });
  await row.getByRole('button').click();
  await page.locator('.rk-step[data-step="q:measures[1].provider.competence"]').waitFor();
  assert.equal(await page.title(), 'Insats 2: Anpassa arbetsplatsen: Inom vilka områden har utföraren kompetens? – Rehabkollen');
  assert.match(await page.locator('.rk-step h1').innerText(), /^Insats 2: Anpassa arbetsplatsen/);
  assert.equal(await page.locator('[data-path="measures[1].provider.competence"]').getByLabel('Ergonomi', { exact: true }).isChecked(), true);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('one measure: the competence is asked once, for the provider, as before; a second measure makes it that measure\'s own', async () => {
  const { page, context } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  const plan = { ...EMPLOYER, ...measure(0, 'Stödsamtal / enskilda samtal', 'Legitimerad psykolog', '12 000', '2026-11-01'),
    'provider.competence': ['Beteendevetenskap'], ...measure(1, 'Anpassa arbetsplatsen', 'Ergonom', '10 000', '2026-11-02'),
    'measures[1].provider.competence': ['Ergonomi'] };
  const provider = await throughProvider(page, plan, { shot: 'per-measure-single-1280' });
  assert.ok(provider.paths.includes('provider.competence'), provider.paths.join());
  assert.deepEqual(provider.captions, []);
  assert.deepEqual((await savedAnswers(page)).provider.competence, ['behavioural_science']);
  // A second measure, from the check page: the answer given was about the first measure's performer.
  await page.getByRole('button', { name: 'Lägg till en insats', exact: true }).click();
  const rest = await throughProvider(page, plan, { shot: 'per-measure-added-1280' });
  assert.deepEqual(rest, { paths: ['measures[1].provider.competence'], captions: ['Insats 2: Anpassa arbetsplatsen'] }, 'only the new measure\'s is asked');
  const answers = await savedAnswers(page);
  assert.deepEqual(answers.measures[0].provider.competence, ['behavioural_science'], 'the first measure keeps it as its own');
  assert.deepEqual(answers.measures[1].provider.competence, ['ergonomics'], 'the second was asked its own');
  assert.equal(answers.provider.competence, undefined);
  await context.close();
});

test('one measure, its performer "Vet ej": asked once, on the measure\'s page, never again on the provider\'s; the check page shows it once', async () => {
  const { page, context, log } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  const plan = { ...EMPLOYER, ...measure(0, 'Stödsamtal / enskilda samtal', 'Vet ej', '12 000', '2026-11-01'), 'provider.competence': ['Beteendevetenskap'] };
  const provider = await throughProvider(page, plan, { shot: 'per-measure-performer-unknown-375' });
  assert.ok(provider, 'the provider page is asked');
  assert.ok(!provider.paths.some((p) => p.endsWith('performer')), provider.paths.join());
  const check = page.locator('.rk-check');
  await shoot(page, 'per-measure-performer-unknown-check-375');
  assert.deepEqual(await check.locator('.rk-summary-row', { hasText: 'Vem utför insatsen?' }).locator('.rk-summary-value').allInnerTexts(), ['Vet ej']);
  // Answered later, from that row: the one answer changes, shown once.
  await check.getByRole('button', { name: /Ändra Vem utför insatsen\? \(Insats 1\)/ }).click();
  await page.locator('[data-path="measures[0].provider.performer"] select').selectOption({ label: 'Legitimerad psykolog' });
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await check.waitFor();
  assert.deepEqual(await check.locator('.rk-summary-row', { hasText: 'Vem utför insatsen?' }).locator('.rk-summary-value').allInnerTexts(), ['Legitimerad psykolog']);
  const answers = await savedAnswers(page);
  assert.equal(answers.provider.performer, 'licensed_psychologist', 'kept once, for the provider (docs/API.md §1)');
  assert.equal(answers.measures[0].provider?.performer, undefined);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a performer given once in a file, several measures: shown at each measure, not as a row of its own; a change at one changes that one; a new measure is asked its own', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  const doc = { employer: {}, person: {}, provider: { performer: 'licensed_psychologist' },
    measures: [{ kind: 'support_talks', cost_ore: 1200000, date: '2026-11-01' }, { kind: 'kbt', cost_ore: 900000, date: '2026-11-02' }, { kind: 'back_course', cost_ore: 800000, date: '2026-11-03' }] };
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Meny', { exact: true }).click();
  await page.getByRole('button', { name: 'Öppna sparade svar', exact: true }).click();
  await (await chooser).setFiles({ name: 'once.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  const check = page.locator('.rk-check');
  await check.waitFor();
  await shoot(page, 'per-measure-performer-once-check-375');
  const performers = () => check.locator('.rk-summary-row', { hasText: 'Vem utför insatsen?' }).locator('.rk-summary-value').allInnerTexts();
  assert.deepEqual(await performers(), ['Legitimerad psykolog', 'Legitimerad psykolog', 'Legitimerad psykolog'], 'once per measure, no row of its own');
  await check.getByRole('button', { name: /Ändra Vem utför insatsen\? \(Insats 3\)/ }).click();
  await page.locator('[data-path="measures[2].provider.performer"] select').selectOption({ label: 'Fysioterapeut (sjukgymnast)' });
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await check.waitFor();
  assert.deepEqual(await performers(), ['Legitimerad psykolog', 'Legitimerad psykolog', 'Fysioterapeut (sjukgymnast)']);
  await page.getByRole('button', { name: 'Lägg till en insats', exact: true }).click();
  const select = page.locator('[data-path="measures[3].provider.performer"] select');
  await select.waitFor();
  assert.equal(await select.inputValue(), '', 'a new measure is asked its own');
  const answers = await savedAnswers(page);
  assert.equal(answers.provider.performer, undefined);
  assert.deepEqual(answers.measures.map((m) => m.provider?.performer), ['licensed_psychologist', 'licensed_psychologist', 'physiotherapist', undefined]);
  await context.close();
});
