// The invoice exports of the WebAssembly module, as the provider view and a partner's script call
// them: CSV as text or as the bytes of a file, the CSV export read back unchanged, and the
// personnummer helpers, which never hand back more of a number than they may.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { api, root } from '../../tools/node-api.mjs';

const { checkInvoiceCsv, readInvoiceCsv, invoiceCsv, checkPersonnummer, personnummerForPrint } = api;


const HEADER = 'datum;insats;typ;utförare;kompetens;kontrakterad;kostnad';
const head = { scheme: 'fk_arbetsplatsinriktat', employer: { name: 'Verkstaden AB', org_number: '556677-8899' }, provider: { name: 'Friskvård AB', org_number: '559900-1129' },
  employees: [{ name: 'Anna Andersson', personnummer: '8112189876' }] };

test('CSV is read from text and from the bytes of a Windows-1252 file alike', () => {
  const text = `${HEADER}\n2026-02-10;Stödsamtal;support_talks;Åsa Öberg;medicine;ja;1 500\n`;
  const cp1252 = Uint8Array.from([...text].map((c) => ({ å: 0xe5, ä: 0xe4, ö: 0xf6, Å: 0xc5, Ö: 0xd6 })[c] ?? c.charCodeAt(0)));
  const fromText = readInvoiceCsv(text);
  const fromBytes = readInvoiceCsv(cp1252);
  assert.deepEqual(fromBytes.lines, fromText.lines);
  assert.equal(fromText.lines[0].performer, 'Åsa Öberg');
  assert.deepEqual(fromBytes.problems.map((p) => [p.code, p.csv_line]), [['csv_encoding', 1]]);
  const report = checkInvoiceCsv(cp1252, head);
  assert.equal(report.ok, true);
  assert.equal(report.total_ore, 150000);
  assert.throws(() => readInvoiceCsv(42), (e) => e.path === 'csv');
});

test('the page refuses more than 1 000 lines with a problem, not an exception', () => {
  const big = [HEADER, ...Array.from({ length: 1001 }, () => '2026-02-10;Stödsamtal;support_talks;Eva Ek;medicine;ja;1500')].join('\n');
  const read = readInvoiceCsv(big);
  assert.equal(read.lines.length, 0);
  assert.deepEqual(read.problems.map((p) => p.code), ['csv_too_many_lines']);
});

test('the CSV export reads back to the same lines', () => {
  const lines = [
    { date: '2026-02-10', measure: 'Stödsamtal; "uppföljning"', kind: 'support_talks', performer: 'Eva Ek', competence: 'medicine', contracted: true, external: true, cost_ore: 150050 },
    { measure: 'Två\nrader', digital: false, cost_ore: 'abc' },
  ];
  const csv = invoiceCsv({ scheme: 'fk_arbetsplatsinriktat', employees: head.employees, lines });
  assert.ok(!csv.includes('Anna') && !csv.includes('9876'), 'only the lines are in the file');
  assert.deepEqual(readInvoiceCsv(csv).lines, lines);
});

test('the personnummer helpers hand back the birth date of a valid number, the whole only for print, nothing of an invalid one', () => {
  assert.deepEqual(checkPersonnummer(' 8112189876 '), { ok: true, masked: '811218-****' });
  for (const bad of ['811218-98761', '9876-811218', '150916-0006']) {
    const c = checkPersonnummer(bad);
    assert.equal(c.ok, false);
    assert.ok(!JSON.stringify(c).includes('9876') && !JSON.stringify(c).includes('811218') && !JSON.stringify(c).includes('0006'), bad);
    assert.equal(personnummerForPrint(bad), undefined);
  }
  assert.equal(personnummerForPrint('198112189876'), '811218-9876');
});
