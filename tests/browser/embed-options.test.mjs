// Partner options on <rehab-kollen>: answers set by the host checked as a whole, start, hide,
// scope, and a print that prints the widget's summary and nothing of the partner's page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partnerPage, ready, events, shot, originOf, partnerEnv } from './embed-env.mjs';
import { fillDate } from './helpers.mjs';

const env = partnerEnv();
async function withOptions(attrs) {
  const p = await partnerPage(env.browser, `${originOf(env.partner)}/options.html?attrs=${encodeURIComponent(JSON.stringify(attrs))}`);
  await ready(p.page, 'one');
  return p;
}
const GOOD = { date: '2026-03-01', person: { employment: 'employed' }, employer: { sector: 'private' }, measures: [] };

test('bad answers from the host: one message naming the field, the last good answers kept, the widget still usable', async () => {
  const { page, context, log } = await withOptions({ 'share-answers': '' });
  const set = (value) => page.locator('#one').evaluate((el, v) => {
    try {
      el.answers = v;
      return null;
    } catch (e) {
      return String(e);
    }
  }, value);
  assert.equal(await set(GOOD), null);
  for (const [bad, field] of [[{ ...GOOD, person: { employment: 'employed', nonsense: 1 } }, 'person.nonsense'],
    [{ ...GOOD, measures: 'x' }, 'measures'], [{ ...GOOD, measures: { 0: { kind: 'kbt' } } }, 'measures'], ['answers', 'answers']]) {
    await page.evaluate(() => { window.rkEvents.length = 0; });
    assert.equal(await set(bad), null, `the setter does not throw (${JSON.stringify(bad).slice(0, 60)})`);
    const notices = page.locator('#one .rk-notice-error');
    assert.equal(await notices.count(), 1, 'one message');
    const text = await notices.innerText();
    // The user reads what is wrong in their language, without the path (an internal word); the
    // partner's script gets the path in the event.
    assert.match(text, /^Svaren kunde inte användas: .+\. De tidigare svaren finns kvar\.$/);
    assert.ok(!text.includes(`${field}:`) && !text.includes('person.'), `"${text}" shows no path`);
    assert.deepEqual(await page.locator('#one').evaluate((el) => el.answers), GOOD, 'the last good answers are kept');
    const evs = await events(page);
    assert.deepEqual(evs.map((e) => e.type), ['rehabkollen:error']);
    assert.equal(evs[0].detail.path, field);
  }
  // The user carries on from the last good answers.
  await page.locator('#one').getByRole('button', { name: 'Alla frågor på en sida' }).click();
  await fillDate(page.locator('#one [data-path="date"]'), '2026-03-05');
  const after = await page.locator('#one').evaluate((el) => el.answers);
  assert.deepEqual(after, { ...GOOD, date: '2026-03-05' });
  assert.equal(await page.locator('#one .rk-notice-error').count(), 0, 'the message goes once the user carries on');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('hide="tools provider-tab", and scope limits the schemes judged and reported', async () => {
  const { page, context } = await withOptions({ hide: 'tools', scope: 'fk_samordning' });
  assert.equal(await page.locator('#one .rk-header .rk-tools').count(), 0, 'no tool buttons');
  const first = (await events(page)).find((e) => e.type === 'rehabkollen:result');
  assert.deepEqual(first.detail.summary.schemes.map((s) => s.id), ['fk_samordning'], 'from the start');
  await page.locator('#one').evaluate((el) => { el.answers = { date: '2026-03-01' }; });
  const result = (await events(page)).findLast((e) => e.type === 'rehabkollen:result');
  assert.deepEqual(result.detail.summary.schemes.map((s) => s.id), ['fk_samordning'], 'and for answers the host sets');
  await context.close();
  const noTab = await withOptions({ 'allow-provider': '', hide: 'provider-tab' });
  await noTab.page.locator('#one summary', { hasText: 'Meny' }).click();
  const items = await noTab.page.locator('#one .rk-menu-list button').allInnerTexts();
  assert.ok(items.length > 3 && !items.some((t) => /Fakturaunderlag/.test(t)), items.join(' | '));
  await noTab.context.close();
});

/**
 * Stands in for the browser's print dialog: print() fires beforeprint and returns; the test then
 * looks at the page in print media, and ends printing with afterprint.
 */
const dialog = () => { window.print = () => { window.dispatchEvent(new Event('beforeprint')); window.printed = (window.printed || 0) + 1; }; };
async function printedView(page) {
  await page.emulateMedia({ media: 'print' });
  const seen = await page.evaluate(() => {
    const shown = (el) => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
    const root = document.querySelector('#one').shadowRoot;
    return { partner: ['.partner-title', '.partner-text', '.partner-footer'].filter((s) => shown(document.querySelector(s))),
      widget: shown(document.querySelector('#one')), summary: root.querySelector('.rk-print')?.innerText.trim().split('\n')[0] ?? '',
      form: shown(root.querySelector('.rk-view')), printed: window.printed || 0 };
  });
  return seen;
}

test('print prints the widget summary only, from the element and from its menu, and leaves the page as it was', async () => {
  const { page, context } = await withOptions({});
  await page.locator('#one').evaluate((el) => { el.answers = { date: '2026-03-01', person: { employment: 'none', has_sgi: false, insured_in_sweden: true, doctor_certificate: true, needs_work_rehab: true } }; });
  await page.evaluate(dialog);
  await page.locator('#one').evaluate((el) => el.print());
  const printed = await printedView(page);
  assert.deepEqual(printed, { partner: [], widget: true, summary: 'Sammanfattning från Rehabkollen', form: false, printed: 1 });
  await shot(page, 'embed-print-summary');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('[data-rk-print-hide]').count(), 0, 'marks removed');
  assert.equal(await page.evaluate(() => document.adoptedStyleSheets.length), 0, 'print sheet removed');
  // The widget's own print button.
  await page.locator('#one summary', { hasText: 'Meny' }).click();
  await page.locator('#one .rk-menu-list button', { hasText: 'Skriv ut' }).click();
  assert.deepEqual((await printedView(page)).partner, []);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  // The user prints the partner's page (Ctrl+P): the page prints as the partner made it.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.deepEqual((await printedView(page)).partner, ['.partner-title', '.partner-text', '.partner-footer']);
  await context.close();
});

test('the menu inside the element: its items work, and a click on the partner\'s page closes it', async () => {
  const { page, context } = await withOptions({});
  const menu = page.locator('#one details.rk-menu');
  await menu.locator('summary').click();
  await page.locator('#one .rk-menu-list button', { hasText: 'Om tjänsten' }).click();
  await page.locator('#one h1', { hasText: 'Om tjänsten' }).waitFor();
  assert.equal(await menu.evaluate((d) => d.open), false, 'closed after its item did its work');
  await menu.locator('summary').click();
  assert.equal(await menu.evaluate((d) => d.open), true);
  await page.locator('body').click({ position: { x: 3, y: 3 } });
  assert.equal(await menu.evaluate((d) => d.open), false, 'a click on the page around it closes it');
  await context.close();
});
