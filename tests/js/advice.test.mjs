// The sentences a result leads with (www/advice.js), on outcomes of the real engine: the page's
// module joined with its texts as the page does (www/join.js). `changes` (rules 2026.3) is the
// engine's where it gives it; where it does not yet, it is built here the way rules.md §8 defines
// it — the set applied to the answers and judged again, its verdict and amount read from that
// judgement. (Checked both ways: these tests pass on the engine with `changes` too.)
import { test } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import * as page from '../../www/pkg/rehabkollen_page.js';
import { withTexts } from '../../www/join.js';
import { advise, cappedAcross, clauseOf, combinedTotal, groupCombined, groupOpen, measuresCaption, openAcross, runsOf, schemeNames } from '../../www/advice.js';
import { setAt } from '../../www/state.js';
import { reasonWords } from '../../www/views/result.js';
import { catalogues as cats, root } from '../../tools/node-api.mjs';

const judge = (answers) => withTexts(JSON.parse(page.evaluateLean(answers)), cats);
const scheme = (o, id) => o.schemes.find((s) => s.id === id);
const nb = (s) => s.replace(/\u00a0/g, ' ');

/** A private employer, AGS, a worker (a cook) at risk of sick leave, a back course planned. */
const RESTAURANT = {
  date: '2026-11-25',
  employer: { sector: 'private', ags_insurance: true, medarbetaravtal: false, fk_ars_granted_this_year_ore: 0 },
  person: { employment: 'employed', category: 'arbetare', age: 44, condition: 'other_physical', work_capacity: 'at_risk', rehab_need_documented: true,
    work_capacity_prospect: true, return_to_work_plan: false, consent: true, has_sgi: true, insured_in_sweden: true, fk_ars_granted_this_year_ore: 0 },
  provider: { fk_approved: true, performer: 'physiotherapist', competence: ['rehabilitation'], knows_workplace: true, contracted: true, ivo_permit: false },
  measures: [{ kind: 'back_course', cost_ore: 800000, date: '2026-11-10', individual: true, evidence_based: true, other_payer_ore: 0 }],
  scope: ['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat'],
};

/** One entry of `changes` as rules.md §8 defines it, judged by the engine: the set applied, the scheme judged again. */
function change(answers, id, set, rules) {
  const next = structuredClone(answers);
  for (const [path, value] of Object.entries(set)) setAt(next, path, value);
  const s = scheme(judge(next), id);
  return { set, verdict: s.verdict, amount_ore: s.amount_ore, rules };
}

test('a "no" says why in one sentence from the rule\'s own clause, the scheme\'s conditions first', () => {
  const o = judge(RESTAURANT);
  const afa = scheme(o, 'afa_rehabiliteringsstod');
  assert.equal(afa.verdict, 'not_eligible');
  const sv = advise(o, cats.sv, { lang: 'sv', role: 'employer' }).schemes.afa_rehabiliteringsstod;
  assert.equal(sv.text, 'AFA betalar inte, eftersom det saknas en plan för återgång i arbete.');
  assert.deepEqual(sv.reasons.map((r) => r.rule), ['AFA-COND-3']);
  assert.equal(sv.lead, 'AFA betalar inte.', 'the words the event carries: no reason, so no measure or condition');
  assert.deepEqual(sv.open, []);
  const en = advise(o, cats.en, { lang: 'en' }).schemes.afa_rehabiliteringsstod;
  assert.equal(en.text, 'AFA does not pay, because there is no plan for return to work.');
  // The clause is the registry's, not written here.
  assert.equal(sv.reasons[0].text, cats.sv.rules['AFA-COND-3'].because.fails);
});

test('at most three reasons, the scheme\'s own before its measures\', each with its rule', () => {
  const answers = structuredClone(RESTAURANT);
  answers.person.rehab_need_documented = false;
  answers.measures[0] = { ...answers.measures[0], kind: 'adapt_workplace' };
  answers.measures.push({ kind: 'adapt_workplace', cost_ore: 100000, date: '2026-11-12', individual: true, other_payer_ore: 0 });
  const afa = advise(judge(answers), cats.sv, { lang: 'sv' }).schemes.afa_rehabiliteringsstod;
  assert.deepEqual(afa.reasons.map((r) => r.rule), ['AFA-COND-1', 'AFA-COND-3', 'AFA-EXCL-1']);
  assert.equal(afa.text, 'AFA betalar inte, eftersom det saknas ett styrkt rehabiliteringsbehov, det saknas en plan för återgång i arbete och AFA inte ersätter anpassning av arbetsplatsen.');
  assert.deepEqual(afa.reasons.map((r) => r.measure), [null, null, 0]);
});

test('{kind} is the kind as it reads in a sentence, and a kind\'s own clause wins', () => {
  assert.equal(clauseOf(cats.sv, { rule: 'AFA-EXCL-1', holds: false }, 'adapt_workplace'), 'AFA inte ersätter anpassning av arbetsplatsen');
  assert.equal(clauseOf(cats.sv, { rule: 'AFA-EXCL-2', holds: false }, 'support_talks'), 'samtalen hålls i grupp, och AFA inte ersätter gruppaktiviteter');
  assert.equal(clauseOf(cats.sv, { rule: 'AFA-COND-3', holds: null }, null), null, 'not known yet: no clause');
});

