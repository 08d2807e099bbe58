// A performer's competence asked per measure (www/engine.js perMeasure, README "A performer's
// competence per measure"): the engine names provider.competence once, so the page works out which
// measures' own answers matter by asking the engine. Held here to what "matters" means (docs/API.md
// §7): a measure that is not asked can take any answer and no decision changes; a measure that is
// asked has two answers that give different decisions for some way the other measures' answers turn
// out; and the provider's own question is asked exactly when some measure is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as page from '../../www/pkg/rehabkollen_page.js';
import { connect, perMeasureOf } from '../../www/engine.js';
import { answerOf, askedAs, getAt, readsProvider, relevantPaths, setAnswer, separateForNew } from '../../www/state.js';
import { advise } from '../../www/advice.js';
import { api, catalogues } from '../../tools/node-api.mjs';

const engine = connect({ evaluateLean: page.evaluateLean, evaluateText: page.evaluateText, texts: catalogues, loadTexts: async () => {}, provider: async () => null });
const AREAS = ['medicine', 'rehabilitation', 'work_organisation', 'behavioural_science', 'ergonomics', 'health_science', 'technology'];
const KINDS = [['support_talks', 'licensed_psychologist'], ['back_course', 'physiotherapist'], ['adapt_workplace', 'ergonomist'],
  ['kbt', 'licensed_psychotherapist'], ['lecture', 'health_educator'], ['investigate_work_needs', 'occupational_therapist'],
  ['medical_treatment', 'physician'], ['coaching', 'other']];
const clone = (x) => JSON.parse(JSON.stringify(x));

/** Employers' cases, from one AFA and FK may pay for to one with nothing answered. */
const BASES = [
  { employer: { sector: 'private', ags_insurance: true }, person: { employment: 'employed', category: 'arbetare', work_capacity: 'at_risk' },
    provider: { fk_approved: true, knows_workplace: true } },
  { employer: { sector: 'municipality' }, person: { employment: 'employed' }, provider: { fk_approved: true } },
  { employer: {}, person: {}, provider: {} },
  { employer: { sector: 'state' }, person: { employment: 'employed', work_capacity: 'reduced' }, provider: { fk_approved: false } },
];

/** Employers' cases with two or three measures, the competence of none of their performers given. */
function* documents() {
  let n = 0;
  for (const base of BASES) {
    for (let a = 0; a < KINDS.length; a++) {
      for (let b = a; b < KINDS.length; b++) {
        const kinds = n++ % 3 ? [KINDS[a], KINDS[b]] : [KINDS[a], KINDS[b], KINDS[(a + b + 1) % KINDS.length]];
        const measures = kinds.map(([kind, performer], i) => ({ kind, provider: { performer }, cost_ore: 1_000_000 + i, date: '2026-10-01', individual: true }));
        yield { ...clone(base), measures, scope: ['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat'], date: '2026-11-25' };
      }
    }
  }
}

/** The decisions: verdicts, statuses and amounts. */
const decision = (answers) => JSON.stringify(api.decide(answers));
const withOwn = (answers, i, competence) => {
  const a = clone(answers);
  a.measures[i].provider.competence = competence;
  return a;
};

test('the competence is asked for exactly the measures whose own answer can change a decision, and the provider\'s question only through them', () => {
  let asked = 0;
  let notAsked = 0;
  for (const doc of documents()) {
    const outcome = api.evaluate(doc);
    const per = engine.perMeasure(doc, outcome)['provider.competence'];
    assert.equal(per.asked, true);
    const open = new Set(per.open);
    assert.equal(open.size > 0, outcome.next_questions.includes('provider.competence'), `asked per measure exactly when the engine asks it: ${JSON.stringify(doc)}`);
    for (let i = 0; i < doc.measures.length; i++) {
      const others = doc.measures.map((_, j) => j).filter((j) => j !== i);
      if (!open.has(`measures[${i}].provider.competence`)) {
        // Not asked: no answer of its own changes anything, however the others turn out.
        notAsked++;
        for (const fill of [[], AREAS]) {
          let d = clone(doc);
          for (const j of others) d = withOwn(d, j, fill);
          const base = decision(d);
          for (const own of [[], AREAS, ['medicine'], ['behavioural_science'], ['technology']]) {
            assert.equal(decision(withOwn(d, i, own)), base, `measure ${i} not asked, yet ${JSON.stringify(own)} changes: ${JSON.stringify(d)}`);
          }
        }
      } else {
        // Asked: for some way the others turn out, none of the areas and all of them decide differently.
        asked++;
        const differs = [[], AREAS].some((fill) => {
          let d = clone(doc);
          for (const j of others) d = withOwn(d, j, fill);
          return decision(withOwn(d, i, [])) !== decision(withOwn(d, i, AREAS));
        });
        assert.ok(differs, `measure ${i} asked, yet its answer changes nothing: ${JSON.stringify(doc)}`);
      }
    }
  }
  assert.ok(asked > 20 && notAsked > 20, `both kinds seen: ${asked} asked, ${notAsked} not`);
});

