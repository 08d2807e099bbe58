// The answers go into the page's module as JSON text where that reads the same as the object
// (www/join.js answersText; a text crosses the boundary in one copy, an object one property at a
// time). Held here: on every case file and on plain data of every kind, the text gives the module
// exactly what the object gives it, outcome and decision alike; everything that could read
// differently as text gives no text, so the object goes in and the module refuses it as before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as page from '../../www/pkg/rehabkollen_page.js';
import { answersText } from '../../www/join.js';
import { root } from './api.mjs';

const dir = path.join(root, 'tests/cases');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .flatMap((f) => [JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))].flat().map((c) => ({ file: f, ...c })));

/** What the module gives for `call` (its JSON text, or its refusal: message, path, sv, en). */
function result(call) {
  try {
    return { ok: call() };
  } catch (e) {
    return { error: [e.constructor.name, e.message, e.path, e.sv, e.en] };
  }
}

/** The module reads `answers` as text exactly as it reads the object. */
function same(answers, what) {
  const text = answersText(answers);
  assert.notEqual(text, null, `${what}: plain data gives a text`);
  assert.deepEqual(JSON.parse(text), JSON.parse(JSON.stringify(answers, (_, v) => (v === undefined ? null : v))), `${what}: the text holds the data`);
  assert.deepEqual(result(() => page.evaluateLeanText(text)), result(() => page.evaluateLean(answers)), `${what}: evaluate`);
  assert.deepEqual(result(() => page.decideText(text)), result(() => page.decide(answers)), `${what}: decide`);
}

test('on every case file, the answers as text give the outcome and the decision the object gives', () => {
  assert.ok(cases.length > 100);
  let texts = 0;
  for (const c of cases) {
    // A case of a number with decimals goes in as the object (numbers: whole ones only as text).
    if (answersText(c.answers) === null && /\d\.\d/.test(JSON.stringify(c.answers))) continue;
    same(c.answers, c.file);
    texts++;
  }
  assert.ok(texts > 100, `${texts} cases as text`);
});

test('plain data the module refuses is refused the same way as text: unknown keys, wrong types, too many measures', () => {
  for (const answers of [
    { person: { age: -1 } },
    { person: { agee: 40 } },
    { measures: [{ cost_ore: '9000' }] },
    { measures: [{ cost_ore: 12 }], employer: { sector: 'nowhere' } },
    { measures: Array.from({ length: 501 }, () => ({})) },
    { measures: [{}, null, undefined, [], 7] },
    { employer: { sector: undefined }, person: { category: null } },
    { date: '2026-02-30' },
    { scope: ['afa_rehabiliteringsstod', 'nope'] },
    { measures: [{ cost_ore: 9007199254740991 }] },
    { person: { employment: 'employed\u00e5\u{1F600}"\\\n' } },
    Object.assign(Object.create(null), { person: Object.assign(Object.create(null), { age: 40 }) }),
    { '\u2028': 1, 'a"b': [true, false, null] },
  ]) same(answers, JSON.stringify(answers) ?? 'answers');
});

test('what could read differently as text gives no text (the object then goes in, as before)', () => {
  const throwing = { get person() { throw new Error('boom'); } };
  const deep = {};
  let at = deep;
  for (let i = 0; i < 40; i++) at = at.next = {};
  const wide = { measures: Array.from({ length: 200_001 }, () => 0) };
  const cyclic = { person: {} };
  cyclic.person.self = cyclic;
  for (const [what, answers] of Object.entries({
    'a number with decimals': { measures: [{ cost_ore: 0.5 }] },
    NaN: { measures: [{ cost_ore: NaN }] },
    Infinity: { measures: [{ cost_ore: Infinity }] },
    '-0': { measures: [{ cost_ore: -0 }] },
    'a number beyond 2^53': { measures: [{ cost_ore: 2 ** 60 }] },
    'a BigInt': { measures: [{ cost_ore: 10n }] },
    'a Date': { date: new Date(0) },
    'a Map': { person: new Map() },
    'a function': { person: () => 1 },
    'a symbol': { person: Symbol('x') },
    'a lone surrogate in a text': { person: { employment: '\uD800' } },
    'a lone surrogate in a key': { person: { '\uDC00': 1 } },
    'a surrogate pair the wrong way round': { person: { employment: '\uDE00\uD83D' } },
    'a getter that throws': throwing,
    'nesting too deep': deep,
    'too many values': wide,
    'a cycle': cyclic,
    'an object of its own kind': { person: new (class X {})() },
  })) {
    assert.equal(answersText(answers), null, what);
  }
  for (const notAnObject of [null, undefined, 'text', 7, [], [{}]]) assert.equal(answersText(notAnObject), null, String(notAnObject));
});
