//! The four schemes. Each module holds its rules (id, reason in Swedish and English, source)
//! next to the code that applies them, and returns a [`SchemeResult`].
//!
//! The shape is the same for every scheme (rules.md "How results are formed"): scheme
//! conditions, then per measure the kind's rule, its own conditions and its deadline, then the
//! amount from the reimbursable (minimum) and the reimbursable-or-undetermined (maximum) measures.

pub mod afa;
pub mod fk;
pub mod rg;
pub mod samordning;

use crate::answers::{Answers, Measure, Provider};
use crate::catalogue::{Cover, Kind};
use crate::date::Date;
use crate::sources::Source;
use crate::text::Text;
use crate::tri::Tri;
use serde::Serialize;

/// A rule: its id, its reason in Swedish and English, and where it comes from.
#[derive(Debug, Serialize)]
pub struct Rule {
    pub id: &'static str,
    pub text: Text,
    pub source: Source,
}

/// A rule as applied to these answers.
#[derive(Clone, Copy, Debug)]
pub struct Reason {
    pub rule: &'static Rule,
    pub holds: Tri,
}

/// Shorthand for a [`Reason`].
pub fn reason(rule: &'static Rule, holds: Tri) -> Reason {
    Reason { rule, holds }
}

/// A grant range in öre: `max` is `None` when nothing bounds it yet (an unknown cost with no cap).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Amount {
    pub min: u64,
    pub max: Option<u64>,
}

impl Amount {
    pub const ZERO: Amount = Amount { min: 0, max: Some(0) };
}

/// Who receives the money.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Payee {
    Employer,
    Region,
    Person,
    /// Arbetsförmedlingen or Försäkringskassan applies and is paid (AFA efterskydd, AFA-COV-5).
    Agency,
    None,
}

/// One measure under one scheme.
#[derive(Clone, Debug)]
pub struct MeasureResult {
    pub status: Tri,
    pub eligible_cost_ore: Option<u64>,
    pub deadline: Option<Date>,
    pub reasons: Vec<Reason>,
}

/// An item of a scheme's document checklist.
#[derive(Clone, Copy, Debug)]
pub struct Document {
    pub id: &'static str,
    pub rule: &'static Rule,
    pub text: Text,
    /// Whether the user says they have it (`None`: not asked, or not answered).
    pub have: Option<bool>,
}

/// One scheme judged on the answers.
#[derive(Clone, Debug)]
pub struct SchemeResult {
    pub id: &'static str,
    pub verdict: Tri,
    pub amount: Amount,
    pub payee: Payee,
    pub reasons: Vec<Reason>,
    pub measures: Vec<MeasureResult>,
    pub documents: Vec<Document>,
    pub notes: Vec<&'static crate::notes::Note>,
}

impl SchemeResult {
    /// What relevance compares: the verdict, every measure's status, and the amount.
    pub fn decision(&self) -> (Tri, Vec<Tri>, Amount) {
        (self.verdict, self.measures.iter().map(|m| m.status).collect(), self.amount)
    }
}

/// The answers and the day they are judged on.
pub struct Ctx<'a> {
    pub a: &'a Answers,
    pub date: Date,
}

impl<'a> Ctx<'a> {
    /// The provider for a measure: its own answers first, then the top level.
    pub fn provider(&self, m: &Measure) -> Provider {
        m.provider.or(&self.a.provider)
    }
}

/// The parts of a scheme with measures, so that relevance can judge one measure again without
/// judging the others (a measure's status depends on the top-level answers and that measure only).
pub struct Parts {
    pub conditions: fn(&Ctx) -> (Tri, Vec<Reason>),
    pub measure: fn(&Ctx, Tri, &Measure) -> MeasureResult,
    pub amount: fn(&Ctx, &[(&Measure, Tri)]) -> Amount,
}

/// What every scheme with measures computes the same way from its parts.
pub struct Judged {
    pub reasons: Vec<Reason>,
    pub measures: Vec<MeasureResult>,
    pub verdict: Tri,
    pub amount: Amount,
}

