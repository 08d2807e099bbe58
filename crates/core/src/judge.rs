//! What every scheme's rules are written with: the answers and what the rules read ([`Ctx`]),
//! three-valued conditions with their reasons ([`Rec`]), and what a scheme returns
//! ([`SchemeResult`]).
//!
//! The shape is the same for every scheme (docs/API.md §7): scheme
//! conditions, then per measure the kind's rule, its own conditions and its deadline, then the
//! amount from the reimbursable (minimum) and the reimbursable-or-undetermined (maximum) measures.

use crate::answers::{Answers, Measure, Provider};
use crate::catalogue::Cover;
use crate::choices::Kind;
use crate::date::Date;
use crate::fields::{bit, Bits};
use crate::id::SchemeId;
use crate::table::{q, FIRST_MEASURE};
use crate::tri::Tri;
use serde::Serialize;
use std::cell::{Cell, RefCell};

pub use crate::rule::{Document, Rule, RuleText};

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

/// One scheme judged on the answers.
#[derive(Clone, Debug)]
pub struct SchemeResult {
    pub id: SchemeId,
    pub verdict: Tri,
    pub amount: Amount,
    pub payee: Payee,
    pub reasons: Vec<Reason>,
    pub measures: Vec<MeasureResult>,
    pub documents: Vec<Document>,
    pub notes: Vec<crate::notes::Noted>,
    /// What to do next, when the scheme may apply (`crate::next_step`).
    pub step: &'static crate::next_step::Step,
}

impl SchemeResult {
    /// What relevance compares: the verdict, every measure's status, and the amount.
    pub fn decision(&self) -> (Tri, Vec<Tri>, Amount) {
        (self.verdict, self.measures.iter().map(|m| m.status).collect(), self.amount)
    }
}

/// The answers and the day they are judged on, and which questions the rules read.
///
/// Every rule reads answers through [`Ctx::top`], [`Ctx::at`] or [`Ctx::provider`], which record
/// the question as read. Relevance builds on this: a question a decision does not read cannot
/// change it, on these answers or on any completion of them. The rules are written so that an
/// Unknown answer reads every question that any answer to it could lead to (every kind is judged
/// when the kind is open; a branch on a three-valued value is taken only when it is settled), and
/// a part is left unread only when a settled value masks it on every completion too
/// ([`Ctx::and`], [`Ctx::or`]).
pub struct Ctx<'a> {
    pub a: &'a Answers,
    pub date: Date,
    /// The questions read: the top level's and the measure's in one set, as their indices in
    /// `QUESTIONS` do not overlap (the measure questions come last). One word saved and put back
    /// around every part of a condition, where two were a tenth of judging.
    reads: Cell<Bits>,
    /// A decision every completion agrees on where three-valued logic cannot see it
    /// (`outcome::settle`); the reasoned judgement takes it instead of its own.
    pub settled: Option<Settled>,
    /// Which questions each rule read, when they are being collected ([`Ctx::attributing`]).
    attribution: Option<RefCell<Vec<(&'static str, Bits)>>>,
}

/// The top-level questions' bits: those before the first measure question.
const TOP: Bits = bit(FIRST_MEASURE) - 1;

/// A scheme's decision as every completion of the open questions gives it.
#[derive(Clone, Debug)]
pub struct Settled {
    pub verdict: Tri,
    pub statuses: Vec<Tri>,
    pub amount: Amount,
}

