// The same decisions in Rehabkollen's decide() and in the rule engines a partner would pick
// instead: for one measure, AFA's status of it (the employment covered: sector, insurance,
// category, medarbetaravtal; and the kind on AFA's list), FK's status of it and FK's amount with
// the 10 000 kr / 200 000 kr caps. 1 000 generated cases; every engine's decisions must equal
// decide()'s on every case (it stops loudly if not); then CPU time per case in Node, the engines
// interleaved. Prints one JSON line; `make bench` (tools/bench.mjs) makes its rows from it.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import jsonLogic from 'json-logic-js';
import { Engine } from 'json-rules-engine';
import { api, pkg as pkgFile, root } from '../node-api.mjs';
import { profile } from './profile.mjs';
import { spread } from './spread.mjs';

const { decide, questions } = api;

// The catalogue as a partner would copy it from the rules (docs/API.md §1, docs/API.md §8).
const KINDS = questions('en').questions.find((q) => q.id === 'measures[].kind').options.map((o) => o.value);
// Rules 2026.2: the talk kinds of AFA-MEAS-4 include stress_conflict_support; sector other is private.
const AFA_COVERED = ['support_talks', 'kbt', 'ipt', 'stress_conflict_support', 'stress_management_course', 'lifestyle_course', 'retraining_course', 'back_course', 'addiction_treatment', 'multimodal_rehab_1', 'multimodal_rehab_2'];
const AFA_EXCLUDED = ['assessment_talk', 'work_supervision', 'coaching', 'lecture', 'abstinence_treatment', 'sampling_tests', 'investigate_ill_health', 'investigate_work_needs',
  'adapt_workplace', 'work_aids_purchase', 'technical_aids', 'medical_treatment', 'physiotherapy', 'naprapathy', 'doctor_visit', 'health_promotion', 'smoking_cessation',
  'weight_loss', 'group_exercise', 'screening_tool', 'leadership_training', 'salary_costs', 'substitute_costs'];
const FK_COVERED = ['support_talks', 'investigate_ill_health', 'investigate_work_needs', 'return_to_work_plan', 'rehab_coordinator', 'adapt_workplace', 'adapt_tasks',
  'adapt_hours', 'review_work_aids', 'work_technique', 'stress_conflict_support', 'work_supervision'];
const FK_NOT_LISTED = ['assessment_talk', 'salary_costs', 'substitute_costs'];
const AGS = ['private', 'cooperative', 'other'];
const AGS_KL = ['municipality', 'region', 'church_of_sweden', 'municipal_company'];
const SECTORS = [...AGS, ...AGS_KL, 'state'];

// ---- the cases ----------------------------------------------------------------------------
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const cases = Array.from({ length: 1000 }, () => ({
  sector: SECTORS[rnd(SECTORS.length)], ags: rnd(2) === 0, category: rnd(2) ? 'arbetare' : 'tjansteman', medarbetaravtal: rnd(2) === 0,
  kind: KINDS[rnd(KINDS.length)], cost: 1 + rnd(3_000_000), personGranted: [0, 300_000, 900_000, 1_000_000][rnd(4)], employerGranted: [0, 19_900_000, 20_000_000][rnd(3)],
}));

// ---- Rehabkollen: decide() gives the decisions (verdicts, each measure's status, amounts) ---
function answers(c) {
  return {
    date: '2026-03-01',
    employer: { sector: c.sector, ags_insurance: c.ags, medarbetaravtal: c.medarbetaravtal, fk_ars_granted_this_year_ore: c.employerGranted },
    person: { employment: 'employed', category: c.category, work_capacity: 'at_risk', rehab_need_documented: true, work_capacity_prospect: true,
      return_to_work_plan: true, has_sgi: true, fk_ars_granted_this_year_ore: c.personGranted },
    provider: { fk_approved: true, ivo_permit: true, performer: 'licensed_psychologist', competence: ['medicine'], knows_workplace: true },
    measures: [{ kind: c.kind, cost_ore: c.cost, date: '2026-02-10', individual: true, other_payer_ore: 0, evidence_based: true, previous_work_investigated: true,
      income_during: true, addiction: 'alcohol_drugs', setting: 'talk', package_price: false, guideline_method: true }],
  };
}
// Each engine gets its own form of the same case, built before timing (ours the answers object
// the API takes, the peers their facts), so no engine's timing includes building its input.
const oursInputs = cases.map(answers);
const ours = (a) => {
  const [afa, fk] = decide(a);
  return { afa_status: afa.statuses[0], fk_status: fk.statuses[0], fk_amount: fk.amount_ore.max };
};

