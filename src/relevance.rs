//! Which unanswered questions could still change a scheme's decision (rules.md "How results are
//! formed", *Missing*, rules 2026.2).
//!
//! A *completion* gives every unanswered question one of its candidate answers
//! ([`crate::fields`]). A question q is in a scheme's `missing` exactly when two completions that
//! differ only in q give that scheme a different decision: its verdict, a measure's status, or
//! the amount. The search below decides that without listing every completion:
//!
//! 1. **Unread answers cannot matter.** The rules record every answer they read
//!    ([`crate::schemes::Ctx`]), and skip what an answer already settled masks (No in an `and`,
//!    Yes in an `or`, settled on every completion too). A question not read under some partial
//!    completion therefore cannot change any completion below it.
//! 2. **Settled stays settled.** Three-valued (Kleene) evaluation is sound: a status or verdict
//!    that is Yes or No on partial answers is the same on every completion of them, and an
//!    amount range holds every completion's amount. What is settled whatever q is cannot be
//!    changed by q; what is settled differently for two answers to q is a witness.
//! 3. **Otherwise branch** on a question the evaluation read and found unanswered, trying each
//!    of its candidates. When nothing unanswered is read, the evaluation is exact for every
//!    completion below, and the candidates of q are compared directly.
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
use crate::fields::{self, bit, candidate_count, Bits, Place, Unanswered};
use crate::schemes::{Amount, Ctx, Quiet};
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

    /// Different on every completion.
    fn surely_differs(self, other: Value) -> bool {
        match (self, other) {
            (Value::Tri(a), Value::Tri(b)) => a != Tri::Unknown && b != Tri::Unknown && a != b,
            (Value::Amount(a), Value::Amount(b)) => a.max.is_some_and(|m| m < b.min) || b.max.is_some_and(|m| m < a.min),
            _ => true,
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
        Search { w: a.clone(), date, open: Unanswered::of(a), filled_top: 0, filled: vec![0; n], statuses: vec![Tri::Unknown; n], reads: vec![0; n], budget: BUDGET, spent: 0, exhausted: false }
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
                (self.w.employer, self.w.person, self.w.provider) = (a.employer.clone(), a.person.clone(), a.provider.clone());
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
    /// then measure `focus`, then the others in order.
    fn free(&self, top: Bits, measure_reads: impl Fn(usize) -> Bits, focus: Option<usize>, skip: Place) -> Option<Place> {
        let skip_bit = |m: Option<usize>| if skip.measure == m { bit(skip.question) } else { 0 };
        let mut best: Option<(usize, Place)> = None;
        let mut consider = |bits: Bits, measure: Option<usize>| {
            for question in fields::ones(bits) {
                let p = Place { measure, question };
                let n = candidate_count(p.q());
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
                Eval { value: Value::Tri(ok), read: was_read(top, &none), free: self.free(top, none, None, target) }
            }
            (Part::Status(i), Some(p)) => {
                let ok = (p.conditions)(&cx, &mut Quiet);
                let _ = cx.take_measure_reads();
                let status = (p.measure)(&cx, ok, &w.measures[i], &mut Quiet).status;
                let mine = cx.take_measure_reads();
                let top = cx.top_reads();
                let measure = |j: usize| if j == i { mine } else { 0 };
                Eval { value: Value::Tri(status), read: was_read(top, &measure), free: self.free(top, measure, Some(i), target) }
            }
            (Part::Amount, Some(p)) => {
                let ok = (p.conditions)(&cx, &mut Quiet);
                let _ = cx.take_measure_reads();
                let measure_amount = p.amount_reads;
                let (mut statuses, mut reads) = (std::mem::take(&mut self.statuses), std::mem::take(&mut self.reads));
                for (j, m) in w.measures.iter().enumerate() {
                    let status = (p.measure)(&cx, ok, m, &mut Quiet).status;
                    statuses[j] = status;
                    reads[j] = cx.take_measure_reads() | if status != Tri::No { measure_amount } else { 0 };
                }
                let amount = (p.amount)(&cx, &w.measures, &statuses);
                let top = cx.top_reads();
                let measure = |j: usize| reads[j];
                let read = was_read(top, &measure);
                let free = self.free(top, measure, target.measure, target);
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
        let n = candidate_count(target.q());
        // At most 64 candidates (the kinds of measure are the most, 43): kept on the stack.
        let mut buffer = [base; 64];
        let mut count = 0;
        let mut branch = base.free;
        for c in 0..n {
            self.fill(target, c);
            let e = self.eval(s, part, target);
            self.unfill(target);
            // Two candidates differ on every completion when their values are disjoint ranges, or
            // both are the same on every completion (exact, or settled) and differ.
            let fixed = |x: &Eval| x.free.is_none() || x.value.settled();
            for t in &buffer[..count] {
                if t.value.surely_differs(e.value) || (fixed(t) && fixed(&e) && t.value != e.value) {
                    return true;
                }
            }
            branch = branch.or(e.free);
            buffer[count] = e;
            count += 1;
        }
        // Every candidate settled or exact, and none differ: the target cannot matter here.
        if buffer[..count].iter().all(|e| e.free.is_none() || e.value.settled()) {
            return false;
        }
        if self.witness_in_one_completion(s, part, target) {
            return true;
        }
        let Some(x) = branch else { return false };
        let n = candidate_count(x.q());
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
        let focus = match part {
            Part::Status(i) => Some(i),
            _ => None,
        };
        let mut places: Vec<Place> = fields::ones(self.open.top & !self.filled_top).map(Place::top).collect();
        let measures: Box<dyn Iterator<Item = usize>> = match focus {
            Some(i) => Box::new(std::iter::once(i)),
            None => Box::new(0..self.w.measures.len()),
        };
        for i in measures {
            places.extend(fields::ones(self.open.measures[i] & !self.filled[i]).map(|q| Place::of(q, i)));
        }
        places.retain(|p| *p != target);
        for last in [false, true] {
            for p in &places {
                let n = candidate_count(p.q());
                self.fill(*p, if last { n - 1 } else { 0 });
            }
            let mut first: Option<Value> = None;
            let mut differs = false;
            for c in 0..candidate_count(target.q()) {
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
            for p in &places {
                self.unfill(*p);
            }
            if differs {
                return true;
            }
        }
        false
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
        let measure_amount = p.amount_reads;
        match target.measure {
            Some(i) => {
                self.matters(s, Part::Status(i), target)
                    || (measure_amount & bit(target.question) != 0 && self.matters(s, Part::Amount, target))
            }
            None => {
                // With every status the same whatever the target, only the amount function's own
                // reads can make the target matter.
                (0..self.w.measures.len()).any(|j| self.matters(s, Part::Status(j), target))
                    || (p.amount_top & bit(target.question) != 0 && self.matters(s, Part::Amount, target))
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
            let measures = a.measures.iter().map(|m| {
                let status = (p.measure)(&cx, ok, m, &mut Quiet).status;
                statuses.push(status);
                cx.take_measure_reads() | if status != Tri::No { p.amount_reads } else { 0 }
            }).collect();
            (p.amount)(&cx, &a.measures, &statuses);
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
        let read_by: Vec<usize> = scope.schemes().filter(|s| reads[*s].as_ref().is_some_and(|r| is_read(r, p))).collect();
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