test('"Så kan det ändras": what to do and who can, from the catalogue\'s actions, with the engine\'s verdict and amount', () => {
  const o = judge(RESTAURANT);
  const afa = scheme(o, 'afa_rehabiliteringsstod');
  afa.changes ??= [change(RESTAURANT, afa.id, { 'person.return_to_work_plan': true }, ['AFA-COND-3'])];
  assert.equal(afa.changes[0].verdict, 'eligible');
  const employer = advise(o, cats.sv, { lang: 'sv', role: 'employer' }).schemes.afa_rehabiliteringsstod.changes;
  assert.equal(employer.length, 1);
  assert.equal(nb(employer[0].text), 'Ni kan ta fram en plan för återgång i arbete tillsammans med medarbetaren. Då kan AFA betala upp till 4 000 kr.');
  assert.deepEqual(employer[0].rules, ['AFA-COND-3']);
  const provider = advise(o, cats.sv, { lang: 'sv', role: 'provider' }).schemes.afa_rehabiliteringsstod.changes;
  assert.match(provider[0].text, /^Arbetsgivaren kan ta fram en plan/);
  const en = advise(o, cats.en, { lang: 'en', role: 'employer' }).schemes.afa_rehabiliteringsstod.changes;
  assert.equal(nb(en[0].text), `You can ${cats.en.questions.find((q) => q.id === 'person.return_to_work_plan').actions[0].text}. Then AFA can pay up to 4 000 kr.`);
});

test('a pair needed together, and an answer with an action per actor; two ways that give the same turn are one line', () => {
  const answers = structuredClone(RESTAURANT);
  answers.person.return_to_work_plan = true;
  answers.provider.performer = 'nurse';
  answers.measures[0] = { kind: 'support_talks', cost_ore: 600000, date: '2026-11-10', individual: false, other_payer_ore: 0 };
  const o = judge(answers);
  const afa = scheme(o, 'afa_rehabiliteringsstod');
  assert.equal(afa.verdict, 'not_eligible');
  const set = { 'provider.performer': 'licensed_psychologist', 'measures[0].individual': true };
  afa.changes ??= [change(answers, afa.id, set, ['AFA-MEAS-4', 'AFA-EXCL-2']),
    change(answers, afa.id, { ...set, 'provider.performer': 'licensed_psychotherapist' }, ['AFA-MEAS-4', 'AFA-EXCL-2'])];
  assert.deepEqual(afa.changes.map((c) => [c.set['provider.performer'], c.verdict]),
    [['licensed_psychologist', 'eligible'], ['licensed_psychotherapist', 'eligible']], 'both together turn it, with either performer');
  const all = afa.changes;
  // One way alone: each answer with what to do and who can.
  afa.changes = [all[0]];
  const text = nb(advise(o, cats.sv, { lang: 'sv', role: 'employer' }).schemes.afa_rehabiliteringsstod.changes[0].text);
  assert.equal(text, 'Anordnaren kan låta en legitimerad psykolog hålla samtalen, eller ni kan anlita en anordnare där en legitimerad psykolog håller samtalen. '
    + 'Anordnaren kan hålla insatsen för en enda medarbetare i stället för en grupp, eller ni kan beställa insatsen för en enda medarbetare. Görs båda kan AFA betala upp till 3 000 kr.');
  // Both ways give the same turn: one line, naming the answer's two values once (issue #25).
  afa.changes = all;
  const [merged, ...more] = advise(o, cats.sv, { lang: 'sv', role: 'employer' }).schemes.afa_rehabiliteringsstod.changes;
  assert.deepEqual(more, []);
  assert.equal(nb(merged.text), 'Svaret på ”Vem utför insatsen?” kan bli ”Legitimerad psykolog” eller ”Legitimerad psykoterapeut”. '
    + 'Anordnaren kan hålla insatsen för en enda medarbetare i stället för en grupp, eller ni kan beställa insatsen för en enda medarbetare. Görs båda kan AFA betala upp till 3 000 kr.');
  assert.deepEqual(merged.sets, all.map((c) => c.set));
  const [en] = advise(o, cats.en, { lang: 'en', role: 'employer' }).schemes.afa_rehabiliteringsstod.changes;
  assert.match(nb(en.text), /^The answer to "[^"]+" can become "Licensed psychologist" or "Licensed psychotherapist"\. /);
});

test('a measure\'s own performer (where the questions keep it): its change names the question, and with several measures which measure', () => {
  const answers = structuredClone(RESTAURANT);
  answers.person.return_to_work_plan = true;
  delete answers.provider.performer;
  const talks = { kind: 'support_talks', cost_ore: 600000, date: '2026-11-10', individual: true, other_payer_ore: 0, provider: { performer: 'nurse' } };
  answers.measures = [talks];
  const o = judge(answers);
  const afa = scheme(o, 'afa_rehabiliteringsstod');
  assert.equal(afa.verdict, 'not_eligible');
  const P = 'measures[0].provider.performer';
  assert.deepEqual(afa.changes.map((c) => [c.set, c.verdict]),
    [[{ [P]: 'licensed_psychologist' }, 'eligible'], [{ [P]: 'licensed_psychotherapist' }, 'eligible']], 'the engine changes the measure\'s own answer');
  const [line, ...more] = advise(o, cats.sv, { lang: 'sv', role: 'employer' }).schemes.afa_rehabiliteringsstod.changes;
  assert.deepEqual(more, []);
  assert.equal(nb(line.text), 'Svaret på ”Vem utför insatsen?” kan bli ”Legitimerad psykolog” eller ”Legitimerad psykoterapeut”. Då kan AFA betala upp till 3 000 kr.');
  afa.changes = [afa.changes[0]];
  assert.match(nb(advise(o, cats.sv, { lang: 'sv', role: 'employer' }).schemes.afa_rehabiliteringsstod.changes[0].text),
    /^Anordnaren kan låta en legitimerad psykolog hålla samtalen, eller ni kan anlita en anordnare där en legitimerad psykolog håller samtalen\. Då kan AFA betala upp till 3 000 kr\.$/);
  // Two measures, the second's performer the one to change: the line says which measure.
  answers.measures = [{ ...talks, provider: {}, kind: 'back_course', evidence_based: false }, talks];
  const two = judge(answers);
  const lines = advise(two, cats.sv, { lang: 'sv', role: 'employer' }).schemes.afa_rehabiliteringsstod.changes;
  const own = lines.filter((l) => l.sets.some((set) => 'measures[1].provider.performer' in set));
  assert.equal(own.length, 1, JSON.stringify(scheme(two, 'afa_rehabiliteringsstod').changes));
  assert.match(nb(own[0].text), /^För insats 2 \(stödsamtal \/ enskilda samtal\): svaret på ”Vem utför insatsen\?” kan bli ”Legitimerad psykolog” eller ”Legitimerad psykoterapeut”\. Då kan AFA/);
});

