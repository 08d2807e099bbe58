// Files the user hands the page, large or odd, as the review tried them (issue #22): a size limit
// checked before a byte is read, with the limit in the message; a file of saved answers that is
// empty, `null` or answers nothing never clears the answers; a UTF-16 CSV (Excel's "Unicode text")
// is read as UTF-16; messages in one language, without internal words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { start, openPage, shoot } from './helpers.mjs';

let env;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rk-files-'));
before(async () => { env = await start(); });
after(async () => { await env?.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

const ANSWERS = { date: '2026-03-01', employer: { sector: 'private', ags_insurance: true }, person: { employment: 'employed', category: 'arbetare' }, provider: {}, measures: [] };

function file(name, content) {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, content);
  return f;
}
/** A file of `bytes` bytes that takes no room on disk (a sparse file): what matters is its size. */
function sparse(name, bytes) {
  const f = path.join(tmp, name);
  fs.closeSync(fs.openSync(f, 'w'));
  fs.truncateSync(f, bytes);
  return f;
}

async function openAnswers(page, f) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Meny', { exact: true }).click();
  await page.getByRole('button', { name: 'Öppna sparade svar', exact: true }).click();
  await (await chooser).setFiles(f);
}

async function withAnswers() {
  const { page, context, log } = await openPage(env);
  await page.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  await openAnswers(page, file('good.json', JSON.stringify(ANSWERS)));
  await page.getByRole('heading', { name: 'Kontrollera dina svar' }).waitFor();
  return { page, context, log };
}
const notice = (page) => page.locator('.rk-notice-error');
const sectorShown = (page) => page.locator('.rk-summary-row', { has: page.locator('dt', { hasText: 'sektor' }) }).first().locator('dd').first().innerText();

test('a file of saved answers that is too large, empty, null or answers nothing is refused with a message; the answers stay', async () => {
  const { page, context, log } = await withAnswers();
  const before = await sectorShown(page);
  const cases = [
    // The review's 48 MB file froze the page 9.6 s before it was refused: now it is not read.
    [sparse('huge.json', 48 * 1024 * 1024), /^Filen är på 48\sMB och lästes inte\. En fil med sparade svar är högst 1\sMB\. De tidigare svaren finns kvar\.$/],
    [file('null.json', 'null'), /^Filen är tom och lästes inte\. De tidigare svaren finns kvar\.$/],
    [file('empty.json', ''), /^Filen är tom och lästes inte\./],
    [file('blank.json', ' \n '), /^Filen är tom och lästes inte\./],
    [file('nothing.json', JSON.stringify({ employer: {}, person: {}, provider: {}, measures: [] })), /^Filen innehåller inga svar och lästes inte, så att dina svar inte försvinner\./],
    [file('unknowns.json', JSON.stringify({ person: { work_capacity: 'unknown' }, scope: ['fk_samordning'] })), /^Filen innehåller inga svar/],
    [file('list.json', '[1, 2]'), /^Filen är inte en fil med sparade svar från Rehabkollen \(JSON\)\.$/],
  ];
  for (const [f, message] of cases) {
    await openAnswers(page, f);
    await notice(page).filter({ hasText: message }).waitFor();
    assert.equal(await sectorShown(page), before, `${path.basename(f)}: the answers stay`);
  }
  await shoot(page, 'files-answers-too-large-1280');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a message about a saved answer is Swedish throughout and names the question, not its path', async () => {
  const { page, context } = await withAnswers();
  // The review saw "okänt värde a text of 152 characters".
  await openAnswers(page, file('long.json', JSON.stringify({ ...ANSWERS, person: { ...ANSWERS.person, work_capacity: 'x'.repeat(152) } })));
  const text = await notice(page).innerText();
  assert.match(text, /^Svaren kunde inte användas: ”[^”]+”: okänt värde en text på 152 tecken\. De tidigare svaren finns kvar\.$/);
  assert.doesNotMatch(text, /a text of|characters|person\.work_capacity|answers:/);
  await page.getByRole('button', { name: 'In English' }).click();
  await page.getByText('The answers could not be used').waitFor();
  assert.match(await notice(page).innerText(), /^The answers could not be used: ”[^”]+”: unknown value a text of 152 characters\. The earlier answers are kept\.$/);
  await context.close();
});

const HEADER = 'datum;insats;typ;utförare;kompetens;kontrakterad;kostnad';

async function openTools() {
  const { page, context, log } = await openPage(env);
  await page.getByRole('button', { name: 'Fakturaunderlag och redovisning (anordnare)' }).click();
  await page.getByRole('heading', { name: 'Fakturaunderlag och redovisning' }).waitFor();
  return { page, context, log };
}

test('a CSV file over 2 MB, or over 2 GiB, is refused before it is read, with the limit in the message', async () => {
  const { page, context, log } = await openTools();
  const input = page.getByLabel('Läs in insatser från en CSV-fil');
  const message = page.locator('.rk-csv-message');
  // The review's 20 MB file of 1 000 lines blocked the page 11.6 s on import.
  const long = [HEADER, ...Array.from({ length: 1000 }, (_, i) => `2026-02-10;Stödsamtal ${i} ${'x'.repeat(20000)};support_talks;Eva Ek;medicine;ja;1500`)].join('\n');
  await input.setInputFiles(file('twenty.csv', long));
  await message.filter({ hasText: /Filen är på 19,1\sMB och lästes inte in\. Här kan högst 2\sMB läsas in\./ }).waitFor();
  assert.equal(await message.getAttribute('role'), 'alert');
  assert.equal(await page.locator('.rk-line').count(), 0);
  // Over 2 GiB the browser cannot read it at all; the review saw no message (an unhandled rejection).
  await input.setInputFiles(sparse('huge.csv', 2 * 1024 ** 3 + 1024 ** 2));
  await message.filter({ hasText: /Filen är på 2\sGB och lästes inte in\./ }).waitFor();
  assert.deepEqual(log.errors, []);
  await shoot(page, 'files-csv-too-large-1280');
  await context.close();
});

test('a UTF-16 CSV file (Excel\'s "Unicode text") is read as UTF-16', async () => {
  const { page, context } = await openTools();
  const text = 'datum\tinsats\ttyp\tutförare\tkompetens\tkontrakterad\tkostnad\r\n2026-02-10\tStödsamtal\tsupport_talks\tÅsa Öberg\tbeteendevetenskap\tja\t1 500\r\n';
  await page.getByLabel('Läs in insatser från en CSV-fil').setInputFiles(file('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])));
  await page.locator('.rk-csv-note').filter({ hasText: '1 insats lästes in' }).waitFor();
  const line = page.locator('.rk-line').first();
  assert.equal(await line.getByLabel('Vem gjorde insatsen?').inputValue(), 'Åsa Öberg');
  assert.equal(await line.getByLabel('Utförarens kompetens').inputValue(), 'behavioural_science');
  assert.equal(await page.locator('.rk-csv-problems').isVisible(), false, 'no encoding warning, no misleading error');
  await context.close();
});
