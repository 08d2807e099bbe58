// Five new users, as issue 15 tried them: a private employer with a back course and psychologist
// talks, a municipality, a small office, a provider and someone answering "Vet ej". Each goes from
// the start page through the question pages and "Kontrollera dina svar" to a result they can act on,
// by visible labels and roles, with axe on every page and no layout shift.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { start, shoot, SHOTS } from './helpers.mjs';
import { openStart, startAs, walk, axe, layoutShift, shifts, card, EMPLOYER } from './flow.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const YES = 'Ja';
const norm = (s) => s.replace(/\u00a0/g, ' ');
const measure = (i, kind, performer, cost, date, more = {}) => ({
  [`measures[${i}].kind`]: kind, [`measures[${i}].provider.performer`]: performer, [`measures[${i}].cost_ore`]: cost, [`measures[${i}].date`]: date,
  [`measures[${i}].individual`]: YES, [`measures[${i}].digital`]: 'Nej', [`measures[${i}].evidence_based`]: YES,
  [`measures[${i}].other_payer_ore`]: '0', [`measures[${i}].completed`]: YES,
  // With several measures, each performer's own competence (asked only where it matters).
  [`measures[${i}].provider.competence`]: EMPLOYER['provider.competence'], ...more,
});

/** The layout shift since `base` (a full-page screenshot resizes the page, so the test takes its baseline after one). */
async function noShift(page, base = 0) {
  const cls = (await layoutShift(page)) - base;
  assert.ok(cls <= 0.05, `layout shift ${cls} > 0.05: ${JSON.stringify(await shifts(page))}`);
}

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
  await noShift(page);
  // "Så har vi bedömt" opens below the summary the user clicked; nothing above it moves.
  for (const d of await page.locator('.rk-assessed').all()) {
    const y = await d.locator('summary').evaluate((s) => s.getBoundingClientRect().top + window.scrollY);
    await d.locator('summary').click();
    assert.equal(await d.locator('summary').evaluate((s) => s.getBoundingClientRect().top + window.scrollY), y);
  }
  assert.deepEqual(await axe(page), [], 'axe on the result');
  return pages;
}


/** The result page's text of one scheme's card, and its first sentence as read (without its rule links). */
const verdict = (page, id) => card(page, id).locator('.rk-verdict').evaluate((p) => {
  const c = p.cloneNode(true);
  c.querySelectorAll('.rk-reason-link').forEach((a) => a.remove());
  return c.textContent.replace(/\u00a0/g, ' ').replace(/ +\./g, '.').trim();
});
const cardText = async (page, id) => (await card(page, id).innerText()).replace(/\u00a0/g, ' ');