test('changes are merged only where they give the same turn: the same answers, one of them with another value, the same verdict and amount', () => {
  const o = judge(RESTAURANT);
  const afa = scheme(o, 'afa_rehabiliteringsstod');
  const c = (set, verdict, max, rules = ['AFA-MEAS-4']) => ({ set, verdict, amount_ore: { min: max, max }, rules });
  const P = 'provider.performer';
  afa.changes = [
    c({ [P]: 'licensed_psychologist' }, 'eligible', 300000),
    c({ [P]: 'licensed_psychotherapist' }, 'eligible', 300000, ['AFA-MEAS-5']),
    c({ [P]: 'naprapath' }, 'eligible', 300000),
    // The same answer with another value, but another verdict, or another amount: another turn.
    c({ [P]: 'physician' }, 'undetermined', 300000),
    c({ [P]: 'nurse' }, 'eligible', 150000),
    c({ [P]: 'licensed_psychologist', 'measures[0].individual': true }, 'eligible', 200000),
    c({ [P]: 'licensed_psychotherapist', 'measures[0].individual': false }, 'eligible', 200000),
    c({ 'person.return_to_work_plan': true }, 'undetermined', 400000),
    c({ 'person.consent': true }, 'undetermined', 400000),
  ];
  const lines = advise(o, cats.sv, { lang: 'sv', role: 'employer' }).schemes.afa_rehabiliteringsstod.changes;
  assert.deepEqual(lines.map((l) => l.sets.length), [3, 1, 1, 1, 1, 1, 1],
    'only the first three are one turn: the next two differ in verdict or amount, the pairs in two answers, the last two in what they change');
  assert.deepEqual(lines.slice(0, 3).map((l) => [l.sets.map((x) => x[P]), l.verdict, l.amount_ore.max]), [
    [['licensed_psychologist', 'licensed_psychotherapist', 'naprapath'], 'eligible', 300000],
    [['physician'], 'undetermined', 300000],
    [['nurse'], 'eligible', 150000],
  ]);
  assert.deepEqual(lines[0].rules, ['AFA-MEAS-4', 'AFA-MEAS-5'], 'the rules of both');
  assert.match(lines[0].text, /kan bli ”Legitimerad psykolog”, ”Legitimerad psykoterapeut” eller ”Naprapat”\. Då kan AFA betala/, 'three values: one list');
  const [en] = advise(o, cats.en, { lang: 'en', role: 'employer' }).schemes.afa_rehabiliteringsstod.changes;
  assert.match(en.text, /can become "Licensed psychologist", "Licensed psychotherapist" or "Naprapath"\. Then AFA can pay/);
});

test('a change after which the open questions decide says so, with the amount it can reach', () => {
  const answers = structuredClone(RESTAURANT);
  delete answers.measures[0].evidence_based; // not asked while AFA was a no: after the plan it matters
  const o = judge(answers);
  const afa = scheme(o, 'afa_rehabiliteringsstod');
  afa.changes ??= [change(answers, afa.id, { 'person.return_to_work_plan': true }, ['AFA-COND-3'])];
  assert.equal(afa.changes[0].verdict, 'undetermined');
  const [c] = advise(o, cats.sv, { lang: 'sv', role: 'employer' }).schemes.afa_rehabiliteringsstod.changes;
  assert.equal(nb(c.text), 'Ni kan ta fram en plan för återgång i arbete tillsammans med medarbetaren. Då kan AFA betala upp till 4 000 kr, beroende på svar som då behövs.');
});

test('a "no" no change turns says so in one line, in both languages; a "no" with changes and a yes do not', () => {
  const o = judge(RESTAURANT);
  assert.equal(advise(o, cats.sv, { lang: 'sv' }).schemes.afa_rehabiliteringsstod.unchangeable, null, 'AFA has a change: no such line');
  delete scheme(o, 'afa_rehabiliteringsstod').changes;
  assert.deepEqual(advise(o, cats.sv, { lang: 'sv' }).schemes.afa_rehabiliteringsstod.changes, []);
  scheme(o, 'afa_rehabiliteringsstod').changes = [];
  const sv = advise(o, cats.sv, { lang: 'sv' }).schemes;
  assert.deepEqual(sv.afa_rehabiliteringsstod.changes, []);
  assert.equal(sv.afa_rehabiliteringsstod.unchangeable, 'Vi hittar inget i ärendet som ni kan ändra så att AFA betalar.');
  assert.equal(advise(o, cats.en, { lang: 'en' }).schemes.afa_rehabiliteringsstod.unchangeable, 'We find nothing in this case you could change that makes AFA pay.');
  for (const s of o.schemes.filter((x) => x.verdict !== 'not_eligible')) assert.equal(sv[s.id].unchangeable, null, s.id);
});

