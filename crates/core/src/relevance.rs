//! Which unanswered questions could still change a scheme's decision (docs/API.md §7,
//! "Missing").
//!
//! A *completion* gives every unanswered question one of its candidate answers
//! ([`crate::fields`]). A question q is in a scheme's `missing` exactly when two completions that
//! differ only in q give that scheme a different decision: its verdict, a measure's status, or
//! the amount. The search below decides that without listing every completion:
//!
//! 1. **Unread answers cannot matter.** The rules record every answer they read
//!    ([`crate::judge::Ctx`]), and skip what an answer already settled masks (No in an `and`,
//!    Yes in an `or`, settled on every completion too). A question not read under some partial
//!    completion therefore cannot change any completion below it.
//! 2. **Settled stays settled.** Three-valued (Kleene) evaluation is sound: a status or verdict
//!    that is Yes or No on partial answers is the same on every completion of them, and an
//!    amount range holds every completion's amount. What is settled whatever q is cannot be
//!    changed by q; what is settled differently for two answers to q is a witness.
//! 3. **Otherwise branch** on a question the evaluation read and found unanswered, trying each
//!    of its candidates. When nothing unanswered is read, the evaluation is exact for every
//!    completion below, and the candidates of q are compared directly. Any such question keeps
//!    the search exact (every completion lies below one of its candidates); the choice only
//!    decides the work. The one with the fewest candidates goes first, except that a measure's
//!    status branches on the measure's kind first while it is open: with the kind open every
//!    evaluation judges the measure under all 43 kinds, with it filled under one, and most
//!    questions (a setting, a package price) are read under a few kinds only.
//!
//! The decision is split so the cost grows linearly with the measures: a measure's status
//! depends on the top-level answers and that measure only, so a measure question is first
//! tried against its own measure's status; only questions the amount reads (cost, date, another
//! payer, kind; employment and what was already granted) are tried against the amount of all
//! measures together. For a scheme with measures the verdict follows from the statuses on every
//! completion (any reimbursable measure: eligible; none: not eligible), so it needs no search of
//! its own. `tests/relevance.rs` holds all of this to a brute-force enumeration of completions.

use crate::answers::Answers;
use crate::date::Date;
use crate::decide::{self, Scope};
use crate::fields::{self, bit, candidate_count, q, Bits, Place, Unanswered};
use crate::judge::{Amount, Ctx, Quiet};
use crate::table::QUESTIONS;
use crate::tri::Tri;

/// The questions that matter, for every scheme in scope.
pub struct Relevance {
    /// Unanswered places and the schemes (by index) whose decision each could change.
    pub open: Vec<(Place, [bool; 4])>,
    /// Answered places that would be in some scheme's `missing` if they were unanswered.
    pub answered: Vec<Place>,
}

/// What the search compares: one scheme's conditions (a scheme without measures), one measure's
/// status, or the amount.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Conditions,
    Status(usize),
    Amount,
}

/// A value of a part: a three-valued status or verdict, or an amount range.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Value {
    Tri(Tri),
    Amount(Amount),
}

impl Value {
    /// Settled on every completion (Kleene soundness; an amount range of one value).
    fn settled(self) -> bool {
        match self {
            Value::Tri(t) => t != Tri::Unknown,
            Value::Amount(a) => a.max == Some(a.min),
        }
    }
}

/// One evaluation of a part on the working answers.
#[derive(Clone, Copy)]
struct Eval {
    value: Value,
    /// Whether the place searched for was read.
    read: bool,
    /// An unanswered place the evaluation read (other than the one searched for), to branch on;
    /// `None` means the evaluation is exact for every completion.
    free: Option<Place>,
}

/// The search state: the answers with the current partial completion filled in.
struct Search {
    w: Answers,
    date: Date,
    /// The places without an answer in the document searched (the open questions).
    open: Unanswered,
    /// Which open places the partial completion has filled.
    filled_top: Bits,
    filled: Vec<Bits>,
    statuses: Vec<Tri>,
    reads: Vec<Bits>,
    /// Work left for the question being searched, in measures judged (see [`BUDGET`]).
    budget: usize,
    /// Work done for the whole document, in measures judged (see [`TOTAL_BUDGET`]).
    spent: usize,
    /// Whether a search ran out of budget and took the safe side.
    exhausted: bool,
    /// Each question's [`candidate_count`], worked out once.
    counts: Vec<usize>,
    /// Room for the places a one-completion witness fills, kept between uses.
    scratch: Vec<Bits>,
}

