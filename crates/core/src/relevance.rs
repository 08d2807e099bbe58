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
//!    decides the work ([`World::branch`]).
//!
//! The decision is split so the work grows linearly with the measures ([`crate::world`]): a
//! measure's status depends on the top-level answers and that measure only, so a question is
//! first tried against single measures' statuses — each distinct measure once, and measures
//! that agree on everything their status reads share one search; only questions the amount
//! itself reads (a grant's: cost, date, another payer, kind; `total`'s: employment, what was
//! already granted) are tried against the amount, on a world that keeps every measure's grant
//! summed and judges again only what a change touches. Before branching, the search looks for a
//! witness on a few whole completions (every open question at its first candidate, then at its
//! last, and so on: [`WITNESSES`]; one that would be the same completion as another is not tried
//! twice, and where no measure is reimbursable on any of them, one more on which one is, and
//! for the top-level questions the amount reads one more on which every measure is: see
//! [`SchemeSearch::ready`]); at the top of a search these are kept ready, so a measure's
//! question costs a few judgements whatever the number of measures. The searches of one question
//! for measure after measure remember the pairs of its candidates that told a status apart (a
//! kind the scheme pays for and one it does not): an answered question tries them first, on a
//! whole completion with its answer replaced, which finds most witnesses without judging the
//! question forgotten (for a kind, under all 43), and comparing candidates tries them first.
//! Which candidates are tried first never changes what is found, only how soon. For a scheme
//! with measures the verdict follows from the statuses on every completion (any reimbursable
//! measure: eligible; none: not eligible), so it needs no search of its own.
//! `tests/relevance.rs` holds all of this to a brute-force enumeration of completions.
//!
//! **The budget.** A search may take [`SEARCH`] units of work and a document's relevance
//! [`budget`] (linear in the measures; units as [`crate::world`] counts them). Past either, the
//! question is kept as relevant: asking a question that turns out not to matter is the safe
//! side, claiming a result settled when it is not is not. The measures are searched in a
//! canonical order ([`Groups`]), so what the budget leaves out never depends on the order they
//! were listed in. No test document comes near either limit.

use crate::answers::{Answers, Measure};
use crate::date::Date;
use crate::decide::Scope;
use crate::fields::{self, bit, candidate_count, ones, Bits, Place, FIRST_MEASURE};
use crate::table::QUESTIONS;
use crate::tri::Tri;
use crate::world::{At, Cost, Groups, Part, Value, World};
use std::collections::BTreeMap;

/// The questions that matter, for every scheme in scope.
pub struct Relevance {
    /// Unanswered places and the schemes (by index) whose decision each could change.
    pub open: Vec<(Place, [bool; 4])>,
    /// Answered places that would be in some scheme's `missing` if they were unanswered.
    pub answered: Vec<Place>,
    /// Whether a search ran out of budget and took the safe side.
    pub exhausted: bool,
}

/// The most work one question's search may take, in units (see [`crate::world`]).
pub const SEARCH: u64 = 200_000;

/// The work a document's relevance may take: a fixed part and a part per measure.
pub const BUDGET_BASE: u64 = 1_000_000;
pub const BUDGET_PER_MEASURE: u64 = 600;

/// The most work relevance may take on a document of `measures` measures.
pub fn budget(measures: usize) -> u64 {
    BUDGET_BASE + BUDGET_PER_MEASURE * measures as u64
}

/// The most candidates a question has (a measure's kind has 43): what one step of a search
/// tries.
pub const MAX_CANDIDATES: u64 = 64;

/// The most work an evaluation of a document of `measures` measures can do, in units: relevance's
/// budget and `changes`' (each its own), and for each one step of the work under way when it runs
/// out (each of a question's candidates filled, judging at most every measure again, at most 44
/// units each, and the scans; the few pairs of candidates a status's search tries first, on a
/// world of one measure, are less, and so are the whole completions made ready for the amount:
/// at most ten fillings of every measure (the witnesses, and the two made generous), and a look
/// on a world of one measure that stops with the budget). Once a budget is used up, no search starts and no measure is judged again: every
/// question left is decided from what the decision as it stands reads, and no more changes are
/// tried. Held by `tests/properties.rs` and the fuzz target.
pub fn ceiling(measures: usize) -> u64 {
    2 * (budget(measures) + MAX_CANDIDATES * 46 * (measures as u64 + 1))
}

/// The relevance of every question for the schemes in scope, on `date`.
pub fn relevance(a: &Answers, date: Date, scope: Scope) -> Relevance {
    relevance_within(a, date, scope, &Cost::new(budget(a.measures.len())))
}

