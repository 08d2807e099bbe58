// Every case file through the public JavaScript API in Node (the page's module, its ids joined with
// the text catalogues in JavaScript, www/join.js): the outcome (or the refusal) must be identical
// to the native CLI's, whose texts are joined in Rust (crates/core/src/explain.rs). One rule core,
// two joins, the same answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { api, root } from '../../tools/node-api.mjs';

const { evaluate, questions, version } = api;

const cli = path.join(root, 'target/release/rehabkollen');

function native(answers) {
  try {
    return { ok: JSON.parse(execFileSync(cli, ['evaluate', '-'], { input: JSON.stringify(answers), stdio: ['pipe', 'pipe', 'pipe'] }).toString()) };
  } catch (e) {
    assert.equal(e.status, 2, `the CLI exits 2 on bad input: ${e.stderr}`);
    return { err: e.stderr.toString().trim().replace(/^rehabkollen: /, '') };
  }
}

function wasm(answers) {
  try {
    return { ok: evaluate(answers) };
  } catch (e) {
    assert.ok(e instanceof Error, 'errors are thrown as Error objects');
    return { err: e.message };
  }
}

const dir = path.join(root, 'tests/cases');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
  .flatMap((f) => [JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))].flat().map((c) => ({ file: f, ...c })));

test('there are case files to compare', () => assert.ok(cases.length >= 92, `${cases.length} cases`));

test('every case gives the same outcome through wasm as natively', () => {
  let refused = 0;
  for (const c of cases) {
    assert.ok(c.answers.date, `${c.file}: a case without a date would depend on the day it runs`);
    const a = native(c.answers);
    const b = wasm(c.answers);
    assert.deepEqual(b, a, c.file);
    if (a.err) refused += 1;
  }
  assert.ok(refused >= 5, 'the invalid-input cases are refused both ways');
});

test('the wasm errors carry the path and both languages', () => {
  assert.throws(() => evaluate({ measures: [{}, { date: '2026-02-30' }] }), (e) => e.path === 'measures[1].date' && e.sv.includes('datum') && e.en.includes('date'));
});

test('questions and version come from the same core', () => {
  for (const lang of ['sv', 'en']) assert.deepEqual(questions(lang), JSON.parse(execFileSync(cli, ['questions', lang]).toString()), lang);
  const sv = questions('sv');
  const en = questions('en');
  assert.equal(sv.questions.length, en.questions.length);
  assert.notEqual(sv.questions[0].text, en.questions[0].text);
  const v = version();
  assert.deepEqual(v, JSON.parse(execFileSync(cli, ['version']).toString()));
});
