// The question fields as people use them at 375 px: Enter in a text box continues as "Fortsätt"
// does; a box "Vet ej" switched off looks switched off; a value out of range is said in the page's
// own words, in kronor; a measure's page among several names the measure in each label; a page
// of more about one measure is named in the singular and names the measure once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, shoot, fillDate } from './helpers.mjs';
import { openStart, startAs, axe, savedAnswers } from './flow.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const text = (s) => s.replace(/\u00a0/g, ' ');
const measurePage = (page, i = 0) => page.locator(`.rk-step[data-step="measure:${i}"]`);

async function fillMeasure(page, i, { kind = 'Ryggkurs', performer = 'Fysioterapeut (sjukgymnast)', date = '2026-10-01' } = {}) {
  await page.locator(`[data-path="measures[${i}].kind"] select`).selectOption({ label: kind });
  await page.locator(`[data-path="measures[${i}].provider.performer"] select`).selectOption({ label: performer });
  await fillDate(page.locator(`[data-path="measures[${i}].date"]`), date);
}

test('Enter in a text box continues, the text typed taken first; a problem stops it with the error summary, as "Fortsätt" does', async () => {
  const { page, context, log } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  await fillMeasure(page, 0);
  const cost = page.locator('[data-path="measures[0].cost_ore"] input');
  // Something that is not an amount: Enter shows the summary, the focus on it, the page stays.
  await cost.fill('tolv');
  await cost.press('Enter');
  const summary = page.locator('.rk-error-summary');
  await summary.waitFor();
  assert.equal(await summary.evaluate((s) => s.contains(document.activeElement)), true, 'the focus on the summary');
  assert.equal(await measurePage(page).count(), 1);
  // "0" and Enter: taken, and the next page.
  await cost.fill('0');
  await cost.press('Enter');
  await page.locator('.rk-step:not([data-step="measure:0"]), .rk-check').first().waitFor();
  assert.equal((await savedAnswers(page)).measures[0].cost_ore, 0);
  // Enter in the date's last box: the date typed is taken too.
  await page.keyboard.press('Escape');
  await page.locator('.rk-back').click();
  await measurePage(page).waitFor();
  const year = page.locator('[data-path="measures[0].date"] input.rk-date-year');
  await year.fill('2027');
  await year.press('Enter');
  await page.locator('.rk-step:not([data-step="measure:0"]), .rk-check').first().waitFor();
  assert.equal((await savedAnswers(page)).measures[0].date, '2027-10-01');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('out of range, said in the page\'s words: a negative cost, and one too large in kronor, both languages; the summary a sentence', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  await fillMeasure(page, 0);
  const cost = page.locator('[data-path="measures[0].cost_ore"] input');
  const summary = page.locator('.rk-error-summary');
  const at = page.locator('[data-path="measures[0].cost_ore"] .rk-error');
  await cost.fill('-500');
  await cost.press('Enter');
  await summary.waitFor();
  assert.equal(text(await summary.locator('li').innerText()), 'Vad kostar insatsen? Beloppet kan inte vara mindre än 0 kr.');
  assert.equal(text(await at.textContent()), 'Fel: Beloppet kan inte vara mindre än 0 kr.');
  await cost.fill('20000000000');
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await page.waitForFunction(() => /för stort/.test(document.querySelector('.rk-error-summary')?.textContent ?? ''));
  assert.equal(text(await summary.locator('li').innerText()), 'Vad kostar insatsen? Beloppet är för stort. Skriv högst 10 000 000 000 kr.');
  await shoot(page, 'fields-money-too-large-375');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.waitForFunction(() => /too large/.test(document.querySelector('.rk-error-summary')?.textContent ?? ''));
  assert.equal(text(await summary.locator('li').innerText()), 'What does the measure cost? The amount is too large. Write at most 10 000 000 000 kr.');
  await context.close();
});

test('a box switched off by "Vet ej" looks switched off: grey, its border and text muted', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  await fillMeasure(page, 0);
  await page.locator('[data-path="measures[0].cost_ore"] input').fill('12000');
  // "Alla frågor på en sida" shows the measure's other questions, among them an amount with "Vet ej".
  await page.getByText('Meny', { exact: true }).click();
  await page.getByRole('button', { name: 'Alla frågor på en sida', exact: true }).click();
  const q = page.locator('[data-path="measures[0].other_payer_ore"]');
  await q.waitFor();
  const box = q.locator('input[type=text]');
  const look = () => box.evaluate((b) => { const s = getComputedStyle(b); return [s.backgroundColor, s.borderTopColor, s.color]; });
  assert.deepEqual(await look(), ['rgb(255, 255, 255)', 'rgb(11, 12, 12)', 'rgb(11, 12, 12)']);
  await q.getByLabel('Vet ej', { exact: true }).check();
  assert.equal(await box.isDisabled(), true);
  assert.deepEqual(await look(), ['rgb(243, 242, 241)', 'rgb(177, 180, 182)', 'rgb(80, 90, 95)']);
  await q.scrollIntoViewIfNeeded();
  await shoot(page, 'fields-unknown-disabled-375');
  await context.close();
});

