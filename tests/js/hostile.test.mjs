// Hostile input through the WebAssembly API, as a partner's script could send it: every call
// returns an outcome or throws a short Error naming the field. Never a crash, never a hang.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import init, { evaluate, checkInvoice, checkInvoiceCsv, questions } from '../../www/pkg/rehabkollen.js';

const root = path.resolve(import.meta.dirname, '../..');
await init({ module_or_path: fs.readFileSync(path.join(root, 'www/pkg/rehabkollen_bg.wasm')) });

function refused(fn, pathWanted) {
  let error;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof Error, 'throws an Error');
  assert.ok(error.message.length < 300, `short message (${error.message.length} chars)`);
  if (pathWanted !== undefined) assert.equal(error.path, pathWanted);
  return error;
}

test('NaN, Infinity and numbers of the wrong kind name their field', () => {
  for (const v of [NaN, Infinity, -Infinity, -1, 0.5, 1e30, '9000', true, {}, []]) {
    refused(() => evaluate({ measures: [{ cost_ore: v }] }), 'measures[0].cost_ore');
  }
  refused(() => evaluate({ person: { age: NaN } }), 'person.age');
});

test('__proto__, constructor and prototype keys are unknown fields', () => {
  refused(() => evaluate(JSON.parse('{"__proto__": {"date": "2026-03-01"}}')), '__proto__');
  refused(() => evaluate({ person: { constructor: 1 } }), 'person.constructor');
  refused(() => evaluate({ measures: [{ prototype: {} }] }), 'measures[0].prototype');
  assert.equal(Object.prototype.date, undefined, 'nothing leaks into the prototype');
});

test('deep nesting is refused without overflowing the stack', () => {
  let deep = {};
  const top = deep;
  for (let i = 0; i < 100000; i++) deep = deep.x = {};
  refused(() => evaluate({ person: top }));
  refused(() => checkInvoice({ scheme: 'fk_arbetsplatsinriktat', lines: [top] }));
});

test('10 000 measures, a megabyte string and odd Unicode are refused quickly and briefly', () => {
  refused(() => evaluate({ measures: Array.from({ length: 10000 }, () => ({ kind: 'kbt' })) }), 'measures');
  refused(() => evaluate({ employer: { sector: 'x'.repeat(1 << 20) } }), 'employer.sector');
  refused(() => evaluate({ ['y'.repeat(1 << 20)]: 1 }));
  for (const s of ['priv\u202eate', 'private\u0000', '\ud83c\udff3\ufe0f\u200d\ud83c\udf08', 'e\u0301']) {
    refused(() => evaluate({ employer: { sector: s } }), 'employer.sector');
  }
});

test('undefined, functions and symbols do not crash the boundary', () => {
  assert.equal(evaluate({ person: { age: undefined } }).schemes.length, 4, 'undefined is "not answered"');
  refused(() => evaluate({ person: { age: () => 1 } }));
  refused(() => evaluate(Symbol('x')));
  refused(() => evaluate(42));
  refused(() => evaluate('{"date":"2026-03-01"}'));
  refused(() => questions('de'), 'lang');
});

test('markup in free-text fields comes back as nothing but problems about it', () => {
  const report = checkInvoice({ scheme: 'fk_arbetsplatsinriktat', employees: [{ name: '<script>alert(1)</script>', personnummer: '<img src=x onerror=alert(1)>' }],
    lines: [{ date: '2026-02-10', measure: '<img src=x onerror=alert(1)>', performer: 'Eva', competence: 'medicine', cost_ore: 100 }] });
  assert.ok(!JSON.stringify(report).includes('<'), 'no markup is echoed');
  const csv = checkInvoiceCsv('datum;insats\n2026-02-10;"<script>x</script>"\n', { scheme: 'afa_rehabiliteringsstod' });
  assert.ok(!JSON.stringify(csv).includes('<script'));
});