// ---- json-logic-js ------------------------------------------------------------------------
// The decisions decide() gives for one measure: AFA's status of it (reimbursable when the
// employment is covered and the kind is on AFA's list), FK's status of it (reimbursable when the
// kind is on FK's list) and FK's amount with the 10 000 kr / 200 000 kr caps.
const AFA_OK = { and: [{ or: [
  { and: [{ in: [{ var: 'sector' }, AGS] }, { var: 'ags' }, { or: [{ '==': [{ var: 'category' }, 'arbetare'] }, { var: 'medarbetaravtal' }] }] },
  { and: [{ in: [{ var: 'sector' }, AGS_KL] }, { var: 'ags' }] }] }, { in: [{ var: 'kind' }, AFA_COVERED] }] };
const L = {
  afa_status: { if: [AFA_OK, 'reimbursable', 'not_reimbursable'] },
  fk_status: { if: [{ in: [{ var: 'kind' }, FK_COVERED] }, 'reimbursable', 'not_reimbursable'] },
  fk_amount: { if: [{ in: [{ var: 'kind' }, FK_COVERED] },
    { max: [0, { min: [{ '/': [{ '-': [{ var: 'cost' }, { '%': [{ var: 'cost' }, 2] }] }, 2] },
      { '-': [1_000_000, { var: 'personGranted' }] }, { '-': [20_000_000, { var: 'employerGranted' }] }] }] }, 0] },
};
const logic = (c) => ({ afa_status: jsonLogic.apply(L.afa_status, c), fk_status: jsonLogic.apply(L.fk_status, c), fk_amount: jsonLogic.apply(L.fk_amount, c) });

// ---- json-rules-engine --------------------------------------------------------------------
const engine = new Engine([], { replaceFactsInEventParams: true, allowUndefinedFacts: true });
const rule = (name, conditions, event) => engine.addRule({ name, conditions, event });
rule('afa-ags', { all: [{ fact: 'sector', operator: 'in', value: AGS }, { fact: 'ags', operator: 'equal', value: true }, { fact: 'kind', operator: 'in', value: AFA_COVERED },
  { any: [{ fact: 'category', operator: 'equal', value: 'arbetare' }, { fact: 'medarbetaravtal', operator: 'equal', value: true }] }] }, { type: 'afa_reimbursable' });
rule('afa-ags-kl', { all: [{ fact: 'sector', operator: 'in', value: AGS_KL }, { fact: 'ags', operator: 'equal', value: true }, { fact: 'kind', operator: 'in', value: AFA_COVERED }] },
  { type: 'afa_reimbursable' });
rule('fk-covered-kind', { all: [{ fact: 'kind', operator: 'in', value: FK_COVERED }] }, { type: 'fk_reimbursable' });
rule('fk-amount', { all: [{ fact: 'kind', operator: 'in', value: FK_COVERED }] }, { type: 'fk_amount', params: { value: { fact: 'fkCapped' } } });
engine.addFact('fkCapped', async (params, almanac) => {
  const [cost, pg, eg] = await Promise.all(['cost', 'personGranted', 'employerGranted'].map((f) => almanac.factValue(f)));
  return Math.max(0, Math.min(Math.floor(cost / 2), 1_000_000 - pg, 20_000_000 - eg));
});
// json-rules-engine's run() is asynchronous (it returns a promise), so it is awaited; the others are not.
async function rules(c) {
  const { events } = await engine.run(c);
  const find = (t) => events.find((e) => e.type === t);
  return { afa_status: find('afa_reimbursable') ? 'reimbursable' : 'not_reimbursable', fk_status: find('fk_reimbursable') ? 'reimbursable' : 'not_reimbursable',
    fk_amount: find('fk_amount')?.params.value ?? 0 };
}

// ---- agreement first: every engine's decisions equal on every case, before any timing -------
for (const [i, c] of cases.entries()) {
  const a = ours(oursInputs[i]);
  for (const [name, other] of [['json-logic-js', logic(c)], ['json-rules-engine', await rules(c)]]) {
    if (JSON.stringify(a) !== JSON.stringify(other)) {
      console.error(`DISAGREEMENT on case ${i} ${JSON.stringify(c)}:\n  rehabkollen decide ${JSON.stringify(a)}\n  ${name} ${JSON.stringify(other)}`);
      process.exit(1);
    }
  }
}