test('a measure\'s page among several names the measure in each label; more about one measure is singular and names it once', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  await fillMeasure(page, 0, { kind: 'Stödsamtal / enskilda samtal', performer: 'Legitimerad psykolog' });
  await page.locator('[data-path="measures[0].cost_ore"] input').fill('12000');
  // One measure: its page's labels are the questions alone (the caption says which measure).
  assert.equal(await page.getByLabel('Vad kostar insatsen?', { exact: true }).count(), 1);
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  // Through the pages to "Mer om insatsen", singular with one measure.
  let details = null;
  for (let n = 0; n < 12 && !details; n++) {
    const step = page.locator('.rk-step');
    await step.waitFor();
    if ((await step.getAttribute('data-step')) === 'details') { details = step; break; }
    for (const q of await step.locator('.rk-q:not([data-moot])').all()) {
      if (await q.locator('input[type=radio]').count()) await q.locator('input[type=radio]').first().check();
      else if (await q.locator('select').count()) await q.locator('select').selectOption({ index: 1 });
      else if (await q.locator('input[type=checkbox]').count() && !(await q.locator('input[type=text]').count())) await q.locator('input[type=checkbox]').first().check();
      else await q.locator('input').first().fill('0');
    }
    await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
    await page.waitForTimeout(50);
  }
  assert.ok(details, 'the details page is asked');
  const h1 = await page.getByRole('heading', { level: 1 }).first().innerText();
  assert.ok((await details.locator('.rk-q').count()) > 1);
  assert.equal(h1, 'Mer om insatsen');
  assert.equal(await details.locator('h2', { hasText: 'Insats 1' }).count(), 1);
  await shoot(page, 'fields-details-one-375');
  // A second measure: on its page each label names it, for a screen reader; the eye has the caption.
  await page.goto(`${env.origin}/`);
  await startAs(page, 'Arbetsgivare');
  await fillMeasure(page, 0);
  await page.locator('[data-path="measures[0].cost_ore"] input').fill('8000');
  await page.getByRole('button', { name: 'Lägg till en insats till', exact: true }).click();
  await measurePage(page, 1).waitFor();
  assert.equal(await page.getByLabel('Insats 2: Vad kostar insatsen?', { exact: true }).count(), 1);
  const label = page.locator('[data-path="measures[1].cost_ore"] label');
  assert.equal(await label.locator('.rk-visually-hidden').textContent(), 'Insats 2: ', 'heard, not shown: the caption above says it');
  assert.equal(await label.locator('.rk-caption').count(), 0);
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('"Ändra" a measure\'s kind: the question the new kind opens names the measure once, in its heading', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  const doc = {
    employer: { sector: 'private', ags_insurance: true, medarbetaravtal: false, fk_ars_granted_this_year_ore: 0 },
    person: { category: 'arbetare', fk_ars_granted_this_year_ore: 0, employment: 'employed', work_capacity: 'at_risk', rehab_need_documented: true,
      work_capacity_prospect: true, return_to_work_plan: true, consent: true },
    provider: { fk_approved: true, knows_workplace: true, contracted: true, ivo_permit: false, competence: ['behavioural_science'] },
    measures: [{ kind: 'support_talks', provider: { performer: 'licensed_psychologist' }, cost_ore: 1200000, date: '2026-11-01', individual: true, other_payer_ore: 0 }],
  };
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Meny', { exact: true }).click();
  await page.getByRole('button', { name: 'Öppna sparade svar', exact: true }).click();
  await (await chooser).setFiles({ name: 'case.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(doc)) });
  await page.locator('.rk-check').waitFor();
  await page.getByRole('button', { name: /Ändra Vilken sorts insats\?/ }).click();
  await page.locator('[data-path="measures[0].kind"] select').selectOption({ label: 'Ryggkurs' });
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  const step = page.locator('.rk-step:not([data-step="measure:0"])');
  await step.waitFor();
  await shoot(page, 'fields-change-kind-375');
  assert.equal(await step.getByText('Insats 1: Ryggkurs', { exact: true }).count(), 1, await step.innerText());
  await context.close();
});
