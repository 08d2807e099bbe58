// The questionnaire clicked through as a user, in Debian's Chromium: the start page, a question
// page, "Kontrollera dina svar" with "Ändra", keeping work safe ("Börja om" with "Ångra", typed
// text across a language switch, checks on leaving a field, one announcement), saving and opening
// answers as a file, "Alla frågor på en sida", "Om tjänsten", privacy, printing and zoom.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { start, shoot, storageIsEmpty, fillDate } from './helpers.mjs';
import { openStart, startAs, axe, layoutShift, card } from './flow.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const norm = (s) => s.replace(/\u00a0/g, ' ');
/** A private employer's whole case, as "Spara svaren som fil" writes it. */
const EMPLOYER_CASE = {
  employer: { sector: 'private', ags_insurance: true, medarbetaravtal: false, fk_ars_granted_this_year_ore: 0 },
  person: { employment: 'employed', category: 'arbetare', work_capacity: 'at_risk', rehab_need_documented: true, work_capacity_prospect: true,
    return_to_work_plan: true, has_sgi: true, fk_ars_granted_this_year_ore: 0, insured_in_sweden: true, doctor_certificate: false, needs_work_rehab: false },
  provider: { fk_approved: true, competence: ['behavioural_science'], knows_workplace: true },
  measures: [
    { kind: 'back_course', provider: { performer: 'physiotherapist' }, cost_ore: 800000, date: '2026-10-01', evidence_based: true, other_payer_ore: 0 },
    { kind: 'support_talks', provider: { performer: 'licensed_psychologist' }, cost_ore: 1200000, date: '2026-11-01', individual: true, other_payer_ore: 0 },
  ],
};

