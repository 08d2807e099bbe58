//! The decision alone: each scheme's verdict, every measure's status and the amount — no reasons,
//! no texts, nothing allocated per rule. Relevance searches with it, batch users and the
//! benchmarks call it through [`decide`], and the tests hold the reasoned outcome to it.

use crate::answers::Answers;
use crate::date::Date;
use crate::id::SchemeId;
use crate::judge::{self, Amount, Ctx, Parts, Quiet};
use crate::schemes::SCHEMES;
use crate::tri::Tri;
use serde::Serialize;

/// The parts of scheme `s` (by its index in [`SCHEMES`]); `None` for Samordning, which has no
/// measures and judges its conditions alone.
pub fn parts(s: usize) -> Option<&'static Parts> {
    SCHEMES[s].parts
}

/// The conditions of scheme `s`, quietly.
pub fn conditions(s: usize, cx: &Ctx) -> Tri {
    (SCHEMES[s].conditions)(cx, &mut Quiet)
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
            Some(ids) => Scope(SchemeId::ALL.map(|id| ids.contains(&id))),
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
            let amount = p.amount(cx, &cx.a.measures, &statuses);
            Decision { verdict: judge::verdict(ok, &statuses), statuses, amount }
        }
        None => Decision { verdict: conditions(s, cx), statuses: Vec::new(), amount: Amount::ZERO },
    }
}

/// A decision as `decide()` and `rehabkollen decide` give it.
#[derive(Serialize)]
pub struct SchemeDecision {
    pub id: SchemeId,
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
                id: SchemeId::ALL[s],
                verdict: verdict_name(d.verdict),
                statuses: d.statuses.into_iter().map(status_name).collect(),
                amount_ore: d.amount,
            }
        })
        .collect()
}

pub use crate::judge::{status_name, verdict_name};
