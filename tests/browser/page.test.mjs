// The questionnaire clicked through as a user, in Debian's Chromium (issue: the questionnaire page).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, openPage, answer, answerAll, field, scheme, shoot, storageIsEmpty, ROOT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const EMPLOYER_A = {
  'person.employment': 'Anställd',
  'employer.sector': 'Privat sektor',
  'employer.ags_insurance': 'Ja',
  'person.category': 'Arbetare',
  'person.work_capacity': 'Risk för nedsättning',
  'person.rehab_need_documented': 'Ja',
  'person.work_capacity_prospect': 'Ja',
  'person.return_to_work_plan': 'Ja',
  'person.has_sgi': 'Ja',
  'provider.fk_approved': 'Ja',
  'provider.performer': 'Legitimerad psykolog',
  'provider.competence': ['Beteendevetenskap'],
  'provider.knows_workplace': 'Ja',
};
const TALKS = { 'measures[0].kind': 'Stödsamtal / enskilda samtal', 'measures[0].cost_ore': '9 000', 'measures[0].date': '2026-02-10', 'measures[0].individual': 'Ja' };

async function employerCase(page) {
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  await answerAll(page, EMPLOYER_A);
  await page.getByRole('button', { name: 'Lägg till insats' }).click();
  // Adding talks makes who performs them matter (AFA-MEAS-4): the user answers what appears.
  await answerAll(page, { ...EMPLOYER_A, ...TALKS });
  assert.ok(await field(page, 'provider.performer').getByRole('combobox').inputValue() === 'licensed_psychologist');
}

test('(a) private employer, worker, licensed psychologist talks 9 000 kr: AFA and FK both "Kan beviljas", upp till 4 500 kr', async () => {
  const { page, context, log } = await openPage(env);
  await employerCase(page);
  for (const id of ['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat']) {
    await assert.doesNotReject(scheme(page, id).locator('.rk-badge', { hasText: 'Kan beviljas' }).waitFor());
    assert.match(await scheme(page, id).locator('.rk-amount').innerText(), /upp till 4\s500\skr till arbetsgivaren/);
  }
  assert.match(await scheme(page, 'fk_arbetsplatsinriktat').innerText(), /Sista dag att ansöka: 2027-02-01/);
  assert.match(await scheme(page, 'rehabiliteringsgarantin').locator('.rk-badge').innerText(), /Beviljas inte/);
  // Still open: what was already granted and other payers; the page links to those questions.
  const depends = scheme(page, 'fk_arbetsplatsinriktat').locator('.rk-depends a');
  assert.ok(await depends.count() >= 1);
  await depends.first().click();
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-path]')?.dataset.path), 'employer.fk_ars_granted_this_year_ore');
  assert.deepEqual(log.errors, []);
  await shoot(page, 'a-employer-1280');
  await page.setViewportSize({ width: 375, height: 800 });
  await shoot(page, 'a-employer-375');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scrolling at 375 px');
  await context.close();
});

test('(b) a provider adding a workplace adaptation: FK yes, AFA no, with AFA\'s reason', async () => {
  const { page, context, log } = await openPage(env);
  await page.getByRole('radio', { name: /Anordnare/ }).check();
  const order = await page.locator('.rk-sections > .rk-section').evaluateAll((s) => s.map((x) => x.dataset.section));
  assert.equal(order[0], 'provider', 'a provider sees the provider questions first');
  await answerAll(page, { ...EMPLOYER_A, 'provider.performer': 'Ergonom', 'provider.competence': ['Ergonomi'] });
  await page.getByRole('button', { name: 'Lägg till insats' }).click();
  await answerAll(page, { ...EMPLOYER_A, 'provider.performer': 'Ergonom', 'provider.competence': ['Ergonomi'], ...TALKS,
    'measures[0].kind': 'Anpassa arbetsplatsen', 'measures[0].cost_ore': '12 000' });
  await scheme(page, 'fk_arbetsplatsinriktat').locator('.rk-badge', { hasText: 'Kan beviljas' }).waitFor();
  const afa = scheme(page, 'afa_rehabiliteringsstod');
  assert.equal(await afa.locator('.rk-badge').innerText(), 'Beviljas inte');
  assert.match(await afa.innerText(), /AFA-EXCL-1/);
  assert.match(await afa.innerText(), /arbetsplatsanpassning/);
  assert.match(await scheme(page, 'fk_arbetsplatsinriktat').locator('.rk-amount').innerText(), /6\s000\skr/);
  assert.deepEqual(log.errors, []);
  await shoot(page, 'b-provider-1280');
  await context.close();
});

