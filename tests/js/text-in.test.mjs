// The answers cross into the page module as JSON text where the module reads that text as it
// reads the object (www/join.js jsonText() and lean(); crates/wasm evaluateText, decideText): the
// same outcome and decisions to the byte, and the same refusal, as the object read value by value.
// Anything the text would read otherwise is left to the object: jsonText() gives null for it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as page from '../../www/pkg/rehabkollen_page.js';
import { jsonText, lean } from '../../www/join.js';
import { root } from '../../tools/node-api.mjs';
import { REALISTIC, many, unanswered } from '../../tools/bench/inputs.mjs';

const dir = path.join(root, 'tests/cases');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .flatMap((f) => [JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))].flat().map((c) => ({ name: f, answers: c.answers })));
const documents = [...cases, { name: 'realistic', answers: REALISTIC }, { name: '100 measures', answers: many(100) }, { name: '10 unanswered', answers: unanswered(10) }];

/** What a call gives: its text, or its refusal (path, en, sv). */
const outcome = (f) => {
  try {
    return { text: f() };
  } catch (e) {
    return { error: [e.constructor.name, e.path, e.en, e.sv, e.message] };
  }
};

test('every case file and bench document crosses as text, and the text gives what the object gives, to the byte', () => {
  let read = 0;
  for (const { name, answers } of documents) {
    if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) continue;
    const text = jsonText(answers);
    assert.equal(typeof text, 'string', `${name}: as text`);
    const evaluated = page.evaluateText(text);
    if (evaluated === undefined) {
      // Left to the object: it must be one the object path refuses (a valid document is read).
      assert.ok(outcome(() => page.evaluateLean(answers)).error, `${name}: a valid document the module did not read as text`);
      continue;
    }
    read++;
    assert.equal(evaluated, page.evaluateLean(answers), `${name}: evaluate`);
    assert.equal(page.decideText(text), page.decide(answers), `${name}: decide`);
    assert.deepEqual(outcome(() => lean(page, answers)), outcome(() => page.evaluateLean(answers)), name);
  }
  assert.ok(read >= 150, `documents read as text: ${read}`);
});

const cost = (v) => ({ date: '2026-03-01', measures: [{ kind: 'kbt', cost_ore: v }] });
const throwing = () => {
  const m = { kind: 'kbt' };
  Object.defineProperty(m, 'cost_ore', { enumerable: true, get() { throw new Error('read'); } });
  return { measures: [m] };
};
let deep = { x: 1 };
for (let i = 0; i < 12; i++) deep = { x: deep };
const leftToTheObject = {
  'NaN': cost(NaN), 'Infinity': cost(Infinity), '-0': cost(-0), 'a BigInt': cost(10n), 'a function': cost(() => 1), 'a symbol': cost(Symbol('s')),
  'undefined in an object': { person: { age: undefined } }, 'undefined under an unknown key': { nonsense: undefined },
  'undefined in a list': { measures: [undefined] }, 'a hole in a list': { measures: [, { kind: 'kbt' }] }, // eslint-disable-line no-sparse-arrays
  'a Date': { date: new Date('2026-03-01') }, 'a Map': { person: new Map() }, 'an object with toJSON': { person: { toJSON: () => ({}) } },
  'a list with toJSON': { measures: Object.assign([], { toJSON: () => 'x' }) }, 'a class instance': { person: new (class P { constructor() { this.age = 40; } })() },
  'a lone surrogate': { date: '2026-03-01\ud800' }, 'a lone surrogate in a key': { ['x\udc00']: 1 }, 'a throwing getter': throwing(),
  'nesting deeper than the text looks': { person: deep },
};

test('what the text would read otherwise is left to the object, which gives what it gave before', () => {
  for (const [name, answers] of Object.entries(leftToTheObject)) {
    assert.equal(jsonText(answers), null, name);
    assert.deepEqual(outcome(() => lean(page, answers)), outcome(() => page.evaluateLean(answers)), name);
    assert.deepEqual(outcome(() => lean(page, answers, true)), outcome(() => page.decide(answers)), name);
  }
  for (const notAnObject of [null, undefined, 'text', 5, [], [{}]]) {
    assert.equal(jsonText(notAnObject), null, String(notAnObject));
    assert.deepEqual(outcome(() => lean(page, notAnObject)), outcome(() => page.evaluateLean(notAnObject)));
  }
});

test('text the module does not read straight (a value it refuses, an unknown key, an escape) is judged from the object: the same refusal or outcome', () => {
  const texts = {
    'a negative cost': cost(-5), 'a cost with a fraction': cost(10.5), 'a cost as text': cost('100'), 'an unknown key': { nonsense: 1 },
    'an unknown kind': { measures: [{ kind: 'nonsense' }] }, 'an escape in a text': { date: '2026-03-01\n' }, 'a date not a date': { date: '2026-02-30' },
    "an unknown key in a measure's provider": { measures: [{ kind: 'kbt', provider: { performer: 'physician', nonsense: true } }] },
    'a null-prototype object': Object.assign(Object.create(null), { date: '2026-03-01', person: { age: 40 } }),
  };
  for (const [name, answers] of Object.entries(texts)) {
    const text = jsonText(answers);
    assert.equal(typeof text, 'string', name);
    assert.deepEqual(outcome(() => lean(page, answers)), outcome(() => page.evaluateLean(answers)), name);
    assert.deepEqual(outcome(() => lean(page, answers, true)), outcome(() => page.decide(answers)), name);
  }
  assert.equal(page.evaluateText(jsonText(cost(-5))), undefined, 'a refused value is not read from the text');
  assert.ok(outcome(() => lean(page, cost(-5))).error, 'and the object names it');
});