impl<'a> Ctx<'a> {
    pub fn new(a: &'a Answers, date: Date) -> Ctx<'a> {
        Ctx { a, date, reads: Cell::new(0), settled: None, attribution: None }
    }

    /// A context that also collects which questions each rule reads, as the explained
    /// judgement works them out ([`Ctx::about`], [`Ctx::attributed`]).
    pub fn attributing(a: &'a Answers, date: Date) -> Ctx<'a> {
        Ctx { attribution: Some(RefCell::new(Vec::new())), ..Ctx::new(a, date) }
    }

    /// A top-level answer, recorded as read.
    #[inline]
    pub fn top<T>(&self, question: usize, value: T) -> T {
        debug_assert!(question < FIRST_MEASURE, "a measure question read at the top level");
        self.reads.set(self.reads.get() | bit(question));
        value
    }

    /// An answer of the measure being judged, recorded as read.
    #[inline]
    pub fn at<T>(&self, question: usize, value: T) -> T {
        debug_assert!(question >= FIRST_MEASURE, "a top-level question read in a measure");
        self.reads.set(self.reads.get() | bit(question));
        value
    }

    /// A provider answer for a measure: the measure's own first, then the top level (read only
    /// when the measure does not answer it).
    #[inline]
    pub fn provider<T>(&self, own: &Provider, question: usize, field: impl Fn(&Provider) -> Option<T>) -> Option<T> {
        match field(own) {
            Some(v) => Some(v),
            None => self.top(question, field(&self.a.provider)),
        }
    }

    /// Kleene `and` of two parts that read answers, each read on its own: a part that is No
    /// settles the result on every completion, so only what it read is recorded, and the other
    /// part (looked at only when the first does not settle it) is forgotten.
    #[inline]
    pub fn and(&self, a: impl FnOnce() -> Tri, b: impl FnOnce() -> Tri) -> Tri {
        self.both(a, b, Tri::No)
    }

    /// Kleene `or` of two parts that read answers, each read on its own: a part that is Yes
    /// settles the result, and only what it read is recorded.
    #[inline]
    pub fn or(&self, a: impl FnOnce() -> Tri, b: impl FnOnce() -> Tri) -> Tri {
        self.both(a, b, Tri::Yes)
    }

    fn both(&self, a: impl FnOnce() -> Tri, b: impl FnOnce() -> Tri, settles: Tri) -> Tri {
        let saved = self.reads.replace(0);
        let va = a();
        let ra = self.reads.replace(0);
        let (value, kept) = if va == settles {
            (va, ra)
        } else {
            let vb = b();
            let rb = self.reads.get();
            let value = if settles == Tri::No { va.and(vb) } else { va.or(vb) };
            (value, if vb == settles { rb } else { ra | rb })
        };
        self.reads.set(saved | kept);
        value
    }

    /// The top-level questions read so far.
    pub fn top_reads(&self) -> Bits {
        self.reads.get() & TOP
    }

    /// The questions of one measure read since the last call.
    pub fn take_measure_reads(&self) -> Bits {
        let reads = self.reads.replace(self.reads.get() & TOP);
        reads & !TOP
    }
}

/// A part of a decision, written once: how it is worked out, the rule whose reason it gives
/// (`None` for a part that only guards or groups others), and when that reason is shown.
/// [`Ctx::all`] decides with it and explains with it: quietly, the parts are joined with
/// [`Ctx::and`] and [`Ctx::or`], so what a settled part masks is not recorded as read; with
/// reasons, every part is worked out and every reason that is shown is added.
pub struct Cond<'f> {
    rule: Option<&'static Rule>,
    how: How<'f>,
    /// Whether the reasons of this part (and the parts in it) are shown; `None`: always. It never
    /// changes what the part decides: AFA's coverage shows AFA-COV-2 only for a private employer,
    /// though the sector decides either way.
    shown: Option<&'f dyn Fn() -> bool>,
}

enum How<'f> {
    Leaf(&'f dyn Fn() -> Tri),
    All(&'f [Cond<'f>]),
    Any(&'f [Cond<'f>]),
}

/// A rule's condition.
pub fn cond<'f>(rule: &'static Rule, holds: &'f dyn Fn() -> Tri) -> Cond<'f> {
    Cond { rule: Some(rule), how: How::Leaf(holds), shown: None }
}

/// A part that gives no reason of its own: a guard (AFA's sector), or a kind's rule that
/// [`listed`] has already given.
pub fn part<'f>(holds: &'f dyn Fn() -> Tri) -> Cond<'f> {
    Cond { rule: None, how: How::Leaf(holds), shown: None }
}