test('not yet: exactly the scheme\'s open questions, each with who knows; an amount only where one is bounded, never "minst 0 kr"', () => {
  const answers = { date: '2026-11-25', person: { employment: 'employed' }, measures: [{ kind: 'support_talks', date: '2026-11-01' }], scope: RESTAURANT.scope };
  const o = judge(answers);
  const afa = scheme(o, 'afa_rehabiliteringsstod');
  assert.equal(afa.verdict, 'undetermined');
  assert.equal(afa.amount_ore.max, null, 'the cost is unknown');
  const adv = advise(o, cats.sv, { lang: 'sv' }).schemes.afa_rehabiliteringsstod;
  assert.deepEqual(adv.open.map((q) => q.path), afa.missing);
  assert.equal(adv.text, `Det saknas ${afa.missing.length} svar för att veta om AFA kan betala.`);
  for (const q of adv.open) assert.equal(q.find_out, cats.sv.questions.find((x) => x.id === q.path.replace(/^measures\[\d+\]/, 'measures[]')).find_out, q.path);
  answers.measures[0].cost_ore = 600000;
  const priced = advise(judge(answers), cats.sv, { lang: 'sv' }).schemes.afa_rehabiliteringsstod;
  assert.match(nb(priced.text), /^Det saknas \d+ svar för att veta om AFA kan betala upp till 3 000 kr\.$/);
  for (const lang of ['sv', 'en']) {
    for (const s of Object.values(advise(o, cats[lang], { lang }).schemes)) assert.doesNotMatch(nb(s.text), /minst 0 kr|at least 0 kr/, s.id);
  }
  // Both may pay, neither yet for certain: the order says so.
  const both = advise(judge(answers), cats.sv, { lang: 'sv' }).order;
  assert.match(nb(both.text), /^Om båda beviljas: först Försäkringskassan \(senast 1 februari 2027\), sedan AFA/);
});

test('the open questions once for every card: each with the schemes it decides, in the outcome\'s order; a "no" and a scheme out of scope add none', () => {
  const answers = { date: '2026-11-25', person: { employment: 'employed' }, measures: [{ kind: 'support_talks', date: '2026-11-01' }] };
  const o = judge(answers);
  const shown = o.schemes.filter((s) => RESTAURANT.scope.includes(s.id));
  assert.ok(shown.every((s) => s.verdict === 'undetermined'));
  const adv = advise(o, cats.sv, { lang: 'sv', scope: RESTAURANT.scope });
  const paths = adv.open.map((q) => q.path);
  assert.equal(new Set(paths).size, paths.length, 'each question once');
  const union = new Set(shown.flatMap((s) => s.missing));
  assert.deepEqual(new Set(paths), union, 'every question some card depends on, and no other');
  for (const q of adv.open) {
    assert.deepEqual(q.schemes, shown.filter((s) => s.missing.includes(q.path)).map((s) => s.id), q.path);
    assert.equal(q.text, cats.sv.questions.find((x) => x.id === q.path.replace(/^measures\[\d+\]/, 'measures[]')).text);
  }
  assert.ok(adv.open.some((q) => q.schemes.length === 2), 'the cards share questions: listed once');
  for (const p of paths) assert.ok(o.next_questions.includes(p), `${p} is in next_questions`);
  const rank = paths.map((p) => o.next_questions.indexOf(p));
  assert.ok(rank.length > 1, 'several questions to put in order');
  assert.deepEqual(rank, [...rank].sort((x, y) => x - y), 'in the order of next_questions');
  // Each card still says how many of them it depends on.
  for (const s of shown) assert.equal(adv.schemes[s.id].open.length, s.missing.length);
  // A "no" depends on nothing: its open questions are left out.
  const no = structuredClone(o);
  no.schemes.find((s) => s.id === 'afa_rehabiliteringsstod').verdict = 'not_eligible';
  assert.ok(openAcross(no, RESTAURANT.scope).every((q) => !q.schemes.includes('afa_rehabiliteringsstod')));
  assert.deepEqual(openAcross(o, ['fk_arbetsplatsinriktat']).map((q) => q.path).sort(), [...scheme(o, 'fk_arbetsplatsinriktat').missing].sort());
});

test('schemes named in a list the one way, on the page and on paper: "AFA och FK", "AFA, FK och Garantin"', () => {
  assert.equal(schemeNames(['afa_rehabiliteringsstod'], 'sv'), 'AFA');
  assert.equal(schemeNames(['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat'], 'sv'), 'AFA och FK');
  assert.equal(schemeNames(['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat', 'rehabiliteringsgarantin'], 'sv'), 'AFA, FK och Garantin');
  assert.equal(schemeNames(['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat'], 'en'), 'AFA and Försäkringskassan');
});

/** The restaurant's case with a plan for return to work and support talks with a licensed psychologist (9 000 kr, 2 September 2026): a yes from both. */
function talksWithPlan() {
  const answers = structuredClone(RESTAURANT);
  answers.person.return_to_work_plan = true;
  answers.provider.performer = 'licensed_psychologist';
  answers.provider.competence = ['behavioural_science'];
  answers.measures[0] = { kind: 'support_talks', cost_ore: 900000, date: '2026-09-02', individual: true, other_payer_ore: 0 };
  return answers;
}

