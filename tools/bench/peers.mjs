// The same decisions in Rehabkollen and in the rule engines a partner would pick instead:
// AFA coverage (sector, insurance, category, medarbetaravtal), the AFA and FK measure
// classification, and the FK amount with the 10 000 kr / 200 000 kr caps. 1 000 generated cases;
// all three must agree on every one (it stops loudly if not); then time per decision in Node.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import jsonLogic from 'json-logic-js';
import { Engine } from 'json-rules-engine';
import init, { decide, evaluate, questions } from '../../www/pkg/rehabkollen.js';

const root = path.resolve(import.meta.dirname, '../..');
const pkgFile = (f) => path.join(root, 'www/pkg', f);
const json = (f) => JSON.parse(fs.readFileSync(pkgFile(f), 'utf8'));
await init({
  page: fs.readFileSync(pkgFile('rehabkollen_page_bg.wasm')),
  provider: fs.readFileSync(pkgFile('rehabkollen_provider_bg.wasm')),
  texts: { sv: json('texts-sv.json'), en: json('texts-en.json') },
  rules: { sv: json('rules-sv.json'), en: json('rules-en.json') },
});

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

// ---- Rehabkollen: one full evaluation gives every decision (and reasons, relevance, …) ------
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
const classOf = (reason, notListed) => (reason.rule === notListed ? 'not_listed' : reason.holds ? 'covered' : 'excluded');
function ours(c) {
  const o = evaluate(answers(c));
  const afa = o.schemes[0];
  const fk = o.schemes[1];
  const cov = afa.reasons.filter((r) => r.rule.startsWith('AFA-COV'));
  return { afa_covered: cov.length > 0 && cov.every((r) => r.holds === true), afa_class: classOf(afa.measures[0].reasons[0], 'AFA-MEAS'),
    fk_class: classOf(fk.measures[0].reasons[0], 'FK-MEAS'), fk_amount: fk.amount_ore.max };
}

// ---- json-logic-js ------------------------------------------------------------------------
const L = {
  afa_covered: { or: [
    { and: [{ in: [{ var: 'sector' }, AGS] }, { var: 'ags' }, { or: [{ '==': [{ var: 'category' }, 'arbetare'] }, { var: 'medarbetaravtal' }] }] },
    { and: [{ in: [{ var: 'sector' }, AGS_KL] }, { var: 'ags' }] }] },
  afa_class: { if: [{ in: [{ var: 'kind' }, AFA_COVERED] }, 'covered', { in: [{ var: 'kind' }, AFA_EXCLUDED] }, 'excluded', 'not_listed'] },
  fk_class: { if: [{ in: [{ var: 'kind' }, FK_COVERED] }, 'covered', { in: [{ var: 'kind' }, FK_NOT_LISTED] }, 'not_listed', 'excluded'] },
  fk_amount: { if: [{ in: [{ var: 'kind' }, FK_COVERED] },
    { max: [0, { min: [{ '/': [{ '-': [{ var: 'cost' }, { '%': [{ var: 'cost' }, 2] }] }, 2] },
      { '-': [1_000_000, { var: 'personGranted' }] }, { '-': [20_000_000, { var: 'employerGranted' }] }] }] }, 0] },
};
const logic = (c) => ({ afa_covered: !!jsonLogic.apply(L.afa_covered, c), afa_class: jsonLogic.apply(L.afa_class, c), fk_class: jsonLogic.apply(L.fk_class, c), fk_amount: jsonLogic.apply(L.fk_amount, c) });

// ---- json-rules-engine --------------------------------------------------------------------
const engine = new Engine([], { replaceFactsInEventParams: true, allowUndefinedFacts: true });
const rule = (name, conditions, event) => engine.addRule({ name, conditions, event });
rule('afa-ags', { all: [{ fact: 'sector', operator: 'in', value: AGS }, { fact: 'ags', operator: 'equal', value: true },
  { any: [{ fact: 'category', operator: 'equal', value: 'arbetare' }, { fact: 'medarbetaravtal', operator: 'equal', value: true }] }] }, { type: 'afa_covered' });
