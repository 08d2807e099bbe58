// The result answers first (issue #25): the three users the issue found stuck, played to the end
// on a 375 px phone by visible labels and roles. Each card's first sentence is true in the case; a
// "no" says why without anything opened, its rule link opens "Så har vi bedömt" at that reason;
// "Svar som behövs" lists every card's open questions once, each with the schemes it decides, and
// walks them one by one back to the result; the order to apply in comes above the cards with an honest total; axe finds nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { start, shoot, SHOTS } from './helpers.mjs';
import { openStart, startAs, walk, axe, card, answerField, openAnswers, EMPLOYER } from './flow.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const YES = 'Ja';
const norm = (s) => s.replace(/\u00a0/g, ' ').trim();
const measure = (kind, performer, cost, date) => ({
  'measures[0].kind': kind, 'measures[0].provider.performer': performer, 'measures[0].cost_ore': cost, 'measures[0].date': date,
  'measures[0].individual': YES, 'measures[0].digital': 'Nej', 'measures[0].evidence_based': YES,
  'measures[0].other_payer_ore': '0', 'measures[0].completed': YES,
});

/** A card's "Så kan det ändras" lines as read, without their rule links. */
const changeLines = (cardLocator) => cardLocator.locator('.rk-changes .rk-change').evaluateAll((ls) => ls.map((li) => {
  const c = li.cloneNode(true);
  c.querySelectorAll('.rk-rule-id').forEach((a) => a.remove());
  return c.textContent.replace(/\u00a0/g, ' ').replace(/[ ,]+$/, '').trim();
}));
/** The rule ids those lines link to, in order, as one string. */
const changeRules = (cardLocator) => cardLocator.locator('.rk-changes .rk-change .rk-rule-id').allTextContents()
  .then((ids) => ids.map((x) => x.match(/[A-Z]+-[A-Z]+-\d+/)?.[0]).join(','));

/** The card's first sentence as read, without the rule links' own words. */
const headline = (page, id) => card(page, id).locator('.rk-headline').evaluate((p) => {
  const c = p.cloneNode(true);
  c.querySelectorAll('.rk-reason-link').forEach((a) => a.remove());
  return c.textContent.replace(/\u00a0/g, ' ').replace(/ +\./g, '.').replace(/ {2,}/g, ' ').trim();
});

async function toResult(page) {
  await page.getByRole('button', { name: 'Visa resultatet' }).click();
  await page.getByRole('heading', { name: 'Resultat', level: 1 }).waitFor();
}

