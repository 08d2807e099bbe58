// evaluate() of the public API (www/pkg/rehabkollen.js: the outcome with its texts) in Node, on
// process CPU time: the realistic five-measure case, and 10 and 100 varied measures with the
// employer, person and provider unanswered (the two taking turns, so each round gives the growth
// 10 → 100 on the same load). Warm-up first, past V8's tier-up; every figure the median of its
// samples with the smallest and largest. Then V8's CPU profile of each case (tools/bench/profile.mjs):
// what the time goes to. Prints one JSON line; `make bench` (tools/bench.mjs) makes its rows from it.
//   node tools/bench/node.mjs [--quick]     (after `make build`)
import { api } from '../node-api.mjs';
import { REALISTIC, unanswered } from './inputs.mjs';
import { spread } from './spread.mjs';
import { profile } from './profile.mjs';

const { evaluate } = api;

const quick = process.argv.includes('--quick');
const SAMPLE_S = quick ? 0.05 : 0.2;
const cpuUs = () => { const u = process.cpuUsage(); return u.user + u.system; };
let sink = 0;
/** µs of CPU per call, over `calls` calls. */
const perCall = (answers, calls) => {
  const t0 = cpuUs();
  for (let i = 0; i < calls; i++) sink += evaluate(answers).schemes.length;
  return (cpuUs() - t0) / calls;
};
/** Warm-up: at least 300 calls and half a CPU second (V8 tiers up well before); returns the calls per sample. */
const warm = (answers) => {
  let calls = 0;
  const t0 = cpuUs();
  while (calls < 300 || cpuUs() - t0 < (quick ? 0.1e6 : 0.5e6)) { sink += evaluate(answers).schemes.length; calls++; }
  return Math.max(1, Math.round((SAMPLE_S * 1e6) / ((cpuUs() - t0) / calls)));
};

const docs = { realistic: REALISTIC, m10: unanswered(10), m100: unanswered(100) };
for (const [name, d] of Object.entries(docs)) if (!evaluate(d).schemes?.length) throw new Error(`${name}: no schemes judged`);

const SAMPLES = quick ? 3 : 9;
const realisticCalls = warm(docs.realistic);
const realistic = Array.from({ length: SAMPLES }, () => perCall(docs.realistic, realisticCalls));
const calls10 = warm(docs.m10);
const calls100 = warm(docs.m100);
const t10 = [];
const t100 = [];
const growth = [];
for (let r = 0; r < SAMPLES; r++) {
  // Turns alternate which goes first.
  if (r % 2) { t100.push(perCall(docs.m100, calls100)); t10.push(perCall(docs.m10, calls10)); }
  else { t10.push(perCall(docs.m10, calls10)); t100.push(perCall(docs.m100, calls100)); }
  growth.push(t100[r] / t10[r]);
}
if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');

const seconds = quick ? 0.3 : 1;
const result = {
  clock: 'process CPU time (process.cpuUsage, user + system)',
  evaluate_realistic_us: spread(realistic),
  evaluate_10_unanswered_ms: spread(t10.map((x) => x / 1e3)),
  evaluate_100_unanswered_ms: spread(t100.map((x) => x / 1e3)),
  growth_10_to_100: spread(growth),
  calls_per_sample: { realistic: realisticCalls, m10: calls10, m100: calls100 },
  profile_realistic: await profile(() => evaluate(docs.realistic), { seconds }),
  profile_100_unanswered: await profile(() => evaluate(docs.m100), { seconds }),
};
console.log(JSON.stringify(result));