/// [`relevance`], counting its work in `cost` and stopping where `cost` runs out.
pub fn relevance_within(a: &Answers, date: Date, scope: Scope, cost: &Cost) -> Relevance {
    let groups = Groups::of(a);
    let mut open_top = [[false; 4]; FIRST_MEASURE];
    let mut answered_top = [false; FIRST_MEASURE];
    // Per group, per question (at most 64, the bits of `Bits`): relevant for which schemes
    // (open), or at all (answered). One allocation each, not one per group.
    let mut open_measure: Vec<[[bool; 4]; 64]> = vec![[[false; 4]; 64]; groups.members.len()];
    let mut answered_measure: Vec<[bool; 64]> = vec![[false; 64]; groups.members.len()];
    let unanswered_top = fields::unanswered_top(a);
    let group_open: Vec<Bits> = groups.members.iter().map(|g| fields::unanswered_in(&a.measures[g[0]])).collect();
    let mut exhausted = false;

    for s in scope.schemes() {
        let mut search = SchemeSearch::new(a, date, s, &groups, cost);
        for q in 0..FIRST_MEASURE {
            if unanswered_top & bit(q) != 0 {
                open_top[q][s] = search.top(q, false);
            } else if !answered_top[q] {
                answered_top[q] = search.top(q, true);
            }
        }
        // Each measure question's status first; the ones only the amount can still show are
        // searched together, sharing the search of the top level.
        let mut pending: Vec<(usize, usize, bool)> = Vec::new();
        for (g, open) in group_open.iter().enumerate() {
            for q in FIRST_MEASURE..QUESTIONS.len() {
                let answered = open & bit(q) == 0;
                if answered && answered_measure[g][q] {
                    continue;
                }
                match search.measure(g, q, answered) {
                    Some(found) if answered => answered_measure[g][q] = found,
                    Some(found) => open_measure[g][q][s] = found,
                    None => pending.push((g, q, answered)),
                }
            }
        }
        let found = search.amounts(&pending);
        for (&(g, q, answered), found) in pending.iter().zip(found) {
            if answered {
                answered_measure[g][q] |= found;
            } else {
                open_measure[g][q][s] = found;
            }
        }
        exhausted |= search.exhausted;
    }

    let mut open = Vec::new();
    let mut answered = Vec::new();
    for q in 0..FIRST_MEASURE {
        if open_top[q].iter().any(|x| *x) {
            open.push((Place::top(q), open_top[q]));
        }
        if answered_top[q] {
            answered.push(Place::top(q));
        }
    }
    // Question by question and measure by measure: the order sorted below, so that the sorts
    // find one run each (put in by group, 500 measures of distinct costs spent some 6% of
    // relevance sorting them).
    let group_of = groups.of_measure(a.measures.len());
    for q in FIRST_MEASURE..QUESTIONS.len() {
        for (i, &g) in group_of.iter().enumerate() {
            if open_measure[g][q].iter().any(|x| *x) {
                open.push((Place::of(q, i), open_measure[g][q]));
            }
            if answered_measure[g][q] {
                answered.push(Place::of(q, i));
            }
        }
    }
    open.sort_by_key(|(p, _)| p.order());
    answered.sort_by_key(|p| p.order());
    Relevance { open, answered, exhausted }
}

/// The searches of one scheme on one document: a world of one measure for the statuses (each
/// kind of measure in turn), one with every measure for the amount (and two whole completions
/// of it ready as witnesses), or one of the conditions alone.
struct SchemeSearch<'a> {
    a: &'a Answers,
    scheme: usize,
    cost: &'a Cost,
    /// The conditions alone: a scheme without measures, or a document without any.
    conditions: Option<World<'a>>,
    /// One measure at a time, and the group it holds.
    single: Option<(World<'a>, usize)>,
    /// Every group, for the amount.
    amount: Option<World<'a>>,
    /// The amount world with every open question read filled: all at the first candidate, all
    /// at the last, and the top level at the first with the measures at the last (those of them
    /// that are different completions); and the generous ones of [`Self::ready`].
    witnesses: Option<Vec<World<'a>>>,
    /// How many of the witnesses a measure's question tries: the last ones are for top-level
    /// questions only (see [`Self::ready`]).
    for_measures: usize,
    groups: Vec<(usize, u32)>,
    /// Each group's class: groups whose measures agree on every answer a status of this scheme
    /// can read are judged alike on every completion, so their statuses are searched once.
    class: Vec<usize>,
    /// A group of each class.
    classes: Vec<usize>,
    /// Per class and measure question, what the status search found.
    statuses: Vec<[Option<bool>; 64]>,
    /// What the whole decision reads at the top level, once the budget is used up.
    top_reads: Option<Bits>,
    /// Per question, the last few pairs of candidates that told a status (or the conditions)
    /// apart ([`Hints`]).
    hints: [Hints; 64],
    exhausted: bool,
}