/** What a phone shows from the top of a scheme's card (a full-page shot is too tall to read). */
async function shootCard(page, id, name) {
  await card(page, id).evaluate((c) => c.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

const noSideways = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('a restaurant on a phone, no return-to-work plan: AFA says no and why on the card, the rule opens the assessment there', async () => {
  const { page, context, log } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  await walk(page, { ...EMPLOYER, 'person.return_to_work_plan': 'Nej', ...measure('Ryggkurs', 'Fysioterapeut (sjukgymnast)', '8 000', '2026-11-10') });
  await toResult(page);
  const afa = card(page, 'afa_rehabiliteringsstod');
  assert.equal(await headline(page, 'afa_rehabiliteringsstod'), 'AFA betalar inte, eftersom det saknas en plan för återgång i arbete.');
  assert.ok(await afa.locator('.rk-headline').isVisible(), 'the reason shows without opening anything');
  assert.equal(await afa.locator('details.rk-assessed[open]').count(), 0, '"Så har vi bedömt" is closed');
  assert.equal(await afa.getByText('Så här gör ni nu').count(), 0, 'no next step where AFA does not pay');
  await shootCard(page, 'afa_rehabiliteringsstod', 'advice-restaurant-afa-375');
  // The reason's rule, a small link: "Så har vi bedömt" opens at that reason, which has the focus.
  const link = afa.locator('.rk-headline .rk-reason-link');
  assert.equal(norm(await link.textContent()), 'Se bedömningen: AFA-COND-3');
  await link.click();
  assert.equal(await afa.locator('details.rk-assessed').evaluate((d) => d.open), true);
  const focused = await page.evaluate(() => ({ id: document.activeElement.id, text: document.activeElement.textContent }));
  assert.match(focused.id, /reason-afa-rehabiliteringsstod-scheme-AFA-COND-3$/);
  assert.match(focused.text, /uppfylls inte/);
  assert.ok(await noSideways(page), 'no sideways scrolling at 375 px');
  assert.deepEqual(await axe(page), [], 'axe on the result with the assessment open');
  assert.deepEqual(log.errors, []);
  await shoot(page, 'advice-restaurant-375');
  // The printed summary leads with the same sentences, and stays within two A4 pages.
  const sentences = await page.locator('.rk-scheme .rk-headline').evaluateAll((ps) => ps.map((p) => {
    const c = p.cloneNode(true);
    c.querySelectorAll('.rk-reason-link').forEach((a) => a.remove());
    return c.textContent.replace(/ +\./g, '.').replace(/ {2,}/g, ' ').trim();
  }));
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await page.locator('.rk-print .rk-print-headline').allTextContents(), sentences);
  assert.match(norm(await page.locator('.rk-print').innerText()), /Det är inget beslut: beslutet fattar den som betalar stödet\./, 'the printout says it is not a decision, as the page does');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  await page.screenshot({ path: path.join(SHOTS, 'advice-restaurant-print.png') });
  await context.close();
});

test('an IT consultancy answering "Vet ej": AFA and FK depend on open questions, listed once with the schemes each decides and who knows, walked in turn back to the result', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  const dunno = Object.fromEntries(Object.keys(EMPLOYER).map((k) => [k, 'Vet ej']));
  const plan = { ...dunno, 'person.employment': 'Anställd', 'provider.competence': 'Vet ej',
    ...measure('Stödsamtal / enskilda samtal', 'Vet ej', '6 000', '2026-11-01'), 'provider.performer': 'Vet ej',
    'measures[0].individual': 'Vet ej', 'measures[0].other_payer_ore': 'Vet ej' };
  const bars = [];
  await walk(page, plan, { each: async (p) => {
    if (await p.locator('.rk-bar').isVisible()) bars.push(norm(await p.locator('.rk-bar').innerText()));
  } });
  assert.ok(bars.length > 3, `${bars.length} result lines seen`);
  for (const b of bars) assert.doesNotMatch(b, /minst 0 kr/, 'the result line never says "minst 0 kr"');
  await toResult(page);
  const afa = card(page, 'afa_rehabiliteringsstod');
  const list = page.locator('.rk-open');
  const items = list.locator('.rk-open-q');
  const all = await items.evaluateAll((qs) => qs.map((q) => q.dataset.open));
  assert.equal(new Set(all).size, all.length, 'each question once on the page');
  assert.equal(await page.locator('[data-scheme] .rk-open-q').count(), 0, 'no card lists questions of its own');
  const deciding = async (id) => list.locator(`.rk-open-q[data-schemes~="${id}"]`).evaluateAll((qs) => qs.map((q) => q.dataset.open));
  const open = await deciding('afa_rehabiliteringsstod');
  assert.ok(open.length >= 2, JSON.stringify(open));
  assert.match(await headline(page, 'afa_rehabiliteringsstod'), new RegExp(`^Det saknas ${open.length} svar för att veta om AFA kan betala upp till 3 000 kr\\.$`));
  const fk = await deciding('fk_arbetsplatsinriktat');
  assert.match(await headline(page, 'fk_arbetsplatsinriktat'), new RegExp(`^Det saknas ${fk.length} svar för att veta om Försäkringskassan kan betala`));
  assert.ok(open.some((p) => fk.includes(p)), 'the cards share questions, listed once');
  assert.deepEqual(new Set(all), new Set([...open, ...fk]), 'every question a card depends on, and no other');
  assert.doesNotMatch(norm(await afa.innerText()), /minst 0 kr/);
  assert.equal(await afa.getByText('Så här gör ni nu').count(), 0, 'no "apply now" while AFA cannot yet be eligible');
  // Each question with the schemes it decides and who usually knows the answer.
  const sector = list.locator('.rk-open-q[data-open="employer.sector"]');
  assert.match(norm(await sector.innerText()), /Inom vilken sektor finns arbetsgivaren\?\s+Avgör: AFA\s+Hur tar jag reda på det\? Arbetsgivaren vet/);
  const shared = list.locator(`.rk-open-q[data-open="${open.find((p) => fk.includes(p))}"] .rk-open-decides`);
  assert.equal(norm(await shared.innerText()), 'Avgör: AFA och FK');
  assert.equal(await list.locator('.rk-open-q .rk-hint').count(), all.length, 'every question says who knows');
  // The list comes after the cards (their first sentences first); each card leads to it.
  assert.ok(await list.evaluate((l, c) => !!(l.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_PRECEDING), await card(page, 'fk_arbetsplatsinriktat').elementHandle()));
  await afa.getByRole('link', { name: 'Se frågorna under ”Svar som behövs”' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Svar som behövs', 'the link moves the focus to the list');
  assert.deepEqual(await axe(page), [], 'axe on the result');
  await shoot(page, 'advice-dunno-result-375');
  await shootCard(page, 'afa_rehabiliteringsstod', 'advice-dunno-afa-375');
  await list.evaluate((l) => l.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(SHOTS, 'advice-dunno-open-375.png') });

  // "Svara" at the first: that question alone, then the result with the focus at the next item's
  // "Svara"; from there each in turn, every card's, until the list's heading.
  await items.first().getByRole('button', { name: /^Svara: / }).click();
  const seen = [];
  for (let n = 0; n < all.length + 5; n++) {
    const step = page.locator('.rk-step');
    await step.waitFor();
    const key = await step.getAttribute('data-step');
    const path = key.replace(/^q:/, '');
    seen.push(path);
    const q = step.locator(`[data-path="${path}"]`);
    await answerField(page, q, await q.getByLabel('Vet ej', { exact: true }).count() ? 'Vet ej' : plan[path]);
    await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
    await page.getByRole('heading', { name: 'Resultat', level: 1 }).waitFor();
    const at = await page.evaluate(() => document.activeElement?.closest('.rk-open-q')?.dataset.open ?? document.activeElement?.textContent);
    if (n === all.length - 1) {
      assert.equal(at, 'Svar som behövs', 'after the last item, the list\'s heading');
      break;
    }
    assert.equal(at, all[n + 1], 'the focus at the next item of the list');
    await page.keyboard.press('Enter');
  }
  assert.deepEqual(seen, all, 'every open question of every card, once, in the order the list shows them, and only those');
  assert.ok(await page.locator('.rk-result').isVisible(), 'back on the result');
  // Printed, with every open question listed once, still at most two A4 pages.
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const printed = norm(await page.locator('.rk-print').innerText());
  assert.match(printed, /Det saknas \d+ svar för att veta om AFA kan betala upp till 3 000 kr\./);
  assert.match(printed, /\nSvar som behövs\n[^]*\nInom vilken sektor finns arbetsgivaren\? \(AFA\)\n/);
  assert.equal(printed.split('Dina svar')[0].split('Inom vilken sektor finns arbetsgivaren?').length, 2, 'once in the printed result too (the answers follow)');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  assert.ok(pages >= 1 && pages <= 2, `${pages} pages`);
  await context.close();
});

test('an answer given from "Svara": back on the result, the live region says the new result at once, not the one before', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  await walk(page, { ...EMPLOYER, 'provider.fk_approved': 'Vet ej',
    ...measure('Utreda behov för att vara kvar i eller återgå till arbetet (arbetsförmågebedömning)', 'Arbetsterapeut', '15 000', '2026-11-15') });
  await toResult(page);
  const live = page.locator('.rk-live');
  assert.equal(norm(await live.textContent()), 'FK: behöver fler svar · AFA: uppfyller inte villkoren', 'on arrival, without waiting');
  await page.locator('.rk-open-q[data-open="provider.fk_approved"]').getByRole('button', { name: /^Svara: / }).click();
  await page.locator('.rk-view [data-path="provider.fk_approved"]').getByLabel(YES, { exact: true }).check();
  // "Fortsätt" at once, before typing would have settled: the result page speaks its own result.
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  await page.getByRole('heading', { name: 'Resultat', level: 1 }).waitFor();
  assert.match(await headline(page, 'fk_arbetsplatsinriktat'), /^Försäkringskassan kan betala upp till 7 500 kr/);
  assert.equal(norm(await live.textContent()), 'FK: upp till 7 500 kr · AFA: uppfyller inte villkoren');
  // In the provider tools no result is shown, and none is said; back on the result, it is again.
  await page.getByText('Meny', { exact: true }).click();
  await page.getByRole('button', { name: 'Fakturaunderlag och redovisning (anordnare)', exact: true }).click();
  await page.getByRole('heading', { name: 'Fakturaunderlag och redovisning', level: 1 }).waitFor();
  assert.equal(await live.textContent(), '');
  await page.goBack();
  await page.getByRole('heading', { name: 'Resultat', level: 1 }).waitFor();
  assert.equal(norm(await live.textContent()), 'FK: upp till 7 500 kr · AFA: uppfyller inte villkoren');
  await context.close();
});

