// If a call into the engine ever traps, the module is re-instantiated and the caller gets an
// Error naming the argument; the engine keeps answering afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import init, * as wasm from '../../www/pkg/rehabkollen.js';
import { guard } from '../../www/guard.js';

const root = path.resolve(import.meta.dirname, '../..');
await init({ module_or_path: fs.readFileSync(path.join(root, 'www/pkg/rehabkollen_bg.wasm')) });

test('a trap restarts the module and becomes an Error with a path', () => {
  let resets = 0;
  const trapping = {
    evaluate: () => { throw new WebAssembly.RuntimeError('unreachable'); },
    questions: () => { throw new TypeError('lang: must be a text'); },
    __wbg_reset_state: () => { resets++; },
  };
  const engine = guard(trapping);
  assert.throws(() => engine.evaluate({}), (e) => e.path === 'answers' && /startats om/.test(e.sv) && /restarted/.test(e.en));
  assert.equal(resets, 1);
  // Refusals are passed on as they are, without a restart.
  assert.throws(() => engine.questions({}), TypeError);
  assert.equal(resets, 1);
});

test('the real module restarts and keeps its answers', () => {
  const engine = guard(wasm);
  const answers = { date: '2026-03-01', person: { has_sgi: false, insured_in_sweden: true, doctor_certificate: true, needs_work_rehab: true } };
  const before = engine.evaluate(answers);
  wasm.__wbg_reset_state();
  assert.deepEqual(engine.evaluate(answers), before);
  assert.equal(engine.questions('sv').questions.length, before && engine.questions('en').questions.length);
  assert.deepEqual(engine.decide(answers).map((d) => [d.id, d.verdict]).find(([id]) => id === 'fk_samordning'), ['fk_samordning', 'eligible']);
});
