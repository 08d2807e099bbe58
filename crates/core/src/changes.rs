//! What would change a scheme's verdict (rules.md §8, docs/API.md §2 `changes`): the smallest
//! sets of changes to *actionable* answers — every single change first, then pairs, never larger
//! — after which a `not_eligible` scheme is no longer `not_eligible` (it becomes eligible, or
//! undetermined and the open questions decide), or an `undetermined` one is `eligible` whatever
//! the open questions turn out. A set is listed only when no listed set is contained in it.
//!
//! A change gives an actionable question (the catalogue's `actionable`: a question with actions)
//! one of the values its actions give (`person.return_to_work_plan`: true; `provider.performer`:
//! a licensed psychologist or psychotherapist; `provider.competence`: an area, shown as one), where
//! the answer is something else or still open. Facts of the case are never changed. A measure's
//! own provider answer (`measures[i].provider.performer`, which wins over the top level's for that
//! measure) is changed where the measure gives it: there, a top-level change would not reach it.
//!
//! Computed with the decision alone, like relevance, on a [`World`] that judges again only what a
//! change touches; a verdict is three-valued, so "eligible" after a change holds on every
//! completion of the open questions (Kleene soundness). Two facts keep the search small and exact:
//! - **An answer the decision does not read cannot change it**, alone (the evaluation reads the
//!   same answers and takes the same way whatever it is). So a single change is tried only where
//!   the decision reads, and a pair's second change only where the decision reads after the first:
//!   in a minimal working pair one change is read before, and the other after the first (else the
//!   first alone would work). The decision does not record reading a measure's own provider
//!   answer (`Ctx::provider` records only the top level's, read where the measure has none), so
//!   those changes are tried wherever their measure's are: trying a change it does not read only
//!   costs work, and the argument holds on the moves tried, a superset of those read.
//! - **Two changes in different measures are never a minimal pair**: the conditions do not read a
//!   measure, a measure's status reads only itself (its own provider answers included: only that
//!   measure reads them) and the top level, and the verdict is the conditions and *some* measure;
//!   whichever measure the pair turns, its own change alone turns it.
//!
//! The work is counted in the evaluation's [`Cost`]; where it runs out, no more sets are tried
//! and what was found is listed (README: advice left out is the safe side of a budget).
//! `tests/changes.rs` holds the result to a brute force over every single and pair of changes.

use crate::answers::Answers;
use crate::date::Date;
use crate::fields::{self, bit, ones, Bits, Place};
use crate::judge::{Amount, Ctx};
use crate::schemes::SCHEMES;
use crate::table::{Answer, Given, Section, QUESTIONS};
use crate::tri::Tri;
use crate::world::{At, Cost, World};
use serde::Serialize;
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// A value a change gives (what the question's action gives).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(untagged)]
pub enum NewValue {
    Bool(bool),
    Choice(&'static str),
    /// A list of areas: any area meets the rules; one stands for them.
    List(&'static [&'static str]),
}

/// One set of changes and what it gives.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    /// The places changed and their new values, in the catalogue's order.
    pub set: Vec<(Place, NewValue)>,
    pub verdict: Tri,
    pub amount: Amount,
    /// The rules whose `holds` the set turns (the scheme's and the measures'), in the registry's
    /// order.
    pub rules: Vec<&'static str>,
}

/// A change: a place (top level, or measure `entry`'s question, or with a provider question
/// measure `entry`'s own answer to it) and a candidate of it. Entry `e` is measure `e`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Move {
    at: At,
    candidate: usize,
    value: NewValue,
}

impl Move {
    fn place(&self) -> Place {
        match self.at.entry {
            None => Place::top(self.at.question),
            Some(e) if self.own() => Place::own(self.at.question, e),
            Some(e) => Place::of(self.at.question, e),
        }
    }

    /// A measure's own provider answer: no place a [`World`] fills (its undo keeps the measure's
    /// provider), so it is put in by replacing the measure ([`put`]).
    fn own(&self) -> bool {
        self.at.entry.is_some() && QUESTIONS[self.at.question].section == Section::Provider
    }
}