test('"Bra att veta" names the law a paragraph is in: "Källa: Förordning (2014:67) …: 7 §", not "7 §" alone', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  // A measure in another year than the assessment: FK's yearly caps are noted with their paragraph.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-advice-'));
  const f = path.join(dir, 'other-year.json');
  fs.writeFileSync(f, JSON.stringify({ date: '2026-01-15', employer: { sector: 'municipality', ags_insurance: true, fk_ars_granted_this_year_ore: 0 },
    person: { employment: 'employed', work_capacity: 'at_risk', rehab_need_documented: true, return_to_work_plan: true, consent: true, has_sgi: true, fk_ars_granted_this_year_ore: 0 },
    provider: { fk_approved: true, performer: 'licensed_psychologist', competence: ['behavioural_science'], knows_workplace: true, contracted: true },
    measures: [{ kind: 'support_talks', cost_ore: 900000, date: '2025-06-01', individual: true, other_payer_ore: 0 }] }));
  try {
    await openAnswers(page, f);
    await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor(); // the browser reads the file only now
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  await page.getByRole('button', { name: 'Visa resultatet' }).click();
  await page.getByRole('heading', { name: 'Resultat', level: 1 }).waitFor();
  const note = page.locator('.rk-notes li', { hasText: 'Taket på 10 000 kr per medarbetare' });
  const link = note.locator('.rk-source a');
  assert.equal(norm(await link.textContent()), 'Förordning (2014:67) om bidrag till arbetsgivare för arbetsplatsnära stöd för återgång i arbete (Paragraf.nu): 7 § (öppnas i en ny flik)');
  assert.equal(await link.getAttribute('href'), 'https://www.paragraf.nu/2014:67');
  await context.close();
});