test('a yes: the amount and the deadline in words; under AGS AFA has no deadline', () => {
  const answers = talksWithPlan();
  const adv = advise(judge(answers), cats.sv, { lang: 'sv' });
  assert.equal(nb(adv.schemes.fk_arbetsplatsinriktat.text), 'Försäkringskassan kan betala upp till 4 500 kr. Ansök senast 1 februari 2027.');
  assert.equal(nb(adv.schemes.afa_rehabiliteringsstod.text), 'AFA kan betala upp till 4 500 kr.');
  assert.equal(nb(adv.order.text), 'Först Försäkringskassan (senast 1 februari 2027), sedan AFA: tillsammans högst 9 000 kr.');
  assert.deepEqual(adv.order.ids, ['fk_arbetsplatsinriktat', 'afa_rehabiliteringsstod']);
});

test('a yes whose measures have different last days names each with its measures, soonest first', () => {
  const answers = talksWithPlan();
  answers.measures[1] = { kind: 'support_talks', cost_ore: 400000, date: '2027-02-10', individual: true, other_payer_ore: 0 };
  const o = judge(answers);
  const fk = scheme(o, 'fk_arbetsplatsinriktat');
  assert.deepEqual(fk.measures.map((m) => m.deadline), ['2027-02-01', '2028-02-01'], 'the measures\' own last days differ');
  assert.equal(nb(advise(o, cats.sv, { lang: 'sv' }).schemes.fk_arbetsplatsinriktat.text),
    'Försäkringskassan kan betala upp till 6 500 kr. Ansök senast 1 februari 2027 för insats 1 och senast 1 februari 2028 för insats 2.');
  assert.equal(nb(advise(o, cats.en, { lang: 'en' }).schemes.fk_arbetsplatsinriktat.text),
    'Försäkringskassan can pay up to 6 500 kr. Apply by 1 February 2027 for measure 1 and by 1 February 2028 for measure 2.');
  // Three measures, two of them on the later day; one not paid for has no say.
  answers.measures[2] = { kind: 'support_talks', cost_ore: 100000, date: '2027-03-10', individual: true, other_payer_ore: 0 };
  answers.measures[3] = { kind: 'coaching', cost_ore: 100000, date: '2029-03-10', individual: true, other_payer_ore: 0 };
  assert.equal(nb(advise(judge(answers), cats.sv, { lang: 'sv' }).schemes.fk_arbetsplatsinriktat.text),
    'Försäkringskassan kan betala upp till 7 000 kr. Ansök senast 1 februari 2027 för insats 1 och senast 1 februari 2028 för insats 2 och 3.');
  answers.measures.splice(2, 2);
  // The same last day for both: the deadline alone.
  answers.measures[1].date = '2026-10-02';
  assert.equal(nb(advise(judge(answers), cats.sv, { lang: 'sv' }).schemes.fk_arbetsplatsinriktat.text),
    'Försäkringskassan kan betala upp till 6 500 kr. Ansök senast 1 februari 2027.');
});

test('a yes that can pay nothing more (FK\'s yearly cap reached) says so, with no deadline and no place in the order', () => {
  const answers = structuredClone(RESTAURANT);
  answers.person.return_to_work_plan = true;
  answers.person.fk_ars_granted_this_year_ore = 1000000;
  answers.provider.performer = 'licensed_psychologist';
  answers.provider.competence = ['behavioural_science'];
  answers.measures[0] = { kind: 'support_talks', cost_ore: 800000, date: '2026-11-10', individual: true, other_payer_ore: 0 };
  const o = judge(answers);
  assert.deepEqual([scheme(o, 'fk_arbetsplatsinriktat').verdict, scheme(o, 'fk_arbetsplatsinriktat').amount_ore.max], ['eligible', 0]);
  const adv = advise(o, cats.sv, { lang: 'sv' });
  assert.equal(adv.schemes.fk_arbetsplatsinriktat.text, 'Villkoren uppfylls, men Försäkringskassan kan inte betala något mer för de här insatserna.');
  assert.equal(adv.order, null, 'only AFA may pay');
});

test('a municipality: soonest deadline first, and the total is the combined maximum, not a sum', () => {
  const answers = structuredClone(RESTAURANT);
  answers.employer = { sector: 'municipality', ags_insurance: true, fk_ars_granted_this_year_ore: 0 };
  answers.person.return_to_work_plan = true;
  answers.provider.performer = 'licensed_psychologist';
  answers.provider.competence = ['behavioural_science'];
  answers.measures[0] = { kind: 'support_talks', cost_ore: 900000, date: '2026-09-02', individual: true, other_payer_ore: 0 };
  const o = judge(answers);
  const adv = advise(o, cats.sv, { lang: 'sv' });
  assert.equal(nb(adv.order.text), 'Först Försäkringskassan (senast 1 februari 2027), sedan AFA (senast 2 mars 2027): tillsammans högst 9 000 kr.');
  assert.equal(adv.order.total_ore, o.combined[0].max_ore);
  assert.equal(nb(advise(o, cats.en, { lang: 'en' }).order.text), 'First Försäkringskassan (by 1 February 2027), then AFA (by 2 March 2027): together at most 9 000 kr.');
});

