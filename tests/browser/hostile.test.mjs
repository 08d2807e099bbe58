// Hostile input and privacy in the page: markup stays text, bad numbers stay at their field, the
// personnummer never leaves its own input (not in the DOM, not in the console), nothing is stored.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { start, openPage, answer, field, storageIsEmpty, ROOT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('no page script parses data as HTML', () => {
  const sinks = /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/;
  for (const f of fs.readdirSync(path.join(ROOT, 'www')).filter((f) => f.endsWith('.js'))) {
    assert.doesNotMatch(fs.readFileSync(path.join(ROOT, 'www', f), 'utf8'), sinks, f);
  }
});

test('markup typed into free-text fields is shown as text and never runs', async () => {
  const { page, context, log } = await openPage(env);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await page.getByRole('button', { name: 'Fakturaunderlag och redovisning (anordnare)' }).click();
  const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
  await page.locator('[data-inv="employees[0].name"] input').fill(evil);
  await page.getByRole('button', { name: 'Lägg till insats' }).click();
  await page.locator('[data-inv="lines[0].measure"] input').fill(evil);
  await page.locator('[data-inv="lines[0].performer"] input').fill('\u202eEva \u0000 🏳️‍🌈');
  const report = page.locator('.rk-docs');
  assert.match(await report.innerText(), /<img src=x onerror=alert\(1\)>/, 'shown as text');
  assert.equal(await page.locator('.rk img, .rk script').count(), 0, 'no element made from input');
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('absurd numbers stay at their field and the page keeps working', async () => {
  const { page, context, log } = await openPage(env);
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  await page.getByRole('button', { name: /^Starta/ }).click();
  const cost = field(page, 'measures[0].cost_ore');
  for (const bad of ['1e30', 'NaN', 'Infinity', '99999999999999', '-0', '1'.repeat(5000)]) {
    await cost.locator('input').fill(bad);
    await cost.locator('input').blur();
    assert.ok(await cost.locator('.rk-error').isVisible(), bad);
  }
  await answer(page, 'measures[0].date', '2026-02-30');
  assert.equal(await field(page, 'measures[0].date').locator('.rk-error').textContent(), 'Fel: Februari 2026 har 28 dagar. Skriv en dag från 1 till 28.');
  assert.equal(await field(page, 'measures[0].date').getByLabel('Dag', { exact: true }).getAttribute('aria-invalid'), 'true', 'the day is marked');
  await answer(page, 'measures[0].kind', 'Stödsamtal / enskilda samtal');
  assert.equal(await field(page, 'measures[0].kind').locator('select').inputValue(), 'support_talks');
  assert.match(await page.locator('.rk-bar').innerText(), /AFA: behöver fler svar/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a personnummer never appears outside its own input: not in the DOM, not in the console', async () => {
  const { page, context } = await openPage(env);
  const consoleText = [];
  page.on('console', (m) => consoleText.push(m.text()));
  await page.getByRole('button', { name: 'Fakturaunderlag och redovisning (anordnare)' }).click();
  const pnr = '811218-9876';
  await page.locator('[data-inv="employees[0].name"] input').fill('Anna Andersson');
  await page.locator('[data-inv="employees[0].personnummer"] input').fill(pnr);
  for (const wrong of ['811218-9875', '8112189876', '198112189876']) {
    await page.locator('[data-inv="employees[0].personnummer"] input').fill(wrong);
  }
  await page.locator('[data-inv="employees[0].personnummer"] input').fill(pnr);
  await page.getByRole('button', { name: 'In English' }).click(); // rebuilds the view
  await page.getByRole('button', { name: 'Add a measure' }).click();
  const leaks = await page.evaluate((digits) => {
    const found = [];
    const own = document.querySelector('[data-inv="employees[0].personnummer"] input');
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (a.value.replace(/\D/g, '').includes(digits) && el !== own) found.push(`${el.tagName}[${a.name}]`);
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) if (walker.currentNode.nodeValue.replace(/\D/g, '').includes(digits)) found.push(`text in ${walker.currentNode.parentElement.tagName}`);
    return found;
  }, '8112189876');
  assert.deepEqual(leaks, []);
  assert.ok(!consoleText.some((t) => t.replace(/\D/g, '').includes('9876')), 'nothing in the console');
  assert.deepEqual(await storageIsEmpty(page), { cookie: '', local: 0, session: 0, idb: 0, search: '', hash: '', entry: '{}' });
  await context.close();
});