impl<'a> SchemeSearch<'a> {
    fn new(a: &'a Answers, date: Date, s: usize, groups: &Groups, cost: &'a Cost) -> SchemeSearch<'a> {
        let groups: Vec<(usize, u32)> = groups.members.iter().map(|m| (m[0], m.len() as u32)).collect();
        let with_measures = crate::schemes::SCHEMES[s].parts.is_some() && !a.measures.is_empty();
        let (mut class, mut classes) = (Vec::new(), Vec::new());
        if with_measures {
            let fields = status_fields(date, s, cost);
            let mut seen: BTreeMap<Measure, usize> = BTreeMap::new();
            for (g, &(i, _)) in groups.iter().enumerate() {
                let n = seen.len();
                let c = *seen.entry(crate::world::project(&a.measures[i], fields)).or_insert(n);
                if c == classes.len() {
                    classes.push(g);
                }
                class.push(c);
            }
        }
        SchemeSearch {
            a,
            scheme: s,
            cost,
            conditions: (!with_measures).then(|| World::new(a, date, s, &[], cost)),
            single: with_measures.then(|| (World::new(a, date, s, &[(groups[0].0, 1)], cost), 0)),
            amount: with_measures.then(|| World::new(a, date, s, &groups, cost)),
            witnesses: None,
            for_measures: 0,
            statuses: vec![[None; 64]; classes.len()],
            top_reads: None,
            hints: [Hints::default(); 64],
            groups,
            class,
            classes,
            exhausted: false,
        }
    }

    /// The world of one measure, holding group `g`'s.
    fn single(&mut self, g: usize) -> &mut World<'a> {
        let (w, held) = self.single.as_mut().expect("a scheme with measures");
        if *held != g {
            let source = self.groups[g].0;
            w.set_measure(0, &self.a.measures[source], source);
            *held = g;
        }
        w
    }

    /// Whether top-level question `q` is in `missing` (`answered`: would be, if it were not
    /// answered).
    fn top(&mut self, q: usize, answered: bool) -> bool {
        let at = At::top(q);
        if self.cost.out() {
            return self.read_at_all(at);
        }
        if let Some(w) = &mut self.conditions {
            return relevant_in(w, Part::Conditions, at, answered, None, &mut self.hints[q], &mut self.exhausted);
        }
        // With every status the same whatever q is, only the amount's own reads can make it matter.
        self.any_status(q, answered) || self.amount_reads_top(q) && self.amount_matters(at, at, answered)
    }

    /// The safe side once the document's budget is used up, without judging anything again:
    /// whether the decision as it stands reads the place (in a group's measures for a measure's
    /// question). A place it does not read cannot matter on any completion (an answer given and
    /// not read stays unread once forgotten); one it reads is kept as asked.
    fn read_at_all(&mut self, at: At) -> bool {
        self.exhausted = true;
        if let Some(w) = &self.conditions {
            return w.ok_reads() & bit(at.question) != 0;
        }
        let w = self.amount.as_ref().expect("a scheme with measures");
        let bits = match at.entry {
            None => *self.top_reads.get_or_insert_with(|| w.value(Part::Amount).1 | w.amount_top_reads()),
            Some(g) => w.status_reads(g) | w.grant_reads(g),
        };
        bits & bit(at.question) != 0
    }

    /// Whether any measure's status could change with top-level question `q`: one search per
    /// class of measures, and none for a class whose status does not read `q`.
    fn any_status(&mut self, q: usize, answered: bool) -> bool {
        let at = At::top(q);
        for c in 0..self.classes.len() {
            // What a status reads with an answer forgotten is within what it reads with the
            // answer given (an answer not read cannot lead anywhere else once forgotten): the
            // world of every measure tells without judging again.
            let g = self.classes[c];
            let amount = self.amount.as_ref().expect("a scheme with measures");
            if amount.status_top_reads(g) & bit(q) == 0 {
                continue;
            }
            let mut exhausted = false;
            let mut hints = self.hints[q];
            let found = relevant_in(self.single(g), Part::Status(0), at, answered, None, &mut hints, &mut exhausted);
            self.hints[q] = hints;
            self.exhausted |= exhausted;
            if found {
                return true;
            }
        }
        false
    }

    /// Whether the amount's own reads (the grants' and `total`'s) include top-level question
    /// `q`, with it open.
    fn amount_reads_top(&mut self, q: usize) -> bool {
        let Some(w) = &mut self.amount else { return false };
        let answered = w.open_top & bit(q) == 0;
        if answered {
            w.forget(At::top(q));
        }
        let reads = w.amount_top_reads() & bit(q) != 0;
        if answered {
            w.undo();
        }
        reads
    }

    /// Whether `at` matters to the amount; `ready` is the same place in the witnesses (a
    /// measure's question there is its group's).
    fn amount_matters(&mut self, at: At, ready: At, answered: bool) -> bool {
        self.ready();
        let w = self.amount.as_mut().expect("a scheme with measures");
        let witnesses = self.witnesses.as_mut().map(|k| (k.as_mut_slice(), ready));
        relevant_in(w, Part::Amount, at, answered, witnesses, &mut Hints::default(), &mut self.exhausted)
    }

    /// Makes the whole completions ready, on first use: each of [`WITNESSES`] that is not the
    /// same completion as one before it.
    fn ready(&mut self) {
        if self.witnesses.is_none() {
            let amount = self.amount.as_ref().expect("a scheme with measures");
            let all: Vec<usize> = (0..amount.entries.len()).collect();
            let sides = amount.fillable(Part::Amount, None);
            let make = |last: (bool, bool)| {
                let mut w = amount.clone();
                w.fill_all(&all, None, last);
                w.keep_changes();
                w
            };
            let mut ready: Vec<World> = distinct_witnesses(sides, true).map(make).collect();
            let mut for_measures = ready.len();
            // Where no measure is reimbursable on any of those (a scheme's conditions may ask for
            // some answers at their first candidates and some at their last), one more: the
            // answers that make a measure reimbursable, found on a world of that measure alone,
            // at the top level, and the measures at their last. A measure's own difference then
            // shows once its measure is refilled with those answers ([`on_completion`]), where it
            // would otherwise take a search of the top level.
            if ready.iter().all(|k| k.yes() == 0) {
                let (date, g) = (amount.date, self.groups[0].0);
                let mut one = World::new(self.a, date, self.scheme, &[(g, 1)], self.cost);
                let mut fills = Vec::new();
                let mut tries = GENEROUS_TRIES;
                if holds_below(&mut one, &mut fills, &mut tries) && !fills.is_empty() {
                    let mut w = amount.clone();
                    let top: Vec<(usize, usize)> =
                        fills.iter().filter(|(at, _)| at.entry.is_none()).map(|(at, c)| (at.question, *c)).collect();
                    w.refill_with =
                        fills.iter().filter(|(at, _)| at.entry.is_some()).map(|(at, c)| (at.question, *c)).collect();
                    w.fill_top(&top);
                    w.fill_all(&all, None, (false, true));
                    w.keep_changes();
                    // And for a top-level question the amount reads (what was already granted
                    // this year), the same top level with every measure made reimbursable the
                    // same way: on the one above the measures at their last bring nothing, so
                    // no top-level answer changes the amount there, and its search would
                    // otherwise branch on the top level, judging every measure again under
                    // each answer. Made from the one above (the measures' kinds filled, so
                    // each is judged once more at the cost of a known kind), not filled anew.
                    let mut generous = w.clone();
                    for e in 0..generous.entries.len() {
                        let mut done = 0;
                        for _ in 0..4 {
                            let bits = generous.refills(e, At::top(0));
                            if bits & !done == 0 {
                                break;
                            }
                            done |= bits;
                            generous.refill(e, At::top(0), false);
                            generous.keep_changes();
                        }
                    }
                    if generous.fillable(Part::Amount, None) != (false, false) {
                        generous.fill_all(&all, None, (false, false));
                        generous.keep_changes();
                    }
                    ready.push(w);
                    for_measures = ready.len();
                    ready.push(generous);
                }
            }
            self.for_measures = for_measures;
            self.witnesses = Some(ready);
        }
    }

    /// Whether question `q` of group `g`'s measures is in `missing` (`answered`: would be), as far
    /// as their status tells; `None` when only the amount can still tell ([`Self::amounts`]).
    fn measure(&mut self, g: usize, q: usize, answered: bool) -> Option<bool> {
        if self.single.is_none() {
            return Some(false);
        }
        if self.cost.out() {
            return Some(self.read_at_all(At::of(g, q)));
        }
        if self.status_matters(g, q, answered) {
            return Some(true);
        }
        // The status is the same whatever q is: only the grant's reads can make it matter, and
        // what a grant reads with an answer forgotten is within what it reads with it given.
        let amount = self.amount.as_ref().expect("a scheme with measures");
        (amount.grant_reads(g) & bit(q) != 0).then_some(()).map_or(Some(false), |_| None)
    }

    /// Whether each measure question `(group, question, answered)` changes the amount. They are
    /// searched together: first each on its own at the top (and on the whole completions kept
    /// ready), then down one tree of the top-level answers shared by all, so that a document
    /// whose measures are answered but whose employer, person or provider are not is searched
    /// once, not once per measure; a question whose difference needs its measures' own open
    /// answers is searched on its own from where the shared tree leaves it.
    ///
    /// Where no measure has an open place the amount reads and the open top-level places it
    /// reads have no more completions between them than there are witnesses, the witnesses are
    /// leaves of the shared tree (what they fill, it fills one place at a time), so the tree is
    /// searched straight away: a document with every measure answered and only what was already
    /// granted this year open would otherwise pay for each question twice, once on the
    /// witnesses (where the yearly cap hides every difference) and once down the tree.
    fn amounts(&mut self, targets: &[(usize, usize, bool)]) -> Vec<bool> {
        let mut found = vec![false; targets.len()];
        if targets.is_empty() {
            return found;
        }
        if self.cost.out() {
            // Past the budget: the safe side, without making the witnesses ready.
            self.exhausted = true;
            return vec![true; targets.len()];
        }
        let start = self.cost.spent();
        let tree_first = {
            let w = self.amount.as_ref().expect("a scheme with measures");
            let (_, top) = w.value(Part::Amount);
            let leaves = ones(top & w.open_top & !w.filled_top)
                .try_fold(1usize, |n, q| n.checked_mul(candidate_count(&QUESTIONS[q])))
                .unwrap_or(usize::MAX);
            !w.fillable(Part::Amount, None).1 && leaves <= WITNESSES.len()
        };
        let mut open = Vec::new();
        if tree_first {
            open.extend(0..targets.len());
        } else {
            self.ready();
            for (t, &(g, q, answered)) in targets.iter().enumerate() {
                if self.cost.out() {
                    // Past the budget: the safe side (a pending target's grant reads it).
                    found[t] = true;
                    self.exhausted = true;
                    continue;
                }
                let w = self.amount.as_mut().expect("a scheme with measures");
                let e = w.split(g);
                let at = At::of(e, q);
                if answered {
                    w.forget(at);
                }
                // The witnesses before comparing the candidates here: comparing fills each
                // candidate in a measure whose kind may be open (judged under all 43 kinds),
                // where on a witness every kind is filled. Which comes first changes only the
                // work: a difference on a witness is one on some completion below, and where
                // the place is not read or the amount settled neither can find one.
                let (base, top) = w.value(Part::Amount);
                if !w.reads(Part::Amount, top, at) || base.settled() {
                    // Not read, or settled: the same on every completion below.
                } else if self.witnesses.as_mut().expect("made ready above")[..self.for_measures]
                    .iter_mut()
                    .any(|k| on_completion(k, Part::Amount, At::of(g, q), &mut None))
                {
                    found[t] = true;
                } else {
                    let w = self.amount.as_mut().expect("a scheme with measures");
                    match compare(w, Part::Amount, at) {
                        Seen::Differ => found[t] = true,
                        Seen::Same => {}
                        Seen::Open => open.push(t),
                    }
                }
                let w = self.amount.as_mut().expect("a scheme with measures");
                if answered {
                    w.undo();
                }
                w.join(e);
            }
        }
        let cap = start + SEARCH * targets.len() as u64;
        let w = self.amount.as_mut().expect("a scheme with measures");
        let mut exhausted = false;
        // The targets left open above were compared on this very completion: not again.
        below(w, targets, &open, &mut found, cap, &mut exhausted, !tree_first);
        self.exhausted |= exhausted;
        found
    }

    /// Whether question `q` of group `g`'s measures could change their status: once per class.
    fn status_matters(&mut self, g: usize, q: usize, answered: bool) -> bool {
        let c = self.class[g];
        if let Some(found) = self.statuses[c][q] {
            return found;
        }
        // As for a top-level question ([`Self::any_status`]): a status that does not read the
        // place with its answer given does not read it forgotten either, and a place unread
        // cannot matter. The world of every measure tells without judging again, where the
        // search would judge the measure under the candidates it keeps as hints first.
        let amount = self.amount.as_ref().expect("a scheme with measures");
        if amount.status_reads(g) & bit(q) == 0 {
            self.statuses[c][q] = Some(false);
            return false;
        }
        let mut exhausted = false;
        let mut hints = self.hints[q];
        let found =
            relevant_in(self.single(g), Part::Status(0), At::of(0, q), answered, None, &mut hints, &mut exhausted);
        self.hints[q] = hints;
        self.exhausted |= exhausted;
        self.statuses[c][q] = Some(found);
        found
    }
}