/// The most work one question's search may take, counted in measures judged (about 20 ns
/// each, so some 20 ms). Every document in the tests stays far below it; a document with dozens of measures
/// that all leave most questions open could in principle need more, and then the question is
/// kept as relevant: asking a question that turns out not to matter is the safe side, claiming
/// a result settled when it is not is not.
pub const BUDGET: usize = 1_000_000;

/// The most work one document's relevance may take (under half a second); past it, every
/// question still to be searched that the rules read is kept as relevant, for the same reason.
pub const TOTAL_BUDGET: usize = 20_000_000;

impl Search {
    fn new(a: &Answers, date: Date) -> Search {
        let n = a.measures.len();
        let counts = QUESTIONS.iter().map(candidate_count).collect();
        Search {
            w: a.clone(),
            date,
            open: Unanswered::of(a),
            filled_top: 0,
            filled: vec![0; n],
            statuses: vec![Tri::Unknown; n],
            reads: vec![0; n],
            budget: BUDGET,
            spent: 0,
            exhausted: false,
            counts,
            scratch: Vec::new(),
        }
    }

    /// How many candidates a place has.
    fn count(&self, p: Place) -> usize {
        self.counts[p.question]
    }

    /// Treats an answered place as open: its answer forgotten.
    fn forget(&mut self, p: Place) {
        fields::clear(&mut self.w, p);
        match p.measure {
            Some(i) => self.open.measures[i] |= bit(p.question),
            None => self.open.top |= bit(p.question),
        }
    }

    /// Puts back the answer `forget` took away, from the document searched.
    fn restore(&mut self, a: &Answers, p: Place) {
        match p.measure {
            Some(i) => {
                self.w.measures[i] = a.measures[i].clone();
                self.open.measures[i] &= !bit(p.question);
            }
            None => {
                (self.w.employer, self.w.person, self.w.provider) =
                    (a.employer.clone(), a.person.clone(), a.provider.clone());
                self.open.top &= !bit(p.question);
            }
        }
    }

    fn fill(&mut self, p: Place, candidate: usize) {
        fields::set(&mut self.w, p, candidate, self.date);
        match p.measure {
            Some(i) => self.filled[i] |= bit(p.question),
            None => self.filled_top |= bit(p.question),
        }
    }

    fn unfill(&mut self, p: Place) {
        fields::clear(&mut self.w, p);
        match p.measure {
            Some(i) => self.filled[i] &= !bit(p.question),
            None => self.filled_top &= !bit(p.question),
        }
    }

    /// An unanswered place among reads, other than `skip`, to branch on: the one with the fewest
    /// candidates (a date settles a deadline in 7 tries where a kind takes 43), top level first,
    /// then measure `focus`, then the others in order. For a measure's status (`kind_first`),
    /// its kind comes first when it is open: until it is filled, every evaluation judges the
    /// measure under all 43 kinds, and once it is filled most questions turn out unread under
    /// most kinds. (Not for the amount: the other measures are still judged under every kind
    /// they may have, and 43 branches multiply the work instead.)
    fn free(
        &self,
        top: Bits,
        measure_reads: impl Fn(usize) -> Bits,
        focus: Option<usize>,
        kind_first: bool,
        skip: Place,
    ) -> Option<Place> {
        let skip_bit = |m: Option<usize>| if skip.measure == m { bit(skip.question) } else { 0 };
        let mut best: Option<(usize, Place)> = None;
        let mut consider = |bits: Bits, measure: Option<usize>| {
            for question in fields::ones(bits) {
                let p = Place { measure, question };
                let n = if kind_first && question == q::KIND { 0 } else { self.counts[question] };
                if best.is_none_or(|(m, _)| n < m) {
                    best = Some((n, p));
                }
            }
        };
        consider(top & self.open.top & !self.filled_top & !skip_bit(None), None);
        let order = focus.into_iter().chain((0..self.w.measures.len()).filter(move |i| Some(*i) != focus));
        for i in order {
            consider(measure_reads(i) & self.open.measures[i] & !self.filled[i] & !skip_bit(Some(i)), Some(i));
        }
        best.map(|(_, p)| p)
    }

