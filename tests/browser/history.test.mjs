// The questionnaire's pages in the browser's history (issue 23, item 1) and their titles (item 2):
// Back and Forward move between pages with every answer kept, the address never changes and a
// history entry holds which page it is and nothing of an answer; leaving with answers not saved
// asks first; a page visited again leaves out the questions that stopped mattering; every page
// has a title of its own, "Fel: " first while it shows a problem, in the page's language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, shoot, takenOver } from './helpers.mjs';
import { openStart, startAs, answerField, axe, layoutShift, savedAnswers } from './flow.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const YES = 'Ja';
/** A private employer's answers, by path. */
const PLAN = {
  'measures[0].kind': 'Stödsamtal / enskilda samtal', 'measures[0].provider.performer': 'Legitimerad psykolog',
  'measures[0].cost_ore': '12 345', 'measures[0].date': '2026-10-01', 'measures[0].individual': YES, 'measures[0].other_payer_ore': '0',
  'employer.sector': 'Privat sektor', 'employer.ags_insurance': YES, 'employer.medarbetaravtal': 'Nej', 'person.category': 'Arbetare',
  'employer.fk_ars_granted_this_year_ore': '0', 'person.fk_ars_granted_this_year_ore': '0', 'person.employment': 'Anställd',
  'person.work_capacity': 'Risk för nedsättning', 'person.rehab_need_documented': YES, 'person.work_capacity_prospect': YES,
  'person.return_to_work_plan': YES, 'person.consent': YES, 'provider.fk_approved': YES, 'provider.competence': ['Beteendevetenskap'],
  'provider.knows_workplace': YES,
};

const stepKey = (page) => page.locator('.rk-step').getAttribute('data-step');
/** The questions the page asks (not those folded away), by path. */
const asked = (page) => page.locator('.rk-step .rk-q:not([data-moot])').evaluateAll((qs) => qs.filter((q) => !q.hidden).map((q) => q.dataset.path));

/** Answers every question the page asks from PLAN and presses "Fortsätt"; returns the page's key. */
async function answerPage(page, plan = PLAN) {
  const key = await stepKey(page);
  for (const p of await asked(page)) {
    // An answer above may have made this one stop mattering (the category before the
    // medarbetaravtal): it folds, and a user leaves it.
    if (await page.locator(`[data-path="${p}"][data-moot]`).count()) continue;
    assert.ok(p in plan, `no answer for ${p}`);
    await answerField(page, page.locator(`[data-path="${p}"]`), plan[p]);
  }
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await page.locator(`.rk-step:not([data-step="${key}"]), .rk-check`).first().waitFor();
  return key;
}

/** What the browser's current history entry holds. */
const entry = (page) => page.evaluate(() => history.state);

/** An entry names this run of the questionnaire and its place in it: nothing else. */
function onlyItsPlace(state, at) {
  assert.deepEqual(Object.keys(state), ['rehabkollen:rk1'], JSON.stringify(state));
  const own = state['rehabkollen:rk1'];
  assert.deepEqual(Object.keys(own).sort(), ['at', 'run']);
  assert.match(own.run, /^[a-z0-9]{1,12}$/);
  if (at !== undefined) assert.equal(own.at, at);
  assert.doesNotMatch(JSON.stringify(state), /12345|12 345|2026|support|psykolog|private|Privat/i, 'no answer in a history entry');
}

/** The page moved to: a new page's top in view, the focus on its heading. */
async function arrivedAt(page, key) {
  await page.locator(`.rk-step[data-step="${key}"]`).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.closest('h1') !== null), true, `the focus on the heading of ${key}`);
  await page.waitForTimeout(50); // anything the browser would restore on its own has had its turn
  assert.equal(await page.evaluate(() => window.scrollY), 0, `${key} from its top`);
}

