//! The outcome (api.md §2): every scheme judged, explained and priced, with exactly the
//! questions that could still change something.

use crate::answers::Answers;
use crate::catalogue::Kind;
use crate::date::Date;
use crate::notes::Note;
use crate::answers::Measure;
use crate::questions::{candidate_count, measure_slot, set_candidate, set_measure_candidate, slot, Question, Section, QUESTIONS};
use crate::schemes::{self, Amount, Ctx, Payee, Reason, SchemeResult};
use crate::sources::Source;
use crate::text::{t, Text};
use crate::tri::Tri;
use serde::Serialize;

/// The version of the rules, and the day the newest source was read.
pub const RULES_VERSION: &str = "2026.2";
pub const SOURCES_AS_OF: &str = "2026-11-22";

/// The outcome of one evaluation.
#[derive(Serialize)]
pub struct Outcome {
    pub rules_version: &'static str,
    pub sources_as_of: &'static str,
    /// The day judged.
    pub date: Date,
    pub schemes: Vec<SchemeOut>,
    /// Relevant unanswered questions, the one that settles most first.
    pub next_questions: Vec<String>,
    /// Answered questions whose answer matters: each would be in `missing` if it were not
    /// answered. A form shows these and `next_questions`, and hides (but keeps) the rest.
    pub answered_relevant: Vec<String>,
    pub notes: Vec<&'static Note>,
    /// Measures AFA and FK may both pay for, with what they reach together (COMB-1, COMB-2).
    pub combined: Vec<crate::combined::Combined>,
}

/// One scheme in the outcome.
#[derive(Serialize)]
pub struct SchemeOut {
    pub id: &'static str,
    pub name: Text,
    pub verdict: &'static str,
    pub amount_ore: Amount,
    pub payee: Payee,
    pub reasons: Vec<ReasonOut>,
    pub measures: Vec<MeasureOut>,
    pub documents: Vec<DocumentOut>,
    pub missing: Vec<String>,
    /// Who applies, how, where and by when; absent when the verdict is `not_eligible`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_step: Option<crate::next_step::NextStep>,
}

/// A rule applied, with its text and source.
#[derive(Serialize)]
pub struct ReasonOut {
    pub rule: &'static str,
    pub holds: Tri,
    pub text: Text,
    pub source: Source,
}

/// One measure under one scheme.
#[derive(Serialize)]
pub struct MeasureOut {
    pub index: usize,
    pub kind: Option<Kind>,
    pub status: &'static str,
    pub eligible_cost_ore: Option<u64>,
    pub deadline: Option<Date>,
    /// Whether the deadline is before the day judged.
    pub deadline_passed: bool,
    pub reasons: Vec<ReasonOut>,
}

/// An item of the documents checklist.
#[derive(Serialize)]
pub struct DocumentOut {
    pub id: &'static str,
    pub rule: &'static str,
    pub text: Text,
    pub have: Option<bool>,
}

fn scheme_name(id: &str) -> Text {
    match id {
        schemes::afa::ID => t("Rehabiliteringsstöd (AFA Försäkring)", "Rehabilitation support (AFA Försäkring)"),
        schemes::fk::ID => t("Arbetsplatsinriktat rehabiliteringsstöd (Försäkringskassan)", "Workplace-oriented rehabilitation support (Försäkringskassan)"),
        schemes::rg::ID => t("Rehabiliteringsgarantin", "The rehabilitation guarantee (Rehabiliteringsgarantin)"),
        _ => t("Samordning av rehabiliteringsinsatser (Försäkringskassan)", "Coordination of rehabilitation measures (Försäkringskassan)"),
    }
}

fn verdict_name(v: Tri) -> &'static str {
    match v {
        Tri::Yes => "eligible",
        Tri::No => "not_eligible",
        Tri::Unknown => "undetermined",
    }
}

fn status_name(v: Tri) -> &'static str {
    match v {
        Tri::Yes => "reimbursable",
        Tri::No => "not_reimbursable",
        Tri::Unknown => "undetermined",
    }
}

fn reasons_out(reasons: &[Reason]) -> Vec<ReasonOut> {
    reasons.iter().map(|r| ReasonOut { rule: r.rule.id, holds: r.holds, text: r.rule.text, source: r.rule.source }).collect()
}