function writeJson(name, value) {
  const file = path.join(os.tmpdir(), name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

async function menu(page, item) {
  await page.getByText('Meny', { exact: true }).click();
  await page.getByRole('button', { name: item, exact: true }).click();
}

/** Opens a saved answers file through the menu, as a user would. */
async function openFile(page, file) {
  const chooser = page.waitForEvent('filechooser');
  await menu(page, 'Öppna sparade svar');
  await (await chooser).setFiles(file);
}

async function employerAtCheck(page) {
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  await openFile(page, writeJson('rk-employer.json', EMPLOYER_CASE));
  await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();
}

const row = (page, question) => page.locator('.rk-summary-row', { has: page.locator('dt', { hasText: question }) });

test('the start page says what, for whom, how long and that nothing is stored; Starta needs a role', async () => {
  const { page, context, log } = await openStart(env);
  const text = await page.locator('.rk-start').innerText();
  assert.match(text, /Vilket rehabiliteringsstöd kan ni få\?/);
  assert.match(text, /Inget skickas och inget sparas/);
  assert.match(text, /ungefär 5 minuter/);
  assert.match(text, /arbetsgivare, anordnare som företagshälsovård, privatpersoner och regioner/);
  await page.getByRole('button', { name: /^Starta/ }).click();
  assert.match(await page.locator('.rk-start .rk-error').innerText(), /Välj vem du är/);
  // GOV.UK's error summary on top, with the focus; its link to the first role.
  const summary = page.locator('.rk-start .rk-error-summary');
  assert.equal(norm(await summary.innerText()), 'Det finns ett problem\nVälj vem du är');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('rk-error-summary')), true, 'the focus in the summary');
  assert.deepEqual(await axe(page), []);
  await summary.getByRole('link', { name: 'Välj vem du är' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.id), await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).getAttribute('id'));
  await startAs(page, 'Arbetsgivare');
  assert.match(await page.locator('.rk-progress').innerText(), /^Fråga 1 av ungefär \d+$/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a button focused by the keyboard while the pointer rests on it shows the focus colours: black on yellow, not black on green', async () => {
  const { page, context } = await openStart(env);
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  const button = page.getByRole('button', { name: /^Starta/ });
  for (let i = 0; i < 20 && !(await button.evaluate((b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
  const box = await button.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const look = await button.evaluate((b) => ({ hover: b.matches(':hover'), focus: b.matches(':focus-visible'), ...(({ backgroundColor, color }) => ({ backgroundColor, color }))(getComputedStyle(b)) }));
  assert.deepEqual(look, { hover: true, focus: true, backgroundColor: 'rgb(255, 221, 0)', color: 'rgb(11, 12, 12)' });
  await context.close();
});

test('"Ändra" returns to the check page; an answer that stops mattering is hidden, kept, and comes back', async () => {
  const { page, context } = await openStart(env);
  await employerAtCheck(page);
  assert.equal(norm(await row(page, 'Är medarbetaren arbetare eller tjänsteman?').locator('dd').first().innerText()), 'Arbetare');
  await row(page, 'Inom vilken sektor finns arbetsgivaren?').getByRole('button', { name: /Ändra/ }).click();
  await page.getByLabel('Kommun', { exact: true }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();
  assert.equal(await row(page, 'Är medarbetaren arbetare eller tjänsteman?').count(), 0, 'the category does not matter under AGS-KL');
  await row(page, 'Inom vilken sektor finns arbetsgivaren?').getByRole('button', { name: /Ändra/ }).click();
  await page.getByLabel('Privat sektor', { exact: true }).check();
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();
  assert.equal(norm(await row(page, 'Är medarbetaren arbetare eller tjänsteman?').locator('dd').first().innerText()), 'Arbetare', 'the answer was kept');
  await row(page, 'Bedömningen gäller').getByRole('button', { name: /Ändra/ }).click();
  await fillDate(page.getByRole('group', { name: 'Vilken dag ska bedömningen gälla?' }), '2026-12-01');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  assert.equal(await row(page, 'Bedömningen gäller').locator('dd').first().innerText(), '1 december 2026');
  await context.close();
});

test('"Ändra" that makes new questions relevant asks them first, then returns to the check page', async () => {
  const { page, context } = await openStart(env);
  await employerAtCheck(page);
  await page.locator('.rk-summary-row', { hasText: 'Ryggkurs' }).getByRole('button', { name: /Ändra/ }).click();
  await page.locator('[data-path="measures[0].kind"] select').selectOption({ label: 'Beroendebehandling' });
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.locator('.rk-step').waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Kontrollera dina svar' }).count(), 0, 'the new questions come first');
  const { walk } = await import('./flow.mjs');
  const pages = await walk(page, { 'measures[0].addiction': 'Alkohol och droger', 'measures[0].setting': 'Öppenvård', 'measures[0].package_price': 'Nej',
    'measures[0].guideline_method': 'Ja', 'measures[0].individual': 'Ja', 'measures[0].other_payer_ore': '0', 'provider.ivo_permit': 'Ja',
    'provider.performer': 'Läkare', 'provider.contracted': 'Ja' });
  assert.ok(pages.flat().includes('measures[0].addiction'), JSON.stringify(pages));
  await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();
  assert.match(await page.locator('.rk-check').innerText(), /Vilket beroende gäller behandlingen\?\nAlkohol och droger/);
  await context.close();
});

test('"Börja om" offers "Ångra", which brings every answer back', async () => {
  const { page, context } = await openStart(env);
  await employerAtCheck(page);
  await menu(page, 'Börja om');
  await page.getByText('Svaren är borttagna.').waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).isChecked(), false);
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Ångra', 'focus on the undo button');
  await page.getByRole('button', { name: 'Ångra' }).click();
  await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();
  assert.equal(norm(await row(page, 'Vad kostar insatsen?').first().locator('dd').first().innerText()), '8 000 kr');
  await context.close();
});

test('typed text survives a language switch; a field is checked when it is left, not while typing', async () => {
  const { page, context } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  const cost = page.locator('[data-path="measures[0].cost_ore"]');
  const date = page.locator('[data-path="measures[0].date"]');
  await cost.locator('input').pressSequentially('8 0');
  await date.getByLabel('Dag', { exact: true }).pressSequentially('15');
  await page.keyboard.press('Tab');
  assert.equal(await date.locator('.rk-error').isHidden(), true, 'no error from one box to the next');
  await page.keyboard.type('13');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026');
  assert.equal(await date.locator('.rk-error').isHidden(), true, 'no error while typing');
  await date.getByLabel('År', { exact: true }).blur();
  assert.equal(await date.locator('.rk-error').textContent(), 'Fel: Skriv månaden som en siffra från 1 till 12 eller med namn, till exempel 3 eller mars.');
  assert.deepEqual(await date.locator('input').evaluateAll((is) => is.map((i) => i.getAttribute('aria-invalid'))), [null, 'true', null], 'the month is marked');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('heading', { name: 'About the measure' }).waitFor();
  assert.deepEqual(await date.locator('input').evaluateAll((is) => is.map((i) => i.value)), ['15', '13', '2026'], 'the typed date is still there');
  assert.match(await cost.locator('input').inputValue(), /^80$|^8 0$|^8\u00a0?0$/);
  assert.equal(await date.locator('.rk-error').textContent(), 'Error: Write the month as a number from 1 to 12 or as its name, for example 3 or March.');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'På svenska', 'focus stays on the toggle');
  await date.getByLabel('Month', { exact: true }).fill('10');
  assert.equal(await date.locator('.rk-error').isHidden(), true, 'a valid date clears the message at once');
  await context.close();
});

test('"Fortsätt" with questions left: the error summary lists them, its links move the focus, it stays through a language switch, and an answer clears its field', async () => {
  const { page, context, log } = await openStart(env, { width: 375 });
  await startAs(page, 'Arbetsgivare');
  const summary = page.getByRole('alert').filter({ hasText: 'Det finns ett problem' });
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await summary.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.className), 'rk-error-summary', 'the focus on the summary');
  const links = summary.getByRole('link');
  const paths = ['measures[0].kind', 'measures[0].provider.performer', 'measures[0].cost_ore', 'measures[0].date'];
  assert.equal(await links.count(), paths.length, await summary.innerText());
  // Each message says what to answer: the question's own `required` text from the catalogue
  // ("Välj vem som utför insatsen"), alone in the summary (GOV.UK: the message names the question)
  // and at the field after a hidden "Fel:" (GOV.UK's error message), which the field's description points at.
  const required = async (lang) => Object.fromEntries((await (await fetch(`${env.origin}/pkg/texts-${lang}.json`)).json()).questions.map((q) => [q.id, q.required]));
  const sv = await required('sv');
  const idOf = (p) => p.replace(/^measures\[\d+\]\.(?!provider)/, 'measures[].').replace(/^measures\[\d+\]\./, '');
  const listed = await links.allInnerTexts();
  for (const [i, p] of paths.entries()) {
    assert.ok(sv[idOf(p)]?.startsWith('Välj') || sv[idOf(p)]?.startsWith('Skriv'), `${p}: the catalogue says what to answer`);
    assert.equal(listed[i], sv[idOf(p)], p);
    const f = page.locator(`[data-path="${p}"]`);
    const error = f.locator('.rk-error');
    assert.equal(await error.textContent(), `Fel: ${sv[idOf(p)]}`, p);
    assert.equal(await error.locator('.rk-visually-hidden').textContent(), 'Fel: ', `${p}: the prefix is for screen readers`);
    const errorId = await error.getAttribute('id');
    const described = await f.evaluate((w) => (w.matches('fieldset') ? w : w.querySelector('select, input')).getAttribute('aria-describedby'));
    assert.ok(described.split(' ').includes(errorId), `${p}: aria-describedby names the message`);
    assert.match(await f.getAttribute('class'), /\brk-q-error\b/, p);
  }
  await shoot(page, 'step-error-summary-375');
  assert.deepEqual(await axe(page), []);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling');

  const cost = page.locator('[data-path="measures[0].cost_ore"]');
  await links.nth(2).click();
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-path]')?.dataset.path), 'measures[0].cost_ore', 'the link moves the focus to its question');
  await page.keyboard.type('12 000');
  await page.keyboard.press('Tab');
  assert.equal(await cost.locator('.rk-error').isHidden(), true, 'answered: no message at the field');
  // The summary says what the fields say: the question answered leaves it, the others stay as at "Fortsätt".
  assert.deepEqual(await links.allInnerTexts(), listed.filter((_, i) => paths[i] !== 'measures[0].cost_ore'), 'the answered question leaves the summary');
  const date = page.locator('[data-path="measures[0].date"]');
  await fillDate(date, { day: '1', year: '2026' });
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.rk-error-summary a').length === 3);
  const texts = await links.allInnerTexts();
  assert.equal(texts[2], 'När görs eller gjordes insatsen? Datumet måste ha en månad.', 'a typing error, which does not name its question, after the question');
  assert.ok(!texts.some((t) => /kostar/.test(t)), 'the answered question is not');

  // The summary is state: the other language shows the same problems in its words.
  await page.getByRole('button', { name: 'In English' }).click();
  const english = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await english.waitFor();
  const en = await required('en');
  assert.match(await english.innerText(), new RegExp(en['measures[].kind']));
  assert.equal(await page.locator('[data-path="measures[0].kind"] .rk-error').textContent(), `Error: ${en['measures[].kind']}`);
  assert.match(await english.innerText(), /The date must include a month\./);
  await page.getByRole('button', { name: 'På svenska' }).click();
  await summary.waitFor();

  await page.locator('[data-path="measures[0].kind"] select').selectOption({ label: 'Ryggkurs' });
  await page.locator('[data-path="measures[0].provider.performer"] select').selectOption({ label: 'Fysioterapeut (sjukgymnast)' });
  await fillDate(date, '2026-10-01');
  await page.getByRole('button', { name: 'Fortsätt' }).click();
  await page.locator('.rk-step:not([data-step="measure:0"]), .rk-check').first().waitFor();
  assert.equal(await page.locator('.rk-error-summary').count(), 0, 'a new page, no summary');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the result is announced once, after typing settles', async () => {
  const { page, context } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  await page.evaluate(() => {
    window.__said = [];
    const live = document.querySelector('.rk-root [role=status][aria-live=polite]');
    new MutationObserver(() => window.__said.push(live.textContent)).observe(live, { childList: true, characterData: true, subtree: true });
  });
  await page.locator('[data-path="measures[0].kind"] select').selectOption({ label: 'Ryggkurs' });
  await page.locator('[data-path="measures[0].cost_ore"] input').pressSequentially('12000', { delay: 80 });
  assert.deepEqual(await page.evaluate(() => window.__said), [], 'nothing while typing');
  await page.waitForTimeout(1600);
  const said = await page.evaluate(() => window.__said);
  assert.equal(said.length, 1, JSON.stringify(said));
  assert.match(norm(said[0]), /^AFA: .* · FK: /);
  await context.close();
});

