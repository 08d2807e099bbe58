// Moving about while changing an answer from "Kontrollera dina svar", as a reviewer and a new user
// tried it at 375 pixels: the browser's Back from a change page, "Tillbaka" along the user's path,
// a change that survives a notice (a file saved) and ends when another case is opened, a measure
// added and left with nothing answered, a removed measure's numbers in the pages behind, and an
// error summary that says what its fields say now.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { start, shoot, fillDate } from './helpers.mjs';
import { openStart, startAs, openAnswers, savedAnswers } from './flow.mjs';

let env;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-change-'));
before(async () => { env = await start(); });
after(async () => { await env?.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

/** A private employer's case, everything answered, with `n` like measures. */
const caseOf = (n, cost = 105000) => ({
  date: '2026-03-01', employer: { sector: 'private', ags_insurance: true, medarbetaravtal: false, fk_ars_granted_this_year_ore: 0 },
  person: { employment: 'employed', category: 'arbetare', age: 44, work_capacity: 'at_risk', rehab_need_documented: true, work_capacity_prospect: true,
    return_to_work_plan: true, has_sgi: true, consent: true, on_sick_leave: false, fk_ars_granted_this_year_ore: 0 },
  provider: { fk_approved: true, competence: ['behavioural_science'], knows_workplace: true, contracted: true, ivo_permit: false, performer: 'licensed_psychologist' },
  measures: Array.from({ length: n }, () => ({ kind: 'support_talks', cost_ore: cost, date: '2026-02-01', individual: true, other_payer_ore: 0 })),
});

function file(name, answers) {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, JSON.stringify(answers));
  return f;
}

/** The saved file without its scope (the role's, not an answer). */
async function savedWithoutScope(page) {
  const { scope, ...saved } = await savedAnswers(page);
  return saved;
}

const checkPage = (page) => page.getByRole('heading', { name: 'Kontrollera dina svar', level: 1 });
const focused = (page) => page.evaluate(() => `${document.activeElement.tagName} ${document.activeElement.textContent.trim().slice(0, 80)}`);
// The back link (its chevron, drawn by CSS, is part of its accessible name).
const tillbaka = (page) => page.locator('.rk-view .rk-back');
const change = (page, label) => page.getByRole('button', { name: `Ändra ${label}`, exact: true });

/** An employer's page at 375 pixels on the check page of a file of `n` measures. */
async function onCheckPage(n = 3) {
  const { page, context, log } = await openStart(env, { width: 375, height: 800 });
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  await openAnswers(page, file(`case-${n}.json`, caseOf(n)));
  await checkPage(page).waitFor();
  return { page, context, log };
}

test('the browser\'s Back from a change page, the focus in its question, returns to the row\'s "Ändra" with no page error', async () => {
  const { page, context, log } = await onCheckPage();
  await change(page, 'Vad kostar insatsen? (Insats 3)').scrollIntoViewIfNeeded();
  const y = await page.evaluate(() => scrollY);
  await change(page, 'Vad kostar insatsen? (Insats 3)').click();
  await page.locator('.rk-step[data-step="measure:2"]').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-path]')?.dataset.path), 'measures[2].cost_ore', 'the focus in the cost');
  // Leaving removes the control in focus, whose blur must not start a render inside the one under way.
  await page.goBack();
  await checkPage(page).waitFor();
  await page.waitForTimeout(100); // a render the blur asked for has had its turn
  assert.equal(await focused(page), 'BUTTON Ändra Vad kostar insatsen? (Insats 3)');
  assert.equal(await page.evaluate(() => scrollY), y, 'the check page where it was');
  await shoot(page, 'change-browser-back-375');
  // A value typed there and the page left by Back: taken as the user typed it, without an error either.
  await change(page, 'Vad kostar insatsen? (Insats 3)').click();
  await page.locator('.rk-step[data-step="measure:2"]').waitFor();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('2 000');
  await page.goBack();
  await checkPage(page).waitFor();
  await page.waitForTimeout(100);
  assert.equal(await focused(page), 'BUTTON Ändra Vad kostar insatsen? (Insats 3)');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('"Tillbaka" goes back along the user\'s path, as the browser\'s Back does: from the result to the check page, then to the page before it', async () => {
  const { page, context, log } = await onCheckPage();
  const length = await page.evaluate(() => history.length);
  await page.getByRole('button', { name: 'Visa resultatet', exact: true }).click();
  await page.getByRole('heading', { name: 'Resultat', level: 1 }).waitFor();
  await tillbaka(page).click();
  await checkPage(page).waitFor();
  await tillbaka(page).click();
  // The check page came from the start page (the file was opened there): back there, not on to the result.
  await page.getByRole('heading', { name: 'Vilket rehabiliteringsstöd kan ni få?', level: 1 }).waitFor();
  assert.equal(await page.evaluate(() => history.length), length + 1, 'only the result\'s entry was added');
  // Forward retraces the same path.
  await page.goForward();
  await checkPage(page).waitFor();
  await page.goForward();
  await page.getByRole('heading', { name: 'Resultat', level: 1 }).waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a change survives a notice on its page (a file saved) and returns to its row; opening another file ends it, on the new case\'s check page from its top', async () => {
  const { page, context, log } = await onCheckPage();
  await change(page, 'Vad kostar insatsen? (Insats 3)').click();
  await page.locator('.rk-step[data-step="measure:2"]').waitFor();
  await savedWithoutScope(page);
  await page.getByText('Svaren är sparade', { exact: false }).first().waitFor();
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await checkPage(page).waitFor();
  assert.equal(await focused(page), 'BUTTON Ändra Vad kostar insatsen? (Insats 3)', 'back at the row, not on to "Mer om insatserna"');

  await change(page, 'Vad kostar insatsen? (Insats 3)').click();
  await page.locator('.rk-step[data-step="measure:2"]').waitFor();
  await openAnswers(page, file('other.json', caseOf(4, 200000)));
  await page.getByText('De sparade svaren är inlästa.').waitFor();
  await checkPage(page).waitFor();
  assert.equal(await page.evaluate(() => scrollY), 0, 'the new case from its top');
  assert.doesNotMatch(await focused(page), /Ändra/);
  assert.ok(await page.getByText('De sparade svaren är inlästa.').isVisible(), 'the notice in view');
  await shoot(page, 'change-file-opened-375');
  // The pages behind no longer return to a row: Back to the measure page, then "Fortsätt" goes on as anywhere.
  await page.goBack();
  await page.locator('.rk-step[data-step="measure:2"]').waitFor();
  assert.equal(await page.locator('.rk-progress').count(), 1, 'an ordinary question page: its progress shows');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a measure added from the check page and left with "Tillbaka" before anything is answered does not stay; one answered stays', async () => {
  const { page, context, log } = await onCheckPage(2);
  const bar = await page.locator('.rk-bar').innerText();
  const before = await savedWithoutScope(page);
  await page.getByRole('button', { name: 'Lägg till en insats', exact: true }).click();
  await page.locator('.rk-step[data-step="measure:2"]').waitFor();
  await tillbaka(page).click();
  await checkPage(page).waitFor();
  assert.equal(await page.getByRole('heading', { name: /^Insats 3/ }).count(), 0, 'no empty "Insats 3"');
  assert.equal(await page.getByText('Inte besvarad').count(), 0);
  assert.equal(await page.locator('.rk-bar').innerText(), bar, '"Resultat hittills" as before');
  assert.deepEqual(await savedWithoutScope(page), before, 'the answers as before');
  // Forward shows its page again, empty, and an answer there adds the measure.
  await page.goForward();
  await page.locator('.rk-step[data-step="measure:2"]').waitFor();
  await page.locator('[data-path="measures[2].kind"] select').selectOption({ label: 'Stödsamtal / enskilda samtal' });
  await tillbaka(page).click();
  await checkPage(page).waitFor();
  assert.equal(await page.getByRole('heading', { name: /^Insats 3/ }).count(), 1, 'a measure with an answer stays');
  await shoot(page, 'change-added-answered-375');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a removed measure\'s numbers follow in the pages behind: a change of a later measure returns to that measure\'s row under its new number', async () => {
  const { page, context, log } = await onCheckPage(3);
  // A change of Insats 3 that adds a fourth measure on the way: its pages are behind the check page.
  await change(page, 'Vad kostar insatsen? (Insats 3)').click();
  await page.locator('.rk-step[data-step="measure:2"]').waitFor();
  await page.getByRole('button', { name: 'Lägg till en insats till', exact: true }).click();
  await page.locator('.rk-step[data-step="measure:3"]').waitFor();
  await page.locator('[data-path="measures[3].kind"] select').selectOption({ label: 'Stödsamtal / enskilda samtal' });
  // A measure added is asked its own performer (the provider's given once is the others').
  await page.locator('[data-path="measures[3].provider.performer"] select').selectOption({ label: 'Legitimerad psykolog' });
  await page.locator('[data-path="measures[3].cost_ore"] input').fill('1 000');
  await fillDate(page.locator('[data-path="measures[3].date"]'), '2026-02-01');
  for (let i = 0; i < 5 && !(await checkPage(page).isVisible()); i++) {
    const key = await page.locator('.rk-step').getAttribute('data-step');
    for (const q of await page.locator('.rk-step .rk-q:not([data-moot]) input[type=radio][value="false"]').all()) await q.check();
    for (const q of await page.locator('.rk-step .rk-q:not([data-moot]) input.rk-input-money').all()) if (!(await q.inputValue())) await q.fill('0');
    await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
    await page.locator(`.rk-step:not([data-step="${key}"]), .rk-check`).first().waitFor();
  }
  await checkPage(page).waitFor();
  assert.equal(await focused(page), 'BUTTON Ändra Vad kostar insatsen? (Insats 3)');
  // Insats 1 removed: Insats 3 is now Insats 2.
  await change(page, 'Vilken sorts insats? (Insats 1)').click();
  await page.locator('.rk-step[data-step="measure:0"]').waitFor();
  await page.getByRole('button', { name: 'Ta bort insatsen (Insats 1)', exact: true }).click();
  await checkPage(page).waitFor();
  // Back through the pages behind to the changed measure's page, now Insats 2's; "Fortsätt" returns to its row.
  for (let i = 0; i < 6 && !(await page.locator('.rk-step[data-step="measure:1"]').isVisible()); i++) {
    await page.goBack();
    await page.locator('.rk-step, .rk-check').first().waitFor();
    await page.waitForTimeout(50);
  }
  await page.locator('.rk-step[data-step="measure:1"]').waitFor();
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await checkPage(page).waitFor();
  assert.equal(await focused(page), 'BUTTON Ändra Vad kostar insatsen? (Insats 2)');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the error summary says what the fields say now: each message as it is at its field, a question answered leaves it', async () => {
  const { page, context, log } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  await page.locator('[data-path="measures[0].kind"] select').selectOption({ label: 'Stödsamtal / enskilda samtal' });
  await page.locator('[data-path="measures[0].cost_ore"] input').fill('1 000');
  const date = page.locator('[data-path="measures[0].date"]');
  const summary = () => page.locator('.rk-error-summary li').allInnerTexts();
  // The field's message, without the visually hidden "Fel: " before it.
  const atField = async () => (await date.locator('.rk-error').innerText()).replace(/^Fel:\s*/, '');
  /** The summary lists the date with the message its field shows now. */
  const agree = async (pattern) => {
    const field = await atField();
    assert.match(field, pattern);
    const listed = (await summary()).filter((s) => s.startsWith('När görs eller gjordes insatsen?'));
    assert.deepEqual(listed, [`När görs eller gjordes insatsen? ${field}`], 'the summary says what the field says');
  };
  const fortsatt = page.getByRole('button', { name: 'Fortsätt', exact: true });
  await fillDate(date, { day: '1', month: '2', year: '26' });
  await fortsatt.click();
  await page.locator('.rk-error-summary').waitFor();
  await agree(/fyra siffror/);
  await fillDate(date, { day: '', month: '2', year: '2026' });
  await agree(/^Datumet måste ha en dag\.$/);
  await fillDate(date, { day: '1', month: '13', year: '2026' });
  await agree(/månad/i);
  await fillDate(date, { day: '31', month: 'februari', year: '2026' });
  await agree(/Februari 2026 har 28 dagar/);
  assert.ok((await summary()).includes('Välj vem som utför insatsen'), 'a question not answered stays listed');
  await shoot(page, 'change-summary-current-375');
  await fillDate(date, '2026-02-01');
  assert.deepEqual(await summary(), ['Välj vem som utför insatsen'], 'the date answered leaves the summary');
  await page.locator('[data-path="measures[0].provider.performer"] select').selectOption({ label: 'Legitimerad psykolog' });
  assert.equal(await page.locator('.rk-error-summary').count(), 0, 'nothing wrong: no summary');
  assert.deepEqual(log.errors, []);
  await context.close();
});