// ---- then speed: process CPU time (user + system), not wall time, on a shared machine --------
// Every engine is first warmed well past V8's tier-up (WARM passes over all cases), then the
// engines take turns, ROUNDS times, in an order rotated each round, each round's turn running
// every case PASSES times. A figure is the median of the rounds with the smallest and largest.
const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 5;
const WARM = quick ? 5 : 20;
const TURN_US = quick ? 0.1e6 : 0.4e6;
const cpuUs = () => { const u = process.cpuUsage(); return u.user + u.system; };
const syncTurn = (fn, inputs, passes) => {
  let sink = 0;
  const t0 = cpuUs();
  for (let p = 0; p < passes; p++) for (const x of inputs) sink += fn(x).fk_amount;
  const us = cpuUs() - t0;
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  return us / (passes * inputs.length);
};
const asyncTurn = async (fn, inputs, passes) => {
  let sink = 0;
  const t0 = cpuUs();
  for (let p = 0; p < passes; p++) for (const x of inputs) sink += (await fn(x)).fk_amount;
  const us = cpuUs() - t0;
  if (Number.isNaN(sink)) throw new Error('unreachable: keeps the results alive');
  return us / (passes * inputs.length);
};
// Each peer named with the version installed, as its own package.json gives it.
const named = (pkg) => `${pkg} ${JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version}`;
const LOGIC = named('json-logic-js');
const RULES = named('json-rules-engine');
const engines = [
  { name: 'rehabkollen decide()', turn: (n) => syncTurn(ours, oursInputs, n) },
  { name: LOGIC, turn: (n) => syncTurn(logic, cases, n) },
  { name: RULES, turn: (n) => asyncTurn(rules, cases, n) },
];
// Passes per turn: enough for about 0.4 s of CPU per turn (0.1 s with --quick), from the warm-up's own pace.
for (const e of engines) {
  const perCase = await e.turn(WARM);
  e.passes = Math.max(3, Math.ceil(TURN_US / (perCase * cases.length)));
  e.us = [];
}
const ratios = { [LOGIC]: [], [RULES]: [] };
for (let r = 0; r < ROUNDS; r++) {
  const order = engines.map((_, i) => engines[(i + r) % engines.length]);
  for (const e of order) e.us.push(await e.turn(e.passes));
  for (const name of Object.keys(ratios)) ratios[name].push(engines.find((e) => e.name === name).us[r] / engines[0].us[r]);
}

const gz = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
function bundle(name) {
  fs.mkdirSync(path.join(root, 'target'), { recursive: true });
  const out = path.join(fs.mkdtempSync(path.join(root, 'target', 'peer-')), 'bundle.js');
  const entry = path.join(path.dirname(out), 'entry.mjs');
  fs.writeFileSync(entry, `export * from '${name}';\nimport x from '${name}';\nexport default x;\n`);
  execFileSync(path.join(root, 'node_modules/.bin/esbuild'), [entry, '--bundle', '--minify', '--format=esm', '--platform=browser', `--outfile=${out}`, '--log-level=error'], { cwd: root });
  return gz(out);
}
const peersOnly = engines.slice(1).map((e) => ({ name: e.name, us: spread(e.us) }));
const fastest = peersOnly.reduce((a, b) => (b.us.median < a.us.median ? b : a));
const result = {
  cases: cases.length,
  rounds: ROUNDS,
  clock: 'process CPU time (process.cpuUsage, user + system)',
  engines: engines.map((e) => ({ name: e.name, us_per_case: spread(e.us), passes_per_round: e.passes })),
  fastest_peer: fastest.name,
  // Peer time ÷ ours in the same round: > 1 means decide() is faster.
  ratio_vs_fastest: spread(ratios[fastest.name]),
  // What decide() needs: the page module and its glue, the public API and its join, both text catalogues.
  ours_bytes: ['rehabkollen_page_bg.wasm', 'rehabkollen_page.js', 'rehabkollen.js', 'join.js', 'texts-sv.json', 'texts-en.json']
    .reduce((n, f) => n + gz(pkgFile(f)), 0),
  peer_bytes: { [LOGIC]: bundle('json-logic-js'), [RULES]: bundle('json-rules-engine') },
  // What decide()'s time goes to, on the same cases: V8's CPU profile (tools/bench/profile.mjs).
  profile_ours: await profile(() => { for (const x of oursInputs) ours(x); }, { seconds: quick ? 0.3 : 1 }),
};
console.log(JSON.stringify(result));