test('a municipality on a phone: the order to apply in, soonest deadline first, and the honest total above the cards', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  await walk(page, { ...EMPLOYER, 'employer.sector': 'Kommun', ...measure('Stödsamtal / enskilda samtal', 'Legitimerad psykolog', '9 000', '2026-09-02') });
  await toResult(page);
  const order = page.locator('.rk-order');
  assert.equal(norm(await order.innerText()), 'Först Försäkringskassan (senast 1 februari 2027), sedan AFA (senast 2 mars 2027): tillsammans högst 9 000 kr.');
  const cards = await page.locator('[data-scheme]').evaluateAll((s) => s.map((x) => x.dataset.scheme));
  assert.deepEqual(cards, ['fk_arbetsplatsinriktat', 'afa_rehabiliteringsstod'], 'the soonest deadline first');
  assert.ok(await order.evaluate((o, first) => !!(o.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING), await card(page, 'fk_arbetsplatsinriktat').elementHandle()),
    'the order comes above the cards');
  assert.equal(await headline(page, 'fk_arbetsplatsinriktat'), 'Försäkringskassan kan betala upp till 4 500 kr. Ansök senast 1 februari 2027.');
  assert.equal(await headline(page, 'afa_rehabiliteringsstod'), 'AFA kan betala upp till 4 500 kr. Ansök senast 2 mars 2027.');
  assert.ok(await noSideways(page));
  assert.deepEqual(await axe(page), []);
  await shoot(page, 'advice-municipality-375');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, 'advice-municipality-top-375.png') });
  await context.close();
});

