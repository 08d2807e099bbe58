// A performer's competence asked per measure (www/engine.js perMeasure, README "A performer's
// competence per measure"): the engine names provider.competence once, so the page works out which
// measures' own answers matter by asking the engine. Held here to what "matters" means (docs/API.md
// §7): a measure that is not asked can take any answer and no decision changes; a measure that is
// asked has two answers that give different decisions for some way the other measures' answers turn
// out; and the provider's own question is asked exactly when some measure is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as page from '../../www/pkg/rehabkollen_page.js';
import { connect } from '../../www/engine.js';
import { answerOf, setAnswer, separateForNew } from '../../www/state.js';
import { api, catalogues } from '../../tools/node-api.mjs';

const engine = connect({ evaluateLean: page.evaluateLean, texts: catalogues, loadTexts: async () => {}, provider: async () => null });
const AREAS = ['medicine', 'rehabilitation', 'work_organisation', 'behavioural_science', 'ergonomics', 'health_science', 'technology'];
const KINDS = [['support_talks', 'licensed_psychologist'], ['back_course', 'physiotherapist'], ['adapt_workplace', 'ergonomist'],
  ['kbt', 'licensed_psychotherapist'], ['lecture', 'health_educator'], ['investigate_work_needs', 'occupational_therapist'],
  ['medical_treatment', 'physician'], ['coaching', 'other']];
const clone = (x) => JSON.parse(JSON.stringify(x));

/** Employers' cases with two or three measures, the competence of none of their performers given. */
function* documents() {
  const bases = [
    { employer: { sector: 'private', ags_insurance: true }, person: { employment: 'employed', category: 'arbetare', work_capacity: 'at_risk' },
      provider: { fk_approved: true, knows_workplace: true } },
    { employer: { sector: 'municipality' }, person: { employment: 'employed' }, provider: { fk_approved: true } },
    { employer: {}, person: {}, provider: {} },
    { employer: { sector: 'state' }, person: { employment: 'employed', work_capacity: 'reduced' }, provider: { fk_approved: false } },
  ];
  let n = 0;
  for (const base of bases) {
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
