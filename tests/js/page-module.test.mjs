// The page's module returns ids; the text catalogues hold every text by id. The join
// (www/join.js) is held to the CLI's on every case file by wasm-cases.test.mjs; here: the module
// carries no text, a join with one language loaded gives that language only, and the catalogues
// are whole and of this build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import * as page from '../../www/pkg/rehabkollen_page.js';
import { withTexts } from '../../www/join.js';
import { api, catalogues as cats, pkg, root } from '../../tools/node-api.mjs';

const cli = path.join(root, 'target/release/rehabkollen');
const dir = path.join(root, 'tests/cases');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .flatMap((f) => [JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))].flat().map((c) => ({ file: f, ...c })));
const run = (f) => {
  try {
    return f();
  } catch {
    return null;
  }
};

test('with one language loaded, the texts are in that language only', () => {
  const c = cases.find((x) => run(() => api.evaluate(x.answers)) && x.answers.measures?.length);
  const sv = withTexts(JSON.parse(page.evaluateLean(c.answers)), { sv: cats.sv });
  const whole = api.evaluate(c.answers);
  assert.deepEqual(sv.schemes[0].name, { sv: whole.schemes[0].name.sv });
  assert.deepEqual(sv.schemes[0].reasons[0].text, { sv: whole.schemes[0].reasons[0].text.sv });
  assert.deepEqual(sv.schemes[0].reasons[0].source, whole.schemes[0].reasons[0].source);
});

test('a language loaded later into the same catalogues is joined from then on', () => {
  const c = cases.find((x) => run(() => api.evaluate(x.answers)) && x.answers.measures?.length);
  const loaded = { sv: cats.sv };
  const first = withTexts(JSON.parse(page.evaluateLean(c.answers)), loaded);
  assert.deepEqual(Object.keys(first.schemes[0].reasons[0].text), ['sv']);
  loaded.en = cats.en;
  const both = withTexts(JSON.parse(page.evaluateLean(c.answers)), loaded);
  assert.equal(JSON.stringify(both), JSON.stringify(api.evaluate(c.answers)));
  loaded.en = JSON.parse(JSON.stringify(cats.en));
  const rule = both.schemes[0].reasons[0].rule;
  loaded.en.rules[rule].text = 'another text';
  const replaced = withTexts(JSON.parse(page.evaluateLean(c.answers)), loaded);
  assert.equal(replaced.schemes[0].reasons[0].text.en, 'another text', 'a catalogue replaced is joined, not the one before');
});

test('each outcome has texts of its own: changing any text of one leaves the next as it was', () => {
  // Every text object ({ sv, en }) of an outcome: names, reasons, documents, changes, next steps, notes, combined.
  const textsOf = (v, out = []) => {
    if (Array.isArray(v)) v.forEach((x) => textsOf(x, out));
    else if (v && typeof v === 'object') {
      if (typeof v.sv === 'string' && typeof v.en === 'string') out.push(v);
      else Object.values(v).forEach((x) => textsOf(x, out));
    }
    return out;
  };
  const seen = new Set();
  for (const c of cases.filter((x) => run(() => api.evaluate(x.answers)))) {
    const one = api.evaluate(c.answers);
    const before = JSON.stringify(one);
    const texts = textsOf(one);
    for (const t of texts) {
      t.sv = 'changed';
      t.en = 'changed';
    }
    const next = api.evaluate(c.answers);
    assert.equal(JSON.stringify(next), before, c.file);
    for (const s of one.schemes) {
      if (s.documents.length) seen.add('documents');
      if (s.changes.length) seen.add('changes');
      if (s.next_step) seen.add('next_step');
    }
    if (one.notes.length) seen.add('notes');
    if (one.combined.length) seen.add('combined');
  }
  assert.deepEqual([...seen].sort(), ['changes', 'combined', 'documents', 'next_step', 'notes'], 'every kind of text among the cases');
});

test('the page module carries no text: its outcome is ids, and far smaller', () => {
  const c = cases.find((x) => x.file.startsWith('2') && run(() => api.evaluate(x.answers))) ?? cases[0];
  const lean = page.evaluateLean(c.answers);
  const whole = JSON.stringify(api.evaluate(c.answers));
  assert.ok(lean.length * 3 < whole.length, `${lean.length} vs ${whole.length} characters`);
  const module = fs.readFileSync(pkg('rehabkollen_page_bg.wasm'));
  const native = fs.readFileSync(cli);
  const phrases = ['Arbetsgivaren ansöker', 'AFA Försäkring', 'afaforsakring.se', 'Samtycke', 'Läkarintyg', 'Inom vilken sektor', 'Privat sektor'];
  for (const phrase of phrases) {
    assert.ok(!module.includes(Buffer.from(phrase)), `the page module contains "${phrase}"`);
    assert.ok(native.includes(Buffer.from(phrase)), `the search finds "${phrase}" in the CLI, built from the same core`);
  }
  assert.equal(typeof page.checkInvoice, 'undefined', 'no provider tools in the page module');
});

test('the catalogues hold the same ids in both languages, the CLI\'s questions and this build\'s version', () => {
  for (const key of ['schemes', 'rules', 'documents', 'notes', 'steps']) {
    assert.deepEqual(Object.keys(cats.en[key]), Object.keys(cats.sv[key]), key);
  }
  for (const lang of ['sv', 'en']) {
    const q = JSON.parse(execFileSync(cli, ['questions', lang]).toString());
    assert.deepEqual({ lang: cats[lang].lang, questions: cats[lang].questions, groups: cats[lang].groups }, q, lang);
    assert.deepEqual(cats[lang].version, JSON.parse(page.version()));
  }
});

test('the rule registry of each language is the CLI\'s', () => {
  for (const lang of ['sv', 'en']) assert.deepEqual(api.rules(lang), JSON.parse(execFileSync(cli, ['rules', lang]).toString()), lang);
});