test('(c) a person without SGI: Samordning, no money', async () => {
  const { page, context } = await openPage(env);
  await page.getByRole('radio', { name: 'Privatperson' }).check();
  await answerAll(page, { 'person.employment': 'Ingen anställning', 'person.has_sgi': 'Nej', 'person.insured_in_sweden': 'Ja',
    'person.doctor_certificate': 'Ja', 'person.needs_work_rehab': 'Ja' });
  const sam = scheme(page, 'fk_samordning');
  await sam.locator('.rk-badge', { hasText: 'Kan beviljas' }).waitFor();
  assert.match(await sam.locator('.rk-amount').innerText(), /Ingen ersättning i pengar/);
  assert.equal(await scheme(page, 'afa_rehabiliteringsstod').locator('.rk-badge').innerText(), 'Beviljas inte');
  assert.match(await page.locator('.rk-notes').innerText(), /särskilt bidrag/);
  await shoot(page, 'c-person-1280');
  await context.close();
});

test('(d) a region, 2015, completed KBT for depression: 12 000 kr to the region', async () => {
  const { page, context } = await openPage(env);
  await page.getByRole('radio', { name: 'Region' }).check();
  await answer(page, 'date', '2015-06-15');
  await page.getByRole('button', { name: 'Lägg till insats' }).click();
  await answerAll(page, { 'measures[0].kind': 'Kognitiv beteendeterapi (KBT)', 'measures[0].cost_ore': '15 000', 'measures[0].date': '2015-03-01',
    'measures[0].completed': 'Ja', 'person.age': '35', 'person.condition': 'Depression', 'person.medical_assessment': 'Ja', 'provider.region_care': 'Ja' });
  const rg = scheme(page, 'rehabiliteringsgarantin');
  await rg.locator('.rk-badge', { hasText: 'Kan beviljas' }).waitFor();
  assert.match(await rg.locator('.rk-amount').innerText(), /^12\s000\skr till regionen$/);
  assert.match(await rg.innerText(), /Sista rapportdag: 2016-03-31/);
  await shoot(page, 'd-region-1280');
  await context.close();
});

test('(e) the English toggle translates the page and keeps the answers', async () => {
  const { page, context } = await openPage(env);
  await employerCase(page);
  await page.getByRole('button', { name: 'In English' }).click();
  await scheme(page, 'afa_rehabiliteringsstod').locator('.rk-badge', { hasText: 'May be granted' }).waitFor();
  assert.equal(await page.locator('.rk').getAttribute('lang'), 'en');
  assert.match(await page.locator('.rk-results h2').first().innerText(), /Result/);
  assert.match(await scheme(page, 'afa_rehabiliteringsstod').locator('.rk-amount').innerText(), /up to 4\s500\skr to the employer/);
  assert.equal(await field(page, 'measures[0].cost_ore').locator('input').inputValue(), '9\u00a0000');
  assert.ok(await field(page, 'person.employment').getByLabel('Employed', { exact: true }).isChecked());
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'På svenska', 'focus stays on the toggle');
  await shoot(page, 'e-english-1280');
  await page.getByRole('button', { name: 'På svenska' }).click();
  await page.locator('.rk-badge', { hasText: 'Kan beviljas' }).first().waitFor();
  await context.close();
});