test('Back and Forward move between the pages with every answer kept; Tillbaka is Back; the address never changes and an entry holds no answer', async () => {
  const { page, context, log } = await openStart(env, { width: 375, height: 800 });
  const url = page.url();
  onlyItsPlace(await entry(page), 0);
  await startAs(page, 'Arbetsgivare');
  onlyItsPlace(await entry(page), 1);
  const first = await answerPage(page);
  const second = await answerPage(page);
  const third = await stepKey(page);
  assert.equal(first, 'measure:0');
  onlyItsPlace(await entry(page), 3);
  const length = await page.evaluate(() => history.length);

  await page.goBack();
  await arrivedAt(page, second);
  for (const p of await asked(page)) {
    const q = page.locator(`[data-path="${p}"]`);
    assert.ok(await q.locator('input:checked, select').count(), `${p} shows its answer`);
  }
  await page.goBack();
  await arrivedAt(page, first);
  const q = (p) => page.locator(`[data-path="${p}"]`);
  assert.equal(await q('measures[0].kind').locator('select').inputValue(), 'support_talks');
  assert.equal(await q('measures[0].provider.performer').locator('select').inputValue(), 'licensed_psychologist');
  assert.equal((await q('measures[0].cost_ore').locator('input').inputValue()).replace(/\s/g, ''), '12345');
  assert.deepEqual(await q('measures[0].date').locator('input').evaluateAll((is) => is.map((i) => i.value)), ['1', '10', '2026']);
  assert.match(await page.locator('.rk-progress').innerText(), /^Fråga 1 av/);
  await shoot(page, 'history-back-measure-375');
  onlyItsPlace(await entry(page), 1);
  await page.goBack();
  await page.getByRole('heading', { name: 'Vilket rehabiliteringsstöd kan ni få?', level: 1 }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).isChecked(), true, 'the role is kept');

  await page.goForward();
  await arrivedAt(page, first);
  await page.goForward();
  await arrivedAt(page, second);
  await page.goForward();
  await arrivedAt(page, third);
  assert.equal(await page.evaluate(() => history.length), length, 'moving back and forth adds no entry');

  // "Tillbaka" is the browser's Back: Forward comes back to the page it left.
  await page.getByRole('button', { name: 'Tillbaka' }).click();
  await arrivedAt(page, second);
  await page.goForward();
  await arrivedAt(page, third);
  // A new page from a page behind drops what was ahead, as the browser does.
  await page.goBack();
  await arrivedAt(page, second);
  assert.equal(await answerPage(page), second);
  await arrivedAt(page, third);
  assert.equal(await page.evaluate(() => history.length), length, 'the new page took the old one\'s place');

  assert.equal(page.url(), url, 'the address never changes');
  assert.deepEqual(await page.evaluate(() => ({ search: location.search, hash: location.hash })), { search: '', hash: '' });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('leaving with answers not saved asks first; with nothing answered, or all of it saved to a file, it does not', async () => {
  const { page, context } = await openStart(env);
  const dialogs = [];
  let asked = null;
  page.on('dialog', async (d) => {
    dialogs.push(d.type());
    await d.dismiss(); // stay
    asked?.();
  });
  const nextDialog = () => new Promise((resolve) => { asked = resolve; });
  // Nothing answered (a role is not an answer): the page is left without a question.
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  await page.goto(`${env.origin}/rules.html`);
  await page.locator('.rk-rule').first().waitFor();
  assert.deepEqual(dialogs, []);
  await page.goBack();
  await startAs(page, 'Arbetsgivare');
  await page.locator('[data-path="measures[0].kind"] select').selectOption({ label: 'Ryggkurs' });

  // Back past the first page leaves the questionnaire: the browser asks first, and staying keeps everything.
  let dialog = nextDialog();
  await page.evaluate(() => history.go(-2));
  await dialog;
  assert.deepEqual(dialogs, ['beforeunload']);
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).pathname, '/', 'the questionnaire stays');
  assert.equal(await page.locator('[data-path="measures[0].kind"] select').inputValue(), 'back_course', 'with the answer');
  // So does going to another address.
  dialog = nextDialog();
  await page.goto(`${env.origin}/rules.html`).catch(() => null); // refused: the page stays
  await dialog;
  assert.deepEqual(dialogs, ['beforeunload', 'beforeunload']);
  assert.equal(await page.locator('[data-path="measures[0].kind"] select').inputValue(), 'back_course');

  // Saved to a file: nothing to lose, nothing asked.
  const saved = await savedAnswers(page);
  assert.equal(saved.measures[0].kind, 'back_course');
  await page.goto(`${env.origin}/rules.html`);
  await page.locator('.rk-rule').first().waitFor();
  assert.equal(dialogs.length, 2, 'nothing asked once the answers are saved');
  await context.close();
});

