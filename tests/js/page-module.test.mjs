// The page's module (no texts, no provider tools, the outcome as JSON text) with the texts put back
// from the catalogues (www/engine.js) must give exactly the full module's outcome — for every case
// file, in both languages — and refuse exactly what it refuses, with the same path and messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import initFull, * as full from '../../www/pkg/rehabkollen.js';
import initPage, * as page from '../../www/pkg/rehabkollen_page.js';
import { withTexts } from '../../www/engine.js';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = (f) => path.join(root, 'www/pkg', f);
await initFull({ module_or_path: fs.readFileSync(pkg('rehabkollen_bg.wasm')) });
await initPage({ module_or_path: fs.readFileSync(pkg('rehabkollen_page_bg.wasm')) });
const cats = { sv: JSON.parse(fs.readFileSync(pkg('texts-sv.json'), 'utf8')), en: JSON.parse(fs.readFileSync(pkg('texts-en.json'), 'utf8')) };

const dir = path.join(root, 'tests/cases');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .flatMap((f) => [JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))].flat().map((c) => ({ file: f, ...c })));

const run = (f) => {
  try {
    return { ok: f() };
  } catch (e) {
    return { err: { message: e.message, path: e.path, sv: e.sv, en: e.en, type: e.constructor.name } };
  }
};

test('the page module with its texts gives the full outcome on every case file', () => {
  let compared = 0;
  let refused = 0;
  for (const c of cases) {
    const want = run(() => full.evaluate(c.answers));
    const got = run(() => withTexts(JSON.parse(page.evaluateLean(c.answers)), cats));
    assert.deepEqual(got, want, c.file);
    if (want.err) refused += 1;
    else compared += 1;
  }
  assert.ok(compared >= 140 && refused >= 5, `${compared} compared, ${refused} refused`);
});

test('with one language loaded, the texts are in that language only', () => {
  const c = cases.find((x) => !run(() => full.evaluate(x.answers)).err && x.answers.measures?.length);
  const sv = withTexts(JSON.parse(page.evaluateLean(c.answers)), { sv: cats.sv });
  const whole = full.evaluate(c.answers);
  assert.deepEqual(sv.schemes[0].name, { sv: whole.schemes[0].name.sv });
  assert.deepEqual(sv.schemes[0].reasons[0].text, { sv: whole.schemes[0].reasons[0].text.sv });
  assert.deepEqual(sv.schemes[0].reasons[0].source, whole.schemes[0].reasons[0].source);
});

test('the page module carries no text: its outcome is ids, and far smaller', () => {
  const c = cases.find((x) => x.file.startsWith('2') && !run(() => full.evaluate(x.answers)).err) ?? cases[0];
  const lean = page.evaluateLean(c.answers);
  const whole = JSON.stringify(full.evaluate(c.answers));
  assert.ok(lean.length * 3 < whole.length, `${lean.length} vs ${whole.length} characters`);
  const bytes = (f) => fs.readFileSync(pkg(f));
  const phrases = ['Arbetsgivaren ansöker', 'AFA Försäkring', 'afaforsakring.se', 'Samtycke', 'Läkarintyg'];
  for (const phrase of phrases) {
    assert.ok(!bytes('rehabkollen_page_bg.wasm').includes(Buffer.from(phrase)), `the page module contains "${phrase}"`);
    assert.ok(bytes('rehabkollen_bg.wasm').includes(Buffer.from(phrase)), `the search finds "${phrase}" in the full module`);
  }
  assert.equal(typeof page.checkInvoice, 'undefined', 'no provider tools in the page module');
});

test('the catalogues hold the same ids in both languages, and the questions of questions(lang)', () => {
  for (const key of ['schemes', 'rules', 'documents', 'notes', 'steps']) {
    assert.deepEqual(Object.keys(cats.en[key]), Object.keys(cats.sv[key]), key);
  }
  for (const lang of ['sv', 'en']) {
    const q = full.questions(lang);
    assert.deepEqual({ lang: cats[lang].lang, questions: cats[lang].questions, groups: cats[lang].groups }, q, lang);
    assert.deepEqual(cats[lang].version, full.version());
  }
});