test('an answer a measure gives itself counts while it can still change a decision', () => {
  for (const doc of documents()) {
    const given = clone(doc);
    given.measures.forEach((m) => { m.provider.competence = ['behavioural_science']; });
    const per = engine.perMeasure(given, api.evaluate(given))['provider.competence'];
    assert.deepEqual(per.open, [], 'nothing left to ask');
    for (let i = 0; i < given.measures.length; i++) {
      const counts = per.relevant.includes(`measures[${i}].provider.competence`);
      const mattersAlone = (() => {
        const d = clone(given);
        delete d.measures[i].provider.competence;
        const out = api.evaluate(d);
        return engine.perMeasure(d, out)['provider.competence'].open.includes(`measures[${i}].provider.competence`);
      })();
      assert.equal(counts, mattersAlone, `measure ${i}: shown as counting exactly when it would be asked again if taken away`);
    }
  }
});

test('one measure is asked once, for the provider; more than eight are asked once too, their own answers shown while given', () => {
  const [doc] = documents();
  const one = { ...clone(doc), measures: [clone(doc.measures[0])] };
  assert.equal(engine.perMeasure(one, api.evaluate(one))['provider.competence'], undefined, 'one measure: as the engine names it');
  const given = { ...clone(one), provider: { ...one.provider, performer: one.measures[0].provider.performer } };
  delete given.measures[0].provider.performer;
  assert.equal(engine.perMeasure(given, api.evaluate(given)), null, 'one measure, its performer the provider\'s: as the engine names it');
  const many = { ...clone(doc), measures: Array.from({ length: 9 }, (_, i) => ({ ...clone(doc.measures[0]), cost_ore: 100_000 + i })) };
  many.measures[3].provider.competence = ['medicine'];
  const per = engine.perMeasure(many, api.evaluate(many))['provider.competence'];
  assert.deepEqual(per, { asked: false, open: [], relevant: ['measures[3].provider.competence'] });
});

test('a measure\'s performer as the page reads it (state.js answerOf) is the one the engine judges: its own, else the provider\'s', () => {
  // The decision without the `changes` (their paths name where a change is made, not what is judged).
  const judged = (doc) => api.evaluate(doc).schemes.map(({ changes, ...s }) => s);
  let n = 0;
  for (const doc of documents()) {
    // The first measure's performer given once, for the provider (docs/API.md §1); the others keep their own.
    const once = clone(doc);
    once.provider.performer = doc.measures[0].provider.performer;
    delete once.measures[0].provider.performer;
    const read = once.measures.map((_, i) => answerOf(once, `measures[${i}].provider.performer`));
    assert.deepEqual(read, doc.measures.map((m) => m.provider.performer));
    // Each measure given, as its own, the performer the page shows for it: the same decision.
    const spelled = clone(once);
    spelled.measures.forEach((m, i) => { m.provider.performer = read[i]; });
    assert.deepEqual(judged(spelled), judged(once), JSON.stringify(once.measures));
    n++;
  }
  assert.ok(n > 100, `${n} cases`);
  assert.equal(answerOf({ provider: {}, measures: [{}] }, 'measures[0].provider.performer'), undefined, 'neither given: not answered');
  assert.equal(answerOf({ provider: { performer: 'nurse' }, measures: [{}] }, 'measures[0].cost_ore'), undefined, 'only provider questions fall back');
});