/// [`crate::world::status_fields`], its work counted in `cost` on every use, so that the budget
/// runs out at the same point whether the answer was kept or not.
fn status_fields(date: Date, s: usize, cost: &Cost) -> Bits {
    let (fields, units) = crate::world::status_fields(date, s);
    cost.spend(units);
    fields
}

/// The most answers [`holds_below`] fills in looking for a completion on which a measure is
/// reimbursable: a quick look, not a search (a witness found with it is a witness; none found
/// proves nothing).
const GENEROUS_TRIES: u32 = 256;

/// Whether some completion of the open places the status of the one measure of `w` reads makes it
/// reimbursable: depth first, within `tries` answers filled. `fills` gets the places and
/// candidates of the first such completion found; `w` is left as it was.
fn holds_below(w: &mut World, fills: &mut Vec<(At, usize)>, tries: &mut u32) -> bool {
    match w.status(0) {
        Tri::Yes => return true,
        Tri::No => return false,
        Tri::Unknown => {}
    }
    let (_, top) = w.value(Part::Status(0));
    let Some(x) = w.branch(Part::Status(0), top, At::of(usize::MAX, 0), Some(0), true) else { return false };
    for c in 0..candidate_count(&QUESTIONS[x.question]) {
        if *tries == 0 || w.cost.out() {
            return false;
        }
        *tries -= 1;
        w.fill(x, c);
        fills.push((x, c));
        let found = holds_below(w, fills, tries);
        w.undo();
        if found {
            return true;
        }
        fills.pop();
    }
    false
}