impl Parts {
    /// The scheme's conditions, each measure, the verdict and the amount.
    pub fn judge(&self, cx: &Ctx) -> Judged {
        let (scheme_ok, reasons) = (self.conditions)(cx);
        let measures: Vec<MeasureResult> = cx.a.measures.iter().map(|m| (self.measure)(cx, scheme_ok, m)).collect();
        let statuses: Vec<Tri> = measures.iter().map(|m| m.status).collect();
        let pairs: Vec<(&Measure, Tri)> = cx.a.measures.iter().zip(statuses.iter().copied()).collect();
        let amount = (self.amount)(cx, &pairs);
        Judged { reasons, verdict: verdict(scheme_ok, &statuses), measures, amount }
    }
}

/// AFA, FK and the guarantee, in the order `outcome::judge` returns them; Samordning has no measures.
pub static WITH_MEASURES: [&Parts; 3] = [&afa::PARTS, &fk::PARTS, &rg::PARTS];

/// Every scheme's rules, for the registry and its tests.
pub fn all_rules() -> impl Iterator<Item = &'static Rule> {
    afa::RULES.iter().chain(fk::RULES).chain(rg::RULES).chain(samordning::RULES).chain(crate::combined::RULES).copied()
}

/// Adds a condition to the reasons, joined with a reason of the same rule already there
/// (a kind's own rule is often also its condition: AFA-MEAS-4 covers talks, by licensed staff).
pub fn add(reasons: &mut Vec<Reason>, rule: &'static Rule, value: Tri) {
    match reasons.iter_mut().find(|r| std::ptr::eq(r.rule, rule)) {
        Some(r) => r.holds = r.holds.and(value),
        None => reasons.push(reason(rule, value)),
    }
}

/// The conjunction of the reasons' values.
pub fn holds(reasons: &[Reason]) -> Tri {
    Tri::all(reasons.iter().map(|r| r.holds))
}

/// The rule that covers or excludes a kind: Yes when covered, No when excluded or not listed.
pub fn cover_reason(cover: Cover, not_listed: &'static Rule) -> Reason {
    match cover {
        Cover::Covered(r) => reason(r, Tri::Yes),
        Cover::Excluded(r) => reason(r, Tri::No),
        Cover::NotListed => reason(not_listed, Tri::No),
    }
}

/// A measure's status and reasons under a scheme.
///
/// `common` are the reasons that do not depend on the kind (deadline, provider, period);
/// `by_kind` gives the kind's own reasons. When the kind is not answered, the status is what
/// every kind agrees on, and Unknown where kinds differ: nothing is assumed about the kind.
pub fn judge_measure(
    scheme_ok: Tri,
    m: &Measure,
    mut common: Vec<Reason>,
    by_kind: impl Fn(Kind) -> Vec<Reason>,
) -> (Tri, Vec<Reason>) {
    let base = scheme_ok.and(holds(&common));
    match m.kind {
        Some(kind) => {
            let own = by_kind(kind);
            let status = base.and(holds(&own));
            let mut reasons = own;
            reasons.append(&mut common);
            (status, reasons)
        }
        None => {
            let kinds = if base == Tri::No { Tri::No } else { Tri::agree(Kind::ALL.iter().map(|k| holds(&by_kind(*k)))) };
            (base.and(kinds), common)
        }
    }
}

/// The verdict from the scheme's conditions and the measures' statuses (rules.md).
pub fn verdict(scheme_ok: Tri, statuses: &[Tri]) -> Tri {
    if scheme_ok == Tri::No || (!statuses.is_empty() && statuses.iter().all(|s| *s == Tri::No)) {
        Tri::No
    } else if scheme_ok == Tri::Yes && (statuses.is_empty() || statuses.contains(&Tri::Yes)) {
        Tri::Yes
    } else {
        Tri::Unknown
    }
}

/// Whether a deadline has passed on the day judged: Yes while it is still open.
pub fn open_on(deadline: Option<Date>, judged: Date) -> Tri {
    crate::tri::is(deadline, |d| judged <= d)
}
