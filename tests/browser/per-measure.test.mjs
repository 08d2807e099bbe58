// Each measure's own performer and competence (issue 23, item 4): with several measures the
// performer's competence is asked per measure, only for the measures it matters to, under the
// measure's name, and kept as that measure's own answer (docs/API.md §1, measures[].provider);
// with one measure it is asked once, for the provider, as before.
import { test, before, after } from 'node:test';
import fs from 'node:fs';
import assert from 'node:assert/strict';
import { start, shoot, SHOTS } from './helpers.mjs';
import { openStart, startAs, answerField, axe, card, savedAnswers, openAnswers } from './flow.mjs';

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
    // The next page may be the provider's again (an answer made another measure's competence matter): it counts on.
    const at = await step.locator('.rk-progress').innerText();
    await page.getByRole('button', { name: add.includes(key) ? 'Lägg till en insats till' : 'Fortsätt', exact: true }).click();
    await page.waitForFunction(([k, p]) => document.querySelector('.rk-check')
      || (document.querySelector('.rk-step') && (document.querySelector('.rk-step').dataset.step !== k || document.querySelector('.rk-step .rk-progress')?.innerText !== p)), [key, at]);
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

// "Svar som behövs" on the result, while the competence is asked per measure: the engine names
// `provider.competence` once (docs/API.md §2), which the page does not show then, so the item is
// about the measures whose own answer decides it, and "Svara" leads to theirs (state.js askedAs()).
const FIVE = {
  ...EMPLOYER, 'person.category': 'Tjänsteman', 'person.age': '44', 'person.has_sgi': YES, 'person.on_sick_leave': 'Nej',
  ...measure(0, 'Stödsamtal / enskilda samtal', 'Legitimerad psykolog', '12 000', '2026-11-02'),
  ...measure(1, 'Kognitiv beteendeterapi (KBT)', 'Legitimerad psykoterapeut', '15 000', '2026-11-03'),
  ...measure(2, 'Anpassa arbetsplatsen', 'Ergonom', '8 500', '2026-11-04'),
  ...measure(3, 'Ryggkurs', 'Fysioterapeut (sjukgymnast)', '4 200', '2026-11-05'),
  ...measure(4, 'Utreda behov för att vara kvar i eller återgå till arbetet (arbetsförmågebedömning)', 'Arbetsterapeut', '9 800', '2026-11-06'),
  'measures[0].provider.competence': ['Beteendevetenskap'], 'measures[1].provider.competence': ['Beteendevetenskap'],
  'measures[2].provider.competence': ['Ergonomi'], 'measures[3].provider.competence': ['Rehabilitering'], 'measures[4].provider.competence': 'Vet ej',
};
const COMPETENCE = 'Inom vilka områden har utföraren kompetens?';
/** The answers as the result's own "Spara svaren som fil" saves them. */
async function savedFromResult(page) {
  const download = page.waitForEvent('download');
  await page.locator('.rk-result').getByRole('button', { name: 'Spara svaren som fil', exact: true }).click();
  return JSON.parse(fs.readFileSync(await (await download).path(), 'utf8'));
}
/** The item of "Svar som behövs" that asks the competence. */
const competenceItem = (page) => page.locator('.rk-open .rk-open-q', { hasText: COMPETENCE });
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return { tag: a?.tagName, path: a?.closest('[data-path]')?.dataset.path ?? null, top: a?.getBoundingClientRect().top ?? null };
});