test('a private employer with a back course and psychologist talks reaches an actionable result in at most 10 pages', async () => {
  const { page, context, log } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  const plan = { ...EMPLOYER,
    ...measure(0, 'Ryggkurs', 'Fysioterapeut (sjukgymnast)', '8 000', '2026-10-01'),
    ...measure(1, 'Stödsamtal / enskilda samtal', 'Legitimerad psykolog', '12 000', '2026-11-01') };
  const pages = await toResult(page, plan, { add: ['measure:0'] });
  assert.deepEqual(pages[0], ['measures[0].kind', 'measures[0].provider.performer', 'measures[0].cost_ore', 'measures[0].date'], 'the measure comes first');
  assert.equal(pages[1][0], 'measures[1].kind', 'then the second measure, with its own performer');
  assert.ok(pages.length <= 10, `${pages.length} pages: ${JSON.stringify(pages)}`);
  assert.equal(await verdict(page, 'afa_rehabiliteringsstod'), 'AFA kan betala upp till 10 000 kr.');
  assert.equal(await verdict(page, 'fk_arbetsplatsinriktat'), 'Försäkringskassan kan betala upp till 6 000 kr. Ansök senast 1 februari 2027.');
  const fk = await cardText(page, 'fk_arbetsplatsinriktat');
  assert.match(fk, /Ryggkurs, kostnad 8 000 kr: ersätts inte – Försäkringskassans stöd omfattar inte medicinsk eller annan behandling/);
  assert.match(fk, /Stödsamtal \/ enskilda samtal, kostnad 12 000 kr: ersätts, sök senast 1 februari 2027/);
  assert.match(fk, /Så här gör ni nu\s+Arbetsgivaren ansöker hos Försäkringskassan/);
  assert.match(fk, /Ansök senast 1 februari 2027\./);
  assert.match(fk, /Det här behöver ni ha med/);
  assert.ok(await card(page, 'fk_arbetsplatsinriktat').getByRole('link', { name: /Läs mer och ansök på den officiella sidan/ }).getAttribute('href').then((h) => /^https:\/\/www\.forsakringskassan\.se\//.test(h)));
  // The documents: "check that you have them" said once above the list, not after every item.
  const afaDocs = card(page, 'afa_rehabiliteringsstod').locator('.rk-documents');
  assert.match(await afaDocs.innerText(), /^Det här behöver ni ha med\n+Kontrollera att allt finns med innan det skickas in\.\n+Samtycke från personen som rehabiliteringen gäller/);
  assert.doesNotMatch(await afaDocs.innerText(), /kontrollera att det finns/i);
  const together = page.locator('.rk-combined');
  assert.match((await together.innerText()).replace(/\u00a0/g, ' '), /AFA och Försäkringskassan tillsammans[\s\S]*Stödsamtal[\s\S]*Tillsammans högst 12 000 kr/);
  assert.equal(await page.locator('[data-scheme="rehabiliteringsgarantin"], [data-scheme="fk_samordning"]').count(), 0, 'an employer sees AFA and FK only');
  assert.equal(await page.locator('.rk-rule-id').first().getAttribute('href').then((h) => /rules\.html#[A-Z]/.test(h)), true, 'rule ids link to Regler och källor');
  assert.deepEqual(log.errors, []);
  await shoot(page, 'persona-employer-result-1280');
  await context.close();
});

test('the same employer on a phone: same pages, the short result line, no sideways scrolling', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await shoot(page, 'persona-employer-start-375');
  const base = await layoutShift(page);
  await startAs(page, 'Arbetsgivare');
  assert.equal(await page.locator('.rk-header').evaluate((h) => h.getBoundingClientRect().height <= 80), true, 'header and tools on one line');
  const plan = { ...EMPLOYER,
    ...measure(0, 'Ryggkurs', 'Fysioterapeut (sjukgymnast)', '8 000', '2026-10-01'),
    ...measure(1, 'Stödsamtal / enskilda samtal', 'Legitimerad psykolog', '12 000', '2026-11-01') };
  let shot = false;
  await walk(page, plan, { add: ['measure:0'], each: async (p, n) => {
    if (n === 3 && !shot) {
      shot = true;
      await p.screenshot({ path: path.join(SHOTS, 'persona-employer-step-375.png') }); // the viewport, with the result line at its foot
      const bar = p.locator('.rk-bar');
      assert.ok(await bar.isVisible());
      assert.match(await bar.innerText(), /FK: .* · AFA: .*Visa/, 'the soonest deadline first, as on the result');
      const box = await bar.boundingBox();
      assert.ok(box.y + box.height <= 800 + 1 && box.y >= 800 - 120, `the line sticks to the bottom (${JSON.stringify(box)})`);
    }
  } });
  await page.screenshot({ path: path.join(SHOTS, 'persona-employer-check-375.png') });
  await page.getByRole('button', { name: 'Visa resultatet' }).click();
  assert.equal(await verdict(page, 'afa_rehabiliteringsstod'), 'AFA kan betala upp till 10 000 kr.');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scrolling at 375 px');
  await noShift(page, base);
  await shoot(page, 'persona-employer-result-375');
  await context.close();
});

test('a municipality: AGS-KL without the category question, and a deadline that has passed is called passed', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  const plan = { ...EMPLOYER, 'employer.sector': 'Kommun',
    ...measure(0, 'Stödsamtal / enskilda samtal', 'Legitimerad psykolog', '9 000', '2026-03-23') };
  const pages = await toResult(page, plan);
  assert.ok(!pages.flat().includes('person.category'), 'the category does not matter under AGS-KL');
  assert.ok(pages.length <= 10, `${pages.length} pages`);
  assert.equal(await verdict(page, 'fk_arbetsplatsinriktat'), 'Försäkringskassan kan betala upp till 4 500 kr. Ansök senast 1 februari 2027.');
  assert.match(await cardText(page, 'fk_arbetsplatsinriktat'), /Ansök senast 1 februari 2027\./);
  assert.equal(await verdict(page, 'afa_rehabiliteringsstod'), 'AFA betalar inte, eftersom det har gått mer än 6 månader sedan insatsen startade, och inom AGS-KL ska ansökan komma in inom 6 månader.');
  assert.match(await cardText(page, 'afa_rehabiliteringsstod'), /Stödsamtal \/ enskilda samtal, kostnad 9 000 kr: ersätts inte, sista dag att söka passerade 23 september 2026 – Inom AGS-KL/);
  assert.equal(await card(page, 'afa_rehabiliteringsstod').getByText('Så här gör ni nu').count(), 0, 'no next step where the scheme does not pay');
  await shoot(page, 'persona-municipality-result-375');
  await context.close();
});

test('a small office: a salaried employee without medarbetaravtal gets nothing from AFA, and FK pays for a workplace adaptation', async () => {
  const { page, context } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  const plan = { ...EMPLOYER, 'person.category': 'Tjänsteman', 'provider.competence': ['Ergonomi'],
    ...measure(0, 'Anpassa arbetsplatsen', 'Ergonom', '12 000', '2026-11-10') };
  const pages = await toResult(page, plan);
  assert.ok(pages.length <= 10, `${pages.length} pages`);
  assert.equal(await verdict(page, 'fk_arbetsplatsinriktat'), 'Försäkringskassan kan betala upp till 6 000 kr. Ansök senast 1 februari 2027.');
  // AFA does not pay for the adaptation whatever the agreements say, so they are not asked: the reason is the exclusion.
  assert.equal(await verdict(page, 'afa_rehabiliteringsstod'), 'AFA betalar inte, eftersom AFA inte ersätter anpassning av arbetsplatsen.');
  const order = await page.locator('[data-scheme]').evaluateAll((s) => s.map((x) => x.dataset.scheme));
  assert.deepEqual(order, ['fk_arbetsplatsinriktat', 'afa_rehabiliteringsstod'], 'the scheme that pays comes first');
  assert.match(await cardText(page, 'fk_arbetsplatsinriktat'), /Ansök senast 1 februari 2027/);
  await shoot(page, 'persona-office-result-1280');
  assert.equal(await page.locator('.rk-result').getByRole('button', { name: 'Fakturaunderlag och redovisning (anordnare)' }).count(), 0, 'the provider tools offered to a provider only');
  await context.close();
});

test('a provider: a work-capacity assessment, FK yes and AFA no', async () => {
  const { page, context } = await openStart(env);
  await startAs(page, 'Anordnare, till exempel företagshälsovård');
  const plan = { ...EMPLOYER, 'provider.competence': ['Rehabilitering', 'Arbetsorganisation'],
    ...measure(0, 'Utreda behov för att vara kvar i eller återgå till arbetet (arbetsförmågebedömning)', 'Arbetsterapeut', '15 000', '2026-11-15') };
  const pages = await toResult(page, plan);
  assert.ok(pages.length <= 10, `${pages.length} pages`);
  assert.match(await verdict(page, 'fk_arbetsplatsinriktat'), /^Försäkringskassan kan betala upp till 7 500 kr\. Ansök senast /);
  assert.match(await verdict(page, 'afa_rehabiliteringsstod'), /^AFA betalar inte, eftersom /);
  await shoot(page, 'persona-provider-result-1280');
  // The provider's next step: the invoice basis and the report, from the result's foot.
  await page.locator('.rk-result').getByRole('button', { name: 'Fakturaunderlag och redovisning (anordnare)' }).click();
  await page.getByRole('heading', { level: 1, name: 'Fakturaunderlag och redovisning' }).waitFor();
  await context.close();
});

test('someone answering "Vet ej": the flow ends, the check page says "Vet ej", and the result asks for more', async () => {
  const { page, context } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  const dunno = Object.fromEntries(Object.keys(EMPLOYER).map((k) => [k, 'Vet ej']));
  const plan = { ...dunno, 'person.employment': 'Anställd', 'provider.competence': 'Vet ej',
    ...measure(0, 'Stödsamtal / enskilda samtal', 'Vet ej', '6 000', '2026-11-01'), 'provider.performer': 'Vet ej',
    'measures[0].individual': 'Vet ej', 'measures[0].other_payer_ore': 'Vet ej' };
  const pages = await walk(page, plan);
  assert.ok(pages.length <= 10, `${pages.length} pages`);
  assert.match(await page.locator('.rk-check').innerText(), /Inom vilken sektor finns arbetsgivaren\?\nVet ej\nÄndra/);
  assert.deepEqual(await axe(page), []);
  await page.getByRole('button', { name: 'Visa resultatet' }).click();
  const more = page.locator('.rk-open-q[data-schemes~="afa_rehabiliteringsstod"]').getByRole('button', { name: /^Svara: / });
  assert.ok(await more.count() > 1);
  assert.equal(await verdict(page, 'afa_rehabiliteringsstod'), `Det saknas ${await more.count()} svar för att veta om AFA kan betala upp till 3 000 kr.`);
  assert.deepEqual(await axe(page), []);
  await noShift(page);
  await shoot(page, 'persona-dunno-result-1280');
  // The first "Svara" opens the question most likely to settle the scheme, though it was answered
  // "Vet ej": whether the measure is for one employee, which decides both AFA and Försäkringskassan
  // (the outcome's next_questions rank the one settling most schemes first, advice.js openAcross;
  // advice.test.mjs walks them all).
  const firstOpen = page.locator('.rk-open-q[data-schemes~="afa_rehabiliteringsstod"]').first();
  assert.equal(await firstOpen.getAttribute('data-open'), 'measures[0].individual');
  assert.deepEqual((await firstOpen.getAttribute('data-schemes')).split(' ').sort(), ['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat']);
  assert.equal(await firstOpen.locator('.rk-open-text strong').innerText(), 'Gäller insatsen en enskild medarbetare?');
  await more.first().click();
  assert.match(await page.locator('.rk-view h1').innerText(), /Gäller insatsen en enskild medarbetare\?$/);
  assert.ok(await page.locator('.rk-view [data-path="measures[0].individual"]').isVisible(), 'the question itself is on the page');
  await context.close();
});

test('the private employer by keyboard alone: Tab, arrow keys, Space, typing and Enter', async () => {
  const { page, context } = await openStart(env);
  const active = () => page.evaluate(() => {
    const a = document.activeElement;
    return { tag: a.tagName, type: a.type, text: a.textContent, label: a.labels?.[0]?.textContent, path: a.closest('[data-path]')?.dataset.path };
  });
  async function tabTo(test, what) {
    for (let i = 0; i < 60; i++) {
      if (test(await active())) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`could not reach ${what} by Tab`);
  }
  await page.keyboard.press('Tab');
  assert.equal((await active()).text, 'Hoppa till frågan', 'a skip link comes first');
  await tabTo((a) => a.type === 'radio', 'the role');
  for (let i = 0; i < 4 && (await active()).label !== 'Arbetsgivare'; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await tabTo((a) => /^Starta/.test(a.text), 'Starta');
  await page.keyboard.press('Enter');
  await page.locator('.rk-step').waitFor();
  const plan = { ...EMPLOYER,
    ...measure(0, 'Ryggkurs', 'Fysioterapeut (sjukgymnast)', '8 000', '2026-10-01'),
    ...measure(1, 'Stödsamtal / enskilda samtal', 'Legitimerad psykolog', '12 000', '2026-11-01') };
  let pages = 0;
  for (; pages < 20 && !(await page.locator('.rk-check').isVisible()); pages++) {
    const step = page.locator('.rk-step');
    const key = await step.getAttribute('data-step');
    const paths = await step.locator('.rk-q:visible:not([data-moot])').evaluateAll((qs) => qs.map((q) => q.dataset.path));
    for (const p of paths) {
      const q = step.locator(`[data-path="${p}"]`);
      if (await q.evaluate((w) => w.hasAttribute('data-moot'))) continue;
      const value = plan[p];
      await tabTo((a) => a.path === p && ['INPUT', 'SELECT'].includes(a.tag), p);
      if (await q.locator('select').count()) {
        // A closed list: type-ahead on the first word, then the arrow keys to the exact option.
        await page.keyboard.type(value.split(' ')[0]);
        const want = await q.locator('option', { hasText: value }).first().getAttribute('value');
        for (let i = 0; i < 40 && (await q.locator('select').inputValue()) !== want; i++) await page.keyboard.press('ArrowDown');
        assert.equal(await q.locator('select').inputValue(), want, `${p} = ${value}`);
      } else if (await q.locator('input[type=radio]').count()) {
        for (let i = 0; i < 8 && (await active()).label !== value; i++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Space');
        assert.ok(await q.getByLabel(value, { exact: true }).isChecked(), `${p} = ${value}`);
      } else if (await q.locator('.rk-date-input').count()) {
        // Day, month and year, each in its box.
        const [year, month, day] = value.split('-');
        await page.keyboard.type(String(Number(day)));
        await page.keyboard.press('Tab');
        await page.keyboard.type(String(Number(month)));
        await page.keyboard.press('Tab');
        await page.keyboard.type(year);
      } else if (await q.locator('input[type=text]').count()) {
        await page.keyboard.type(value);
      } else {
        for (const v of [value].flat()) {
          await tabTo((a) => a.label === v, v);
          await page.keyboard.press('Space');
        }
      }
    }
    await tabTo((a) => a.text === (key === 'measure:0' ? 'Lägg till en insats till' : 'Fortsätt'), 'the button');
    await page.keyboard.press('Enter');
    await page.locator(`.rk-step:not([data-step="${key}"]), .rk-check`).first().waitFor();
  }
  assert.ok(pages <= 11, `${pages} pages`);
  await tabTo((a) => a.text === 'Visa resultatet', 'Visa resultatet');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Resultat', level: 1 }).waitFor();
  assert.equal(await verdict(page, 'afa_rehabiliteringsstod'), 'AFA kan betala upp till 10 000 kr.');
  assert.equal(await verdict(page, 'fk_arbetsplatsinriktat'), 'Försäkringskassan kan betala upp till 6 000 kr. Ansök senast 1 februari 2027.');
  await context.close();
});
