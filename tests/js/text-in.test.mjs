// The answers cross into the page module as one JSON text where it reads them straight
// (www/join.js lean(): a plain copy, each value read once; crates/wasm evaluateText, decideText):
// the same outcome and decisions to the byte, and the same refusal, as the object handed over
// alone and read value by value. Where the module declines the text, the copy crosses as an
// object; answers that are not plain data cross as they are.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import * as page from '../../www/pkg/rehabkollen_page.js';
import { lean } from '../../www/join.js';
import { root } from '../../tools/node-api.mjs';
import { REALISTIC, many, unanswered } from '../../tools/bench/inputs.mjs';

const dir = path.join(root, 'tests/cases');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .flatMap((f) => [JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))].flat().map((c) => ({ name: f, answers: c.answers })));
const documents = [...cases, { name: 'realistic', answers: REALISTIC }, { name: '100 measures', answers: many(100) }, { name: '10 unanswered', answers: unanswered(10) }];

/** What a call gives: its text, or its refusal. */
const outcome = (f) => {
  try {
    return { text: f() };
  } catch (e) {
    return { error: [e.constructor.name, e.path, e.en, e.sv, e.message] };
  }
};

/** The page module with its calls written down: [name, argument] each. */
function recording() {
  const calls = [];
  const m = {};
  for (const name of ['evaluateLean', 'evaluateText', 'decide', 'decideText']) m[name] = (x) => { calls.push([name, x]); return page[name](x); };
  return { m, calls };
}

/** Through lean() (evaluate and decide) and through the object alone: the same, and the calls lean() made. */
function same(name, answers) {
  const { m, calls } = recording();
  assert.deepEqual(outcome(() => lean(m, answers)), outcome(() => page.evaluateLean(answers)), `${name}: evaluate`);
  const evaluateCalls = calls.splice(0);
  assert.deepEqual(outcome(() => lean(m, answers, true)), outcome(() => page.decide(answers)), `${name}: decide`);
  return { evaluate: evaluateCalls, decide: calls };
}

test('every case file and bench document crosses as one text, read straight: what the object gives, to the byte', () => {
  let read = 0;
  for (const { name, answers } of documents) {
    if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) continue;
    const { evaluate, decide } = same(name, answers);
    if (outcome(() => page.evaluateLean(answers)).error) continue;
    assert.deepEqual(evaluate.map(([n]) => n), ['evaluateText'], `${name}: one crossing`);
    assert.deepEqual(decide.map(([n]) => n), ['decideText'], `${name}: one crossing`);
    read++;
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
const bigList = { measures: new Array(60_000).fill(null) };

test('answers that are not plain data cross as they are, and give what they gave before', () => {
  const notPlain = {
    'NaN': cost(NaN), 'Infinity': cost(Infinity), 'a BigInt': cost(10n), 'a function': cost(() => 1), 'a symbol': cost(Symbol('s')),
    'a Date': { date: new Date('2026-03-01') }, 'a Map': { person: new Map() }, 'a class instance': { person: new (class P { constructor() { this.age = 40; } })() },
    'a throwing getter': throwing(), 'a "__proto__" key': JSON.parse('{"__proto__": {"age": 40}}'),
    'nesting deeper than the copy looks': { person: deep }, 'more values than the copy looks through': bigList,
  };
  for (const [name, answers] of Object.entries(notPlain)) {
    const { evaluate, decide } = same(name, answers);
    assert.deepEqual(evaluate, [['evaluateLean', answers]], `${name}: the object itself`);
    assert.deepEqual(decide, [['decide', answers]], `${name}: the object itself`);
  }
  for (const notAnObject of [null, undefined, 'text', 5, [], [{}]]) {
    const { evaluate } = same(String(notAnObject), notAnObject);
    assert.deepEqual(evaluate, [['evaluateLean', notAnObject]]);
  }
});

test('text the module does not read straight (a value it refuses, an unknown key, an escape, undefined) crosses again as the plain copy: the same refusal or outcome', () => {
  const declined = {
    'a negative cost': cost(-5), 'a cost with a fraction': cost(10.5), 'a cost as text': cost('100'), '-0': cost(-0), 'an unknown key': { nonsense: 1 },
    'undefined under an unknown key': { nonsense: undefined }, 'undefined in a list': { measures: [undefined] }, 'a hole in a list': { measures: [, { kind: 'kbt' }] }, // eslint-disable-line no-sparse-arrays
    'an unknown kind': { measures: [{ kind: 'nonsense' }] }, 'an escape in a text': { date: '2026-03-01\n' }, 'a lone surrogate': { date: '2026-03-01\ud800' },
    'a lone surrogate in a key': { ['x\udc00']: 1 }, 'a surrogate pair': { measures: [{ kind: 'kbt\ud83d\ude00' }] }, 'a date not a date': { date: '2026-02-30' },
    "an unknown key in a measure's provider": { measures: [{ kind: 'kbt', provider: { performer: 'physician', nonsense: true } }] },
  };
  for (const [name, answers] of Object.entries(declined)) {
    const { evaluate } = same(name, answers);
    assert.equal(evaluate[0][0], 'evaluateText', `${name}: as text first`);
    if (evaluate.length > 1) {
      assert.equal(evaluate[1][0], 'evaluateLean', name);
      assert.notEqual(evaluate[1][1], answers, `${name}: the copy, not the object read again`);
    }
  }
  assert.equal(page.evaluateText(JSON.stringify(cost(-5))), undefined, 'a refused value is not read from the text');
  // Valid answers the text carries too: a null-prototype object, undefined under a known key.
  for (const [name, answers] of Object.entries({ 'a null-prototype object': Object.assign(Object.create(null), { date: '2026-03-01', person: { age: 40 } }),
    'undefined under a known key': { date: '2026-03-01', person: { age: undefined } } })) {
    assert.equal(same(name, answers).evaluate.length, 1, `${name}: one crossing`);
  }
});

test('each value of plain answers is read once, as when the object alone crossed', () => {
  let reads = 0;
  const person = { category: 'arbetare' };
  Object.defineProperty(person, 'age', { enumerable: true, get() { reads++; return reads === 1 ? 40 : 200; } });
  const { m } = recording();
  const viaText = lean(m, { date: '2026-03-01', person });
  assert.equal(reads, 1, 'the getter ran once');
  assert.equal(viaText, page.evaluateLean({ date: '2026-03-01', person: { category: 'arbetare', age: 40 } }), 'the value read first is the one judged');
});