    /// Evaluates one part of scheme `s`, noting whether `target` was read.
    fn eval(&mut self, s: usize, part: Part, target: Place) -> Eval {
        // An evaluation of the amount judges every measure; one of a status, one.
        let cost = if part == Part::Amount { 1 + self.w.measures.len() } else { 1 };
        self.budget = self.budget.saturating_sub(cost);
        self.spent = self.spent.saturating_add(cost);
        let w = &self.w;
        let cx = Ctx::new(w, self.date);
        let was_read = |top: Bits, measure: &dyn Fn(usize) -> Bits| match target.measure {
            Some(i) => measure(i) & bit(target.question) != 0,
            None => top & bit(target.question) != 0,
        };
        match (part, decide::parts(s)) {
            (Part::Conditions, _) => {
                let ok = decide::conditions(s, &cx);
                let top = cx.top_reads();
                let none = |_: usize| 0;
                Eval {
                    value: Value::Tri(ok),
                    read: was_read(top, &none),
                    free: self.free(top, none, None, false, target),
                }
            }
            (Part::Status(i), Some(p)) => {
                let ok = (p.conditions)(&cx, &mut Quiet);
                let _ = cx.take_measure_reads();
                let status = (p.measure)(&cx, ok, &w.measures[i], &mut Quiet).status;
                let mine = cx.take_measure_reads();
                let top = cx.top_reads();
                let measure = |j: usize| if j == i { mine } else { 0 };
                Eval {
                    value: Value::Tri(status),
                    read: was_read(top, &measure),
                    free: self.free(top, measure, Some(i), true, target),
                }
            }
            (Part::Amount, Some(p)) => {
                let ok = (p.conditions)(&cx, &mut Quiet);
                let _ = cx.take_measure_reads();
                let (mut statuses, mut reads) = (std::mem::take(&mut self.statuses), std::mem::take(&mut self.reads));
                let mut tally = crate::judge::Tally::default();
                for (j, m) in w.measures.iter().enumerate() {
                    let status = (p.measure)(&cx, ok, m, &mut Quiet).status;
                    statuses[j] = status;
                    if status != Tri::No {
                        tally.add(status, &(p.grant)(&cx, m), 1);
                    }
                    reads[j] = cx.take_measure_reads();
                }
                let amount = (p.total)(&cx, &tally);
                let top = cx.top_reads();
                let measure = |j: usize| reads[j];
                let read = was_read(top, &measure);
                let free = self.free(top, measure, target.measure, false, target);
                (self.statuses, self.reads) = (statuses, reads);
                Eval { value: Value::Amount(amount), read, free }
            }
            // Samordning has no measures: only its conditions are ever asked for.
            (_, None) => Eval { value: Value::Tri(Tri::Unknown), read: false, free: None },
        }
    }

    /// Whether two completions below the current partial one, differing only in `target`, give
    /// part `part` of scheme `s` different values.
    fn matters(&mut self, s: usize, part: Part, target: Place) -> bool {
        if self.budget == 0 {
            self.exhausted = true;
            return true;
        }
        let base = self.eval(s, part, target);
        if !base.read || base.value.settled() {
            return false;
        }
        let n = self.count(target);
        // Two candidates differ on every completion when both are the same on every completion
        // (exact, or settled) and differ, or when their amount ranges are disjoint (two statuses
        // settled differently are the first case). Each candidate is compared with all those
        // before it at once, through what they have in common: the one value every fixed
        // candidate so far has (two fixed ones that differ have already answered), and the lowest
        // upper and the highest lower bound of their ranges.
        let mut lowest_max: Option<u64> = None;
        let mut highest_min: Option<u64> = None;
        let mut fixed_value: Option<Value> = None;
        let mut all_fixed = true;
        let mut branch = base.free;
        for c in 0..n {
            self.fill(target, c);
            let e = self.eval(s, part, target);
            self.unfill(target);
            let fixed = e.free.is_none() || e.value.settled();
            if fixed && fixed_value.is_some_and(|v| v != e.value) {
                return true;
            }
            if let Value::Amount(a) = e.value {
                if lowest_max.is_some_and(|m| m < a.min) || a.max.zip(highest_min).is_some_and(|(m, h)| m < h) {
                    return true;
                }
                lowest_max = match (lowest_max, a.max) {
                    (Some(x), Some(y)) => Some(x.min(y)),
                    (x, y) => x.or(y),
                };
                highest_min = Some(highest_min.map_or(a.min, |h| h.max(a.min)));
            }
            if fixed {
                fixed_value = Some(e.value);
            }
            all_fixed &= fixed;
            branch = branch.or(e.free);
        }
        // Every candidate settled or exact, and none differ: the target cannot matter here.
        if all_fixed {
            return false;
        }
        if self.witness_in_one_completion(s, part, target) {
            return true;
        }
        let Some(x) = branch else { return false };
        let n = self.count(x);
        // Another measure is tried first as contributing least to the amount (the candidates run
        // from the most generous: cost 100 000 kr before 0, the kinds schemes pay for before the
        // ones none does), so that the target's own difference shows under the caps soonest.
        let reverse = part == Part::Amount && x.measure.is_some() && x.measure != target.measure;
        for k in 0..n {
            let c = if reverse { n - 1 - k } else { k };
            self.fill(x, c);
            let found = self.matters(s, part, target);
            self.unfill(x);
            if found {
                return true;
            }
        }
        false
    }

