//! The decision alone: each scheme's verdict, every measure's status and the amount — no reasons,
//! no texts, nothing allocated per rule. Relevance searches with it, batch users and the
//! benchmarks call it through [`decide`], and the tests hold the reasoned outcome to it.

use crate::answers::Answers;
use crate::date::Date;
use crate::schemes::{self, Amount, Ctx, Parts, Quiet};
use crate::tri::Tri;
use serde::Serialize;

/// The four schemes, in the order every outcome lists them.
pub const SCHEMES: [&str; 4] = [schemes::afa::ID, schemes::fk::ID, schemes::rg::ID, schemes::samordning::ID];

/// The parts of scheme `s` (by its index in [`SCHEMES`]); `None` for Samordning, which has no
/// measures and judges its conditions alone.
pub fn parts(s: usize) -> Option<&'static Parts> {
    schemes::WITH_MEASURES.get(s).copied()
}

/// The conditions of scheme `s`, quietly.
pub fn conditions(s: usize, cx: &Ctx) -> Tri {
    match parts(s) {
        Some(p) => (p.conditions)(cx, &mut Quiet),
        None => schemes::samordning::conditions(cx, &mut Quiet),
    }
}

/// Which schemes are judged (docs/API.md §7, "Scope"): all four unless the answers name some.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scope(pub [bool; 4]);

impl Scope {
    pub const ALL: Scope = Scope([true; 4]);

    /// The scope the answers ask for.
    pub fn of(a: &Answers) -> Scope {
        match &a.scope {
            None => Scope::ALL,
            Some(ids) => Scope(SCHEMES.map(|id| ids.iter().any(|s| s == id))),
        }
    }

    pub fn has(self, s: usize) -> bool {
        self.0[s]
    }

    /// The schemes judged, by index.
    pub fn schemes(self) -> impl Iterator<Item = usize> {
        (0..4).filter(move |s| self.0[*s])
    }
}

/// One scheme's decision: what relevance compares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub verdict: Tri,
    pub statuses: Vec<Tri>,
    pub amount: Amount,
}

/// Scheme `s` decided on `cx`, quietly.
pub fn decide_scheme(s: usize, cx: &Ctx) -> Decision {
    match parts(s) {
        Some(p) => {
            let ok = (p.conditions)(cx, &mut Quiet);
            let statuses: Vec<Tri> = cx.a.measures.iter().map(|m| (p.measure)(cx, ok, m, &mut Quiet).status).collect();
            let amount = (p.amount)(cx, &cx.a.measures, &statuses);
            Decision { verdict: schemes::verdict(ok, &statuses), statuses, amount }
        }
        None => Decision {
            verdict: schemes::samordning::conditions(cx, &mut Quiet),
            statuses: Vec::new(),
            amount: Amount::ZERO,
        },
    }
}

/// A decision as `decide()` and `rehabkollen decide` give it.
#[derive(Serialize)]
pub struct SchemeDecision {
    pub id: &'static str,
    pub verdict: &'static str,
    pub statuses: Vec<&'static str>,
    pub amount_ore: Amount,
}

/// Every scheme in scope decided on `date` (the answers' own date wins when given).
pub fn decide(a: &Answers, today: Date) -> Vec<SchemeDecision> {
    let cx = Ctx::new(a, a.date.unwrap_or(today));
    Scope::of(a)
        .schemes()
        .map(|s| {
            let d = decide_scheme(s, &cx);
            SchemeDecision {
                id: SCHEMES[s],
                verdict: verdict_name(d.verdict),
                statuses: d.statuses.into_iter().map(status_name).collect(),
                amount_ore: d.amount,
            }
        })
        .collect()
}

/// The docs/API.md name of a verdict.
pub fn verdict_name(v: Tri) -> &'static str {
    match v {
        Tri::Yes => "eligible",
        Tri::No => "not_eligible",
        Tri::Unknown => "undetermined",
    }
}

/// The docs/API.md name of a measure's status.
pub fn status_name(v: Tri) -> &'static str {
    match v {
        Tri::Yes => "reimbursable",
        Tri::No => "not_reimbursable",
        Tri::Unknown => "undetermined",
    }
}