test('the combined total is an upper bound that holds under both schemes\' caps', () => {
  const s = (id, max, measures) => ({ id, verdict: 'eligible', payee: 'employer', amount_ore: { min: max, max }, measures });
  const m = (index, status = 'reimbursable') => ({ index, status });
  const comb = (index, afa, fk, max) => ({ index, max_ore: max, schemes: [{ scheme: 'fk_arbetsplatsinriktat', amount_ore: { max: fk } }, { scheme: 'afa_rehabiliteringsstod', amount_ore: { max: afa } }] });
  // One measure under both: their sum is more than the measure's combined maximum.
  const one = [s('afa_rehabiliteringsstod', 750000, [m(0)]), s('fk_arbetsplatsinriktat', 500000, [m(0)])];
  assert.equal(combinedTotal({ combined: [comb(0, 750000, 500000, 1000000)] }, one), 1000000);
  // FK's cap binds and FK also pays a measure AFA does not: FK can spend its cap there, so the
  // shared measure's maximum does not lower the total (AFA 5 000 + FK 10 000 can both be reached).
  const capped = [s('afa_rehabiliteringsstod', 500000, [m(0), m(1, 'not_reimbursable')]), s('fk_arbetsplatsinriktat', 1000000, [m(0), m(1)])];
  assert.equal(combinedTotal({ combined: [comb(0, 500000, 500000, 800000)] }, capped), 1500000);
  // An unbounded maximum: no total.
  assert.equal(combinedTotal({ combined: [] }, [s('afa_rehabiliteringsstod', null, [m(0)]), one[1]]), null);
});

test('under efterskydd the agency applies; reasons with commas of their own are joined so the last reads apart', () => {
  const file = path.join(root, 'tests/cases/244-afa-efterskydd-kl-deadline-is-a-conflict.json');
  const c = [JSON.parse(fs.readFileSync(file, 'utf8'))].flat()[0];
  const o = judge(c.answers);
  assert.equal(scheme(o, 'afa_rehabiliteringsstod').next_step.who, 'agency');
  const adv = advise(o, cats.sv, { lang: 'sv' });
  assert.equal(nb(adv.schemes.afa_rehabiliteringsstod.text), 'AFA kan betala upp till 7 500 kr. Arbetsförmedlingen eller Försäkringskassan ansöker, senast 15 juli 2026.');
  assert.equal(adv.schemes.fk_arbetsplatsinriktat.text, 'Försäkringskassan betalar inte, eftersom personen inte är anställd, eller har full arbetsförmåga utan risk för nedsättning, och Försäkringskassans stöd inte omfattar KBT.');
});

/** RESTAURANT's employer and employee with `n` like measures (psychologist talks, 1 050 kr on 1
 * February 2026), everything answered but whether another payer pays a part: a new user's file. */
const like = (n) => ({ ...RESTAURANT, date: '2026-03-01', person: { ...RESTAURANT.person, return_to_work_plan: true }, provider: { ...RESTAURANT.provider, performer: 'licensed_psychologist', competence: ['behavioural_science'] },
  measures: Array.from({ length: n }, () => ({ kind: 'support_talks', cost_ore: 105000, date: '2026-02-01', individual: true, digital: false, evidence_based: true, completed: true })) });

test('measures named by number: runs of numbers, a short list of them, or how many', () => {
  assert.deepEqual(runsOf([4, 0, 1, 2, 2]), [[1, 3], [5, 5]]);
  assert.deepEqual(runsOf([]), []);
  assert.equal(measuresCaption([2], 'sv'), 'Insats 3');
  assert.equal(measuresCaption(Array.from({ length: 25 }, (_, i) => i), 'sv'), 'Insats 1–25');
  assert.equal(measuresCaption([0, 1], 'sv'), 'Insats 1 och 2', 'two in a row read as two numbers');
  assert.equal(measuresCaption([0, 1, 2, 4], 'sv'), 'Insats 1–3 och 5');
  assert.equal(measuresCaption([0, 1, 2, 4], 'en'), 'Measures 1–3 and 5');
  assert.equal(nb(measuresCaption([0, 2, 4, 6, 8, 1000, 1001, 1002], 'sv')), '8 insatser', 'no short list of numbers: how many');
  assert.equal(measuresCaption([0, 2, 4, 6, 8], 'en'), '5 measures');
});

test('one question asked for 25 like measures is one item naming them; every answer is still there to count and answer', () => {
  const o = judge(like(25));
  const paths = Array.from({ length: 25 }, (_, i) => `measures[${i}].other_payer_ore`);
  for (const id of RESTAURANT.scope) assert.deepEqual(scheme(o, id).missing, paths, id);
  const adv = advise(o, cats.sv, { lang: 'sv', scope: RESTAURANT.scope });
  assert.deepEqual(adv.open.map((q) => q.path), paths, 'the answers, one each');
  assert.equal(adv.groups.length, 1, 'the question once');
  const [g] = adv.groups;
  assert.deepEqual(g.paths, paths);
  assert.deepEqual(g.measures, paths.map((_, i) => i));
  assert.equal(g.path, paths[0], '"Svara" starts at the first');
  assert.equal(g.caption, 'Insats 1–25');
  assert.deepEqual(g.schemes, ['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat']);
  assert.equal(g.text, cats.sv.questions.find((x) => x.id === 'measures[].other_payer_ore').text);
  // The cards still count answers, not items.
  assert.equal(nb(adv.schemes.afa_rehabiliteringsstod.text), 'AFA kan betala upp till 13 125 kr. Beloppet beror på 25 svar.');
  assert.equal(advise(o, cats.en, { lang: 'en', scope: RESTAURANT.scope }).groups[0].caption, 'Measures 1–25');
  // Answered for measure 4: the others are one item, their numbers as runs.
  const answered = like(25);
  answered.measures[3].other_payer_ore = 0;
  const rest = advise(judge(answered), cats.sv, { lang: 'sv', scope: RESTAURANT.scope }).groups;
  assert.equal(rest.length, 1);
  assert.equal(rest[0].paths.length, 24);
  assert.equal(rest[0].caption, 'Insats 1–3 och 5–25');
  // One measure: the item as before, its own caption.
  const one = advise(judge(like(1)), cats.sv, { lang: 'sv', scope: RESTAURANT.scope }).groups;
  assert.deepEqual(one.map((q) => [q.caption, q.paths]), [['Insats 1', ['measures[0].other_payer_ore']]]);
});