test('a page visited again leaves out the questions that stopped mattering; their answers are kept and nothing moves while it is shown', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  for (let n = 0; n < 10 && (await stepKey(page)) !== 'employer'; n++) await answerPage(page);
  assert.deepEqual(await asked(page), ['employer.sector', 'employer.ags_insurance', 'person.category', 'employer.medarbetaravtal']);
  await answerPage(page);
  await page.goBack();
  await arrivedAt(page, 'employer');
  // The medarbetaravtal stopped mattering once the category was Arbetare: it is not asked again.
  assert.deepEqual(await asked(page), ['employer.sector', 'employer.ags_insurance', 'person.category']);

  // On this visit a municipality makes the category and the medarbetaravtal stop mattering: they
  // fold where they are, and nothing on the page moves.
  const sector = page.locator('[data-path="employer.sector"]');
  const below = page.locator('[data-path="person.category"]');
  const top = await below.evaluate((e) => e.getBoundingClientRect().top);
  const cls = await layoutShift(page);
  await sector.getByLabel('Kommun', { exact: true }).check();
  await page.locator('[data-path="person.category"][data-moot]').waitFor();
  assert.equal(await below.evaluate((e) => e.getBoundingClientRect().top), top, 'the folded question keeps its place');
  assert.equal(await layoutShift(page), cls, 'no layout shift');
  await shoot(page, 'history-folded-on-this-visit-375');
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await page.locator('.rk-step:not([data-step="employer"]), .rk-check').first().waitFor();

  // On the next visit they are gone from the page, not folded.
  await page.goBack();
  await arrivedAt(page, 'employer');
  assert.deepEqual(await page.locator('.rk-step .rk-q').evaluateAll((qs) => qs.map((q) => q.dataset.path)), ['employer.sector', 'employer.ags_insurance']);
  assert.equal(await page.locator('.rk-moot-note').count(), 0, 'nothing folded');
  await shoot(page, 'history-next-visit-375');
  assert.deepEqual(await axe(page), []);
  // Their answers were kept: back in the private sector, the check page shows them again.
  await sector.getByLabel('Privat sektor', { exact: true }).check();
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  for (let n = 0; n < 10 && !(await page.locator('.rk-check').isVisible()); n++) await answerPage(page);
  assert.match(await page.locator('.rk-check').innerText(), /Är medarbetaren arbetare eller tjänsteman\?\nArbetare/);
  await context.close();
});