/// The shared search of [`SchemeSearch::amounts`] below the current partial completion: the
/// targets in `open` are compared here (unless `compared`: known to be open here already); those
/// still open are searched below each candidate of a top-level place one of them reads, or on
/// their own when none is left.
fn below(
    w: &mut World,
    targets: &[(usize, usize, bool)],
    open: &[usize],
    found: &mut [bool],
    cap: u64,
    exhausted: &mut bool,
    compared: bool,
) {
    let over = |w: &World| w.cost.out() || w.cost.spent() > cap;
    // Runs `f` on target `t` forgotten (when answered) in a measure of its own.
    fn on<R>(w: &mut World, target: (usize, usize, bool), f: impl FnOnce(&mut World, At) -> R) -> R {
        let (g, q, answered) = target;
        let e = w.split(g);
        let at = At::of(e, q);
        if answered {
            w.forget(at);
        }
        let r = f(w, at);
        if answered {
            w.undo();
        }
        w.join(e);
        r
    }
    let mut still = Vec::new();
    for &t in open {
        if found[t] {
            continue;
        }
        if over(w) {
            // Past the budget: the safe side.
            found[t] = true;
            *exhausted = true;
            continue;
        }
        if compared {
            still.push(t);
            continue;
        }
        match on(w, targets[t], |w, at| compare(w, Part::Amount, at)) {
            Seen::Differ => found[t] = true,
            Seen::Same => {}
            Seen::Open => still.push(t),
        }
    }
    let Some(&first) = still.first() else { return };
    let x = on(w, targets[first], |w, at| {
        let (_, top) = w.value(Part::Amount);
        w.branch(Part::Amount, top, at, at.entry, false).filter(|x| x.entry.is_none())
    });
    let Some(x) = x else {
        // No top-level place left to share: each searches its measures' own open answers alone.
        for t in still {
            let mut st = Search { start: w.cost.spent(), exhausted: false, hint: None };
            found[t] = on(w, targets[t], |w, at| st.matters(w, Part::Amount, at, None));
            *exhausted |= st.exhausted;
        }
        return;
    };
    for c in 0..candidate_count(&QUESTIONS[x.question]) {
        w.fill(x, c);
        below(w, targets, &still, found, cap, exhausted, false);
        w.undo();
        if still.iter().all(|t| found[*t]) {
            break;
        }
    }
}