test('a question is one item only for the same question deciding the same schemes; one not about a measure stays alone', () => {
  const q = (path, schemes) => ({ path, text: path, caption: null, find_out: null, schemes });
  const open = [q('measures[0].cost_ore', ['afa_rehabiliteringsstod']), q('employer.sector', ['afa_rehabiliteringsstod']),
    q('measures[1].cost_ore', ['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat']), q('measures[2].cost_ore', ['afa_rehabiliteringsstod']),
    q('measures[2].date', ['afa_rehabiliteringsstod'])];
  assert.deepEqual(groupOpen(open, 'sv').map((g) => [g.path, g.paths.length, g.caption ?? null]),
    [['measures[0].cost_ore', 2, 'Insats 1 och 3'], ['employer.sector', 1, null], ['measures[1].cost_ore', 1, null], ['measures[2].date', 1, null]]);
});

test('AFA and FK together: what is the same for several measures is one entry naming them; a measure that differs stands alone', () => {
  const o = judge(like(25));
  const kinds = like(25).measures.map((m) => m.kind);
  assert.equal(o.combined.length, 25);
  assert.deepEqual(groupCombined(o.combined, kinds).map((g) => g.indices), [Array.from({ length: 25 }, (_, i) => i)]);
  const other = like(25);
  other.measures[7].cost_ore = 200000;
  const o2 = judge(other);
  assert.deepEqual(groupCombined(o2.combined, kinds).map((g) => g.indices), [Array.from({ length: 25 }, (_, i) => i).filter((i) => i !== 7), [7]]);
  // The same amounts for another kind are not the same entry: the page names the kind.
  const mixed = kinds.map((k, i) => (i === 3 ? 'kbt' : k));
  assert.equal(groupCombined(o.combined, mixed).length, 2);
});

test('"Så kan det ändras" with an answer not known yet ("Vet ej", or not given): what the answer decides, not a change from a "no"', () => {
  const dunno = structuredClone(RESTAURANT);
  dunno.person.return_to_work_plan = 'unknown';
  const o = judge(dunno);
  const afa = scheme(o, 'afa_rehabiliteringsstod');
  afa.changes ??= [change(dunno, afa.id, { 'person.return_to_work_plan': true }, ['AFA-COND-3'])];
  const sv = advise(o, cats.sv, { lang: 'sv', role: 'employer', answers: dunno }).schemes.afa_rehabiliteringsstod.changes;
  assert.equal(nb(sv[0].text), 'Om svaret på ”Finns en plan för återgång i arbete?” är ”Ja” kan AFA betala upp till 4 000 kr.');
  const en = advise(o, cats.en, { lang: 'en', role: 'employer', answers: dunno }).schemes.afa_rehabiliteringsstod.changes;
  assert.equal(nb(en[0].text), `If the answer to "${cats.en.questions.find((q) => q.id === 'person.return_to_work_plan').text}" is "Yes", AFA can pay up to 4 000 kr.`);
  // Not given at all reads the same; a "no" still reads as what to do.
  const none = structuredClone(dunno);
  delete none.person.return_to_work_plan;
  assert.equal(nb(advise(o, cats.sv, { lang: 'sv', role: 'employer', answers: none }).schemes.afa_rehabiliteringsstod.changes[0].text), nb(sv[0].text));
  assert.match(advise(o, cats.sv, { lang: 'sv', role: 'employer', answers: RESTAURANT }).schemes.afa_rehabiliteringsstod.changes[0].text, /^Ni kan ta fram en plan/);
});

test('a measure\'s answer not known yet, with several measures: which measure it is, and no action to change it', () => {
  const answers = structuredClone(RESTAURANT);
  answers.person.return_to_work_plan = true;
  answers.provider.performer = 'licensed_psychologist';
  answers.provider.competence = ['behavioural_science'];
  answers.measures = [0, 1, 2].map(() => ({ ...RESTAURANT.measures[0], kind: 'support_talks', individual: 'unknown' }));
  const o = judge(answers);
  const fk = scheme(o, 'fk_arbetsplatsinriktat');
  assert.ok(fk.changes.some((c) => c.set['measures[1].individual'] === true), JSON.stringify(fk.changes.map((c) => c.set)));
  const texts = advise(o, cats.sv, { lang: 'sv', role: 'employer', answers }).schemes.fk_arbetsplatsinriktat.changes.map((c) => nb(c.text));
  assert.ok(texts.includes('Om svaret på ”Gäller insatsen en enskild medarbetare?” för insats 2 (stödsamtal / enskilda samtal) är ”Ja” kan Försäkringskassan betala upp till 10 000 kr.'), texts.join('\n'));
  for (const t of texts) assert.doesNotMatch(t, /hålla insatsen för en enda medarbetare|beställa insatsen/, 'no action to change an answer not known');
  const en = advise(o, cats.en, { lang: 'en', role: 'employer', answers }).schemes.fk_arbetsplatsinriktat.changes.map((c) => nb(c.text));
  assert.ok(en.some((t) => /^If the answer to ".+" for measure 2 \(.+\) is "Yes", Försäkringskassan can pay up to 10 000 kr\.$/.test(t)), en.join('\n'));
  // Answered "Nej", it is a change to make, with who can make it.
  answers.measures[1].individual = false;
  const no = advise(judge(answers), cats.sv, { lang: 'sv', role: 'employer', answers }).schemes.fk_arbetsplatsinriktat.changes.map((c) => nb(c.text));
  assert.ok(no.some((t) => /^För insats 2 \(stödsamtal \/ enskilda samtal\): anordnaren kan hålla insatsen för en enda medarbetare/.test(t)), no.join('\n'));
});

