// Dates as GOV.UK's date input asks them (issue 23, item 3): day, month and year, each labelled,
// with an example before anything is typed; what people type is taken ("15/1 2027", "15 januari
// 2027", "2027-01-15" in one box, a month by its name); an error names the part that is wrong and
// marks its box; a measure's date is asked as planned or done.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, shoot, fillDate } from './helpers.mjs';
import { openStart, startAs, axe } from './flow.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const boxes = (date) => date.locator('input').evaluateAll((is) => is.map((i) => i.value));
const marked = (date) => date.locator('input').evaluateAll((is) => is.filter((i) => i.getAttribute('aria-invalid') === 'true').map((i) => i.className.match(/rk-date-(\w+)/)[1]));

test('a measure\'s date: three labelled boxes, asked as planned or done, with an example before anything is typed', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  const date = page.getByRole('group', { name: 'När görs eller gjordes insatsen?' });
  assert.equal(await date.getAttribute('data-path'), 'measures[0].date');
  assert.deepEqual(await date.locator('label').allInnerTexts(), ['Dag', 'Månad', 'År']);
  for (const label of ['Dag', 'Månad', 'År']) assert.equal(await date.getByLabel(label, { exact: true }).count(), 1, label);
  assert.match(await date.locator('.rk-hint').innerText(), /Till exempel 15 1 2027\.$/);
  assert.equal(await date.locator('.rk-error').isHidden(), true);
  await date.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/browser/screenshots/date-input-375.png' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await shoot(page, 'date-input-1280');
  await context.close();
});

test('whole dates as people type them, in one box, and months by name are taken', async () => {
  const { page, context, log } = await openStart(env);
  await startAs(page, 'Arbetsgivare');
  const date = page.locator('[data-path="measures[0].date"]');
  for (const typed of ['15/1 2027', '15 januari 2027', '2027-01-15', '15.1.2027', '15-01-2027', '20270115', '15 jan. 2027', 'January 15, 2027', ' 15 / 1 / 2027 ']) {
    await fillDate(date, '2026-03-03'); // something else first
    await fillDate(date, { day: '', month: '', year: '' });
    await fillDate(date, typed);
    assert.deepEqual(await boxes(date), ['15', '1', '2027'], `"${typed}"`);
    assert.equal(await date.locator('.rk-error').isHidden(), true, `"${typed}": no error`);
  }
  for (const month of ['mars', 'Mars', 'mar', 'March', '3', '03']) {
    await fillDate(date, { day: '1', month, year: '2027' });
    assert.deepEqual(await boxes(date), ['1', '3', '2027'], month);
  }
  await fillDate(date, { day: '29', month: 'februari', year: '2028' });
  assert.deepEqual(await boxes(date), ['29', '2', '2028'], 'a leap day');
  // Spread over the boxes as soon as the box it was typed in is left, before the date as a whole is.
  await fillDate(date, { day: '', month: '', year: '' });
  await date.getByLabel('Dag', { exact: true }).fill('15 januari 2027');
  await page.keyboard.press('Tab');
  assert.deepEqual(await boxes(date), ['15', 'januari', '2027']);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'rk-input rk-date-month', 'the focus moved on as the user asked');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab'); // to "Varför frågar vi?": out of the date
  assert.deepEqual(await boxes(date), ['15', '1', '2027'], 'left as a whole: the answer');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('an error names the part of the date that is wrong and marks its box; the summary link goes to that box', async () => {
  const { page, context } = await openStart(env, { width: 375, height: 800 });
  await startAs(page, 'Arbetsgivare');
  const date = page.locator('[data-path="measures[0].date"]');
  const error = date.locator('.rk-error');
  const cases = [
    [{ day: '15', month: 'januari', year: '' }, 'Datumet måste ha ett år.', ['year']],
    ['15 januari', 'Datumet måste ha ett år.', ['year']],
    [{ day: '', month: '', year: '2027' }, 'Datumet måste ha en dag och en månad.', ['day', 'month']],
    [{ day: '31', month: '2', year: '2027' }, 'Februari 2027 har 28 dagar. Skriv en dag från 1 till 28.', ['day']],
    [{ day: '31', month: 'april', year: '2027' }, 'April 2027 har 30 dagar. Skriv en dag från 1 till 30.', ['day']],
    [{ day: '15', month: '13', year: '2027' }, 'Skriv månaden som en siffra från 1 till 12 eller med namn, till exempel 3 eller mars.', ['month']],
    [{ day: '15', month: 'ja', year: '2027' }, 'Skriv månaden som en siffra från 1 till 12 eller med namn, till exempel 3 eller mars.', ['month']],
    [{ day: '15', month: '1', year: '27' }, 'Skriv året med fyra siffror, till exempel 2027.', ['year']],
    [{ day: 'femton', month: '1', year: '2027' }, 'Skriv dagen som en siffra från 1 till 31.', ['day']],
    [{ day: '0', month: '0', year: '2027' }, 'Skriv dagen som en siffra från 1 till 31.', ['day', 'month']],
  ];
  for (const [typed, message, parts] of cases) {
    await fillDate(date, typed);
    assert.equal(await error.textContent(), `Fel: ${message}`, JSON.stringify(typed));
    assert.deepEqual(await marked(date), parts, JSON.stringify(typed));
    assert.match(await page.title(), /^Fel: /, 'the title says there is a problem');
  }
  await fillDate(date, { day: '15', month: '1', year: '27' });
  await page.getByRole('button', { name: 'Fortsätt', exact: true }).click();
  const summary = page.locator('.rk-error-summary');
  await summary.waitFor();
  const link = summary.getByRole('link', { name: /^När görs eller gjordes insatsen\? Skriv året med fyra siffror/ });
  await shoot(page, 'date-errors-375');
  assert.deepEqual(await axe(page), []);
  await link.click();
  assert.equal(await page.evaluate(() => document.activeElement.className), 'rk-input rk-date-year', 'the link goes to the year');
  // In English, the same problem in its words.
  await page.getByRole('button', { name: 'In English' }).click();
  await page.locator('.rk-root[lang="en"]').waitFor();
  assert.equal(await error.textContent(), 'Error: Write the year with four digits, for example 2027.');
  assert.deepEqual(await date.locator('label').allInnerTexts(), ['Day', 'Month', 'Year']);
  await fillDate(date, 'January 15 2027');
  assert.deepEqual(await boxes(date), ['15', '1', '2027']);
  assert.equal(await error.isHidden(), true, 'fixed: the message goes');
  await context.close();
});

test('the day the assessment applies to is a date input too, left empty for today', async () => {
  const { page, context } = await openStart(env);
  await page.getByRole('button', { name: 'Alla frågor på en sida' }).click();
  const date = page.getByRole('group', { name: 'Vilken dag ska bedömningen gälla?' });
  assert.match(await date.locator('.rk-hint').innerText(), /Lämna tomt för dagens datum\. Till exempel 15 1 2027\.$/);
  await fillDate(date, '1/12 2026');
  assert.deepEqual(await boxes(date), ['1', '12', '2026']);
  await page.locator('.rk-all-result', { hasText: 'Bedömt per 1 december 2026.' }).waitFor();
  await fillDate(date, { day: '1', month: '12', year: '' });
  assert.equal(await date.locator('.rk-error').textContent(), 'Fel: Datumet måste ha ett år.');
  assert.equal(await page.title(), 'Fel: Alla frågor på en sida – Rehabkollen');
  assert.deepEqual(await axe(page), []);
  await context.close();
});