/// Every part must hold (Kleene `and`).
pub fn all_of<'f>(parts: &'f [Cond<'f>]) -> Cond<'f> {
    Cond { rule: None, how: How::All(parts), shown: None }
}

/// Some part must hold (Kleene `or`).
pub fn any_of<'f>(parts: &'f [Cond<'f>]) -> Cond<'f> {
    Cond { rule: None, how: How::Any(parts), shown: None }
}

impl<'f> Cond<'f> {
    /// Shows this part's reasons only when `when` says so (it reads without recording: what a
    /// reason shows is not what the decision reads).
    pub fn shown_if(self, when: &'f dyn Fn() -> bool) -> Cond<'f> {
        Cond { shown: Some(when), ..self }
    }
}

impl Ctx<'_> {
    /// Every part must hold (Kleene `and`), decided and, when `r` keeps reasons, explained. For a
    /// conjunction or a disjunction the grouping does not change what is recorded as read, so
    /// parts may be nested as reads best.
    pub fn all(&self, r: &mut dyn Rec, parts: &[Cond]) -> Tri {
        let whole = Cond { rule: None, how: How::All(parts), shown: None };
        if r.on() {
            self.explain(r, &whole, true)
        } else {
            self.quiet(&whole)
        }
    }

    fn explain(&self, r: &mut dyn Rec, c: &Cond, shown: bool) -> Tri {
        let shown = shown && c.shown.is_none_or(|when| when());
        match c.how {
            How::Leaf(holds) => {
                let v = match c.rule {
                    Some(rule) => self.about(&[rule.id], holds),
                    None => holds(),
                };
                if let (Some(rule), true) = (c.rule, shown) {
                    r.add(rule, v);
                }
                v
            }
            How::All(parts) => parts.iter().fold(Tri::Yes, |v, p| v.and(self.explain(r, p, shown))),
            How::Any(parts) => parts.iter().fold(Tri::No, |v, p| v.or(self.explain(r, p, shown))),
        }
    }

    fn quiet(&self, c: &Cond) -> Tri {
        match c.how {
            How::Leaf(holds) => holds(),
            How::All(parts) => self.fold(parts, Tri::No),
            How::Any(parts) => self.fold(parts, Tri::Yes),
        }
    }

    /// The parts joined with [`Ctx::and`] (`settles` No) or [`Ctx::or`] (Yes), right-nested, in
    /// one loop: the first part that settles the result is the only one whose reads are kept
    /// (each part before it does not settle it, so [`Ctx::both`] keeps what the rest read alone
    /// at every level above); when none does, every part's reads are kept. Kleene `and` and `or`
    /// are associative, and their result is `settles` only when some part is.
    fn fold(&self, parts: &[Cond], settles: Tri) -> Tri {
        match parts {
            [] => return settles.not(),
            [only] => return self.quiet(only),
            _ => {}
        }
        let saved = self.reads.replace(0);
        let mut value = settles.not();
        let mut kept = 0;
        for p in parts {
            // A leaf called here, not through `quiet`: most parts are leaves, and the call
            // (`quiet` is recursive, so never inlined) was some 5% of a small document's
            // evaluation.
            let v = match p.how {
                How::Leaf(holds) => holds(),
                _ => self.quiet(p),
            };
            let read = self.reads.replace(0);
            if v == settles {
                (value, kept) = (v, read);
                break;
            }
            value = if settles == Tri::No { value.and(v) } else { value.or(v) };
            kept |= read;
        }
        self.reads.set(saved | kept);
        value
    }

    /// Works out `f`, noting what it reads as read for `rules` when the rules' reads are being
    /// collected ([`Ctx::attributing`]); otherwise just `f`. For what a result shows besides its
    /// reasons (notes, pointers, the documents' `have`), so that the catalogue can say which
    /// rules use a question (`crate::questions`).
    pub fn about<T>(&self, rules: &[&'static str], f: impl FnOnce() -> T) -> T {
        if self.attribution.is_none() {
            return f();
        }
        let saved = self.begin_about();
        let v = f();
        self.end_about(saved, rules);
        v
    }

    // Apart from `about`, which is instantiated for every closure: the page's module stays small.
    #[inline(never)]
    fn begin_about(&self) -> Bits {
        self.reads.replace(0)
    }

    #[inline(never)]
    fn end_about(&self, saved: Bits, rules: &[&'static str]) {
        let got = self.reads.get();
        self.reads.set(saved | got);
        if let Some(sink) = &self.attribution {
            sink.borrow_mut().extend(rules.iter().map(|id| (*id, got)));
        }
    }

    /// The reads collected by [`Ctx::about`] and the explained conditions, by rule id.
    pub fn attributed(&self) -> Vec<(&'static str, Bits)> {
        self.attribution.as_ref().map(|s| s.borrow().clone()).unwrap_or_default()
    }
}

/// Where the reasons go: a list for the outcome, or nowhere for a decision alone.
pub trait Rec {
    /// Whether reasons are kept: the reasons' own values are only worked out when they are.
    fn on(&self) -> bool;
    /// Adds a reason, joined with a reason of the same rule already there (a kind's own rule is
    /// often also its condition: AFA-MEAS-4 covers talks, by licensed staff).
    fn add(&mut self, rule: &'static Rule, holds: Tri);
}

impl Rec for Vec<Reason> {
    fn on(&self) -> bool {
        true
    }
    fn add(&mut self, rule: &'static Rule, holds: Tri) {
        add(self, rule, holds);
    }
}

/// Reasons dropped: the decision alone, with nothing allocated.
pub struct Quiet;

impl Rec for Quiet {
    #[inline]
    fn on(&self) -> bool {
        false
    }
    #[inline]
    fn add(&mut self, _: &'static Rule, _: Tri) {}
}

/// A measure judged under one scheme: its status and the deadline it must be applied for by.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MeasureDecision {
    pub status: Tri,
    pub deadline: Option<Date>,
}

/// The parts of a scheme with measures. A measure's status depends on the top-level answers and
/// that measure only; the amount on each measure's status and its [`Grant`], summed in a
/// [`Tally`] and capped by `total`. Everything reads the answers through [`Ctx`], so which
/// questions the amount depends on comes from the code: a grant's reads are a measure's, and
/// `total`'s the top level's.
pub struct Parts {
    /// The scheme's own conditions.
    pub conditions: fn(&Ctx, &mut dyn Rec) -> Tri,
    /// One measure, given whether the scheme's conditions hold.
    pub measure: fn(&Ctx, Tri, &Measure, &mut dyn Rec) -> MeasureDecision,
    /// What one measure that is not `not_reimbursable` adds to the amount, before the caps.
    pub grant: fn(&Ctx, &Measure) -> Grant,
    /// The grant range from the grants summed by status, with the caps.
    pub total: fn(&Ctx, &Tally) -> Amount,
}

/// A sum of öre under the unknowns: from `lo` to `hi`, where `hi` is `None` when nothing bounds it
/// (an unknown cost).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Range {
    pub lo: u64,
    pub hi: Option<u64>,
}

impl Range {
    pub const ZERO: Range = Range { lo: 0, hi: Some(0) };

    /// An answer in öre: itself when known, anything from nothing up when not.
    pub fn of(answer: Option<u64>) -> Range {
        Range { lo: answer.unwrap_or(0), hi: answer }
    }

    /// Anything from nothing up to `hi`.
    pub fn upto(hi: u64) -> Range {
        Range { lo: 0, hi: Some(hi) }
    }
}

/// What one measure adds to its scheme's amount, before the caps: a range in each of the
/// scheme's lanes (AFA: at half and at three quarters of the cost; the others use one), summed
/// with the other measures of the same `key` (FK: the calendar year; the others use one key).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Grant {
    pub key: i64,
    pub lanes: [Range; 2],
}

impl Grant {
    /// A grant in one lane.
    pub fn one(key: i64, range: Range) -> Grant {
        Grant { key, lanes: [range, Range::ZERO] }
    }
}

/// The grants of the measures that are not `not_reimbursable`, summed per key and lane: what a
/// scheme's `total` caps. Grants are added and taken away again as answers change (relevance
/// keeps one tally while it fills answers in), so the sums are kept exactly, never saturated: at
/// most 500 measures of at most [`crate::money::MAX_ORE`] each cannot overflow.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    rows: Vec<Row>,
}

/// The sums of one key.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Row {
    pub key: i64,
    /// Per lane, the least grant of each reimbursable measure, summed (the minimum).
    pub certain: [u64; 2],
    /// Per lane, the most grant of each reimbursable or undetermined measure, summed (the
    /// maximum), over those with a bound …
    pub possible: [u64; 2],
    /// … and how many have none.
    pub unbounded: [u32; 2],
    /// How many grants the row holds (it goes when the last one does).
    count: u32,
}

impl Tally {
    /// Adds `times` measures of one status and grant (nothing for `not_reimbursable`).
    pub fn add(&mut self, status: Tri, g: &Grant, times: u32) {
        if status == Tri::No || times == 0 {
            return;
        }
        let at = match self.rows.binary_search_by_key(&g.key, |r| r.key) {
            Ok(at) => at,
            Err(at) => {
                self.rows.insert(at, Row { key: g.key, ..Row::default() });
                at
            }
        };
        let row = &mut self.rows[at];
        row.count += times;
        for (lane, range) in g.lanes.iter().enumerate() {
            if status == Tri::Yes {
                row.certain[lane] += range.lo * u64::from(times);
            }
            match range.hi {
                Some(hi) => row.possible[lane] += hi * u64::from(times),
                None => row.unbounded[lane] += times,
            }
        }
    }

    /// Takes away what [`Tally::add`] added.
    pub fn remove(&mut self, status: Tri, g: &Grant, times: u32) {
        if status == Tri::No || times == 0 {
            return;
        }
        let at = self.rows.binary_search_by_key(&g.key, |r| r.key).expect("a grant added before");
        let row = &mut self.rows[at];
        row.count -= times;
        if row.count == 0 {
            self.rows.remove(at);
            return;
        }
        for (lane, range) in g.lanes.iter().enumerate() {
            if status == Tri::Yes {
                row.certain[lane] -= range.lo * u64::from(times);
            }
            match range.hi {
                Some(hi) => row.possible[lane] -= hi * u64::from(times),
                None => row.unbounded[lane] -= times,
            }
        }
    }

    /// [`Tally::remove`] of `old` and [`Tally::add`] of `new`, `times` measures each (a
    /// measure judged again). Where both are in one row, the row is changed in place, not taken
    /// out and put back: the sums are exact, so this is the same row either way.
    pub fn replace(&mut self, old: (Tri, &Grant), new: (Tri, &Grant), times: u32) {
        let ((old_status, old), (new_status, new)) = (old, new);
        if old_status == Tri::No || new_status == Tri::No || old.key != new.key || times == 0 {
            self.remove(old_status, old, times);
            self.add(new_status, new, times);
            return;
        }
        let at = self.rows.binary_search_by_key(&old.key, |r| r.key).expect("a grant added before");
        let row = &mut self.rows[at];
        let times64 = u64::from(times);
        for (lane, (was, is)) in old.lanes.iter().zip(&new.lanes).enumerate() {
            if old_status == Tri::Yes {
                row.certain[lane] -= was.lo * times64;
            }
            if new_status == Tri::Yes {
                row.certain[lane] += is.lo * times64;
            }
            match was.hi {
                Some(hi) => row.possible[lane] -= hi * times64,
                None => row.unbounded[lane] -= times,
            }
            match is.hi {
                Some(hi) => row.possible[lane] += hi * times64,
                None => row.unbounded[lane] += times,
            }
        }
    }

    /// The rows, by key.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The row of one key, or nothing summed.
    pub fn row(&self, key: i64) -> Row {
        self.rows.iter().find(|r| r.key == key).copied().unwrap_or(Row { key, ..Row::default() })
    }
}

impl Row {
    /// A lane's maximum: `None` when some grant in it has no bound.
    pub fn most(&self, lane: usize) -> Option<u64> {
        (self.unbounded[lane] == 0).then_some(self.possible[lane])
    }
}

/// What every scheme with measures computes the same way from its parts.
pub struct Judged {
    pub reasons: Vec<Reason>,
    pub measures: Vec<MeasureResult>,
    pub verdict: Tri,
    pub amount: Amount,
}

impl Parts {
    /// The scheme's conditions, each measure, the verdict and the amount, with reasons.
    pub fn judge(&self, cx: &Ctx) -> Judged {
        let mut reasons = Vec::new();
        let scheme_ok = (self.conditions)(cx, &mut reasons);
        let measures: Vec<MeasureResult> =
            cx.a.measures
                .iter()
                .map(|m| {
                    let mut reasons = Vec::new();
                    let d = (self.measure)(cx, scheme_ok, m, &mut reasons);
                    MeasureResult { status: d.status, eligible_cost_ore: m.cost_ore, deadline: d.deadline, reasons }
                })
                .collect();
        let statuses: Vec<Tri> = measures.iter().map(|m| m.status).collect();
        let amount = self.amount(cx, &cx.a.measures, &statuses);
        let mut judged = Judged { reasons, verdict: verdict(scheme_ok, &statuses), measures, amount };
        if let Some(s) = &cx.settled {
            judged.verdict = s.verdict;
            judged.amount = s.amount;
            for (m, status) in judged.measures.iter_mut().zip(&s.statuses) {
                m.status = *status;
            }
        }
        judged
    }

    /// The grant range of measures with these statuses.
    pub fn amount(&self, cx: &Ctx, measures: &[Measure], statuses: &[Tri]) -> Amount {
        let mut tally = Tally::default();
        for (m, status) in measures.iter().zip(statuses) {
            if *status != Tri::No {
                tally.add(*status, &(self.grant)(cx, m), 1);
            }
        }
        (self.total)(cx, &tally)
    }
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
pub fn listed(cover: Cover, not_listed: &'static Rule, r: &mut dyn Rec) -> Tri {
    let (rule, holds) = match cover {
        Cover::Covered(rule) => (rule, Tri::Yes),
        Cover::Excluded(rule) => (rule, Tri::No),
        Cover::NotListed => (not_listed, Tri::No),
    };
    r.add(rule, holds);
    holds
}

/// A measure's status under a scheme, its reasons recorded in `r`.
///
/// The scheme's conditions first, then `common` (what does not depend on the kind: deadline,
/// provider, period), then the kind's own rules through `by_kind`; each is looked at only when
/// what comes before it has not already settled the measure as not reimbursable. When the kind
/// is not answered, the status is what every kind agrees on, and Unknown where kinds differ:
/// nothing is assumed about the kind, and no kind's reasons are shown. The reasons list the
/// kind's rules first, then the common ones.
pub fn judge_measure(
    cx: &Ctx,
    scheme_ok: Tri,
    m: &Measure,
    common: &[Cond],
    r: &mut dyn Rec,
    by_kind: impl Fn(Kind, &mut dyn Rec) -> Tri,
) -> Tri {
    if !r.on() {
        return cx.and(|| cx.and(|| scheme_ok, || cx.all(&mut Quiet, common)), || kinds(cx, m, &mut Quiet, &by_kind));
    }
    let kind = kinds(cx, m, r, &by_kind);
    scheme_ok.and(cx.all(r, common)).and(kind)
}

/// The kind's own rules, or what every kind agrees on when the kind is not answered.
fn kinds(cx: &Ctx, m: &Measure, r: &mut dyn Rec, by_kind: &impl Fn(Kind, &mut dyn Rec) -> Tri) -> Tri {
    match cx.at(q::KIND, m.kind) {
        Some(kind) => by_kind(kind, r),
        None => {
            // Every kind is judged, so every question any kind reads is recorded as read
            // (every one: stopping at the first disagreement would leave some unread).
            let mut values = Kind::ALL.iter().map(|k| by_kind(*k, &mut Quiet));
            let first = values.next().unwrap_or(Tri::Unknown);
            values.fold(first, |agreed, v| if v == agreed { agreed } else { Tri::Unknown })
        }
    }
}

/// The verdict from the scheme's conditions and the measures' statuses (docs/API.md §7).
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

#[cfg(test)]
mod tests {
    use super::*;

    /// [`Tally::replace`] (a measure judged again, its row changed in place) leaves the tally
    /// [`Tally::remove`] and [`Tally::add`] leave: every pair of statuses and grants, bounded or
    /// not, of the same key or another, once and several times, beside another measure or alone.
    #[test]
    fn replacing_a_grant_is_taking_it_out_and_putting_the_new_one_in() {
        let ranges = [Range::ZERO, Range { lo: 300, hi: Some(700) }, Range::of(None), Range::upto(5)];
        let mut grants = Vec::new();
        for key in [1, 2] {
            for a in ranges {
                for b in ranges {
                    grants.push(Grant { key, lanes: [a, b] });
                }
            }
        }
        let statuses = [Tri::Yes, Tri::Unknown, Tri::No];
        let mut cases = 0;
        for beside in [None, Some((Tri::Yes, Grant::one(1, Range { lo: 50, hi: Some(90) })))] {
            for old in &grants {
                for new in &grants {
                    for (os, ns) in statuses.iter().flat_map(|a| statuses.iter().map(move |b| (*a, *b))) {
                        for times in [0, 1, 3] {
                            let mut start = Tally::default();
                            if let Some((s, g)) = beside {
                                start.add(s, &g, 2);
                            }
                            start.add(os, old, times);
                            let (mut replaced, mut apart) = (start.clone(), start);
                            replaced.replace((os, old), (ns, new), times);
                            apart.remove(os, old, times);
                            apart.add(ns, new, times);
                            assert_eq!(replaced, apart, "{os:?} {old:?} → {ns:?} {new:?} ×{times}");
                            cases += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(cases, 2 * 32 * 32 * 9 * 3);
    }
}