test('an own performer that is null or "unknown" reads the provider\'s, as the engine does (Ctx::provider)', () => {
  const judged = (doc) => api.evaluate(doc).schemes.map(({ changes, ...s }) => s);
  const [doc] = documents();
  for (const own of [null, 'unknown']) {
    const once = clone(doc);
    once.provider.performer = 'licensed_psychologist';
    once.measures[0].provider.performer = own;
    assert.equal(answerOf(once, 'measures[0].provider.performer'), 'licensed_psychologist', String(own));
    const spelled = clone(once);
    spelled.measures[0].provider.performer = 'licensed_psychologist';
    assert.deepEqual(judged(spelled), judged(once), String(own));
  }
  assert.equal(answerOf({ provider: {}, measures: [{ provider: { performer: 'unknown' } }] }, 'measures[0].provider.performer'), 'unknown');
  assert.equal(answerOf({ provider: { performer: 'unknown' }, measures: [{}] }, 'measures[0].provider.performer'), 'unknown');
  assert.equal(answerOf({ provider: {}, measures: [{ provider: { performer: null } }] }, 'measures[0].provider.performer'), undefined, 'null: not answered');
});

test('the performer is kept once: the provider\'s while there is one measure, each measure\'s own once there are several', () => {
  // One measure: its page's answer ("Vet ej" too) is the provider's, so the engine never asks the provider's again.
  const one = { provider: {}, measures: [{ kind: 'support_talks' }] };
  setAnswer(one, 'measures[0].provider.performer', 'unknown');
  assert.deepEqual(one, { provider: { performer: 'unknown' }, measures: [{ kind: 'support_talks' }] });
  setAnswer(one, 'measures[0].provider.performer', 'licensed_psychologist');
  assert.equal(one.provider.performer, 'licensed_psychologist');
  // One measure with its own (a file): its own.
  const own = { provider: {}, measures: [{ provider: { performer: 'nurse' } }] };
  setAnswer(own, 'measures[0].provider.performer', 'physician');
  assert.deepEqual(own, { provider: {}, measures: [{ provider: { performer: 'physician' } }] });
  // One measure with its own while the provider's is given too (a file): its "Vet ej" holds.
  const both = { provider: { performer: 'licensed_psychologist' }, measures: [{ provider: { performer: 'nurse' } }] };
  setAnswer(both, 'measures[0].provider.performer', 'unknown');
  assert.equal(answerOf(both, 'measures[0].provider.performer'), 'unknown');
  // The first measure's page before the measure exists (the performer answered before the kind): the provider's.
  const none = { provider: {}, measures: [] };
  setAnswer(none, 'measures[0].provider.performer', 'unknown');
  assert.deepEqual(none, { provider: { performer: 'unknown' }, measures: [] });
  // Several, the performer given once: a change at one is that one's own, the file otherwise as it was.
  const several = { provider: { performer: 'licensed_psychologist', competence: ['medicine'] }, measures: [{}, { provider: { performer: 'nurse' } }, {}] };
  setAnswer(several, 'measures[2].provider.performer', 'physician');
  assert.deepEqual(several, { provider: { performer: 'licensed_psychologist', competence: ['medicine'] }, measures: [{}, { provider: { performer: 'nurse' } }, { provider: { performer: 'physician' } }] });
  // "Vet ej" at one: the engine would read the provider's for it, so that becomes each measure's own first.
  setAnswer(several, 'measures[1].provider.performer', 'unknown');
  assert.deepEqual(several.measures.map((_, i) => answerOf(several, `measures[${i}].provider.performer`)), ['licensed_psychologist', 'unknown', 'physician']);
  assert.deepEqual(several.provider, { competence: ['medicine'] });
  // Before a measure is added (ui.js addMeasure): the measures there keep it, the new one has none;
  // the competence becomes the first measure's own when the second comes, as before.
  const adding = { provider: { performer: 'licensed_psychologist', competence: ['medicine'] }, measures: [{}, {}] };
  separateForNew(adding);
  adding.measures.push({});
  assert.deepEqual(adding.measures.map((_, i) => answerOf(adding, `measures[${i}].provider.performer`)), ['licensed_psychologist', 'licensed_psychologist', undefined]);
  assert.deepEqual(adding.provider, { competence: ['medicine'] });
  const second = { provider: { performer: 'nurse', competence: ['medicine'] }, measures: [{}] };
  separateForNew(second);
  assert.deepEqual(second, { provider: {}, measures: [{ provider: { performer: 'nurse', competence: ['medicine'] } }] });
});