test('five measures, the competence "Vet ej" for Insats 5: "Svara" at the result\'s item asks Insats 5\'s own, then returns; on "Alla frågor" it goes to that question; the item names Insats 5', async () => {
  const { page, context, log } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  await throughProvider(page, FIVE, { add: ['measure:0', 'measure:1', 'measure:2', 'measure:3'], shot: 'per-measure-five-provider-375' });
  const saved = await savedAnswers(page);
  assert.deepEqual(saved.measures.map((m) => m.provider.competence), [['behavioural_science'], ['behavioural_science'], ['ergonomics'], ['rehabilitation'], 'unknown']);
  await page.getByRole('button', { name: 'Visa resultatet' }).click();
  const item = competenceItem(page);
  await item.waitFor();
  await page.locator('.rk-open').screenshot({ path: `${SHOTS}/per-measure-five-open-375.png` });
  // (a) Step by step: Insats 5's own question, its "Vet ej" shown, the focus at it; answered, back to the result.
  await item.getByRole('button', { name: /^Svara: / }).click();
  const step = page.locator('.rk-step');
  await step.waitFor();
  await shoot(page, 'per-measure-five-svara-375');
  assert.equal(await step.getAttribute('data-step'), 'q:measures[4].provider.competence');
  assert.doesNotMatch(await step.innerText(), /Behövs inte längre/);
  assert.equal(await step.locator('[data-moot]').count(), 0, 'nothing folded');
  const q = step.locator('[data-path="measures[4].provider.competence"]');
  assert.match(await page.locator('.rk-step h1').innerText(), /^Insats 5: Utreda behov [^\n]*\n[:\n]*Inom vilka områden har utföraren kompetens\?$/);
  assert.equal(await q.getByLabel('Vet ej', { exact: true }).isChecked(), true, 'the answer given shows');
  const start = await focused(page);
  assert.ok(start.tag === 'H1' || start.path === 'measures[4].provider.competence', `the focus at the question: ${JSON.stringify(start)}`);
  assert.deepEqual(await axe(page), []);
  await q.getByLabel('Vet ej', { exact: true }).uncheck();
  await q.getByLabel('Medicin', { exact: true }).check();
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await page.getByRole('heading', { name: 'Resultat', level: 1 }).waitFor();
  assert.equal(await competenceItem(page).count(), 0, 'answered: no longer needed');
  assert.deepEqual((await savedFromResult(page)).measures[4].provider.competence, ['medicine']);
  // (b) "Alla frågor på en sida", Insats 5's answer "Vet ej" again: "Svara" beside the questions scrolls to it and focuses it.
  await page.getByText('Meny', { exact: true }).click();
  await page.getByRole('button', { name: 'Alla frågor på en sida' }).click();
  const all = page.locator('.rk-all');
  await all.waitFor();
  await all.locator('[data-path="measures[4].provider.competence"]').getByLabel('Vet ej', { exact: true }).check();
  const aside = competenceItem(page);
  await aside.waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await aside.getByRole('button', { name: /^Svara: / }).click();
  await page.waitForTimeout(300);
  const at = await focused(page);
  assert.equal(at.path, 'measures[4].provider.competence', `the focus in Insats 5's question: ${JSON.stringify(at)}`);
  assert.ok(at.top >= 0 && at.top < 800, `in view: ${at.top}`);
  await page.screenshot({ path: `${SHOTS}/per-measure-five-all-375.png` });
  // (c) The item says which measure it is about, to the eye and to a screen reader.
  assert.equal(await aside.locator('.rk-open-text').innerText(), `Insats 5\n${COMPETENCE}`);
  assert.equal(await aside.getAttribute('data-open'), 'measures[4].provider.competence');
  assert.equal(await aside.getByRole('button', { name: `Svara: ${COMPETENCE} (Insats 5)`, exact: true }).count(), 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('five measures from a file, the competence not given for Insats 5: "Svara" asks it and returns to the result; the item names Insats 5', async () => {
  const { page, context, log } = await openStart(env, { width: 375, height: 800 });
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  const m = (kind, performer, cost, date, competence) => ({ kind, cost_ore: cost, date, individual: true, evidence_based: true, other_payer_ore: 0,
    provider: { performer, ...(competence ? { competence } : {}) } });
  const doc = { employer: { sector: 'private', ags_insurance: true, medarbetaravtal: false, fk_ars_granted_this_year_ore: 0 },
    person: { employment: 'employed', category: 'tjansteman', work_capacity: 'at_risk', rehab_need_documented: true, work_capacity_prospect: true,
      return_to_work_plan: true, consent: true, fk_ars_granted_this_year_ore: 0 },
    provider: { fk_approved: true, knows_workplace: true, contracted: true, ivo_permit: false },
    measures: [m('support_talks', 'licensed_psychologist', 1200000, '2026-11-02', ['behavioural_science']), m('kbt', 'licensed_psychotherapist', 1500000, '2026-11-03', ['behavioural_science']),
      m('adapt_workplace', 'ergonomist', 850000, '2026-11-04', ['ergonomics']), m('back_course', 'physiotherapist', 420000, '2026-11-05', ['rehabilitation']),
      m('investigate_work_needs', 'occupational_therapist', 980000, '2026-11-06')] };
  await openAnswers(page, { name: 'five.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.locator('.rk-check').waitFor();
  await page.getByRole('button', { name: 'Visa resultatet' }).click();
  const item = competenceItem(page);
  await item.waitFor();
  await item.getByRole('button', { name: /^Svara: / }).click();
  const step = page.locator('.rk-step');
  await step.waitFor();
  await shoot(page, 'per-measure-five-unanswered-svara-375');
  assert.equal(await step.getAttribute('data-step'), 'q:measures[4].provider.competence');
  const q = step.locator('[data-path="measures[4].provider.competence"]');
  assert.equal(await q.getAttribute('data-moot'), null, 'asked, not folded');
  assert.equal(await q.locator('input[type=checkbox]:checked').count(), 0, 'not answered yet');
  // Back to the result unanswered: the item names Insats 5.
  await page.locator('.rk-step .rk-back').click();
  await item.waitFor();
  assert.equal(await item.locator('.rk-open-text').innerText(), `Insats 5\n${COMPETENCE}`);
  await item.getByRole('button', { name: `Svara: ${COMPETENCE} (Insats 5)`, exact: true }).click();
  await q.getByLabel('Rehabilitering', { exact: true }).check();
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await page.getByRole('heading', { name: 'Resultat', level: 1 }).waitFor();
  assert.equal(await competenceItem(page).count(), 0);
  const answers = await savedFromResult(page);
  assert.deepEqual(answers.measures[4].provider.competence, ['rehabilitation']);
  assert.equal(answers.provider.competence, undefined, 'Insats 5\'s own, not the provider\'s');
  assert.deepEqual(log.errors, []);
  await context.close();
});