test('a restaurant: "Så kan det ändras" says what would turn AFA into a yes, and who can do it; nothing where only facts stand in the way',
  async () => {
    const { page, context } = await openStart(env, { width: 375, height: 800 });
    await startAs(page, 'Arbetsgivare');
    await walk(page, { ...EMPLOYER, 'person.return_to_work_plan': 'Nej', ...measure('Ryggkurs', 'Fysioterapeut (sjukgymnast)', '8 000', '2026-11-10') });
    await toResult(page);
    const changes = card(page, 'afa_rehabiliteringsstod').locator('.rk-changes');
    assert.equal(await changes.count(), 1, 'AFA\'s card says what would change it');
    assert.equal(norm(await changes.locator('h3').innerText()), 'Så kan det ändras');
    const first = await changes.locator('.rk-change').first().evaluate((li) => {
      const c = li.cloneNode(true);
      c.querySelectorAll('.rk-rule-id').forEach((a) => a.remove());
      return c.textContent.replace(/\u00a0/g, ' ').replace(/[ ,]+$/, '').trim();
    });
    // The questions not asked while AFA was a no then decide.
    assert.equal(first, 'Ni kan ta fram en plan för återgång i arbete tillsammans med medarbetaren. Då kan AFA betala upp till 4 000 kr, beroende på svar som då behövs.');
    assert.match(norm(await changes.locator('.rk-change').first().innerText()), /AFA-COND-3/);
    // FK does not pay for a back course, a fact of the case: its "no" says nothing can turn it, rather than nothing at all.
    const fk = card(page, 'fk_arbetsplatsinriktat').locator('.rk-changes');
    assert.equal(norm(await fk.locator('.rk-unchangeable').innerText()), 'Vi hittar inget i ärendet som ni kan ändra så att Försäkringskassan betalar.');
    assert.equal(await fk.locator('.rk-change').count(), 0, 'no change is listed');
    assert.deepEqual(await axe(page), []);
    await shootCard(page, 'afa_rehabiliteringsstod', 'advice-restaurant-changes-375');
    await context.close();
  });