test('a question folded above the answer that folded it names that answer, keeps its own, and shrinks while the answer stays where it is on screen', async () => {
  const { page, context, log } = await openStart(env, { width: 375, height: 700 });
  await startAs(page, 'Arbetsgivare');
  for (let n = 0; n < 10 && (await stepKey(page)) !== 'employer'; n++) await answerPage(page);
  const sector = page.locator('[data-path="employer.sector"]');
  const ags = page.locator('[data-path="employer.ags_insurance"]');
  await sector.getByLabel('Privat sektor', { exact: true }).check();
  const no = ags.getByLabel('Nej', { exact: true });
  await no.scrollIntoViewIfNeeded();
  const tall = await sector.evaluate((e) => e.getBoundingClientRect().height);
  // Where the answer and everything after it are on screen, and the shifts so far.
  const places = () => page.locator('.rk-step .rk-q[data-path="employer.ags_insurance"], .rk-step .rk-q[data-path="employer.ags_insurance"] ~ *')
    .evaluateAll((es) => es.map((e) => e.getBoundingClientRect().top));
  const at = await places();
  const seen = (await page.evaluate(() => window.__shifts.length));
  // No AGS: AFA is settled, so the sector (above) and the category and medarbetaravtal (below) stop mattering.
  await no.check();
  await page.locator('[data-path="employer.sector"][data-moot="above"]').waitFor();
  const after = await places();
  assert.equal(after.length, at.length);
  after.forEach((y, i) => assert.ok(Math.abs(y - at[i]) < 1, `nothing at or below the answer moves on screen (${at[i]} → ${y})`));
  const moved = (await page.evaluate((n) => window.__shifts.slice(n), seen)).flatMap((e) => e.sources).filter((x) => /FIELDSET|rk-q|rk-moot|rk-button-group|rk-button-primary/.test(x));
  assert.deepEqual(moved, [], 'no layout shift in the questions');
  assert.ok(await sector.evaluate((e) => e.getBoundingClientRect().height) < tall / 2, 'the fold above shrinks to its note');
  const agsText = 'Har arbetsgivaren kollektivavtal som innehåller sjukförsäkringen AGS eller AGS-KL?';
  assert.equal((await sector.locator('.rk-moot-note').innerText()).replace(/\s+/g, ' '),
    `Inom vilken sektor finns arbetsgivaren? Behövs inte längre efter ditt svar på ”${agsText}”. Ditt svar sparas: Privat sektor.`);
  const category = page.locator('[data-path="person.category"]');
  assert.equal(await category.getAttribute('data-moot'), '', 'below the answer, the fold keeps its space');
  assert.equal((await category.locator('.rk-moot-note').innerText()).replace(/\s+/g, ' '),
    `Är medarbetaren arbetare eller tjänsteman? Behövs inte längre efter ditt svar på ”${agsText}”.`, 'no answer given: none said to be kept');
  assert.doesNotMatch(await page.locator('.rk-step').innerText(), /ovan/, 'never "above"');
  await shoot(page, 'history-folded-above-375');
  assert.deepEqual(await axe(page), []);
  await page.getByRole('button', { name: 'In English' }).click();
  await page.locator('.rk-root[lang="en"]').waitFor();
  // The result line names the agency in English, not "FK".
  const bar = (await page.locator('.rk-bar-text').innerText()).replace(/\s+/g, ' ');
  assert.match(bar, /^Result so far: .*Försäkringskassan: /);
  assert.doesNotMatch(bar, /\bFK\b/);
  assert.match((await sector.locator('.rk-moot-note').innerText()).replace(/\s+/g, ' '), /^Which sector is the employer in\? No longer needed after your answer to “Does the employer have a collective agreement with the AGS or AGS-KL sickness insurance\?”\. Your answer is kept: Private sector\.$/);
  await page.getByRole('button', { name: 'På svenska' }).click();
  await page.locator('.rk-root[lang="sv"]').waitFor();
  // The answer is kept: AGS back to Ja, the sector is asked again with Privat sektor chosen.
  await ags.getByLabel('Ja', { exact: true }).check();
  await page.locator('[data-path="employer.sector"]:not([data-moot])').waitFor();
  assert.equal(await sector.getByLabel('Privat sektor', { exact: true }).isChecked(), true);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a removed measure\'s page is never shown again; the page of the measure after it follows its new number', async () => {
  const { page, context, log } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  const plan = { ...PLAN, 'measures[1].kind': 'Ryggkurs', 'measures[1].provider.performer': 'Fysioterapeut (sjukgymnast)',
    'measures[1].cost_ore': '8 000', 'measures[1].date': '2026-10-02', 'measures[2].kind': 'Anpassa arbetsplatsen',
    'measures[2].provider.performer': 'Ergonom', 'measures[2].cost_ore': '5 000', 'measures[2].date': '2026-10-03' };
  for (const i of [0, 1, 2]) {
    for (const p of await asked(page)) await answerField(page, page.locator(`[data-path="${p}"]`), plan[p]);
    if (i < 2) {
      await page.getByRole('button', { name: 'Lägg till en insats till', exact: true }).click();
      await page.locator(`.rk-step[data-step="measure:${i + 1}"]`).waitFor();
    }
  }
  // From the third measure's page back to the second, which is removed: the next page takes its place.
  await page.goBack();
  await arrivedAt(page, 'measure:1');
  assert.equal(await page.locator('[data-path="measures[1].kind"] select').inputValue(), 'back_course');
  await page.getByRole('button', { name: 'Ta bort insatsen (Insats 2)' }).click();
  await page.locator('.rk-step:not([data-step^="measure:"])').waitFor();
  const next = await stepKey(page);
  const where = () => page.evaluate(() => document.querySelector('.rk-step')?.dataset.step ?? document.querySelector('.rk-view > div')?.className);
  // Forward: what was the third measure's page, now the second's.
  await page.goForward();
  await arrivedAt(page, 'measure:1');
  assert.equal(await page.locator('[data-path="measures[1].kind"] select').inputValue(), 'adapt_workplace', 'the third measure, now the second');
  // Back: the page that took the removed one's place, the first measure, the start page.
  const seen = [];
  for (const expected of [next, 'measure:0', 'rk-start']) {
    await page.goBack();
    await page.waitForFunction(([sel]) => document.querySelector(sel), [expected.startsWith('rk-') ? `.${expected}` : `.rk-step[data-step="${expected}"]`]);
    seen.push(await where());
  }
  assert.deepEqual(seen, [next, 'measure:0', 'rk-start']);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('after the page is loaded again its old entries show the start page: the answers are gone, nothing breaks', async () => {
  const { page, context, log } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  await answerPage(page);
  page.on('dialog', (d) => d.accept()); // leave: the answers are not saved
  await page.reload();
  await page.getByRole('heading', { name: 'Vilket rehabiliteringsstöd kan ni få?', level: 1 }).waitFor();
  await takenOver(page);
  await page.goBack();
  await page.getByRole('heading', { name: 'Vilket rehabiliteringsstöd kan ni få?', level: 1 }).waitFor();
  onlyItsPlace(await entry(page), 0);
  await startAs(page, 'Arbetsgivare');
  assert.equal(await stepKey(page), 'measure:0');
  assert.equal(await page.locator('[data-path="measures[0].kind"] select').inputValue(), '', 'nothing from before');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('each page has a title of its own, "Fel: " first while it shows a problem, in the page\'s language', async () => {
  const { page, context } = await openStart(env);
  assert.equal(await page.title(), 'Vilket rehabiliteringsstöd kan ni få? – Rehabkollen');
  await page.getByRole('button', { name: /^Starta/ }).click();
  assert.equal(await page.title(), 'Fel: Vilket rehabiliteringsstöd kan ni få? – Rehabkollen');
  await startAs(page, 'Arbetsgivare');
  assert.equal(await page.title(), 'Insats 1: Om insatsen – Rehabkollen');
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await page.locator('.rk-error-summary').waitFor();
  assert.equal(await page.title(), 'Fel: Insats 1: Om insatsen – Rehabkollen');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.locator('.rk-root[lang="en"]').waitFor();
  assert.equal(await page.title(), 'Error: Measure 1: About the measure – Rehabkollen');
  await page.getByRole('button', { name: 'På svenska' }).click();
  await page.locator('.rk-root[lang="sv"]').waitFor();
  // Page after page: each title its own, the question itself where a page asks one.
  const titles = [];
  for (let n = 0; n < 12 && !(await page.locator('.rk-check').isVisible()); n++) {
    const title = await page.title();
    const heading = (await page.locator('.rk-step h1').innerText()).replace(/\n/g, ': ');
    // The first page still shows the problems of the "Fortsätt" above.
    const problem = n === 0 ? 'Fel: ' : '';
    assert.equal(await page.locator('.rk-error-summary').count(), n === 0 ? 1 : 0);
    assert.equal(title, `${problem}${heading} – Rehabkollen`);
    assert.ok(!titles.includes(title), `"${title}" twice`);
    titles.push(title);
    await answerPage(page);
  }
  assert.ok(titles.includes('Vilken anknytning till arbete har medarbetaren? – Rehabkollen'), titles.join(' | '));
  assert.equal(await page.title(), 'Kontrollera dina svar – Rehabkollen');
  await page.getByRole('button', { name: 'Visa resultatet' }).click();
  assert.equal(await page.title(), 'Resultat – Rehabkollen');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.locator('.rk-root[lang="en"]').waitFor();
  assert.equal(await page.title(), 'Result – Rehabkollen');
  await context.close();
});