test('(f) an invalid cost shows an error at the field; the other answers and the results stay', async () => {
  const { page, context } = await openPage(env);
  await employerCase(page);
  const before = await page.locator('.rk-schemes').innerText();
  const cost = field(page, 'measures[0].cost_ore');
  for (const bad of ['nio tusen', '-900', '12,345']) {
    await cost.locator('input').fill(bad);
    assert.match(await cost.locator('.rk-error').innerText(), /Skriv beloppet i kronor/);
    assert.equal(await cost.locator('input').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('.rk-schemes').innerText(), before, 'results unchanged');
  }
  await answer(page, 'measures[0].date', '2026-02-30');
  assert.match(await field(page, 'measures[0].date').locator('.rk-error').innerText(), /datum som finns/);
  assert.equal(await page.locator('.rk-schemes').innerText(), before);
  assert.ok(await field(page, 'person.employment').getByLabel('Anställd', { exact: true }).isChecked(), 'other answers kept');
  await shoot(page, 'f-invalid-1280');
  await cost.locator('input').fill('12000,50');
  assert.equal(await cost.locator('.rk-error').isHidden(), true);
  await answer(page, 'measures[0].date', '2026-02-10');
  assert.match(await scheme(page, 'afa_rehabiliteringsstod').locator('.rk-amount').innerText(), /6\s000,25\skr/);
  await context.close();
});