    /// A quick look for a witness before searching: the unanswered places fill at once with
    /// their first candidates (the generous ones), and again with their last (for the amount,
    /// other measures then contribute least), and the target's candidates are compared on that
    /// one completion. A difference there is a witness; none proves nothing.
    fn witness_in_one_completion(&mut self, s: usize, part: Part, target: Place) -> bool {
        let measures = match part {
            Part::Status(i) => i..i + 1,
            _ => 0..self.w.measures.len(),
        };
        // The places to fill, in interview order within each measure (a cost before the other
        // payer's share of it), without the target.
        let skip = |m: Option<usize>| if target.measure == m { bit(target.question) } else { 0 };
        let top = self.open.top & !self.filled_top & !skip(None);
        let mut own = std::mem::take(&mut self.scratch);
        own.clear();
        own.extend(measures.clone().map(|i| self.open.measures[i] & !self.filled[i] & !skip(Some(i))));
        let mut found = false;
        for last in [false, true] {
            let pick = |n: usize| if last { n - 1 } else { 0 };
            for question in fields::ones(top) {
                self.fill(Place::top(question), pick(self.counts[question]));
            }
            for (i, bits) in measures.clone().zip(&own) {
                for question in fields::ones(*bits) {
                    self.fill(Place::of(question, i), pick(self.counts[question]));
                }
            }
            let mut first: Option<Value> = None;
            let mut differs = false;
            for c in 0..self.count(target) {
                self.fill(target, c);
                let e = self.eval(s, part, target);
                self.unfill(target);
                if e.free.is_some() {
                    // Not a whole completion after all (a place read that is not open): no witness.
                    differs = false;
                    break;
                }
                match first {
                    None => first = Some(e.value),
                    Some(v) => differs |= v != e.value,
                }
            }
            for question in fields::ones(top) {
                self.unfill(Place::top(question));
            }
            for (i, bits) in measures.clone().zip(&own) {
                for question in fields::ones(*bits) {
                    self.unfill(Place::of(question, i));
                }
            }
            if differs {
                found = true;
                break;
            }
        }
        self.scratch = own;
        found
    }

    /// Whether `target` (unanswered in the working answers) is in scheme `s`'s `missing`.
    fn relevant(&mut self, s: usize, target: Place) -> bool {
        if self.spent >= TOTAL_BUDGET {
            self.exhausted = true;
            return true;
        }
        self.budget = BUDGET;
        let Some(p) = decide::parts(s) else {
            return self.matters(s, Part::Conditions, target);
        };
        if self.w.measures.is_empty() {
            return self.matters(s, Part::Conditions, target);
        }
        match target.measure {
            Some(i) => {
                let grant_reads = {
                    let cx = Ctx::new(&self.w, self.date);
                    (p.grant)(&cx, &self.w.measures[i]);
                    cx.take_measure_reads()
                };
                self.matters(s, Part::Status(i), target)
                    || (grant_reads & bit(target.question) != 0 && self.matters(s, Part::Amount, target))
            }
            None => {
                // With every status the same whatever the target, only the amount function's own
                // reads can make the target matter.
                (0..self.w.measures.len()).any(|j| self.matters(s, Part::Status(j), target))
                    || self.matters(s, Part::Amount, target)
            }
        }
    }
}

