//! The outcome (docs/API.md §2), assembled: every scheme in scope judged, explained and priced, with
//! exactly the questions that could still change something ([`crate::relevance`]).

use crate::answers::Answers;
use crate::choices::Kind;
use crate::date::Date;
use crate::decide::{status_name, verdict_name, Scope};
use crate::fields::Place;
use crate::id::SchemeId;
use crate::judge::{self, Amount, Ctx, Payee, Reason, SchemeResult};
use crate::notes::{Note, Noted};
use crate::relevance::{relevance_within, Relevance};
use crate::schemes::SCHEMES;
use crate::sources::Source;
use crate::text::Text;
use crate::tri::Tri;
use crate::world::Cost;
use serde::Serialize;

/// The version of the rules, and the day the newest source was read.
pub const RULES_VERSION: &str = "2026.3";
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
    pub notes: Vec<NoteOut>,
    /// Measures AFA and FK may both pay for, with what they reach together (COMB-1, COMB-2).
    pub combined: Vec<crate::combined::Combined>,
}

/// One scheme in the outcome.
#[derive(Serialize)]
pub struct SchemeOut {
    pub id: SchemeId,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<Text>,
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
    /// What would turn a `not_eligible` verdict, or settle an `undetermined` one as eligible
    /// (rules.md §8, [`crate::changes`]).
    pub changes: Vec<ChangeOut>,
}

/// A set of changes to actionable answers and what it gives (docs/API.md §2).
#[derive(Serialize)]
pub struct ChangeOut {
    /// Answer paths and their new values, in the catalogue's order.
    #[serde(serialize_with = "in_order")]
    pub set: Vec<(String, crate::changes::NewValue)>,
    pub verdict: &'static str,
    pub amount_ore: Amount,
    /// The rules the set turns.
    pub rules: Vec<&'static str>,
    /// Each rule's text and source, in the order of `rules`, once explained.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub texts: Option<Vec<Text>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<Vec<Source>>,
}

/// A list of pairs as a JSON object, in the list's order.
fn in_order<S: serde::Serializer>(set: &[(String, crate::changes::NewValue)], s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut map = s.serialize_map(Some(set.len()))?;
    for (k, v) in set {
        map.serialize_entry(k, v)?;
    }
    map.end()
}

/// A rule applied; its text and source once explained.
#[derive(Serialize)]
pub struct ReasonOut {
    pub rule: &'static str,
    pub holds: Tri,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    pub have: Option<bool>,
}

/// A note in the outcome: the note's ids, the measures it concerns, and its text and sources once
/// explained.
#[derive(Serialize)]
pub struct NoteOut {
    #[serde(flatten)]
    pub note: &'static Note,
    /// The measures (by index) the note is about; absent for a note about a scheme as a whole.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub measures: Vec<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sources: Option<&'static [Source]>,
}

fn reasons_out(reasons: &[Reason]) -> Vec<ReasonOut> {
    reasons.iter().map(|r| ReasonOut { rule: r.rule.id, holds: r.holds, text: None, source: None }).collect()
}

/// Judges every scheme, with reasons (scope aside).
pub fn judge(a: &Answers, date: Date) -> [SchemeResult; 4] {
    let cx = Ctx::new(a, date);
    [0, 1, 2, 3].map(|s| judge_one(s, &cx))
}

fn judge_one(s: usize, cx: &Ctx) -> SchemeResult {
    (SCHEMES[s].evaluate)(cx)
}

/// A scheme no open question can change decides the same on every completion, though
/// three-valued logic may not see it (the sector is unknown, but a state employer is not covered
/// and every other sector's deadline has passed): its decision is then taken from a completion, so
/// that "undetermined" always comes with a question that could settle it. `None` when the
/// three-valued decision is already settled, or some open question can still change it.
fn settled(a: &Answers, date: Date, s: usize, open: &[(Place, [bool; 4])]) -> Option<judge::Settled> {
    if open.iter().any(|(_, m)| m[s]) {
        return None;
    }
    let d = crate::decide::decide_scheme(s, &Ctx::new(a, date));
    let unsettled =
        d.verdict == Tri::Unknown || d.statuses.contains(&Tri::Unknown) || d.amount.max != Some(d.amount.min);
    if !unsettled {
        return None;
    }
    let mut c = a.clone();
    for p in crate::fields::Unanswered::of(a).places() {
        crate::fields::set(&mut c, p, 0, date);
    }
    let d = crate::decide::decide_scheme(s, &Ctx::new(&c, date));
    Some(judge::Settled { verdict: d.verdict, statuses: d.statuses, amount: d.amount })
}