/// Makes the changes `set` in `w`, which has none pending: the measures' own provider answers
/// first (a measure is replaced only with no change pending), then the others.
fn put(w: &mut World, set: &[Move]) {
    for m in set.iter().filter(|m| m.own()) {
        let e = m.at.entry.expect("an entry's answer");
        let mut measure = w.entries[e].m.clone();
        fields::set_own(&mut measure, m.at.question, m.candidate, w.date);
        w.set_measure(e, &measure, e);
    }
    for m in set.iter().filter(|m| !m.own()) {
        w.fill(m.at, m.candidate);
    }
}

/// Takes back what [`put`] made.
fn take_back(w: &mut World, a: &Answers, set: &[Move]) {
    for _ in set.iter().filter(|m| !m.own()) {
        w.undo();
    }
    for m in set.iter().filter(|m| m.own()) {
        let e = m.at.entry.expect("an entry's answer");
        w.set_measure(e, &a.measures[e], e);
    }
}

/// The values question `q`'s actions give, with the candidate that gives each.
fn action_values(q: usize) -> Vec<(usize, NewValue)> {
    let question = &QUESTIONS[q];
    let mut out: Vec<(usize, NewValue)> = Vec::new();
    for given in question.changes_to {
        let v = match (*given, question.answer) {
            (Some(Given::Bool(b)), _) => (usize::from(!b), NewValue::Bool(b)),
            (Some(Given::Choice(name)), Answer::Choice(options)) => {
                let Some(i) = options.iter().position(|o| *o == name) else { continue };
                (i, NewValue::Choice(name))
            }
            // Any area: the candidate with one (crate::fields: the second list candidate).
            (None, Answer::Multi(_)) => (1, NewValue::List(&["medicine"])),
            _ => continue,
        };
        if !out.contains(&v) {
            out.push(v);
        }
    }
    out
}