test('the skip link comes first and goes to the question', async () => {
  const { page, context } = await openStart(env);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Hoppa till frågan');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'H1');
  await startAs(page, 'Arbetsgivare');
  await page.locator('.rk-skip').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.closest('h1')?.textContent), 'Insats 1Om insatsen');
  assert.equal(page.url(), `${env.origin}/`, 'nothing in the URL');
  await context.close();
});

test('answers are saved as a file and opened again; a bad file names the field and keeps the answers', async () => {
  const { page, context, log } = await openStart(env);
  await employerAtCheck(page);
  const download = page.waitForEvent('download');
  await menu(page, 'Spara svaren som fil');
  const file = await (await download).path();
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.deepEqual({ ...saved, scope: undefined }, { ...EMPLOYER_CASE, scope: undefined });
  await openFile(page, writeJson('rk-bad.json', { ...EMPLOYER_CASE, person: { ...EMPLOYER_CASE.person, age: 'fyrtio' } }));
  const notice = page.locator('.rk-notice-error');
  await notice.waitFor();
  // The question in words, what is wrong in Swedish; the path (an internal word) only in the console.
  assert.match(await notice.innerText(), /Svaren kunde inte användas: ”[^”]+”: ska vara ett tal, inte "fyrtio"\./);
  assert.doesNotMatch(await notice.innerText(), /person\.age/);
  assert.match(await notice.innerText(), /De tidigare svaren finns kvar/);
  await openFile(page, writeJson('rk-not-json.json', 'inte json'));
  await page.locator('.rk-notice-error', { hasText: 'inte en fil med sparade svar' }).waitFor();
  await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();
  assert.equal(norm(await row(page, 'Vad kostar insatsen?').first().locator('dd').first().innerText()), '8 000 kr', 'the earlier answers stay');
  assert.deepEqual(await storageIsEmpty(page), { cookie: '', local: 0, session: 0, idb: 0, search: '', hash: '', entry: '{}' });
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(env.origin + '/')), [], 'no request leaves the page');
  assert.equal((await context.cookies()).length, 0);
  await context.close();
});