async function axe(page) {
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

test('(g) axe-core finds no WCAG 2.1 AA violations on the start page or a filled-in result', async () => {
  // axe is injected as a script, so this one page runs without CSP; every other test keeps it.
  const { page, context } = await openPage(env, { bypassCSP: true });
  assert.deepEqual(await axe(page), []);
  await employerCase(page);
  for (const d of await page.locator('.rk-results details').all()) await d.locator('summary').click();
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('(h) no request leaves 127.0.0.1, nothing is stored, nothing goes into the URL', async () => {
  const { page, context, log } = await openPage(env);
  await employerCase(page);
  const url = page.url();
  const foreign = log.requests.filter((u) => !u.startsWith(env.origin + '/'));
  assert.deepEqual(foreign, []);
  const onlyFiles = log.requests.every((u) => /\.(html|js|css|wasm)$|\/$/.test(new URL(u).pathname));
  assert.ok(onlyFiles, `only the page's own files: ${log.requests.join(', ')}`);
  assert.deepEqual(await storageIsEmpty(page), { cookie: '', local: 0, session: 0, idb: 0, search: '', hash: '' });
  assert.equal(url, `${env.origin}/`);
  assert.equal((await context.cookies()).length, 0);
  await context.close();
});

test('(i) the employer case can be completed with the keyboard alone', async () => {
  const { page, context } = await openPage(env);
  // Tab (or Shift+Tab, for a question that appeared above) until focus is inside the wanted field,
  // at most 200 presses, as a keyboard user would.
  async function tabTo(path) {
    for (let i = 0; i < 200; i++) {
      const where = await page.evaluate((p) => {
        const a = document.activeElement;
        if (a?.matches('input, select') && a.closest('[data-path]')?.dataset.path === p) return 'here';
        const target = document.querySelector(`[data-path="${p}"]`);
        return target && (a.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_PRECEDING) ? 'above' : 'below';
      }, path);
      if (where === 'here') return;
      await page.keyboard.press(where === 'above' ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`could not reach ${path} by Tab`);
  }
  async function pickRadio(path, label) {
    await tabTo(path);
    for (let i = 0; i < 8; i++) {
      const now = await page.evaluate(() => document.activeElement.labels?.[0]?.textContent);
      if (now === label) break;
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Space');
    assert.ok(await field(page, path).getByLabel(label, { exact: true }).isChecked(), `${path} = ${label}`);
  }
  // A closed list is chosen from by typing the start of the option (type-ahead; a space would
  // open the list, so only the first word is typed).
  async function pickOption(path, label) {
    await tabTo(path);
    const value = await field(page, path).locator('option', { hasText: label }).first().getAttribute('value');
    await page.keyboard.type(label.split(' ')[0]);
    assert.equal(await field(page, path).locator('select').inputValue(), value, `${path} = ${label}`);
  }
  async function type(path, text) {
    await tabTo(path);
    await page.keyboard.type(text);
  }
  async function tick(path, label) {
    await tabTo(path);
    while ((await page.evaluate(() => document.activeElement.labels?.[0]?.textContent)) !== label) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
  }
  async function answered(path) {
    return field(page, path).evaluate((w) => [...w.querySelectorAll('input, select')].some((i) =>
      (i.type === 'radio' || i.type === 'checkbox') ? i.checked : i.value !== ''));
  }
  async function byKeyboard(path, value) {
    const f = field(page, path);
    if (await f.locator('select').count()) return pickOption(path, value);
    if (await f.locator('input[type=checkbox]').count()) return tick(path, value[0]);
    if (await f.locator('input[type=radio]').count()) return pickRadio(path, value);
    return type(path, value);
  }
  /** Works down the form by keyboard, answering each question of the plan once it shows. */
  async function completeByKeyboard(plan) {
    for (let round = 0; round < 12; round++) {
      let progressed = false;
      for (const [path, value] of Object.entries(plan)) {
        if (!(await field(page, path).isVisible()) || (await answered(path))) continue;
        await byKeyboard(path, value);
        progressed = true;
      }
      if (!progressed) return;
    }
  }
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Hoppa till frågorna', 'a skip link comes first');
  for (let i = 0; i < 10 && !(await page.evaluate(() => !!document.activeElement.closest('.rk-role'))); i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  assert.ok(await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).isChecked());
  await completeByKeyboard(EMPLOYER_A);
  for (let i = 0; i < 100 && (await page.evaluate(() => document.activeElement.textContent)) !== 'Lägg till insats'; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-path]')?.dataset.path), 'measures[0].kind', 'focus moves to the new measure');
  // Talks make the performer matter; that question appears above, in the provider section.
  await completeByKeyboard({ ...TALKS, 'measures[0].kind': 'Stödsamtal', ...EMPLOYER_A });
  for (const id of ['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat']) {
    assert.equal(await scheme(page, id).locator('.rk-badge').innerText(), 'Kan beviljas', id);
    assert.match(await scheme(page, id).locator('.rk-amount').innerText(), /4\s500\skr/);
  }
  await context.close();
});

test('a question that stops mattering disappears, and its answer comes back with it', async () => {
  const { page, context } = await openPage(env);
  // The category only matters once nothing else keeps AFA open (relevance is one answer at a time).
  await answerAll(page, { 'person.employment': 'Anställd', 'employer.sector': 'Privat sektor', 'employer.ags_insurance': 'Ja',
    'person.rehab_need_documented': 'Ja', 'person.work_capacity_prospect': 'Ja', 'person.return_to_work_plan': 'Ja', 'person.category': 'Tjänsteman' });
  await answer(page, 'employer.medarbetaravtal', 'Ja');
  await answer(page, 'employer.sector', 'Kommun');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  assert.equal(await field(page, 'employer.medarbetaravtal').isHidden(), true, 'AGS-KL does not depend on medarbetaravtal');
  await answer(page, 'employer.sector', 'Privat sektor');
  assert.ok(await field(page, 'employer.medarbetaravtal').getByLabel('Ja', { exact: true }).isChecked(), 'the answer is kept');
  await context.close();
});

test('"Börja om" clears every answer', async () => {
  const { page, context } = await openPage(env);
  await employerCase(page);
  await page.getByRole('button', { name: 'Börja om' }).click();
  assert.equal(await page.locator('.rk-main .rk-measure').count(), 0);
  assert.equal(await page.locator('.rk-main input:checked').count(), 0);
  assert.match(await scheme(page, 'afa_rehabiliteringsstod').locator('.rk-badge').innerText(), /Behöver fler svar/);
  await context.close();
});

test('200 % zoom keeps the page free of horizontal scrolling', async () => {
  const { page, context } = await openPage(env, { width: 640, height: 450, zoom: 2 });
  await employerCase(page);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await shoot(page, 'zoom-200');
  await context.close();
});

test('the results announce changes politely without taking focus', async () => {
  const { page, context } = await openPage(env);
  const live = page.locator('.rk-live');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  await answer(page, 'person.employment', 'Arbetslös');
  assert.match(await live.innerText(), /AFA: Beviljas inte/);
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-path]')?.dataset.path), 'person.employment');
  await context.close();
});

test('screenshots were written', () => {
  const shots = fs.readdirSync(path.join(ROOT, 'tests/browser/screenshots'));
  assert.ok(shots.includes('a-employer-375.png') && shots.includes('a-employer-1280.png'));
});
