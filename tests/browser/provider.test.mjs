// The provider view: an invoice basis checked while typed, CSV read locally, the 7026 draft.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { start, openPage, shoot, storageIsEmpty } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const inv = (page, p) => page.locator(`[data-inv="${p}"]`);

async function openProvider(page) {
  await page.getByRole('button', { name: 'Fakturaunderlag och redovisning (anordnare)' }).click();
  await page.getByRole('heading', { name: 'Fakturaunderlag' }).waitFor();
}

test('a bad personnummer shows its error at the field, masked; fixing it gives "Klart att skicka"', async () => {
  const { page, context, log } = await openPage(env);
  await openProvider(page);
  await inv(page, 'employees[0].name').locator('input').fill('Anna Andersson');
  await inv(page, 'employees[0].personnummer').locator('input').fill('811218-9875');
  await page.getByRole('button', { name: 'Lägg till rad' }).click();
  await inv(page, 'lines[0].date').locator('input').fill('2026-02-10');
  await inv(page, 'lines[0].measure').locator('input').fill('Stödsamtal');
  await inv(page, 'lines[0].kind').locator('select').selectOption('support_talks');
  await inv(page, 'lines[0].performer').locator('input').fill('Eva Ek');
  await inv(page, 'lines[0].competence').locator('select').selectOption('behavioural_science');
  await inv(page, 'lines[0].cost_ore').locator('input').fill('1 500');
  const pnrError = inv(page, 'employees[0].personnummer').locator('.rk-error');
  assert.match(await pnrError.innerText(), /Kontrollsiffran stämmer inte.*811218-\*\*\*\*.*PNR-CHK-1/);
  assert.match(await page.locator('.rk-inv-status').innerText(), /1 fel att rätta/);
  await shoot(page, 'provider-error-1280');
  await inv(page, 'employees[0].personnummer').locator('input').fill('811218-9876');
  assert.equal(await pnrError.isHidden(), true);
  assert.match(await page.locator('.rk-inv-status').innerText(), /Klart att skicka/);
  // The number appears only in its own input: never elsewhere in the page.
  const html = await page.evaluate(() => document.body.innerText);
  assert.ok(!html.includes('9876'), 'the full personnummer is never echoed');
  assert.match(await page.locator('.rk-report').innerText(), /Anna Andersson \(811218-\*\*\*\*\)/);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await storageIsEmpty(page), { cookie: '', local: 0, session: 0, idb: 0, search: '', hash: '' });
  await shoot(page, 'provider-ready-1280');
  await context.close();
});

test('a kind outside the grant and a missing cost are flagged at their fields', async () => {
  const { page, context } = await openPage(env);
  await openProvider(page);
  await page.getByRole('button', { name: 'Lägg till rad' }).click();
  await inv(page, 'lines[0].kind').locator('select').selectOption('lecture');
  assert.match(await inv(page, 'lines[0].kind').locator('.rk-error').innerText(), /ingår inte.*FK-EXCL-1/);
  assert.match(await inv(page, 'lines[0].cost_ore').locator('.rk-error').innerText(), /Kostnaden för insatsen saknas/);
  assert.match(await inv(page, 'employees').locator('.rk-error').innerText(), /namn och personnummer saknas/);
  await context.close();
});

test('AFA: a reference number is asked for, and personal data gives a warning', async () => {
  const { page, context } = await openPage(env);
  await openProvider(page);
  await page.getByLabel('AFA Försäkring, rehabiliteringsstöd').check();
  assert.match(await inv(page, 'reference').locator('.rk-error').innerText(), /referensnummer/);
  await inv(page, 'reference').locator('input').fill('R-2026-0042');
  await page.getByRole('button', { name: 'Lägg till rad' }).click();
  assert.match(await page.locator('.rk-inv-status').innerText(), /Klart att skicka/);
  await inv(page, 'employees[0].name').locator('input').fill('Anna Andersson');
  assert.match(await inv(page, 'employees[0]').locator(':scope > .rk-error').innerText(), /referensnummer på fakturan i stället för personuppgifter/);
  assert.match(await page.locator('.rk-inv-status').innerText(), /Klart att skicka.*\n?.*1 sak att se över/s);
  await context.close();
});

test('lines load from a CSV file read in the browser; bad rows are reported by line number', async () => {
  const { page, context, log } = await openPage(env);
  await openProvider(page);
  const file = path.join(os.tmpdir(), 'rk-lines.csv');
  fs.writeFileSync(file, 'datum;insats;typ;utförare;kompetens;kontrakterad;kostnad\n2026-02-10;Stödsamtal;support_talks;Eva Ek;behavioural_science;ja;1 500,00\n2026-02-11;Stödsamtal\n2026-02-12;Utreda ohälsa;investigate_ill_health;Eva Ek;medicine;ja;abc\n');
  const before = log.requests.length;
  await page.getByLabel('Läs in rader från CSV-fil').setInputFiles(file);
  await page.locator('.rk-line').nth(1).waitFor();
  assert.equal(await page.locator('.rk-line').count(), 2);
  assert.match(await page.locator('.rk-csv-problems').innerText(), /CSV-rad 3: Raden har fel antal kolumner/);
  assert.match(await inv(page, 'lines[1].cost_ore').locator('.rk-error').innerText(), /positivt belopp/);
  assert.equal(await inv(page, 'lines[1].cost_ore').locator('input').inputValue(), 'abc', 'the typed value stays for the user to fix');
  assert.equal(log.requests.length, before, 'the file is not uploaded anywhere');
  // The investigation line asks for the positions taken, for the report.
  assert.equal(await page.getByLabel('Ställningstaganden i utredningen').count(), 1);
  await shoot(page, 'provider-csv-1280');
  await context.close();
});