rule('afa-ags-kl', { all: [{ fact: 'sector', operator: 'in', value: AGS_KL }, { fact: 'ags', operator: 'equal', value: true }] }, { type: 'afa_covered' });
rule('afa-covered-kind', { all: [{ fact: 'kind', operator: 'in', value: AFA_COVERED }] }, { type: 'afa_class', params: { value: 'covered' } });
rule('afa-excluded-kind', { all: [{ fact: 'kind', operator: 'in', value: AFA_EXCLUDED }] }, { type: 'afa_class', params: { value: 'excluded' } });
rule('fk-covered-kind', { all: [{ fact: 'kind', operator: 'in', value: FK_COVERED }] }, { type: 'fk_class', params: { value: 'covered' } });
rule('fk-not-listed-kind', { all: [{ fact: 'kind', operator: 'in', value: FK_NOT_LISTED }] }, { type: 'fk_class', params: { value: 'not_listed' } });
rule('fk-amount', { all: [{ fact: 'kind', operator: 'in', value: FK_COVERED }] }, { type: 'fk_amount', params: { value: { fact: 'fkCapped' } } });
engine.addFact('fkCapped', async (params, almanac) => {
  const [cost, pg, eg] = await Promise.all(['cost', 'personGranted', 'employerGranted'].map((f) => almanac.factValue(f)));
  return Math.max(0, Math.min(Math.floor(cost / 2), 1_000_000 - pg, 20_000_000 - eg));
});
async function rules(c) {
  const { events } = await engine.run(c);
  const find = (t) => events.find((e) => e.type === t);
  return { afa_covered: !!find('afa_covered'), afa_class: find('afa_class')?.params.value ?? 'not_listed',
    fk_class: find('fk_class')?.params.value ?? 'excluded', fk_amount: find('fk_amount')?.params.value ?? 0 };
}

// ---- agreement first ----------------------------------------------------------------------
for (const [i, c] of cases.entries()) {
  const [a, b, r] = [ours(c), logic(c), await rules(c)];
  for (const [name, other] of [['json-logic-js', b], ['json-rules-engine', r]]) {
    if (JSON.stringify(a) !== JSON.stringify(other)) {
      console.error(`DISAGREEMENT on case ${i} ${JSON.stringify(c)}:\n  rehabkollen ${JSON.stringify(a)}\n  ${name} ${JSON.stringify(other)}`);
      process.exit(1);
    }
  }
}

// ---- then speed -----------------------------------------------------------------------------
async function perDecision(fn) {
  for (const c of cases.slice(0, 100)) await fn(c); // warm up
  const t0 = process.hrtime.bigint();
  let n = 0;
  while (Number(process.hrtime.bigint() - t0) < 2e9) {
    for (const c of cases) { await fn(c); n++; }
  }
  return Number(process.hrtime.bigint() - t0) / 1e3 / n; // µs per case
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
const result = {
  cases: cases.length,
  ours_us: await perDecision(ours),
  // The decisions alone (verdicts, statuses, amounts), as the peers compute them: decide().
  ours_decide_us: await perDecision((c) => decide(answers(c))),
  logic_us: await perDecision(logic),
  rules_us: await perDecision(rules),
  // What evaluate() needs: the page module and its glue, the public API and its join, both text catalogues.
  ours_bytes: ['rehabkollen_page_bg.wasm', 'rehabkollen_page.js', 'rehabkollen.js', 'join.js', 'texts-sv.json', 'texts-en.json']
    .reduce((n, f) => n + gz(pkgFile(f)), 0),
  logic_bytes: bundle('json-logic-js'),
  rules_bytes: bundle('json-rules-engine'),
};
console.log(JSON.stringify(result));