/** www/engine.js as it probed before: each measure's question asked of the whole document, every
 * other measure that gives no answer of its own answering for itself (the reference). */
function perMeasureWhole(next, answers, outcome) {
  const PROBE = { performer: 'other', competence: [] };
  const out = {};
  for (const field of ['performer', 'competence']) {
    const measures = answers.measures;
    if (!(measures.length > 1 || measures.some((m) => m.provider?.[field] !== undefined))) continue;
    const top = `provider.${field}`;
    const own = (i) => measures[i].provider?.[field] !== undefined;
    const asks = (i) => {
      const probe = clone(answers);
      if (probe.provider) delete probe.provider[field];
      probe.measures.forEach((m, j) => {
        if (j === i) delete m.provider?.[field];
        else if (m.provider?.[field] === undefined) m.provider = { ...m.provider, [field]: PROBE[field] };
      });
      return next(probe).includes(top);
    };
    const path = (i) => `measures[${i}].${top}`;
    const all = measures.map((_, i) => i);
    if (measures.length > 8) {
      out[top] = { asked: false, open: [], relevant: all.filter(own).map(path) };
      continue;
    }
    const open = answers.provider?.[field] === undefined && outcome.next_questions.includes(top)
      ? all.filter((i) => !own(i) && asks(i)).map(path) : [];
    out[top] = { asked: true, open, relevant: all.filter((i) => own(i) && asks(i)).map(path) };
  }
  return Object.keys(out).length ? out : null;
}

/** A small seeded generator, so that a failure can be replayed. */
function random(seed) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  return { next, pick, chance: (p) => next() < p };
}

// Amounts in öre near FK's caps (10 000 kr a person, 200 000 kr an employer, a year) and AFA's.
const MONEY = [0, 1, 400_000, 999_999, 1_000_000, 1_000_001, 1_500_000, 1_999_999, 2_000_000, 2_000_001, 3_750_000, 7_500_000, 10_000_000, 19_999_999, 20_000_000, 20_000_001, 40_000_002];
const DATES = ['2026-11-01', '2026-01-01', '2025-12-31', '2025-06-01', '2018-07-01', '2018-06-30', '2011-01-01', '2010-12-31', '2027-01-10'];
const MEASURE_PROVIDER = ['fk_approved', 'ivo_permit', 'knows_workplace', 'contracted', 'region_care'];

/** A document as the page may hold one: any answer given, "Vet ej", null or not given, the performer
 * and competence given for the provider, per measure or both, one to eight measures. */
function generated(r, cat) {
  const value = (q) => {
    switch (q.type) {
      case 'choice': return r.pick(q.options).value;
      case 'bool': return r.chance(0.5);
      case 'multi': return q.options.map((o) => o.value).filter(() => r.chance(0.3));
      case 'money': return r.pick(MONEY);
      case 'date': return r.pick(DATES);
      default: return r.pick([0, 1, 2, 3, 5, 10, 16, 18, 25, 40, 64, 66, 70]);
    }
  };
  const answer = (q, p) => {
    if (!r.chance(p)) return undefined;
    if (q.unknown_allowed && r.chance(0.12)) return r.pick(['unknown', null]);
    return value(q);
  };
  const set = (obj, key, v) => { if (v !== undefined) obj[key] = v; };
  const doc = { date: r.pick(['2026-11-25', '2027-01-20', '2026-06-30']), employer: {}, person: {}, provider: {}, measures: [] };
  const p = r.pick([0.1, 0.3, 0.6]);
  // Most of them an employer's case that AFA and FK may pay for, so that the performer and the
  // competence often matter; a few of its answers taken away or changed.
  const favourable = r.chance(0.7) && clone(r.pick(BASES));
  for (const q of cat.questions.filter((q) => !q.id.startsWith('measures['))) {
    const [section, key] = q.id.split('.');
    const kept = favourable?.[section]?.[key];
    set(doc[section], key, kept !== undefined && r.chance(0.9) ? kept : answer(q, key === 'performer' || key === 'competence' ? 0.3 : p));
  }
  for (const section of ['employer', 'person', 'provider']) if (r.chance(0.05) && !Object.keys(doc[section]).length) delete doc[section];
  if (r.chance(0.5)) doc.scope = cat.schemes.filter((id) => r.chance(id.startsWith('afa') || id === 'fk_arbetsplatsinriktat' ? 0.8 : 0.3));
  const n = r.pick([1, 2, 2, 3, 3, 4, 5, 6, 8]);
  const sameKind = r.chance(0.3) ? r.pick(cat.question('measures[0].kind').options).value : null;
  for (let i = 0; i < n; i++) {
    const m = {};
    for (const q of cat.questions.filter((q) => q.id.startsWith('measures[].'))) {
      const key = q.id.slice('measures[].'.length);
      set(m, key, key === 'kind' ? (r.chance(0.9) ? sameKind ?? (r.chance(0.5) ? r.pick(KINDS)[0] : value(q)) : undefined) : answer(q, ['cost_ore', 'date'].includes(key) ? 0.85 : p));
    }
    // A third party pays at most the cost (more is refused).
    if (typeof m.other_payer_ore === 'number' && !(m.other_payer_ore <= m.cost_ore)) m.other_payer_ore = Math.floor((m.cost_ore ?? 0) * r.pick([0, 0.5, 1]));
    const own = {};
    for (const field of ['performer', 'competence']) {
      const q = cat.question(`provider.${field}`);
      if (r.chance(0.45)) own[field] = r.chance(0.2) ? r.pick(['unknown', null, 'unknown']) : value(q);
    }
    for (const key of MEASURE_PROVIDER) if (r.chance(0.15)) set(own, key, answer(cat.question(`provider.${key}`), 1));
    if (Object.keys(own).length || r.chance(0.1)) m.provider = own;
    doc.measures.push(m);
  }
  return doc;
}