test('"Alla frågor på en sida" is stable: answering never scrolls the page or moves the question', async () => {
  const { page, context } = await openStart(env);
  await page.getByRole('button', { name: 'Alla frågor på en sida' }).click();
  await page.getByRole('heading', { name: 'Alla frågor på en sida', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Lägg till en insats' }).click();
  await page.locator('[data-path="measures[0].kind"] select').selectOption({ label: 'Stödsamtal / enskilda samtal' });
  const q = page.locator('[data-path="person.work_capacity"]');
  await q.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => window.scrollY);
  const top = await q.evaluate((w) => w.getBoundingClientRect().top);
  for (const label of ['Nedsatt', 'Risk för nedsättning', 'Varken nedsatt eller risk för det']) {
    await q.getByLabel(label, { exact: true }).check();
    assert.equal(await page.evaluate(() => window.scrollY), before, 'the page does not scroll');
    assert.equal(await q.evaluate((w) => w.getBoundingClientRect().top), top, 'the question does not move');
  }
  await shoot(page, 'all-on-one-page-1280');
  await context.close();
});

test('a region, 2015, completed KBT for depression, on one page: 12 000 kr to the region', async () => {
  const { page, context } = await openStart(env);
  await page.getByRole('radio', { name: 'Region', exact: true }).check();
  await page.getByRole('button', { name: 'Alla frågor på en sida' }).click();
  await fillDate(page.locator('[data-path="date"]'), '2015-06-15');
  await page.getByRole('button', { name: 'Lägg till en insats' }).click();
  const set = async (p, v) => {
    const f = page.locator(`[data-path="${p}"]`);
    if (await f.locator('.rk-date-input').count()) await fillDate(f, v);
    else if (await f.locator('select').count()) await f.locator('select').selectOption({ label: v });
    else if (await f.locator('input[type=radio]').count()) await f.getByLabel(v, { exact: true }).check();
    else await f.locator('input[type=text]').fill(v);
  };
  for (const [p, v] of [['measures[0].kind', 'Kognitiv beteendeterapi (KBT)'], ['measures[0].cost_ore', '15 000'], ['measures[0].date', '2015-03-01'],
    ['measures[0].completed', 'Ja'], ['person.age', '35'], ['person.condition', 'Depression'], ['person.medical_assessment', 'Ja'], ['provider.region_care', 'Ja']]) {
    await set(p, v);
  }
  const rg = card(page, 'rehabiliteringsgarantin');
  await rg.locator('.rk-verdict', { hasText: 'Regionen kan få' }).waitFor();
  assert.match(norm(await rg.locator('.rk-verdict').innerText()), /^Regionen kan få upp till 12 000 kr från rehabiliteringsgarantin\./);
  assert.match(norm(await rg.innerText()), /rapportera senast 31 mars 2016/);
  await context.close();
});

test('"Om tjänsten" has the accessibility statement with the WCAG 2.1 AA status as tested', async () => {
  const { page, context } = await openStart(env);
  await menu(page, 'Om tjänsten');
  await page.getByRole('heading', { name: 'Tillgänglighetsredogörelse' }).waitFor();
  const text = await page.locator('.rk-about').innerText();
  assert.match(text, /delvis förenlig med WCAG 2\.1 nivå AA/);
  assert.match(text, /Inget sparas/);
  assert.match(text, /Regelversion/);
  assert.deepEqual(await axe(page), []);
  await page.getByRole('button', { name: 'Tillbaka' }).click();
  await page.getByRole('heading', { name: 'Vilket rehabiliteringsstöd kan ni få?' }).waitFor();
  await context.close();
});

test('the printed summary fits on two A4 pages, answers in a table that never wraps letter by letter', async () => {
  const { page, context } = await openStart(env);
  await employerAtCheck(page);
  await page.getByRole('button', { name: 'Visa resultatet' }).click();
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const narrow = await page.locator('.rk-answers-table td, .rk-answers-table th').evaluateAll((cells) =>
    cells.filter((c) => c.getBoundingClientRect().width < 60 && c.textContent.length > 3).map((c) => c.textContent));
  assert.deepEqual(narrow, [], 'no cell squeezed to a letter per line');
  assert.ok(await page.locator('.rk-print').isVisible());
  assert.equal(await page.locator('.rk-view').isVisible(), false, 'only the summary prints');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  fs.writeFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'screenshots', 'summary.pdf'), pdf);
  await page.emulateMedia({ media: 'screen' });
  await context.close();
});

test('200 % zoom keeps the page free of horizontal scrolling, and the header on one line', async () => {
  const context = await env.browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${env.origin}/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.setViewportSize({ width: 320, height: 450 });
  await startAs(page, 'Arbetsgivare');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await shoot(page, 'zoom-200');
  await context.close();
});

test('question texts, help and "Varför frågar vi?" come from the engine catalogue, and no page script copies them', async () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const questions = (lang) => JSON.parse(fs.readFileSync(path.join(root, `www/pkg/texts-${lang}.json`), 'utf8'));
  const scripts = ['www', 'www/views'].flatMap((d) => fs.readdirSync(path.join(root, d)).filter((f) => f.endsWith('.js'))
    .map((f) => [`${d}/${f}`, fs.readFileSync(path.join(root, d, f), 'utf8')]));
  for (const lang of ['sv', 'en']) {
    for (const q of questions(lang).questions) {
      for (const text of [q.text, q.help, q.why].filter((x) => x && x.length >= 12)) {
        for (const [f, src] of scripts) assert.ok(!src.includes(text), `${f} copies the catalogue's "${text}"`);
      }
    }
  }
  const { page, context } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  for (const lang of ['sv', 'en']) {
    const byId = Object.fromEntries(questions(lang).questions.map((q) => [q.id, q]));
    for (const [p, id] of [['measures[0].kind', 'measures[].kind'], ['measures[0].provider.performer', 'provider.performer'], ['measures[0].cost_ore', 'measures[].cost_ore']]) {
      const f = page.locator(`[data-path="${p}"]`);
      assert.equal(await f.locator('label').first().innerText(), byId[id].text);
      assert.equal(await f.locator('.rk-hint').innerText(), byId[id].help);
      // Opened in Swedish, it stays open in English (a language switch keeps what was opened).
      if (!(await f.locator('.rk-why').evaluate((d) => d.open))) await f.locator('.rk-why summary').click();
      assert.equal(await f.locator('.rk-why > p').first().innerText(), byId[id].why);
    }
    if (lang === 'sv') {
      await page.getByRole('button', { name: 'In English' }).click();
      await page.locator('.rk-root[lang="en"]').waitFor(); // once the English texts have loaded
    }
  }
  await context.close();
});