/// Evaluates the answers on `date` (the answers' own date wins when given): the schemes in scope
/// judged with reasons, and the questions that matter (crate::relevance).
pub fn evaluate(a: &Answers, today: Date) -> Outcome {
    evaluate_within(a, today, &Cost::new(crate::relevance::budget(a.measures.len())))
}

/// [`evaluate`], counting the searches' work in `cost` ([`crate::world`]'s units) and taking the
/// safe side where it runs out: what the work-bound tests and the fuzz target hold to
/// [`crate::relevance::ceiling`].
pub fn evaluate_within(a: &Answers, today: Date, cost: &Cost) -> Outcome {
    let date = a.date.unwrap_or(today);
    let scope = Scope::of(a);
    let cx = Ctx::new(a, date);
    let Relevance { open, answered, .. } = relevance_within(a, date, scope, cost);
    // `changes` has a budget of its own, so that advice does not go where relevance spent it all.
    let advice = Cost::new(crate::relevance::budget(a.measures.len()));

    // Each open place's path written once: a scheme's `missing` and `next_questions` take copies
    // (on 500 measures with most of their questions open, writing a path for each list it is in
    // was a tenth of evaluate).
    let mut paths: Vec<String> = open.iter().map(|(p, _)| p.path()).collect();
    let judged: Vec<usize> = scope.schemes().collect();
    let mut notes: Vec<Noted> = Vec::new();
    let results: Vec<SchemeResult> = judged
        .iter()
        .map(|&s| match settled(a, date, s, &open) {
            Some(settled) => {
                let mut cx = Ctx::new(a, date);
                cx.settled = Some(settled);
                judge_one(s, &cx)
            }
            None => judge_one(s, &cx),
        })
        .collect();
    let schemes = judged
        .iter()
        .zip(&results)
        .map(|(&s, r)| {
            for n in &r.notes {
                if !notes.iter().any(|m| m.note.id == n.note.id) {
                    notes.push(n.clone());
                }
            }
            SchemeOut {
                id: r.id,
                name: None,
                verdict: verdict_name(r.verdict),
                amount_ore: r.amount,
                payee: r.payee,
                reasons: reasons_out(&r.reasons),
                measures: r
                    .measures
                    .iter()
                    .enumerate()
                    .map(|(index, m)| MeasureOut {
                        index,
                        kind: a.measures[index].kind,
                        status: status_name(m.status),
                        eligible_cost_ore: m.eligible_cost_ore,
                        deadline: m.deadline,
                        deadline_passed: m.deadline.is_some_and(|d| d < date),
                        reasons: reasons_out(&m.reasons),
                    })
                    .collect(),
                documents: r
                    .documents
                    .iter()
                    .map(|d| DocumentOut { id: d.id, rule: d.rule.id, text: None, have: d.have })
                    .collect(),
                missing: open.iter().zip(&paths).filter(|((_, m), _)| m[s]).map(|(_, path)| path.clone()).collect(),
                next_step: next_step(r, date),
                changes: if r.verdict == Tri::Yes { Vec::new() } else { crate::changes::changes(a, date, s, &advice) }
                    .into_iter()
                    .map(|c| ChangeOut {
                        set: c.set.into_iter().map(|(p, v)| (p.path(), v)).collect(),
                        verdict: verdict_name(c.verdict),
                        amount_ore: c.amount,
                        rules: c.rules,
                        texts: None,
                        sources: None,
                    })
                    .collect(),
            }
        })
        .collect();

    cost.spend(advice.spent());
    // The question that could settle most schemes first; ties in catalogue order
    // (employer, person, provider, then measure details).
    let mut order: Vec<usize> = (0..open.len()).collect();
    order.sort_by_key(|&i| {
        let (p, m) = &open[i];
        (std::cmp::Reverse(m.iter().filter(|c| **c).count()), p.order())
    });
    Outcome {
        rules_version: RULES_VERSION,
        sources_as_of: SOURCES_AS_OF,
        date,
        schemes,
        next_questions: order.into_iter().map(|i| std::mem::take(&mut paths[i])).collect(),
        answered_relevant: answered.into_iter().map(Place::path).collect(),
        notes: notes
            .into_iter()
            .map(|n| NoteOut { note: n.note, measures: n.measures, text: None, sources: None })
            .collect(),
        combined: crate::combined::combined(a, date, &results),
    }
}

/// The next step under a judged scheme, on the day judged.
pub fn next_step(r: &SchemeResult, judged: Date) -> Option<crate::next_step::NextStep> {
    if r.verdict == Tri::No {
        return None;
    }
    let s = r.step;
    let deadline =
        r.measures.iter().filter(|m| m.status != Tri::No).filter_map(|m| m.deadline).filter(|d| *d >= judged).min();
    Some(crate::next_step::NextStep { id: Some(s.id), who: s.who, how: None, url: None, deadline, rules: s.rules })
}
