// If a call into the engine ever traps, the module is re-instantiated and the caller gets an
// Error naming the argument; the engine keeps answering afterwards.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import initPage, * as page from '../../www/pkg/rehabkollen_page.js';
import initProvider, * as provider from '../../www/pkg/rehabkollen_provider.js';
import { guard } from '../../www/guard.js';
import { pkg } from '../../tools/node-api.mjs';

await initPage({ module_or_path: fs.readFileSync(pkg('rehabkollen_page_bg.wasm')) });
await initProvider({ module_or_path: fs.readFileSync(pkg('rehabkollen_provider_bg.wasm')) });

test('a trap restarts the module and becomes an Error with a path', () => {
  let resets = 0;
  const trapping = {
    evaluate: () => { throw new WebAssembly.RuntimeError('unreachable'); },
    questions: () => { throw new TypeError('lang: must be a text'); },
    __wbg_reset_state: () => { resets++; },
  };
  const engine = guard(trapping);
  // The path in `path` and the message, not in the words shown: a page that puts the question or
  // path in front would say "answers: answers: …" (the review saw it).
  assert.throws(() => engine.evaluate({}), (e) => e.path === 'answers' && /^Rehabkollen kunde inte hantera detta och har startats om/.test(e.sv)
    && /^Rehabkollen could not handle this and has restarted/.test(e.en) && e.message.startsWith('answers: '));
  assert.equal(resets, 1);
  // Refusals are passed on as they are, without a restart.
  assert.throws(() => engine.questions({}), TypeError);
  assert.equal(resets, 1);
});

test('the real modules restart and keep their answers', () => {
  const engine = guard(page);
  const answers = { date: '2026-03-01', person: { has_sgi: false, insured_in_sweden: true, doctor_certificate: true, needs_work_rehab: true } };
  const before = engine.evaluateLean(answers);
  page.__wbg_reset_state();
  assert.equal(engine.evaluateLean(answers), before);
  assert.deepEqual(JSON.parse(engine.decide(answers)).map((d) => [d.id, d.verdict]).find(([id]) => id === 'fk_samordning'), ['fk_samordning', 'eligible']);
  const tools = guard(provider);
  const masked = tools.checkPersonnummer('811218-9876');
  provider.__wbg_reset_state();
  assert.deepEqual(tools.checkPersonnummer('811218-9876'), masked);
});