/// What a whole evaluation of scheme `s` reads: (top-level questions, each measure's questions).
/// An unanswered question it does not read cannot change the decision on any completion.
pub fn reads(a: &Answers, date: Date, s: usize) -> (Bits, Vec<Bits>) {
    let cx = Ctx::new(a, date);
    match decide::parts(s) {
        None => {
            decide::conditions(s, &cx);
            (cx.top_reads(), vec![0; a.measures.len()])
        }
        Some(p) => {
            let ok = (p.conditions)(&cx, &mut Quiet);
            let _ = cx.take_measure_reads();
            let mut statuses = Vec::with_capacity(a.measures.len());
            let measures = a
                .measures
                .iter()
                .map(|m| {
                    let status = (p.measure)(&cx, ok, m, &mut Quiet).status;
                    statuses.push(status);
                    if status != Tri::No {
                        (p.grant)(&cx, m);
                    }
                    cx.take_measure_reads()
                })
                .collect();
            p.amount(&cx, &a.measures, &statuses);
            (cx.top_reads(), measures)
        }
    }
}

fn is_read(reads: &(Bits, Vec<Bits>), p: Place) -> bool {
    match p.measure {
        Some(i) => reads.1.get(i).is_some_and(|b| b & bit(p.question) != 0),
        None => reads.0 & bit(p.question) != 0,
    }
}

/// The relevance of every question for the schemes in scope, on `date`.
///
/// Where a search ran out of budget, it runs again on the measures in a canonical order (by their
/// answers), so that what it finds — the budgets' safe side included — cannot depend on the order
/// the measures were listed in.
pub fn relevance(a: &Answers, date: Date, scope: Scope) -> Relevance {
    let (r, exhausted) = relevance_in_order(a, date, scope);
    if !exhausted {
        return r;
    }
    let mut order: Vec<usize> = (0..a.measures.len()).collect();
    order.sort_by(|&i, &j| a.measures[i].cmp(&a.measures[j]));
    if order.iter().enumerate().all(|(k, i)| k == *i) {
        return r;
    }
    let mut canonical = a.clone();
    canonical.measures = order.iter().map(|&i| a.measures[i].clone()).collect();
    let back = |p: Place| Place { measure: p.measure.map(|k| order[k]), question: p.question };
    let (r, _) = relevance_in_order(&canonical, date, scope);
    let mut open: Vec<(Place, [bool; 4])> = r.open.into_iter().map(|(p, m)| (back(p), m)).collect();
    let mut answered: Vec<Place> = r.answered.into_iter().map(back).collect();
    open.sort_by_key(|(p, _)| p.order());
    answered.sort_by_key(|p| p.order());
    Relevance { open, answered }
}

/// The relevance, and whether any search ran out of budget.
fn relevance_in_order(a: &Answers, date: Date, scope: Scope) -> (Relevance, bool) {
    let mut search = Search::new(a, date);
    let reads: Vec<Option<(Bits, Vec<Bits>)>> = (0..4).map(|s| scope.has(s).then(|| reads(a, date, s))).collect();

    let mut open = Vec::new();
    for p in search.open.places() {
        let mut schemes = [false; 4];
        for s in scope.schemes() {
            // An answer no evaluation reads cannot change anything (monotone reads).
            schemes[s] = reads[s].as_ref().is_some_and(|r| is_read(r, p)) && search.relevant(s, p);
        }
        if schemes.iter().any(|x| *x) {
            open.push((p, schemes));
        }
    }

    // An answered question matters when, unanswered, it would be relevant: forget it, search,
    // and put the answer back.
    let mut answered = Vec::new();
    for p in search.open.answered() {
        let read_by: Vec<usize> =
            scope.schemes().filter(|s| reads[*s].as_ref().is_some_and(|r| is_read(r, p))).collect();
        if read_by.is_empty() {
            continue;
        }
        search.forget(p);
        let relevant = read_by.into_iter().any(|s| search.relevant(s, p));
        search.restore(a, p);
        if relevant {
            answered.push(p);
        }
    }
    (Relevance { open, answered }, search.exhausted)
}