test('each measure probed alone, with the top level, gives what probing the whole document gives, for every measure and field', () => {
  const cat = engine.catalogue('sv');
  const next = (probe) => JSON.parse(page.evaluateLean(probe)).next_questions;
  const seen = { documents: 0, refused: 0, open: 0, relevant: 0, notAsked: 0, readers: 0, readerAsks: 0 };
  for (let seed = 1; seed <= 1000; seed++) {
    const doc = generated(random(seed), cat);
    let outcome;
    try {
      outcome = JSON.parse(page.evaluateLean(doc));
    } catch {
      seen.refused++;
      continue;
    }
    const before = JSON.stringify(doc);
    const whole = perMeasureWhole(next, doc, outcome);
    const alone = perMeasureOf(next, doc, outcome);
    assert.equal(JSON.stringify(doc), before, 'the answers are left as they were');
    assert.deepEqual(alone, whole, `seed ${seed}: ${before}`);
    seen.documents++;
    for (const [top, per] of Object.entries(whole ?? {})) {
      seen.open += per.open.length;
      seen.relevant += per.relevant.length;
      const field = top.slice('provider.'.length);
      seen.notAsked += doc.measures.length - per.open.length - per.relevant.length;
      // A measure whose own answer is null or "Vet ej" reads the provider's, so it is asked for too.
      const reads = doc.measures.map((m) => m.provider?.[field] === null || m.provider?.[field] === 'unknown');
      if (reads.some(Boolean)) {
        seen.readers++;
        if ([...per.open, ...per.relevant].some((path) => !reads[Number(path.match(/\d+/)[0])])) seen.readerAsks++;
      }
    }
  }
  // Every kind of answer seen many times, so that the agreement is not an empty one.
  assert.ok(seen.documents > 900, JSON.stringify(seen));
  assert.ok(seen.open > 150 && seen.relevant > 150 && seen.notAsked > 3000, JSON.stringify(seen));
  assert.ok(seen.readers > 300 && seen.readerAsks > 25, JSON.stringify(seen));
});