/// The changes of scheme `s` on `a`, judged on `date`.
///
/// Before and after a change the verdict is the decision's, three-valued. Where the outcome
/// shows a verdict taken from a completion (no open question can change it, though three-valued
/// logic cannot see it: crate::outcome), the decision is undetermined, and the sets listed are
/// those that make it eligible.
pub fn changes(a: &Answers, date: Date, s: usize, cost: &Cost) -> Vec<Change> {
    if cost.out() {
        return Vec::new();
    }
    let entries: Vec<(usize, u32)> = (0..a.measures.len()).map(|i| (i, 1)).collect();
    let mut w = World::new(a, date, s, &entries, cost);
    let verdict = w.verdict();
    if verdict == Tri::Yes {
        return Vec::new();
    }
    let works = |v: Tri| if verdict == Tri::No { v != Tri::No } else { v == Tri::Yes };
    // Worked out from the field table alone, so once for the program rather than on every call.
    static VALUES: OnceLock<Vec<Vec<(usize, NewValue)>>> = OnceLock::new();
    let values = VALUES.get_or_init(|| (0..QUESTIONS.len()).map(action_values).collect());
    let actionable: Bits = (0..QUESTIONS.len()).filter(|q| !values[*q].is_empty()).fold(0, |b, q| b | bit(q));
    // Each measure's own provider answers that a change would alter (the search changes no
    // other of them, and tries these wherever it tries the measure's: see the module).
    cost.spend(a.measures.len().div_ceil(32) as u64);
    let own: Vec<Vec<Move>> = a
        .measures
        .iter()
        .enumerate()
        .map(|(e, m)| {
            let mut out = Vec::new();
            let mut given = m.provider.clone();
            for q in ones(actionable).filter(|q| QUESTIONS[*q].section == Section::Provider) {
                if !given.slot(q).is_some_and(|s| s.answered()) {
                    continue;
                }
                for &(c, value) in &values[q] {
                    let mut changed = m.clone();
                    fields::set_own(&mut changed, q, c, date);
                    if changed != *m {
                        out.push(Move { at: At::of(e, q), candidate: c, value });
                    }
                }
            }
            out
        })
        .collect();

    // The moves the decision reads as it stands, that change an answer. `only`: one entry's (and
    // the top level's) alone.
    // The moves that change an answer among the top-level questions `read`, and the questions
    // entry `only` (every entry: `None`; no entry: `Some(None)`) reads.
    let moves = |w: &World, read: Bits, only: Option<Option<usize>>| -> Vec<Move> {
        let mut out = Vec::new();
        for q in ones(read & actionable) {
            for &(c, value) in &values[q] {
                if differs(w.answers(), Place::top(q), c, date) {
                    out.push(Move { at: At::top(q), candidate: c, value });
                }
            }
        }
        let range: Vec<usize> = match only {
            Some(Some(e)) => vec![e],
            Some(None) => Vec::new(),
            None => (0..w.entries.len()).collect(),
        };
        cost.spend(range.len().div_ceil(32) as u64);
        for e in range {
            for q in ones(w.status_reads(e) & actionable) {
                for &(c, value) in &values[q] {
                    if differs_in(&w.entries[e].m, q, c, date) {
                        out.push(Move { at: At::of(e, q), candidate: c, value });
                    }
                }
            }
            out.extend_from_slice(&own[e]);
        }
        out
    };

    // The verdict needs the conditions to allow it (not No to lift a no, Yes to be eligible), and
    // only top-level answers reach them: a world of the conditions alone tries the top-level
    // changes first, so that the measures are judged again only under conditions that allow it.
    let allows = |v: Tri| if verdict == Tri::No { v != Tri::No } else { v == Tri::Yes };
    let fine = allows(w.ok());
    let mut cw = World::new(a, date, s, &[], cost);
    let conditions_allow = |cw: &mut World, set: &[Move]| -> bool {
        let tops: Vec<&Move> = set.iter().filter(|m| m.at.entry.is_none()).collect();
        if tops.is_empty() {
            return fine;
        }
        for m in &tops {
            cw.fill(m.at, m.candidate);
        }
        let ok = cw.ok();
        for _ in &tops {
            cw.undo();
        }
        allows(ok)
    };

    let mut found: Vec<(Vec<Move>, Tri, Amount)> = Vec::new();
    // Under conditions that do not allow it, a measure's change alone changes nothing that matters
    // (and neither does a pair that starts with one: its other change is at the top level, read
    // by the conditions as they stand, and tried as a first below).
    let firsts = moves(&w, w.verdict_top_reads(), if fine { None } else { Some(None) });
    let mut singles: BTreeSet<Move> = BTreeSet::new();
    let mut allowing: BTreeSet<Move> = BTreeSet::new();
    for &m in &firsts {
        if cost.out() {
            break;
        }
        if !conditions_allow(&mut cw, &[m]) {
            continue;
        }
        allowing.insert(m);
        put(&mut w, &[m]);
        let v = w.verdict();
        if works(v) {
            singles.insert(m);
            found.push((vec![m], v, w.amount()));
        }
        take_back(&mut w, a, &[m]);
    }
    let mut pairs: BTreeSet<(Move, Move)> = BTreeSet::new();
    for &x in firsts.iter().filter(|m| !singles.contains(m)) {
        if cost.out() {
            break;
        }
        let seconds: Vec<Move> = if allowing.contains(&x) {
            // After a measure's change, the second is at the top level or in the same measure.
            put(&mut w, &[x]);
            let seconds = moves(&w, w.verdict_top_reads(), Some(x.at.entry).filter(|e| e.is_some()));
            take_back(&mut w, a, &[x]);
            seconds
        } else {
            // The conditions do not allow it after x alone: the second must be a top-level
            // change the conditions read after x, that together with x allows it.
            cw.fill(x.at, x.candidate);
            let seconds = moves(&cw, cw.ok_reads(), Some(None));
            cw.undo();
            seconds.into_iter().filter(|y| conditions_allow(&mut cw, &[x, *y])).collect()
        };
        for y in seconds {
            if y.at == x.at || singles.contains(&y) || cost.out() {
                continue;
            }
            let key = if x < y { (x, y) } else { (y, x) };
            if pairs.contains(&key) {
                continue;
            }
            put(&mut w, &[x, y]);
            let v = w.verdict();
            if works(v) {
                pairs.insert(key);
                found.push((vec![key.0, key.1], v, w.amount()));
            }
            take_back(&mut w, a, &[x, y]);
        }
    }
    // A pair whose second change is also the first of another pair is found twice at most once
    // (the key); singles first, then pairs, each in the catalogue's order.
    found.sort_by_key(|(set, _, _)| (set.len(), set.iter().map(|m| (m.place().order(), m.value)).collect::<Vec<_>>()));
    found
        .into_iter()
        .map(|(set, verdict, amount)| {
            let mut changed = a.clone();
            for m in &set {
                fields::set(&mut changed, m.place(), m.candidate, date);
            }
            let measure = set.iter().find_map(|m| m.at.entry);
            let rules = turned(s, &explained(a, date, s, measure, cost), &explained(&changed, date, s, measure, cost));
            let mut set: Vec<(Place, NewValue)> = set.iter().map(|m| (m.place(), m.value)).collect();
            set.sort_by_key(|(p, _)| p.order());
            Change { set, verdict, amount, rules }
        })
        .collect()
}