/// Whether `at` matters to `part` of world `w`: with it forgotten first when `answered`. `hints`:
/// pairs of candidates that told the part apart in searches of the same question before, tried
/// first (and the pair that tells it apart here noted, when one does).
fn relevant_in(
    w: &mut World,
    part: Part,
    at: At,
    answered: bool,
    witnesses: Option<(&mut [World], At)>,
    hints: &mut Hints,
    exhausted: &mut bool,
) -> bool {
    if answered && part != Part::Amount && !w.cost.out() {
        // An answered place filled with a candidate is the same answers as the place forgotten
        // and then filled: two candidates that differ on a whole completion of the other places
        // read are a witness, found without judging the place forgotten (for a measure's kind,
        // under all 43 kinds).
        let entries: &[usize] = match &part {
            Part::Status(e) => std::slice::from_ref(e),
            _ => &[],
        };
        if hints.pairs.iter().flatten().any(|&pair| pair_differs(w, part, at, pair, Some(entries))) {
            return true;
        }
    }
    if answered {
        w.forget(at);
    }
    let mut st = Search { start: w.cost.spent(), exhausted: false, hint: hints.pairs[0] };
    let found = st.matters(w, part, at, witnesses);
    *exhausted |= st.exhausted;
    if let Some(pair) = st.hint {
        hints.note(pair);
    }
    if answered {
        w.undo();
    }
    found
}

/// Whether candidates `a` and `b` of `target` give `part` values that differ and are each the
/// same on every completion below: a witness. With `fill`, the other open places read are filled
/// first (at their first candidates; these entries' and the top level's) under each candidate in
/// turn: what is filled for `b` only was not read under `a`, so it leaves `a`'s value as it was,
/// and the two are whole completions that differ only in the target.
fn pair_differs(w: &mut World, part: Part, target: At, (a, b): (usize, usize), fill: Option<&[usize]>) -> bool {
    let n = candidate_count(&QUESTIONS[target.question]);
    if a >= n || b >= n || a == b {
        return false;
    }
    let mut changes = 0;
    let mut values = [None, None];
    for (k, c) in [a, b].into_iter().enumerate() {
        w.fill(target, c);
        changes += 1;
        if let Some(entries) = fill {
            w.fill_all(entries, Some(target), (false, false));
            changes += 1;
        }
        let (v, reads) = w.value(part);
        if !v.settled() && w.any_free(part, reads, target) {
            break;
        }
        values[k] = Some(v);
    }
    for _ in 0..changes {
        w.undo();
    }
    matches!(values, [Some(va), Some(vb)] if va != vb)
}

/// Two candidates of a question, tried first when its candidates are compared: a pair that
/// told them apart before often does again (for a measure's kind, a kind the scheme pays for
/// and one it does not), where the candidates in order may take many tries to.
type Hint = Option<(usize, usize)>;

/// The last few pairs that told a question's candidates apart, the latest first.
#[derive(Clone, Copy, Default)]
struct Hints {
    pairs: [Hint; 3],
}

impl Hints {
    fn note(&mut self, pair: (usize, usize)) {
        if let Some(at) = self.pairs.iter().position(|p| *p == Some(pair)) {
            self.pairs[..=at].rotate_right(1);
        } else {
            self.pairs.rotate_right(1);
            self.pairs[0] = Some(pair);
        }
    }
}

struct Search {
    start: u64,
    exhausted: bool,
    hint: Hint,
}

/// What comparing a target's candidates at one partial completion shows.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Seen {
    /// Two candidates differ on every completion below: a witness.
    Differ,
    /// No completion below can tell the candidates apart.
    Same,
    /// Neither yet: open places are read.
    Open,
}

/// Compares the target's candidates on the current partial completion (the target unfilled).
fn compare(w: &mut World, part: Part, target: At) -> Seen {
    compare_from(w, part, target, &mut None)
}