/// Judges every scheme.
pub fn judge(a: &Answers, date: Date) -> [SchemeResult; 4] {
    let cx = Ctx { a, date };
    [schemes::afa::evaluate(&cx), schemes::fk::evaluate(&cx), schemes::rg::evaluate(&cx), schemes::samordning::evaluate(&cx)]
}

/// An unanswered question at one place: its catalogue entry and the measure it belongs to.
pub struct Open {
    pub path: String,
    pub order: usize,
    /// Which schemes' results an answer to it could change.
    pub changes: [bool; 4],
}

type Decision = (Tri, Vec<Tri>, Amount);

/// The results relevance compares, with what it needs to judge one measure again.
struct Base<'a> {
    cx: Ctx<'a>,
    /// Whether each scheme's own conditions hold (AFA, FK, the guarantee).
    oks: [Tri; 3],
    decisions: Vec<Decision>,
}

impl<'a> Base<'a> {
    fn new(a: &'a Answers, date: Date, results: &[SchemeResult; 4]) -> Base<'a> {
        let cx = Ctx { a, date };
        let oks = schemes::WITH_MEASURES.each_ref().map(|p| (p.conditions)(&cx).0);
        Base { cx, oks, decisions: results.iter().map(SchemeResult::decision).collect() }
    }

    /// Scheme `s`'s decision with measure `i` replaced by `m`: only that measure is judged again.
    fn with_measure(&self, s: usize, i: usize, m: &Measure) -> Decision {
        let Some(parts) = schemes::WITH_MEASURES.get(s) else {
            return self.decisions[s].clone(); // Samordning does not look at measures.
        };
        let mut statuses = self.decisions[s].1.clone();
        statuses[i] = (parts.measure)(&self.cx, self.oks[s], m).status;
        let pairs: Vec<(&Measure, Tri)> = self.cx.a.measures.iter().enumerate().map(|(j, other)| (if j == i { m } else { other }, statuses[j])).collect();
        (schemes::verdict(self.oks[s], &statuses), statuses, (parts.amount)(&self.cx, &pairs))
    }
}

/// One scheme's decision, without its documents and notes.
fn decide(s: usize, cx: &Ctx) -> Decision {
    match schemes::WITH_MEASURES.get(s) {
        Some(parts) => {
            let j = parts.judge(cx);
            (j.verdict, j.measures.iter().map(|m| m.status).collect(), j.amount)
        }
        None => schemes::samordning::evaluate(cx).decision(),
    }
}

/// What a candidate answer is tried on: one measure, or a copy of the answers.
enum Probe {
    Measure(Measure),
    Answers(Answers),
}

/// Which schemes' results some candidate answer to a question could change, against `against`
/// (the decisions with the question as it is: unanswered, or with its answer forgotten). A scheme
/// already changed is not judged again; with `any`, the first change is enough.
fn changes(base: &Base, a: &Answers, q: &Question, index: usize, against: &[Decision], any: bool) -> [bool; 4] {
    let mut changes = [false; 4];
    let mut probe = if q.section == Section::Measure { Probe::Measure(a.measures[index].clone()) } else { Probe::Answers(a.clone()) };
    for i in 0..candidate_count(q) {
        match &mut probe {
            Probe::Measure(m) => set_measure_candidate(m, q, i, base.cx.date),
            Probe::Answers(w) => set_candidate(w, q, index, i, base.cx.date),
        }
        for s in 0..4 {
            if changes[s] {
                continue;
            }
            let tried = match &probe {
                Probe::Measure(m) => base.with_measure(s, index, m),
                Probe::Answers(w) => decide(s, &Ctx { a: w, date: base.cx.date }),
            };
            changes[s] = tried != against[s];
            if changes[s] && any {
                return changes;
            }
        }
        if changes.iter().all(|c| *c) {
            break;
        }
    }
    changes
}

fn path(q: &Question, index: usize) -> String {
    if q.section == Section::Measure {
        format!("measures[{index}].{}", q.field)
    } else {
        q.id.to_owned()
    }
}

/// Every place a question can be answered: once, or once per measure.
fn places(a: &Answers) -> impl Iterator<Item = (usize, &'static Question, usize)> + '_ {
    QUESTIONS.iter().enumerate().flat_map(move |(order, q)| {
        let n = if q.section == Section::Measure { a.measures.len() } else { 1 };
        (0..n).map(move |index| (order, q, index))
    })
}

/// Whether a question is answered; `scratch` is a copy of the answers, because a slot is read
/// through the same mutable access that relevance writes with.
fn answered(scratch: &mut Answers, q: &Question, index: usize) -> bool {
    slot(scratch, q, index).is_some_and(|s| s.answered())
}

/// The unanswered questions whose answer could change a scheme's verdict, a measure's status
/// or an amount: every candidate answer is tried, with all other answers as they are.
pub fn relevance(a: &Answers, date: Date, results: &[SchemeResult; 4]) -> Vec<Open> {
    let base = Base::new(a, date, results);
    let mut scratch = a.clone();
    places(a)
        .filter(|(_, q, index)| !answered(&mut scratch, q, *index))
        .map(|(order, q, index)| Open { path: path(q, index), order: order * 1000 + index, changes: changes(&base, a, q, index, &base.decisions, false) })
        .filter(|o| o.changes.iter().any(|c| *c))
        .collect()
}

/// The answered questions that would be relevant if they were not answered.
pub fn answered_relevant(a: &Answers, date: Date, results: &[SchemeResult; 4]) -> Vec<String> {
    let base = Base::new(a, date, results);
    let mut out = Vec::new();
    let mut scratch = a.clone();
    for (_, q, index) in places(a).filter(|(_, q, index)| answered(&mut scratch, q, *index)) {
        // Compare the candidates with the decisions made with this answer forgotten.
        let relevant = if q.section == Section::Measure {
            let mut m = a.measures[index].clone();
            if let Some(s) = measure_slot(&mut m, q.field) {
                s.clear();
            }
            let forgotten: Vec<Decision> = (0..4).map(|s| base.with_measure(s, index, &m)).collect();
            changes(&base, a, q, index, &forgotten, true)
        } else {
            let mut without = a.clone();
            if let Some(s) = slot(&mut without, q, index) {
                s.clear();
            }
            let results = judge(&without, date);
            let forgotten: Vec<Decision> = results.iter().map(SchemeResult::decision).collect();
            changes(&Base::new(&without, date, &results), &without, q, index, &forgotten, true)
        };
        if relevant.iter().any(|c| *c) {
            out.push(path(q, index));
        }
    }
    out
}

/// Evaluates the answers on `date` (the answers' own date wins when given).
pub fn evaluate(a: &Answers, today: Date) -> Outcome {
    let date = a.date.unwrap_or(today);
    let results = judge(a, date);
    let mut open = relevance(a, date, &results);

    let mut notes: Vec<&'static Note> = Vec::new();
    let schemes = results.iter().enumerate().map(|(s, r)| {
        for n in &r.notes {
            if !notes.iter().any(|m| m.id == n.id) {
                notes.push(n);
            }
        }
        SchemeOut {
            id: r.id,
            name: scheme_name(r.id),
            verdict: verdict_name(r.verdict),
            amount_ore: r.amount,
            payee: r.payee,
            reasons: reasons_out(&r.reasons),
            measures: r.measures.iter().enumerate().map(|(index, m)| MeasureOut {
                index,
                kind: a.measures[index].kind,
                status: status_name(m.status),
                eligible_cost_ore: m.eligible_cost_ore,
                deadline: m.deadline,
                deadline_passed: m.deadline.is_some_and(|d| d < date),
                reasons: reasons_out(&m.reasons),
            }).collect(),
            documents: r.documents.iter().map(|d| DocumentOut { id: d.id, rule: d.rule.id, text: d.text, have: d.have }).collect(),
            missing: open.iter().filter(|o| o.changes[s]).map(|o| o.path.clone()).collect(),
            next_step: crate::next_step::next_step(r, date),
        }
    }).collect();

    // The question that could settle most schemes first; ties in catalogue order
    // (employer, person, provider, then measure details).
    open.sort_by_key(|o| (std::cmp::Reverse(o.changes.iter().filter(|c| **c).count()), o.order));
    Outcome {
        rules_version: RULES_VERSION,
        sources_as_of: SOURCES_AS_OF,
        date,
        schemes,
        next_questions: open.into_iter().map(|o| o.path).collect(),
        answered_relevant: answered_relevant(a, date, &results),
        notes,
        combined: crate::combined::combined(a, date, &results),
    }
}