/// Whether giving place `p` candidate `c` changes the top-level answers.
fn differs(a: &Answers, p: Place, c: usize, date: Date) -> bool {
    let mut b = Answers {
        measures: Vec::new(),
        employer: a.employer.clone(),
        person: a.person.clone(),
        provider: a.provider.clone(),
        ..Answers::default()
    };
    let before = b.clone();
    fields::set(&mut b, p, c, date);
    b != before
}

/// Whether giving measure question `q` candidate `c` changes the measure.
fn differs_in(m: &crate::answers::Measure, q: usize, c: usize, date: Date) -> bool {
    let mut n = m.clone();
    fields::set_in(&mut n, q, c, date);
    n != *m
}

/// Every rule's `holds` in scheme `s` on `a`: the scheme's own, and each measure's (with
/// `measure`, in a document of that measure alone: a change to one measure turns only its own
/// reasons and those of the scheme that read it, and judging the others would cost a pass over
/// every measure per set).
fn explained(
    a: &Answers,
    date: Date,
    s: usize,
    measure: Option<usize>,
    cost: &Cost,
) -> Vec<(Option<usize>, &'static str, Tri)> {
    let alone;
    let (doc, offset) = match measure {
        Some(i) => {
            alone = Answers { measures: vec![a.measures[i].clone()], ..without_measures(a) };
            (&alone, i)
        }
        None => (a, 0),
    };
    cost.spend(2 * (doc.measures.len() as u64 + 1));
    let r = (SCHEMES[s].evaluate)(&Ctx::new(doc, date));
    let mut out: Vec<(Option<usize>, &'static str, Tri)> =
        r.reasons.iter().map(|x| (None, x.rule.id, x.holds)).collect();
    for (i, m) in r.measures.iter().enumerate() {
        out.extend(m.reasons.iter().map(|x| (Some(i + offset), x.rule.id, x.holds)));
    }
    out
}

fn without_measures(a: &Answers) -> Answers {
    Answers {
        date: a.date,
        employer: a.employer.clone(),
        person: a.person.clone(),
        provider: a.provider.clone(),
        measures: Vec::new(),
        scope: None,
    }
}

/// The rules whose `holds` differs between `before` and `after`, in the scheme's order.
fn turned(
    s: usize,
    before: &[(Option<usize>, &'static str, Tri)],
    after: &[(Option<usize>, &'static str, Tri)],
) -> Vec<&'static str> {
    let mut rules: Vec<&'static str> = before
        .iter()
        .filter(|x| !after.contains(x))
        .chain(after.iter().filter(|x| !before.contains(x)))
        .map(|x| x.1)
        .collect();
    let order = SCHEMES[s].rules;
    rules.sort_by_key(|r| (order.iter().position(|o| o.id == *r).unwrap_or(usize::MAX), *r));
    rules.dedup();
    rules
}