test('mount(): the answers setter validates through the engine, shows one message naming the field, keeps the last good answers and never throws', async () => {
  const { page, context } = await openStart(env);
  const out = await page.evaluate(async () => {
    const { engineLoader } = await import('./load.js');
    const { engine, start } = engineLoader();
    await start('sv');
    const { mount } = await import('./ui.js');
    document.documentElement.style.fontSize = '62.5%'; // a partner page's root font size must not shrink the widget
    const host = document.createElement('div');
    document.body.append(host);
    const errors = [];
    const app = mount(host, engine, { lang: 'sv', role: 'employer', answers: { employer: { sector: 'private' } }, hide: ['provider-tab'], onError: (e) => errors.push(e.path) });
    const before = app.answers;
    let threw = false;
    try { app.answers = { person: { age: 'fyrtio' } }; } catch { threw = true; }
    const notices = [...host.querySelectorAll('.rk-notice-error')].map((n) => n.textContent);
    app.answers = { employer: { sector: 'municipality' } };
    const root = host.querySelector('.rk-root');
    return { threw, notices, sectorBefore: before.employer.sector,
      sectorAfter: app.answers.employer.sector, errors, fontSize: getComputedStyle(root).fontSize,
      providerTab: [...host.querySelectorAll('button')].some((b) => /Fakturaunderlag/.test(b.textContent)),
      api: ['setLang', 'setRole', 'print'].every((k) => typeof app[k] === 'function') };
  });
  assert.equal(out.threw, false);
  assert.equal(out.notices.length, 1);
  // The question in words; its path only for the caller (onError), not in what the user reads.
  assert.match(out.notices[0], /”Hur gammal är personen\?”: ska vara ett tal/);
  assert.doesNotMatch(out.notices[0], /person\.age/);
  assert.equal(out.sectorBefore, 'private');
  assert.equal(out.sectorAfter, 'municipality', 'stays usable');
  assert.deepEqual(out.errors, ['person.age']);
  assert.match(out.fontSize, /^(16|19)px$/);
  assert.equal(out.providerTab, false, 'hide: provider-tab');
  assert.equal(out.api, true);
  const css = fs.readFileSync(path.join(path.resolve(import.meta.dirname, '../..'), 'www/style.css'), 'utf8');
  assert.doesNotMatch(css.replace(/\/\*[\s\S]*?\*\//g, ''), /\d(\.\d+)?rem\b/, 'no rem units');
  await context.close();
});

test('mount() before the engine is ready: answers reads the given ones while they wait; refused then, it starts from the prefill and says why in onError', async () => {
  const { page, context } = await openStart(env);
  const out = await page.evaluate(async () => {
    const { engineLoader } = await import('./load.js');
    const { engine, start } = engineLoader();
    const { mount } = await import('./ui.js');
    const run = async (answers, prefill) => {
      let go;
      const ready = new Promise((resolve) => { go = resolve; });
      const host = document.createElement('div');
      document.body.append(host);
      const errors = [];
      const app = mount(host, engine, { lang: 'sv', answers, prefill, ready, hide: ['provider-tab'], onError: (e) => errors.push(e.path) });
      const waiting = app.answers;
      await start('sv');
      go();
      await ready;
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { waiting, started: app.answers, errors };
    };
    const PREFILL = { employer: { sector: 'municipality' }, person: {}, provider: {}, measures: [] };
    const good = await run({ employer: { sector: 'private' }, person: { age: 44 }, provider: {}, measures: [] }, PREFILL);
    const refused = await run({ employer: {}, person: { age: 'fyrtio' }, provider: {}, measures: [] }, PREFILL);
    const cyclic = { employer: {}, person: {}, provider: {}, measures: [] };
    cyclic.person.condition = cyclic;
    const uncopyable = await run(cyclic, PREFILL);
    const none = await run({ employer: {}, person: { age: 'fyrtio' }, provider: {}, measures: [] }, undefined);
    return { good, refused, uncopyable, none };
  });
  const strip = (a) => ({ ...a, scope: undefined });
  assert.deepEqual(out.good.waiting, { employer: { sector: 'private' }, person: { age: 44 }, provider: {}, measures: [] }, 'the given answers while they wait');
  assert.deepEqual(strip(out.good.started), strip(out.good.waiting), 'and started from');
  assert.deepEqual(out.good.errors, []);
  assert.deepEqual(out.refused.waiting, { employer: {}, person: { age: 'fyrtio' }, provider: {}, measures: [] }, 'as given, not yet judged');
  assert.deepEqual(strip(out.refused.started), strip({ employer: { sector: 'municipality' }, person: {}, provider: {}, measures: [] }), 'refused: the prefill');
  assert.deepEqual(out.refused.errors, ['person.age']);
  assert.deepEqual(out.uncopyable.waiting, { employer: { sector: 'municipality' }, person: {}, provider: {}, measures: [] }, 'no copy can take them: the prefill');
  assert.deepEqual(strip(out.uncopyable.started), strip(out.uncopyable.waiting));
  assert.equal(out.uncopyable.errors.length, 1);
  assert.deepEqual(strip(out.none.started), strip({ employer: {}, person: {}, provider: {}, measures: [] }), 'no prefill: none');
  assert.deepEqual(out.none.errors, ['person.age']);
  await context.close();
});

test('a private person without SGI: only Samordning, in plain words, with no money', async () => {
  const { page, context } = await openStart(env);
  await startAs(page, 'Privatperson');
  const { walk } = await import('./flow.mjs');
  const pages = await walk(page, {
    'person.employment': 'Ingen anställning', 'person.has_sgi': 'Nej', 'person.insured_in_sweden': 'Ja', 'person.doctor_certificate': 'Ja',
    'person.needs_work_rehab': 'Ja', 'person.in_af_programme': 'Nej', 'person.work_capacity': 'Nedsatt', 'person.category': 'Arbetare',
    'person.rehab_need_documented': 'Ja', 'person.work_capacity_prospect': 'Ja', 'person.return_to_work_plan': 'Ja', 'person.age': '44',
    'person.fk_ars_granted_this_year_ore': '0', 'person.consent': 'Ja', 'person.medical_assessment': 'Ja', 'person.condition': 'Stress',
    'person.on_sick_leave': 'Ja', 'employer.sector': 'Privat sektor', 'employer.ags_insurance': 'Ja', 'employer.medarbetaravtal': 'Nej',
    'employer.fk_ars_granted_this_year_ore': '0', 'provider.fk_approved': 'Ja', 'provider.competence': ['Medicin'], 'provider.knows_workplace': 'Ja',
    'provider.region_care': 'Ja', 'provider.performer': 'Läkare',
  });
  assert.ok(!pages.flat().some((p) => p.startsWith('measures[')), 'a person is not asked for measures');
  await page.getByRole('button', { name: 'Visa resultatet' }).click();
  const sam = card(page, 'fk_samordning');
  assert.equal(await sam.locator('.rk-verdict').innerText(), 'Försäkringskassan kan samordna rehabiliteringen. Stödet ger samordning, inte pengar.');
  assert.match(await sam.innerText(), /Så här gör du nu\s+Personen ansöker själv hos Försäkringskassan/);
  assert.equal(await page.locator('[data-scheme]').evaluateAll((s) => s.map((x) => x.dataset.scheme).join()), 'fk_samordning', 'a person sees Samordning only');
  assert.match(await page.locator('.rk-notes').innerText(), /särskilt bidrag/);
  await shoot(page, 'person-result-1280');
  await context.close();
});

test('the result in English keeps the answers and says "can pay up to"', async () => {
  const { page, context } = await openStart(env);
  await employerAtCheck(page);
  await page.getByRole('button', { name: 'Visa resultatet' }).click();
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByRole('heading', { name: 'Result', level: 1, exact: true }).waitFor(); // not "Resultat": the English texts have loaded
  assert.equal(norm(await card(page, 'afa_rehabiliteringsstod').locator('.rk-verdict').innerText()), 'AFA can pay up to 10 000 kr.');
  assert.match(norm(await card(page, 'fk_arbetsplatsinriktat').innerText()), /Apply by 1 February 2027\./);
  assert.equal(await page.locator('.rk-root').getAttribute('lang'), 'en');
  await shoot(page, 'english-result-1280');
  await context.close();
});

test('"Alla frågor på en sida": typing updates the result in place — an opened "Så har vi bedömt" stays open', async () => {
  const { page, context } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  await page.locator('.rk-menu summary').click();
  await page.getByRole('button', { name: 'Alla frågor på en sida' }).click();
  await page.getByRole('button', { name: /Lägg till en insats/ }).first().click();
  const aside = page.locator('.rk-all-result');
  await aside.locator('details.rk-assessed summary').first().click();
  const before = await aside.evaluate((r) => { r.querySelector('details.rk-assessed').rkMark = 'kept'; return r.querySelector('details.rk-assessed').open; });
  assert.equal(before, true);
  const cost = page.locator('[data-path="measures[0].cost_ore"] input');
  await cost.fill('12 000');
  await cost.press('Tab');
  const after = await aside.evaluate((r) => ({ open: r.querySelector('details.rk-assessed').open, kept: r.querySelector('details.rk-assessed').rkMark, text: r.textContent }));
  assert.deepEqual({ open: after.open, kept: after.kept }, { open: true, kept: 'kept' }, 'the same nodes, updated: nothing the user opened closes');
  assert.match(after.text.replace(/\u00a0/g, ' '), /12 000 kr/);
  await context.close();
});

test('"Alla frågor på en sida": an opened "Så har vi bedömt" stays with its scheme when an answer reorders the results', async () => {
  const { page, context } = await openStart(env);
  await page.getByRole('button', { name: 'Alla frågor på en sida' }).click();
  await page.getByRole('heading', { name: 'Alla frågor på en sida', level: 1 }).waitFor();
  const aside = page.locator('.rk-all-result');
  const cards = () => aside.locator('[data-scheme]').evaluateAll((cs) => cs.map((c) => {
    const d = c.querySelector('details.rk-assessed');
    return { id: c.dataset.scheme, open: d.open, reasons: d.querySelectorAll('.rk-reason').length };
  }));
  assert.equal((await cards())[0].id, 'afa_rehabiliteringsstod', 'AFA first while every scheme is open');
  await aside.locator('[data-scheme="afa_rehabiliteringsstod"] details.rk-assessed summary').click();
  const before = (await cards()).find((c) => c.id === 'afa_rehabiliteringsstod');
  assert.ok(before.open && before.reasons > 0, JSON.stringify(before));
  await page.locator('[data-path="person.rehab_need_documented"]').getByLabel('Nej', { exact: true }).check();
  await aside.locator('[data-scheme="afa_rehabiliteringsstod"].rk-v-not_eligible').waitFor();
  const after = await cards();
  assert.notEqual(after[0].id, 'afa_rehabiliteringsstod', `the cards reordered: ${after.map((c) => c.id).join(', ')}`);
  for (const c of after) {
    if (c.id === 'afa_rehabiliteringsstod') assert.ok(c.open && c.reasons > 0, `AFA's stays open, with its reasons: ${JSON.stringify(c)}`);
    else assert.equal(c.open, false, `${c.id}'s stays closed: ${JSON.stringify(c)}`);
  }
  await shoot(page, 'all-assessed-follows-scheme-1280');
  await context.close();
});

test('morph(): nodes kept, text and attributes updated, children added and removed, newer handlers; what the view renders wins', async () => {
  const { page, context } = await openStart(env);
  const out = await page.evaluate(async () => {
    const { builder, morph } = await import('./dom.js');
    const el = builder(document);
    const clicks = [];
    const old = el('div', { class: 'a' }, el('details', {}, el('summary', { text: 'S' })), el('button', { text: 'x', onclick: () => clicks.push('old') }), el('span', { text: 'gone' }));
    const oldButton = old.querySelector('button');
    const next = el('div', { class: 'b', 'data-x': '1' }, el('details', { open: true }, el('summary', { text: 'S2' })), el('button', { text: 'y', onclick: () => clicks.push('new') }));
    morph(old, next);
    oldButton.click();
    const same = el('p', {}, el('button', { text: 'z', onclick: () => clicks.push('same-old') }));
    morph(same, el('p', {}, el('button', { text: 'z', onclick: () => clicks.push('same-new') })));
    same.querySelector('button').click();
    const plus = el('ul', {}, el('li', { text: '1' }));
    morph(plus, el('ul', {}, el('li', { text: '1' }), el('li', { text: '2' })));
    // The state closes what the user had opened: the view wins.
    const shut = el('div', {}, el('details', {}, el('summary', { text: 'S' })));
    shut.querySelector('details').open = true;
    morph(shut, el('div', {}, el('details', {}, el('summary', { text: 'S' }))));
    return { html: old.outerHTML, kept: old.querySelector('button') === oldButton, clicks, plus: plus.children.length, shut: shut.querySelector('details').open };
  });
  assert.equal(out.html, '<div class="b" data-x="1"><details open=""><summary>S2</summary></details><button>y</button></div>');
  assert.equal(out.kept, true);
  assert.deepEqual(out.clicks, ['new', 'same-new']);
  assert.equal(out.plus, 2);
  assert.equal(out.shut, false);
  await context.close();
});

test('morph(): children are matched by data-key, then by position; a changed key replaces; live values follow the view; memo() builds only what changed', async () => {
  const { page, context } = await openStart(env);
  const out = await page.evaluate(async () => {
    const { builder, morph, memo } = await import('./dom.js');
    const el = builder(document);
    const card = (id, open) => el('section', { 'data-key': id }, el('details', { open }, el('summary', { text: id })), el('p', { text: `${id} text` }));
    // Keyed: B moves before A, each node with it, what is open with its own card.
    const list = el('div', {}, card('A', true), card('B', false), el('p', { text: 'unkeyed' }));
    const [a, b, p] = list.children;
    a.rkMark = 'A';
    morph(list, el('div', {}, card('B', false), card('A', true), el('p', { text: 'unkeyed, changed' })));
    const keyed = [...list.children].map((c) => [c.dataset.key ?? c.textContent, c.querySelector('details')?.open ?? null]);
    const identity = list.children[0] === b && list.children[1] === a && list.children[2] === p && a.rkMark === 'A';
    // A different key on the same place: a new node, not the old one changed.
    const swap = el('div', {}, el('section', { 'data-key': 'x' }, 'x'));
    const x = swap.firstChild;
    morph(swap, el('div', {}, el('section', { 'data-key': 'y' }, 'y')));
    // A box the user ticked and a field they typed in follow the view (the state) once it is drawn again.
    const form = el('div', {}, el('input', { type: 'checkbox' }), el('input', { type: 'text', value: 'a' }), el('select', {}, el('option', { value: '1', text: '1' }), el('option', { value: '2', text: '2' })));
    const [box, text, select] = form.children;
    box.checked = true;
    text.value = 'typed';
    const nextForm = el('div', {}, el('input', { type: 'checkbox' }), el('input', { type: 'text', value: 'a' }), el('select', {}, el('option', { value: '1', text: '1' }), el('option', { value: '2', text: '2' })));
    nextForm.children[2].value = '2';
    morph(form, nextForm);
    // memo(): the same memo is not built again; another is, into the same node.
    let builds = 0;
    const part = (m) => memo(document, 'part', m, () => { builds++; return el('p', { text: m }); });
    const host = el('div', {}, el('p', { 'data-key': 'other' }));
    morph(host, el('div', {}, part('one')));
    const first = host.firstChild;
    morph(host, el('div', {}, part('one')));
    morph(host, el('div', {}, part('two')));
    return { keyed, identity, replaced: swap.firstChild !== x && swap.firstChild.dataset.key === 'y', box: box.checked, text: text.value, select: select.value,
      builds, memoText: host.textContent, memoKept: host.firstChild === first, comments: host.childNodes.length };
  });
  assert.deepEqual(out.keyed, [['B', false], ['A', true], ['unkeyed, changed', null]]);
  assert.equal(out.identity, true, 'the same nodes, moved');
  assert.equal(out.replaced, true);
  assert.deepEqual([out.box, out.text, out.select], [false, 'a', '2']);
  assert.equal(out.builds, 2, 'built for "one" once, and for "two"');
  assert.equal(out.memoText, 'two');
  assert.equal(out.memoKept, true, 'the same node, changed in place');
  assert.equal(out.comments, 1, 'no placeholder left on the page');
  await context.close();
});

test('watchAbove(): the place of the control in focus is read only before a change that could move it: not for one after it or its own value; once for one before it, in a node holding it, or beside it', async () => {
  const { page, context } = await openStart(env);
  const out = await page.evaluate(async () => {
    const { builder, morph, watchAbove } = await import('./dom.js');
    const el = builder(document);
    const page = (before, own, beside, after, cls = 'form') => el('div', { class: cls },
      el('p', { text: before }), el('div', { class: 'wrap' }, el('input', { type: 'text', value: own }), el('span', { text: beside })), el('p', { text: after }));
    const host = page('b', 'v', 's', 'a');
    document.body.append(host);
    const input = host.querySelector('input');
    /** How many times the place was read while `next` was morphed onto the page. */
    const reads = (next) => {
      let n = 0;
      watchAbove(input, () => { n++; });
      morph(host, next);
      watchAbove(null);
      return n;
    };
    const result = {
      after: reads(page('b', 'v', 's', 'a2')),
      own: reads(page('b', 'v2', 's', 'a2')),
      before: reads(page('b2', 'v2', 's', 'a3')),
      holding: reads(page('b2', 'v2', 's', 'a3', 'form wide')),
      beside: reads(page('b2', 'v2', 's2', 'a3', 'form wide')),
      unchanged: reads(page('b2', 'v2', 's2', 'a3', 'form wide')),
      kept: host.querySelector('input') === input,
    };
    host.remove();
    return result;
  });
  assert.deepEqual(out, { after: 0, own: 0, before: 1, holding: 1, beside: 1, unchanged: 0, kept: true });
  await context.close();
});

test('typing a valid amount where a message was: the message goes and the box stays where it is on screen', async () => {
  const { page, context, log } = await openStart(env, { width: 375, height: 700 });
  await startAs(page, 'Arbetsgivare');
  const cost = page.locator('[data-path="measures[0].cost_ore"]');
  const box = cost.locator('input');
  await box.fill('abc');
  await box.blur();
  await cost.locator('.rk-error:not([hidden])').waitFor();
  await box.focus();
  // Scrolled so that the page can move up under the box as the message above it goes.
  await page.evaluate(() => window.scrollTo(0, 0));
  await box.evaluate((b) => window.scrollBy(0, b.getBoundingClientRect().top - 300));
  const top = await box.evaluate((b) => b.getBoundingClientRect().top);
  assert.ok(await page.evaluate(() => window.scrollY) > 100, 'the page is scrolled');
  await box.press('Control+a');
  await box.pressSequentially('8000');
  assert.equal(await cost.locator('.rk-error').isHidden(), true, 'the message goes at once');
  assert.ok(Math.abs(await box.evaluate((b) => b.getBoundingClientRect().top) - top) < 1, 'the box does not move');
  assert.equal(await box.inputValue(), '8000');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the menu closes like a menu: Escape (focus back on its button), Tab past its last item, a click outside', async () => {
  const { page, context } = await openStart(env);
  const menu = page.locator('details.rk-menu');
  const summary = menu.locator('summary');
  await summary.click();
  assert.equal(await menu.evaluate((d) => d.open), true);
  // The page takes the opening on the toggle event that follows the click (its items come then);
  // an Escape before it, sooner than a person can press one, found the menu still closed in the state.
  await menu.locator('.rk-menu-item').first().waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await menu.evaluate((d) => d.open), false);
  assert.equal(await summary.evaluate((s) => s === s.getRootNode().activeElement), true, 'the focus on the menu button');
  await summary.click();
  await page.locator('h1').first().click({ position: { x: 2, y: 2 } });
  assert.equal(await menu.evaluate((d) => d.open), false, 'a click outside');
  await summary.focus();
  await page.keyboard.press('Enter');
  assert.equal(await menu.evaluate((d) => d.open), true);
  // The details opens at once; its items are built when the page takes the opening, on the toggle
  // event that follows (counted before that, there were none, and one Tab left the closed list).
  await menu.locator('.rk-menu-item').first().waitFor();
  const items = await menu.locator('.rk-menu-item').count();
  assert.ok(items >= 5, `the menu's items: ${items}`);
  for (let i = 0; i <= items; i++) await page.keyboard.press('Tab');
  // The focus has left the menu (on the page's first control after it), and the menu closes.
  assert.equal(await page.evaluate(() => document.activeElement.closest('details.rk-menu')), null, 'the focus past the last item');
  await page.waitForFunction(() => !document.querySelector('details.rk-menu').open, null, { timeout: 2000 });
  await context.close();
});

test('switching language keeps the place: the scroll position and what the user had opened', async () => {
  const { page, context } = await openStart(env, { width: 375 });
  await startAs(page, 'Arbetsgivare');
  const why = page.locator('.rk-why').first();
  await why.locator('summary').click();
  await page.evaluate(() => window.scrollTo(0, 200));
  const y = await page.evaluate(() => window.scrollY);
  assert.ok(y > 0);
  // The switch from the keyboard, where the page is (a click would first scroll the button into view).
  await page.locator('.rk-lang').evaluate((b) => b.focus({ preventScroll: true }));
  await page.keyboard.press('Enter');
  await page.locator('.rk-root[lang="en"]').waitFor();
  assert.equal(await page.locator('.rk-why').first().evaluate((d) => d.open), true);
  assert.equal(await page.evaluate(() => window.scrollY), y);
  await context.close();
});

test('at 320 pixels the header is one line in both languages: switching language moves nothing below it', async () => {
  const { page, context, log } = await openStart(env, { width: 320, height: 640 });
  const line = () => page.locator('.rk-header').evaluate((h) => {
    const title = h.querySelector('.rk-title').getBoundingClientRect();
    const tools = h.querySelector('.rk-tools').getBoundingClientRect();
    return { one: tools.top < title.bottom && title.top < tools.bottom, bottom: h.getBoundingClientRect().bottom, wide: document.documentElement.scrollWidth };
  });
  const sv = await line();
  assert.ok(sv.one, 'Swedish: title and tools side by side');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.locator('.rk-root[lang="en"]').waitFor();
  const en = await line();
  assert.ok(en.one, 'English ("På svenska" is the wider button): side by side');
  assert.equal(en.bottom, sv.bottom, 'the page below the header stays where it was');
  assert.equal(en.wide, 320, 'no sideways scrolling');
  assert.deepEqual(log.errors, []);
  await context.close();
});