/// [`compare`], trying the candidates of `hint` first and setting it to the two that differ,
/// when two fixed values do. What it finds does not depend on the order the candidates are tried
/// in: only how soon.
fn compare_from(w: &mut World, part: Part, target: At, hint: &mut Hint) -> Seen {
    let (base, top) = w.value(part);
    if !w.reads(part, top, target) || base.settled() {
        return Seen::Same;
    }
    let n = candidate_count(&QUESTIONS[target.question]);
    let first = hint.filter(|&(a, b)| a < n && b < n && a != b);
    let order = first.into_iter().flat_map(|(a, b)| [a, b]);
    let order = order.chain((0..n).filter(|c| first.is_none_or(|(a, b)| *c != a && *c != b)));
    // Two candidates differ on every completion when both are the same on every completion
    // (exact, or settled) and differ, or when their amount ranges are disjoint (two statuses
    // settled differently are the first case). Each candidate is compared with all those
    // before it at once, through what they have in common: the one value every fixed
    // candidate so far has (two fixed ones that differ have already answered), and the lowest
    // upper and the highest lower bound of their ranges.
    let mut lowest_max: Option<u64> = None;
    let mut highest_min: Option<u64> = None;
    let mut fixed_value: Option<(Value, usize)> = None;
    let mut all_fixed = true;
    for c in order {
        w.fill(target, c);
        let (v, reads) = w.value(part);
        let fixed = v.settled() || !w.any_free(part, reads, target);
        w.undo();
        if let Some((_, at)) = fixed_value.filter(|(f, _)| fixed && *f != v) {
            *hint = Some((at, c));
            return Seen::Differ;
        }
        if let Value::Amount(a) = v {
            if lowest_max.is_some_and(|m| m < a.min) || a.max.zip(highest_min).is_some_and(|(m, h)| m < h) {
                return Seen::Differ;
            }
            lowest_max = match (lowest_max, a.max) {
                (Some(x), Some(y)) => Some(x.min(y)),
                (x, y) => x.or(y),
            };
            highest_min = Some(highest_min.map_or(a.min, |h| h.max(a.min)));
        }
        if fixed {
            fixed_value = Some((v, c));
        }
        all_fixed &= fixed;
    }
    // Every candidate settled or exact, and none differ: the target cannot matter here.
    if all_fixed {
        Seen::Same
    } else {
        Seen::Open
    }
}

impl Search {
    fn over(&self, w: &World) -> bool {
        w.cost.out() || w.cost.spent() - self.start > SEARCH
    }

    /// Whether two completions below the current partial one, differing only in `target`, give
    /// `part` different values. `witnesses`: the whole completions kept ready, at the top of a
    /// search only.
    fn matters(&mut self, w: &mut World, part: Part, target: At, witnesses: Option<(&mut [World], At)>) -> bool {
        if self.over(w) {
            let (base, top) = w.value(part);
            if !w.reads(part, top, target) || base.settled() {
                return false;
            }
            self.exhausted = true;
            return true;
        }
        match compare_from(w, part, target, &mut self.hint) {
            Seen::Differ => return true,
            Seen::Same => return false,
            Seen::Open => {}
        }
        let witnessed = match witnesses {
            Some((ready, at)) => ready.iter_mut().any(|k| on_completion(k, part, at, &mut self.hint)),
            None => witness(w, part, target, &mut self.hint),
        };
        if witnessed {
            return true;
        }
        self.branch(w, part, target)
    }

    /// Branches on an open place `part` reads, and searches below each of its candidates.
    fn branch(&mut self, w: &mut World, part: Part, target: At) -> bool {
        let (_, top) = w.value(part);
        let focus = match part {
            Part::Status(e) => Some(e),
            _ => target.entry,
        };
        let Some(x) = w.branch(part, top, target, focus, matches!(part, Part::Status(_))) else { return false };
        let n = candidate_count(&QUESTIONS[x.question]);
        // Another measure is tried first as contributing least to the amount (the candidates run
        // from the most generous: cost 100 000 kr before 0, the kinds schemes pay for before the
        // ones none does), so that the target's own difference shows under the caps soonest.
        let reverse = part == Part::Amount && x.entry.is_some() && x.entry != target.entry;
        // A place of an entry that stands for several measures is filled in one of them.
        let (x, split) = match x.entry {
            Some(e) if part == Part::Amount && w.entries[e].count > 1 => (At::of(w.split(e), x.question), true),
            _ => (x, false),
        };
        let mut found = false;
        for k in 0..n {
            let c = if reverse { n - 1 - k } else { k };
            w.fill(x, c);
            found = self.matters(w, part, target, None);
            w.undo();
            if found {
                break;
            }
        }
        if split {
            w.join(x.entry.expect("split above"));
        }
        found
    }
}

/// Which candidates the whole completions tried as witnesses take, (the top level's, the
/// measures'): the first (the generous ones: true, employed, a kind schemes pay for, 100 000 kr),
/// the last, and the top level generous with the measures at their last (for the amount, the
/// other measures then contribute least, and the target's own measure is filled generously again).
const WITNESSES: [(bool, bool); 3] = [(false, false), (true, true), (false, true)];