test('an open provider question asked per measure is answered where the page asks it: the measures whose own answer decides it, "Vet ej" too; never a question the page does not show', () => {
  const cat = engine.catalogue('sv');
  const seen = { per: 0, readers: 0, nowhere: 0 };
  for (let seed = 1; seed <= 1000; seed++) {
    const doc = generated(random(seed), cat);
    const { outcome } = engine.evaluate(doc);
    if (!outcome) continue;
    const state = { answers: doc, outcome, perMeasure: engine.perMeasure(doc, outcome) };
    const shown = relevantPaths(state);
    for (const p of outcome.next_questions) {
      const asked = askedAs(state, p);
      for (const q of asked) assert.ok(shown.has(q), `seed ${seed}: ${q} for ${p} is not shown`);
      const per = state.perMeasure?.[p];
      if (!per?.asked) continue;
      seen.per++;
      // Each a measure that gives no answer of its own, or one the engine reads as none ("Vet ej"): one still to answer.
      for (const q of asked) assert.ok(getAt(doc, q) === undefined || readsProvider(getAt(doc, q)), `seed ${seed}: ${q} is answered`);
      // Every measure the question is open for, that one too.
      for (const q of per.open) assert.ok(asked.includes(q), `seed ${seed}: ${q} left out`);
      if (asked.some((q) => readsProvider(getAt(doc, q)))) seen.readers++;
      if (!asked.length) seen.nowhere++;
    }
  }
  assert.ok(seen.per > 150 && seen.readers > 15 && seen.nowhere > 5, JSON.stringify(seen));
});

test('"Svar som behövs" names the measures a provider question asked per measure is open for, and offers no answer where the page asks it nowhere', () => {
  const [base] = documents();
  const judge = (doc) => {
    const { outcome } = engine.evaluate(doc);
    const state = { answers: doc, outcome, perMeasure: engine.perMeasure(doc, outcome) };
    return advise(outcome, catalogues.sv, { lang: 'sv', askedAs: (p) => askedAs(state, p) }).groups.filter((g) => g.text === catalogues.sv.questions.find((q) => q.id === 'provider.competence').text);
  };
  // Two psychologists' talks: the competence matters to both. One answered, the other "Vet ej": that one.
  const doc = clone(base);
  doc.measures = [0, 1].map((i) => ({ kind: 'support_talks', provider: { performer: 'licensed_psychologist' }, cost_ore: 1_000_000 + i, date: '2026-10-01', individual: true }));
  doc.measures[0].provider.competence = ['behavioural_science'];
  doc.measures[1].provider.competence = 'unknown';
  assert.deepEqual(judge(doc).map((g) => [g.paths, g.caption, !!g.unasked]), [[['measures[1].provider.competence'], 'Insats 2', false]]);
  // Neither answered: one item for both.
  for (const m of doc.measures) delete m.provider.competence;
  assert.deepEqual(judge(doc).map((g) => [g.paths, g.caption, !!g.unasked]), [[['measures[0].provider.competence', 'measures[1].provider.competence'], 'Insats 1 och 2', false]]);
  // "Vet ej" given once for the provider in a file, the measures none of their own: the page shows the question nowhere, so nothing to answer.
  doc.provider.competence = 'unknown';
  assert.deepEqual(judge(doc).map((g) => [g.paths, g.caption, !!g.unasked]), [[['provider.competence'], null, true]]);
});

test('a probe judged before is taken from before: a change in one measure judges that measure\'s probes again, no other; the answers are the same as judged afresh', () => {
  let calls = 0;
  // A document the module reads as text is judged once, through evaluateText (www/join.js lean()).
  const counted = connect({ evaluateLean: (a) => { calls++; return page.evaluateLean(a); }, evaluateText: (t) => { calls++; return page.evaluateText(t); },
    texts: catalogues, loadTexts: async () => {}, provider: async () => null });
  const fresh = () => connect({ evaluateLean: page.evaluateLean, evaluateText: page.evaluateText, texts: catalogues, loadTexts: async () => {}, provider: async () => null });
  const doc = [...documents()].find((d) => d.measures.length === 3 && new Set(d.measures.map((m) => m.kind)).size === 3);
  assert.ok(doc, 'a document of three measures of different kinds');
  const first = counted.perMeasure(doc, api.evaluate(doc));
  const probes = calls;
  assert.ok(probes >= doc.measures.length, `each measure probed: ${probes}`);
  assert.deepEqual(counted.perMeasure(doc, api.evaluate(doc)), first);
  assert.equal(calls, probes, 'the same answers: nothing judged again');
  const typed = clone(doc);
  typed.measures[0].cost_ore = (typeof doc.measures[0].cost_ore === 'number' ? doc.measures[0].cost_ore : 0) + 100;
  calls = 0;
  const after = counted.perMeasure(typed, api.evaluate(typed));
  assert.ok(calls >= 1 && calls <= 2, `only the changed measure's probes (one per question asked per measure): ${calls}`);
  assert.deepEqual(after, fresh().perMeasure(typed, api.evaluate(typed)), 'as judged afresh');
});