test('talks held by a nurse: the two performers AFA takes give the same turn, so "Så kan det ändras" says it once', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  // Saved answers with the performer given for the provider (the top level); the questions keep
  // it on the measure (the next test).
  const answers = { date: '2026-11-25',
    employer: { sector: 'private', ags_insurance: true, medarbetaravtal: false, fk_ars_granted_this_year_ore: 0 },
    person: { employment: 'employed', category: 'arbetare', age: 44, condition: 'other_physical', work_capacity: 'at_risk', rehab_need_documented: true,
      work_capacity_prospect: true, return_to_work_plan: true, consent: true, has_sgi: true, insured_in_sweden: true, fk_ars_granted_this_year_ore: 0 },
    provider: { fk_approved: true, performer: 'nurse', competence: ['rehabilitation'], knows_workplace: true, contracted: true, ivo_permit: false },
    measures: [{ kind: 'support_talks', cost_ore: 600000, date: '2026-11-10', individual: true, other_payer_ore: 0 }] };
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Meny', { exact: true }).click();
  await page.getByRole('button', { name: 'Öppna sparade svar', exact: true }).click();
  await (await chooser).setFiles({ name: 'svar.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(answers)) });
  await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();
  await toResult(page);
  const afa = card(page, 'afa_rehabiliteringsstod');
  assert.match(await headline(page, 'afa_rehabiliteringsstod'), /^AFA betalar inte, eftersom samtalen inte hålls av en legitimerad psykolog eller psykoterapeut\.$/);
  const lines = await changeLines(afa);
  assert.deepEqual(lines, ['Svaret på ”Vem utför insatsen?” kan bli ”Legitimerad psykolog” eller ”Legitimerad psykoterapeut”. Då kan AFA betala upp till 3 000 kr.'],
    'one line for both performers');
  assert.equal(await changeRules(afa), 'AFA-MEAS-4', 'its rule once');
  assert.deepEqual(await axe(page), []);
  await shootCard(page, 'afa_rehabiliteringsstod', 'advice-nurse-changes-375');
  await context.close();
});

test('talks by a nurse, answered in the questions (one measure: the performer kept once, for the provider): "Så kan det ändras" changes that measure\'s performer', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  await walk(page, { ...EMPLOYER, ...measure('Stödsamtal / enskilda samtal', 'Sjuksköterska', '6 000', '2026-11-10') });
  await toResult(page);
  const afa = card(page, 'afa_rehabiliteringsstod');
  assert.match(await headline(page, 'afa_rehabiliteringsstod'), /^AFA betalar inte, eftersom samtalen inte hålls av en legitimerad psykolog eller psykoterapeut\.$/);
  const lines = await changeLines(afa);
  // The questions not asked while AFA was a no then decide (as for the restaurant's plan above).
  assert.deepEqual(lines, ['Svaret på ”Vem utför insatsen?” kan bli ”Legitimerad psykolog” eller ”Legitimerad psykoterapeut”. Då kan AFA betala upp till 3 000 kr, beroende på svar som då behövs.'],
    'the measure\'s own performer, by the question\'s text, once for both performers');
  assert.equal(await changeRules(afa), 'AFA-MEAS-4');
  assert.ok(await noSideways(page));
  assert.deepEqual(await axe(page), []);
  await shootCard(page, 'afa_rehabiliteringsstod', 'advice-nurse-own-changes-375');
  // One measure: the questions kept its performer once, for the provider (README "A performer given once"), which the engine reads for it.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara svaren som fil', exact: true }).click(); // the result's own
  const saved = JSON.parse(fs.readFileSync(await (await download).path(), 'utf8'));
  assert.deepEqual([saved.measures[0].provider?.performer, saved.provider?.performer], [undefined, 'nurse']);
  await context.close();
});

test('an employer without AGS: AFA\'s "no" says why, and in one line that nothing in the case can change it, in both languages', async () => {
  const { page, context, log } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  await walk(page, { ...EMPLOYER, 'employer.ags_insurance': 'Nej', ...measure('Stödsamtal / enskilda samtal', 'Legitimerad psykolog', '12 000', '2026-11-10') });
  await toResult(page);
  const afa = card(page, 'afa_rehabiliteringsstod');
  assert.match(await headline(page, 'afa_rehabiliteringsstod'), /^AFA betalar inte, eftersom /);
  const changes = afa.locator('.rk-changes');
  assert.equal(norm(await changes.locator('h3').innerText()), 'Så kan det ändras');
  assert.equal(norm(await changes.locator('.rk-unchangeable').innerText()), 'Vi hittar inget i ärendet som ni kan ändra så att AFA betalar.');
  assert.equal(await changes.getAttribute('role'), 'group');
  assert.deepEqual(await axe(page), []);
  assert.ok(await noSideways(page));
  await shootCard(page, 'afa_rehabiliteringsstod', 'advice-no-ags-unchangeable-375');
  await page.getByRole('button', { name: 'In English' }).click();
  await page.locator('.rk-root[lang="en"]').waitFor();
  assert.equal(norm(await changes.locator('.rk-unchangeable').innerText()), 'We find nothing in this case you could change that makes AFA pay.');
  assert.deepEqual(log.errors, []);
  await context.close();
});
