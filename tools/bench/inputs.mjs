// The documents the Node and browser benchmarks judge, built one way (examples/bench.rs writes the
// same measures and the same employer, person and provider natively).

/** A realistic case: employer, person, provider and five measures. */
export const REALISTIC = {
  date: '2026-03-01',
  employer: { sector: 'private', ags_insurance: true, fk_ars_granted_this_year_ore: 0 },
  person: { employment: 'employed', category: 'arbetare', work_capacity: 'at_risk', rehab_need_documented: true, work_capacity_prospect: true, return_to_work_plan: true, has_sgi: true },
  provider: { fk_approved: true, performer: 'licensed_psychologist', competence: ['behavioural_science'], knows_workplace: true },
  measures: ['support_talks', 'investigate_work_needs', 'adapt_workplace', 'kbt', 'return_to_work_plan'].map((kind, i) => ({ kind, cost_ore: 300000 + i * 50000, date: `2026-02-1${i}`, individual: true, other_payer_ore: 0 })),
};

const KINDS = ['support_talks', 'investigate_work_needs', 'adapt_workplace', 'kbt', 'return_to_work_plan', 'stress_conflict_support', 'work_supervision', 'adapt_tasks', 'back_course'];
/** Measure i of a large document: kind, cost, date, individual and other payer vary with i. */
export const variedMeasure = (i) => ({
  kind: KINDS[i % KINDS.length], cost_ore: 100_000 + ((i * 7919) % 900) * 1_000, date: `2026-0${1 + (i % 2)}-${String(1 + (i % 28)).padStart(2, '0')}`,
  individual: i % 3 !== 0, other_payer_ore: i % 4 === 0 ? 50_000 : 0,
});
const varied = (n) => Array.from({ length: n }, (_, i) => variedMeasure(i));
/** REALISTIC's employer, person and provider with n varied measures. */
export const many = (n) => ({ ...REALISTIC, measures: varied(n) });
/** n varied measures, employer, person and provider unanswered. */
export const unanswered = (n) => ({ date: REALISTIC.date, measures: varied(n) });