/// The [`WITNESSES`] that are different completions, given whether [`World::fill_all`] fills
/// anything at the top level and in the measures (`sides`): where it fills nothing, which
/// candidate it would take makes no difference. `amount`: whether the completion is for the
/// amount (the third is for the amount only).
fn distinct_witnesses(sides: (bool, bool), amount: bool) -> impl Iterator<Item = (bool, bool)> {
    let mut seen = [None; WITNESSES.len()];
    WITNESSES
        .into_iter()
        .enumerate()
        .filter(move |&(i, last)| {
            let effective = (last.0 && sides.0, last.1 && sides.1);
            if (!amount && last == (false, true)) || seen.contains(&Some(effective)) {
                return false;
            }
            seen[i] = Some(effective);
            true
        })
        .map(|(_, last)| last)
}

/// A quick look for a witness before branching: the open places read and not yet filled are
/// filled at once as each of [`WITNESSES`] says, and the target's candidates compared on that one
/// completion. A difference there is a witness; none proves nothing.
fn witness(w: &mut World, part: Part, target: At, hint: &mut Hint) -> bool {
    let entries: Vec<usize> = match part {
        Part::Conditions => Vec::new(),
        Part::Status(e) => vec![e],
        Part::Amount => (0..w.entries.len()).collect(),
    };
    let sides = w.fillable(part, Some(target));
    for last in distinct_witnesses(sides, part == Part::Amount) {
        w.fill_all(&entries, Some(target), last);
        let found = on_completion(w, part, target, hint);
        w.undo();
        if found {
            return true;
        }
    }
    false
}

/// Whether the target's candidates give `part` different values on the whole completion `w`
/// holds (every open place read filled but the target). For the amount, a measure's question is
/// also tried with the rest of its own measure at the first candidates: the other measures at
/// their last contribute least and the target's measure most, so that its difference is not
/// lost under a cap.
fn on_completion(w: &mut World, part: Part, target: At, hint: &mut Hint) -> bool {
    // A measure's place is tried in one measure of its entry (which may stand for several).
    let (target, split) = match target.entry {
        Some(e) if part == Part::Amount && w.entries[e].count > 1 => (At::of(w.split(e), target.question), true),
        _ => (target, false),
    };
    let mut found = differs_on(w, part, target, hint);
    if !found && part == Part::Amount {
        // With nothing of its own to fill, the measure's completion is the one just tried.
        if let Some(e) = target.entry.filter(|&e| w.refills(e, target) != 0) {
            // The measure's answers refilled may make it read more of its own (a kind a scheme
            // pays for reads the date): those are refilled too, so that it is the measure as
            // generous as it can be, and then anything still open that is read is filled.
            let mut changes = 0;
            let mut done = 0;
            while changes < 4 {
                let bits = w.refills(e, target);
                if bits & !done == 0 {
                    break;
                }
                done |= bits;
                w.refill(e, target, false);
                changes += 1;
            }
            if w.fillable(part, Some(target)) != (false, false) {
                w.fill_all(&[e], Some(target), (false, false));
                changes += 1;
            }
            found = differs_on(w, part, target, hint);
            for _ in 0..changes {
                w.undo();
            }
        }
    }
    if split {
        w.join(target.entry.expect("split above"));
    }
    found
}

/// Whether the target's candidates give different values, everything else read being filled;
/// the two of `hint` first (set to the two that differ, when two do).
fn differs_on(w: &mut World, part: Part, target: At, hint: &mut Hint) -> bool {
    if hint.is_some_and(|pair| pair_differs(w, part, target, pair, None)) {
        return true;
    }
    let mut first: Option<(Value, usize)> = None;
    for c in 0..candidate_count(&QUESTIONS[target.question]) {
        w.fill(target, c);
        let (v, reads) = w.value(part);
        let whole = !w.any_free(part, reads, target);
        w.undo();
        if !whole {
            // Not a whole completion after all (a place read that is not filled): no witness.
            return false;
        }
        match first {
            None => first = Some((v, c)),
            Some((f, at)) if f != v => {
                *hint = Some((at, c));
                return true;
            }
            Some(_) => {}
        }
    }
    false
}

/// What a whole evaluation of scheme `s` reads: (top-level questions, each measure's questions).
/// An unanswered question it does not read cannot change the decision on any completion.
pub fn reads(a: &Answers, date: Date, s: usize) -> (Bits, Vec<Bits>) {
    let cx = crate::judge::Ctx::new(a, date);
    match crate::decide::parts(s) {
        None => {
            crate::decide::conditions(s, &cx);
            (cx.top_reads(), vec![0; a.measures.len()])
        }
        Some(p) => {
            let ok = (p.conditions)(&cx, &mut crate::judge::Quiet);
            let _ = cx.take_measure_reads();
            let mut statuses = Vec::with_capacity(a.measures.len());
            let measures = a
                .measures
                .iter()
                .map(|m| {
                    let status = (p.measure)(&cx, ok, m, &mut crate::judge::Quiet).status;
                    statuses.push(status);
                    if status != crate::tri::Tri::No {
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