test('a scheme that pays less in all than its amounts for each measure alone add up to: its total, only there', () => {
  const FULL = {
    date: '2026-03-01', employer: { sector: 'private', ags_insurance: true, medarbetaravtal: false, fk_ars_granted_this_year_ore: 0 },
    person: { employment: 'employed', category: 'arbetare', age: 44, work_capacity: 'at_risk', rehab_need_documented: true, work_capacity_prospect: true,
      return_to_work_plan: true, has_sgi: true, consent: true, on_sick_leave: false, fk_ars_granted_this_year_ore: 0 },
    provider: { fk_approved: true, competence: ['behavioural_science'], knows_workplace: true, contracted: true, ivo_permit: false, performer: 'licensed_psychologist' },
  };
  const like = (n, cost) => ({ ...FULL, measures: Array.from({ length: n }, () => ({ kind: 'support_talks', cost_ore: cost, date: '2026-02-01', individual: true, digital: false, evidence_based: true, completed: true })) });
  const six = judge(like(6, 1200000));
  assert.equal(scheme(six, 'fk_arbetsplatsinriktat').amount_ore.max, 1000000);
  assert.ok(six.combined.every((c) => c.schemes.find((p) => p.scheme === 'fk_arbetsplatsinriktat').amount_ore.max === 600000));
  assert.deepEqual(cappedAcross(six), { fk_arbetsplatsinriktat: 1000000 }, 'FK: 6 × 6 000 kr alone, 10 000 kr in all; AFA\'s sum is its total');
  assert.deepEqual(cappedAcross(judge(like(1, 1200000))), {}, 'one measure: its amount is the total');
  assert.deepEqual(cappedAcross(judge(like(2, 800000))), {}, 'two of 4 000 kr: 8 000 kr, under the cap');
});

test('a reason is worded on the first line of its status and rule; a later line of another status is worded again', () => {
  const open = (rule) => ({ rule, holds: null, text: { sv: `${rule} öppen` } });
  const fails = (rule) => ({ rule, holds: false, text: { sv: `${rule} uppfylls inte` } });
  const measures = [
    { index: 0, status: 'undetermined', reasons: [open('AFA-MEAS-4')] },
    { index: 1, status: 'not_reimbursable', reasons: [fails('AFA-MEAS-4')] },
    { index: 2, status: 'not_reimbursable', reasons: [fails('AFA-MEAS-4')] },
    { index: 3, status: 'reimbursable', reasons: [] },
  ];
  const mainReason = (m) => m.reasons.find((r) => r.holds === (m.status === 'undetermined' ? null : false));
  const ctx = { state: { lang: 'sv' }, T: () => ({ result: { sameReason: (measure) => `samma skäl som för ${measure.toLowerCase()}` }, measureCaption: (n) => `Insats ${n}` }) };
  assert.deepEqual(measures.map(reasonWords(ctx, measures, mainReason)), [
    { rule: 'AFA-MEAS-4', text: 'AFA-MEAS-4 öppen' },
    { rule: 'AFA-MEAS-4', text: 'AFA-MEAS-4 uppfylls inte' },
    { rule: 'AFA-MEAS-4', text: 'samma skäl som för insats 2' },
    null,
  ]);
});

test('an answer of several options not known yet reads by its labels, not its values: "är ”Medicin”", never "medicine"', () => {
  const answers = talksWithPlan();
  answers.provider.competence = 'unknown';
  const o = judge(answers);
  assert.ok(scheme(o, 'fk_arbetsplatsinriktat').changes.some((c) => Array.isArray(c.set['provider.competence'])), 'a change sets the competence, a list');
  const lines = [...Object.values(advise(o, cats.sv, { lang: 'sv', answers }).schemes), ...Object.values(advise(o, cats.en, { lang: 'en', answers }).schemes)]
    .flatMap((a) => a.changes.map((c) => nb(c.text)));
  const about = lines.filter((l) => /kompetens|competence/.test(l));
  assert.ok(about.length >= 2, lines.join('\n'));
  for (const l of about) {
    for (const [, v] of l.matchAll(/(?:är ”|is ")([^”"]+)[”"]/g)) assert.doesNotMatch(v, /^[a-z_, ]+$/, `a value, not its label: ${l}`);
  }
  assert.ok(about.some((l) => /^Om svaret på ”Inom vilka områden har utföraren kompetens\?” är ”Medicin”/.test(l)), about.join('\n'));
  assert.ok(about.some((l) => /^If the answer to "In which areas does the performer have competence\?" is "Medicine"/.test(l)), about.join('\n'));
});
