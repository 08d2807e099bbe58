//! One scheme's decision kept up to date while a search fills answers in and takes them out
//! again: what relevance ([`crate::relevance`]) and `changes` ([`crate::changes`]) search on.
//!
//! Two facts about the rules make the work grow linearly with the measures:
//! - **A measure's status depends on the top-level answers and that measure only**, and its grant
//!   on the measure alone; the amount is the scheme's `total` over the grants summed in a
//!   [`Tally`]. So a world judges each measure once, keeps its status, grant and what it read,
//!   and when an answer changes judges again only what read it: a measure's own answer, one
//!   measure; a top-level answer, the measures that read it (all of them only when the scheme's
//!   own conditions change). The amount is then one `total` over the running sums.
//! - **Identical measures are interchangeable** (the decision is symmetric under reordering
//!   them), so a world holds *entries*: a measure and how many of the document's measures it
//!   stands for ([`Groups`]). A search that fills an answer of one of them first takes that one
//!   out as an entry of its own ([`World::split`]); it goes back when the search is done.
//!
//! **The cost model.** Every judgement a world makes is counted in [`Cost`] units: a scheme's
//! conditions 1; a measure 2, or 44 while its kind is open (it is judged under all 43 kinds); a
//! `total` 1 and one more per 8 keys summed (FK's calendar years); a scan over the entries (to
//! find the ones that read an answer, or a place to branch on) one per 32 entries. Each unit is a
//! bounded amount of work (no rule loops over anything but the 43 kinds), so time is at most a
//! constant times the units, and the searches stop where the units run out
//! ([`crate::relevance::budget`]): the worst case of a whole evaluation is linear in the measures.

use crate::answers::{Answers, Measure};
use crate::date::Date;
use crate::fields::{self, bit, candidate_count, ones, Bits, FIRST_MEASURE};
use crate::judge::{Amount, Ctx, Grant, Parts, Quiet, Rec, Tally};
use crate::schemes::SCHEMES;
use crate::table::QUESTIONS;
use crate::tri::Tri;
use std::cell::Cell;

/// Work done, in units (see the module's cost model), and where it must stop.
#[derive(Debug)]
pub struct Cost {
    spent: Cell<u64>,
    limit: u64,
}

impl Cost {
    pub fn new(limit: u64) -> Cost {
        Cost { spent: Cell::new(0), limit }
    }

    pub fn spend(&self, units: u64) {
        self.spent.set(self.spent.get() + units);
    }

    pub fn spent(&self) -> u64 {
        self.spent.get()
    }

    /// Whether the work allowed is used up.
    pub fn out(&self) -> bool {
        self.spent.get() >= self.limit
    }
}

/// The top-level questions of each section of the answers.
const EMPLOYER: Bits = crate::answers::Employer::NONE.unanswered();
const PERSON: Bits = crate::answers::Person::NONE.unanswered();
const PROVIDER: Bits = crate::answers::Provider::NONE.unanswered();

/// Units for scanning `n` entries.
fn scan(n: usize) -> u64 {
    n.div_ceil(32) as u64
}

/// A place in a world: a top-level question (`entry: None`) or a question of one entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct At {
    pub entry: Option<usize>,
    pub question: usize,
}

impl At {
    pub fn top(question: usize) -> At {
        At { entry: None, question }
    }
    pub fn of(entry: usize, question: usize) -> At {
        At { entry: Some(entry), question }
    }
}

/// The document's measures grouped when identical, in a canonical order (by the measures
/// themselves), so that nothing a search finds — the safe side of a budget included — depends on
/// the order they were listed in.
pub struct Groups {
    /// Each group's measures, by index in the document, lowest first.
    pub members: Vec<Vec<usize>>,
}

impl Groups {
    pub fn of(a: &Answers) -> Groups {
        let mut order: Vec<usize> = (0..a.measures.len()).collect();
        order.sort_by(|&i, &j| a.measures[i].cmp(&a.measures[j]).then(i.cmp(&j)));
        let mut members: Vec<Vec<usize>> = Vec::new();
        for i in order {
            match members.last_mut() {
                Some(g) if a.measures[g[0]] == a.measures[i] => g.push(i),
                _ => members.push(vec![i]),
            }
        }
        Groups { members }
    }

    /// The group of each measure.
    pub fn of_measure(&self, n: usize) -> Vec<usize> {
        let mut out = vec![0; n];
        for (g, members) in self.members.iter().enumerate() {
            for &i in members {
                out[i] = g;
            }
        }
        out
    }
}

/// The measure questions a status of scheme `s` can read: what it reads with nothing answered
/// (every kind judged, every condition open), which holds whatever any answers read; and the
/// work finding that took, in units.
///
/// It depends on the day judged and the scheme alone, yet judging the blank measure under all 43
/// kinds was about a tenth of a one-measure document's evaluation: each thread keeps what it
/// found for the last day it was asked about, by scheme, with the work it took. Relevance counts
/// that work again on every use (building the world only counts its work: nothing it finds
/// depends on `cost`).
pub fn status_fields(date: Date, s: usize) -> (Bits, u64) {
    type Kept = Option<(Date, [Option<(Bits, u64)>; SCHEMES.len()])>;
    thread_local! {
        static KEPT: Cell<Kept> = const { Cell::new(None) };
    }
    let mut kept = match KEPT.get() {
        Some((day, found)) if day == date => found,
        _ => [None; SCHEMES.len()],
    };
    let found = *kept[s].get_or_insert_with(|| {
        let blank = Answers { measures: vec![Measure::default()], ..Answers::default() };
        let alone = Cost::new(u64::MAX);
        let w = World::new(&blank, date, s, &[(0, 1)], &alone);
        (w.status_reads(0), alone.spent())
    });
    KEPT.set(Some((date, kept)));
    found
}

/// A measure with only the answers in `fields` (and its own provider): measures with the same
/// projection on [`status_fields`] have the same status, on the same top-level answers.
pub fn project(m: &Measure, fields: Bits) -> Measure {
    let mut m = m.clone();
    for q in FIRST_MEASURE..QUESTIONS.len() {
        if fields & bit(q) == 0 {
            fields::clear_in(&mut m, q);
        }
    }
    m
}

/// The status last judged in a pass over the entries on the same top-level answers
/// ([`World::new`], [`World::changed`]), for a measure whose kind is open, and that measure
/// projected on what a status can read ([`project`]). A measure that projects the same reads the
/// same answers, so it comes to the same status having read the same questions: the next entries
/// of the pass that do (the entries come in the measures' order, so such ones are neighbours, as
/// 500 measures that differ in their costs alone all are) take it without being judged under all
/// 43 kinds again. Their work is counted all the same.
struct Alike {
    m: Measure,
    status: Tri,
    top: Bits,
    reads: Bits,
}

/// What a measure's judgement left: its status, its grant (when not `not_reimbursable`), and
/// what each read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Judged {
    status: Tri,
    grant: Option<Grant>,
    /// Top-level questions the status read, and the grant.
    top: Bits,
    grant_top: Bits,
    /// The measure's own questions the status read, and the grant.
    reads: Bits,
    grant_reads: Bits,
}

/// A measure in a world, standing for `count` identical measures of the document.
#[derive(Clone)]
pub struct Entry {
    pub m: Measure,
    pub count: u32,
    /// A measure of the document it stands for (a forgotten answer comes back from it).
    pub source: usize,
    /// The entry it was split from ([`World::split`]).
    origin: Option<usize>,
    /// Its unanswered questions (in the document, or forgotten), and which of them are filled.
    pub open: Bits,
    pub filled: Bits,
    judged: Judged,
}

impl Entry {
    /// Open places read and not filled: where a search may branch.
    fn free(&self, amount: bool) -> Bits {
        let reads = self.judged.reads | if amount { self.judged.grant_reads } else { 0 };
        reads & self.open & !self.filled
    }
}

/// What a search compares: a scheme's conditions (no measures), one entry's status, or the
/// amount.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Conditions,
    Status(usize),
    Amount,
}

/// A value of a part: a three-valued status or verdict, or an amount range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Value {
    Tri(Tri),
    Amount(Amount),
}

impl Value {
    /// Settled on every completion (Kleene soundness; an amount range of one value).
    pub fn settled(self) -> bool {
        match self {
            Value::Tri(t) => t != Tri::Unknown,
            Value::Amount(a) => a.max == Some(a.min),
        }
    }
}

/// One scheme's decision on answers a search fills in.
#[derive(Clone)]
pub struct World<'a> {
    /// The scheme (its index in [`SCHEMES`]).
    scheme: usize,
    parts: Option<&'static Parts>,
    conditions: fn(&Ctx, &mut dyn Rec) -> Tri,
    pub date: Date,
    /// The top-level answers with the search's fills. Its `measures` holds at most one (the
    /// rules read the list only to know whether any measure is listed).
    top: Answers,
    pub open_top: Bits,
    pub filled_top: Bits,
    ok: Tri,
    ok_reads: Bits,
    pub entries: Vec<Entry>,
    tally: Tally,
    /// Per top-level question, how many entries' statuses read it; and grants.
    status_readers: [u32; 64],
    grant_readers: [u32; 64],
    /// The questions with a reader above.
    status_top: Bits,
    grant_top: Bits,
    /// How many entries have a place to branch on for the amount ([`Entry::free`]).
    free_entries: usize,
    /// How many measures are reimbursable, and undetermined: the verdict without a scan.
    yes: u64,
    unknown: u64,
    /// What each change of the answers replaced, last first, and the judgements it replaced.
    frames: Vec<Frame>,
    log: Vec<(usize, Judged)>,
    /// The entries' answers the changes replaced (each frame says where its own start):
    /// one stack for all, so that a change allocates nothing once the search has warmed up.
    saved: Vec<(usize, Measure, Bits, Bits)>,
    /// The candidates a measure's refill takes, by question ([`World::refill`]; the first
    /// otherwise): a whole completion kept ready as a witness may keep the answers that make a
    /// measure reimbursable here.
    pub refill_with: Vec<(usize, usize)>,
    pub cost: &'a Cost,
}

/// What a change of the answers replaced ([`World::undo`]).
#[derive(Clone)]
struct Frame {
    /// The sections of the top-level answers the change may replace (those of the questions it
    /// changes; the others are not copied), and the open and filled top-level places. The
    /// provider's competence is a list (on the heap): it is kept only when the change may
    /// replace it (`competence`), and otherwise left where it is.
    employer: Option<crate::answers::Employer>,
    person: Option<crate::answers::Person>,
    provider: Option<crate::answers::Provider>,
    competence: bool,
    top_bits: (Bits, Bits),
    /// Where the entries whose answers changed start in `saved`: the measure, its open and its
    /// filled places.
    measures: usize,
    ok: (Tri, Bits),
    /// Where the judgements this change replaced start in `log`.
    log: usize,
}

impl<'a> World<'a> {
    /// Scheme `s` on the document, with `entries` (a measure of the document and how many it
    /// stands for); no entries for a scheme's conditions alone.
    pub fn new(doc: &'a Answers, date: Date, s: usize, entries: &[(usize, u32)], cost: &'a Cost) -> World<'a> {
        // Not `..doc.clone()`: that would copy every measure for each of the many worlds.
        let top = Answers {
            date: doc.date,
            employer: doc.employer.clone(),
            person: doc.person.clone(),
            provider: doc.provider.clone(),
            measures: doc.measures.first().cloned().into_iter().collect(),
            scope: None,
        };
        let open_top = fields::unanswered_top(&top);
        let mut w = World {
            scheme: s,
            parts: SCHEMES[s].parts,
            conditions: SCHEMES[s].conditions,
            date,
            top,
            open_top,
            filled_top: 0,
            ok: Tri::Unknown,
            ok_reads: 0,
            entries: Vec::with_capacity(entries.len() + 2),
            tally: Tally::default(),
            status_readers: [0; 64],
            grant_readers: [0; 64],
            status_top: 0,
            grant_top: 0,
            free_entries: 0,
            yes: 0,
            unknown: 0,
            frames: Vec::new(),
            log: Vec::new(),
            saved: Vec::new(),
            refill_with: Vec::new(),
            cost,
        };
        w.judge_ok();
        let mut pass = (entries.len() > 1).then_some(None);
        for &(source, count) in entries {
            let m = doc.measures[source].clone();
            let open = fields::unanswered_in(&m);
            let blank = Judged { status: Tri::No, grant: None, top: 0, grant_top: 0, reads: 0, grant_reads: 0 };
            w.entries.push(Entry { m, count, source, origin: None, open, filled: 0, judged: blank });
            let i = w.entries.len() - 1;
            let j = w.judge_in(i, pass.as_mut());
            w.set_judged(i, j);
        }
        w
    }

    pub fn parts(&self) -> Option<&'static Parts> {
        self.parts
    }

    /// How many measures are reimbursable.
    pub fn yes(&self) -> u64 {
        self.yes
    }

    /// The scheme's conditions on the current answers.
    pub fn ok(&self) -> Tri {
        self.ok
    }

    /// The top-level questions the conditions read.
    pub fn ok_reads(&self) -> Bits {
        self.ok_reads
    }

    pub fn status(&self, e: usize) -> Tri {
        self.entries[e].judged.status
    }

    pub fn grant(&self, e: usize) -> Option<Grant> {
        self.entries[e].judged.grant
    }

    /// The top-level questions entry `e`'s status reads (the conditions' included).
    pub fn status_top_reads(&self, e: usize) -> Bits {
        self.ok_reads | self.entries[e].judged.top
    }

    /// The entry's own questions its status reads, and its grant.
    pub fn status_reads(&self, e: usize) -> Bits {
        self.entries[e].judged.reads
    }
    pub fn grant_reads(&self, e: usize) -> Bits {
        self.entries[e].judged.grant_reads
    }

    /// The top-level questions the amount reads of its own (the grants' and `total`'s, not the
    /// statuses').
    pub fn amount_top_reads(&self) -> Bits {
        self.grant_top | self.amount_and_reads().1
    }

    /// The top-level answers as they stand.
    pub fn answers(&self) -> &Answers {
        &self.top
    }

    fn judge_ok(&mut self) -> bool {
        self.cost.spend(1);
        let cx = Ctx::new(&self.top, self.date);
        let ok = (self.conditions)(&cx, &mut Quiet);
        self.ok_reads = cx.top_reads();
        let changed = ok != self.ok;
        self.ok = ok;
        changed
    }

    /// Judges entry `i` (its status and grant), counting the work.
    fn judge(&self, i: usize) -> Judged {
        self.judge_in(i, None)
    }

    /// [`World::judge`] in a pass over the entries that keeps the status last judged (`pass`).
    fn judge_in(&self, i: usize, pass: Option<&mut Option<Alike>>) -> Judged {
        let e = &self.entries[i];
        let Some(p) = self.parts else {
            return Judged { status: Tri::No, grant: None, top: 0, grant_top: 0, reads: 0, grant_reads: 0 };
        };
        self.cost.spend(if e.m.kind.is_none() { 44 } else { 2 });
        let status_of = |m: &Measure| {
            let cx = Ctx::new(&self.top, self.date);
            let status = (p.measure)(&cx, self.ok, m, &mut Quiet).status;
            (status, cx.top_reads(), cx.take_measure_reads())
        };
        let (status, top, reads) = match pass.filter(|_| e.m.kind.is_none()) {
            None => status_of(&e.m),
            Some(last) => {
                let m = project(&e.m, status_fields(self.date, self.scheme).0);
                match last {
                    Some(l) if l.m == m => (l.status, l.top, l.reads),
                    _ => {
                        let (status, top, reads) = status_of(&e.m);
                        *last = Some(Alike { m, status, top, reads });
                        (status, top, reads)
                    }
                }
            }
        };
        if status == Tri::No {
            return Judged { status, grant: None, top, grant_top: 0, reads, grant_reads: 0 };
        }
        let cx = Ctx::new(&self.top, self.date);
        let grant = (p.grant)(&cx, &e.m);
        Judged {
            status,
            grant: Some(grant),
            top,
            grant_top: cx.top_reads(),
            reads,
            grant_reads: cx.take_measure_reads(),
        }
    }

    /// Puts a new judgement of entry `i` in place: the sums, the readers and what is free.
    fn set_judged(&mut self, i: usize, new: Judged) {
        let e = &self.entries[i];
        let (old, count) = (e.judged, e.count);
        let was_free = e.free(true) != 0;
        self.count_status(old.status, count, false);
        self.count_status(new.status, count, true);
        match (old.grant, new.grant) {
            (Some(was), Some(is)) => self.tally.replace((old.status, &was), (new.status, &is), count),
            (was, is) => {
                if let Some(g) = was {
                    self.tally.remove(old.status, &g, count);
                }
                if let Some(g) = is {
                    self.tally.add(new.status, &g, count);
                }
            }
        }
        Self::readers(&mut self.status_readers, &mut self.status_top, old.top, new.top);
        Self::readers(&mut self.grant_readers, &mut self.grant_top, old.grant_top, new.grant_top);
        self.entries[i].judged = new;
        let is_free = self.entries[i].free(true) != 0;
        self.free_entries = self.free_entries + usize::from(is_free) - usize::from(was_free);
    }

    fn count_status(&mut self, status: Tri, count: u32, add: bool) {
        let n = match status {
            Tri::Yes => &mut self.yes,
            Tri::Unknown => &mut self.unknown,
            Tri::No => return,
        };
        if add {
            *n += u64::from(count);
        } else {
            *n -= u64::from(count);
        }
    }

    fn readers(counts: &mut [u32; 64], bits: &mut Bits, old: Bits, new: Bits) {
        for q in ones(old & !new) {
            counts[q] -= 1;
            if counts[q] == 0 {
                *bits &= !bit(q);
            }
        }
        for q in ones(new & !old) {
            counts[q] += 1;
            *bits |= bit(q);
        }
    }

    /// Judges entry `i` again after an answer it may read changed, noting what it replaces.
    fn rejudge(&mut self, i: usize) {
        self.rejudge_in(i, None);
    }

    /// [`World::rejudge`] in a pass over the entries ([`World::judge_in`]).
    fn rejudge_in(&mut self, i: usize, pass: Option<&mut Option<Alike>>) {
        let j = self.judge_in(i, pass);
        if j != self.entries[i].judged {
            self.log.push((i, self.entries[i].judged));
            self.set_judged(i, j);
        }
    }

    /// Judges again what read the top-level questions `qs` after their answers changed, and
    /// the entries in `touched` (whose own answers changed; lowest first), each once.
    fn changed(&mut self, qs: Bits, touched: &[usize]) {
        debug_assert!(touched.windows(2).all(|w| w[0] < w[1]), "touched in order");
        let all = self.ok_reads & qs != 0 && self.judge_ok();
        if self.parts.is_none() {
            return;
        }
        if qs == 0 {
            for &i in touched {
                self.rejudge(i);
            }
            return;
        }
        self.cost.spend(scan(self.entries.len()));
        let mut touched = touched.iter().peekable();
        let mut pass = (self.entries.len() > 1).then_some(None);
        for i in 0..self.entries.len() {
            let j = &self.entries[i].judged;
            let own = touched.next_if_eq(&&i).is_some();
            if all || own || (j.top | j.grant_top) & qs != 0 {
                self.rejudge_in(i, pass.as_mut());
            }
        }
    }

    /// Starts a change of the answers: keeps what it may replace, for [`World::undo`]. `top`: the
    /// top-level questions it may change.
    fn begin(&mut self, top: Bits, entries: &[usize]) {
        let competence = top & bit(fields::q::COMPETENCE) != 0;
        // A top-level answer is set and cleared in its own section only (crate::fields::set).
        debug_assert_eq!(top & !(EMPLOYER | PERSON | PROVIDER), 0, "a top-level question in no section");
        let touches = |section: Bits| top & section != 0;
        let employer = touches(EMPLOYER).then(|| self.top.employer.clone());
        let person = touches(PERSON).then(|| self.top.person.clone());
        let provider = touches(PROVIDER).then(|| {
            let list = if competence { None } else { self.top.provider.competence.take() };
            let provider = self.top.provider.clone();
            self.top.provider.competence = list;
            provider
        });
        let frame = Frame {
            employer,
            person,
            provider,
            competence,
            top_bits: (self.open_top, self.filled_top),
            measures: self.saved.len(),
            ok: (self.ok, self.ok_reads),
            log: self.log.len(),
        };
        // A measure's own provider is no place a search fills: kept out of the copy. Room for
        // all of them at once: filling every measure of a witness (a fresh clone, its stack
        // empty) would otherwise grow the stack, copying it, many times over.
        self.saved.reserve(entries.len());
        for &i in entries {
            let provider = std::mem::take(&mut self.entries[i].m.provider);
            let m = self.entries[i].m.clone();
            self.entries[i].m.provider = provider;
            self.saved.push((i, m, self.entries[i].open, self.entries[i].filled));
        }
        self.frames.push(frame);
    }

    /// Takes back the last change of the answers ([`World::fill`], [`World::forget`],
    /// [`World::fill_all`]) and every judgement it led to, without judging anything again.
    pub fn undo(&mut self) {
        let f = self.frames.pop().expect("a change to take back");
        while self.log.len() > f.log {
            let (i, j) = self.log.pop().expect("a judgement replaced");
            self.set_judged(i, j);
        }
        (self.ok, self.ok_reads) = f.ok;
        if let Some(e) = f.employer {
            self.top.employer = e;
        }
        if let Some(p) = f.person {
            self.top.person = p;
        }
        if let Some(mut v) = f.provider {
            if !f.competence {
                v.competence = self.top.provider.competence.take();
            }
            self.top.provider = v;
        }
        (self.open_top, self.filled_top) = f.top_bits;
        while self.saved.len() > f.measures {
            let (i, mut m, open, filled) = self.saved.pop().expect("a measure kept");
            m.provider = std::mem::take(&mut self.entries[i].m.provider);
            self.entries[i].m = m;
            self.mark(i, |e| (e.open, e.filled) = (open, filled));
        }
    }

    /// Makes the changes so far the world's own answers: none of them can be taken back any
    /// more, and what they replaced is let go. For the whole completions kept ready as
    /// witnesses, which are never taken back: keeping all that their fills replaced (one made
    /// generous refills each of 500 measures in turn) grew the stacks, copying them over and
    /// over, some 4% of evaluating 500 measures of distinct costs.
    pub fn keep_changes(&mut self) {
        self.frames.clear();
        self.log.clear();
        self.saved.clear();
    }

    /// Answers a place with candidate `c` (an open place, or a change to an answered one), until
    /// [`World::undo`]; a search does not branch on it meanwhile.
    pub fn fill(&mut self, at: At, c: usize) {
        match at.entry {
            None => {
                self.begin(bit(at.question), &[]);
                fields::set(&mut self.top, fields::Place::top(at.question), c, self.date);
                self.filled_top |= bit(at.question);
                self.changed(bit(at.question), &[]);
            }
            Some(i) => {
                self.begin(0, &[i]);
                let date = self.date;
                fields::set_in(&mut self.entries[i].m, at.question, c, date);
                self.mark(i, |e| e.filled |= bit(at.question));
                self.changed(0, &[i]);
            }
        }
    }

    /// Answers top-level places, each `(question, candidate)`, all at once, until [`World::undo`].
    pub fn fill_top(&mut self, fills: &[(usize, usize)]) {
        let bits = fills.iter().fold(0, |b, (q, _)| b | bit(*q));
        self.begin(bits, &[]);
        for &(q, c) in fills {
            fields::set(&mut self.top, fields::Place::top(q), c, self.date);
        }
        self.filled_top |= bits;
        self.changed(bits, &[]);
    }

    /// Treats an answered place as open, its answer forgotten, until [`World::undo`].
    pub fn forget(&mut self, at: At) {
        match at.entry {
            None => {
                self.begin(bit(at.question), &[]);
                fields::clear(&mut self.top, fields::Place::top(at.question));
                self.open_top |= bit(at.question);
                self.changed(bit(at.question), &[]);
            }
            Some(i) => {
                self.begin(0, &[i]);
                fields::clear_in(&mut self.entries[i].m, at.question);
                self.mark(i, |e| e.open |= bit(at.question));
                self.changed(0, &[i]);
            }
        }
    }

    /// Changes an entry's open or filled places, keeping the count of free entries.
    fn mark(&mut self, i: usize, f: impl FnOnce(&mut Entry)) {
        let was = self.entries[i].free(true) != 0;
        f(&mut self.entries[i]);
        let is = self.entries[i].free(true) != 0;
        self.free_entries = self.free_entries + usize::from(is) - usize::from(was);
    }

    /// Puts measure `m` (measure `source` of the document) in entry `e` in place of what it held:
    /// a world of one measure searched for each distinct measure in turn. No change may be
    /// pending ([`World::undo`]).
    pub fn set_measure(&mut self, e: usize, m: &Measure, source: usize) {
        debug_assert!(self.frames.is_empty(), "a measure replaced under a pending change");
        let m = m.clone();
        let open = fields::unanswered_in(&m);
        self.mark(e, |x| (x.m, x.source, x.open, x.filled) = (m, source, open, 0));
        let j = self.judge(e);
        self.set_judged(e, j);
    }

    /// Takes one measure out of entry `e` as an entry of its own (the last), to be searched
    /// alone; [`World::join`] puts it back.
    pub fn split(&mut self, e: usize) -> usize {
        if self.entries[e].count == 1 {
            return e;
        }
        // The sums stay: one measure fewer in the origin, one in the new entry.
        let j = self.entries[e].judged;
        self.entries[e].count -= 1;
        let (m, source, open, filled) =
            (self.entries[e].m.clone(), self.entries[e].source, self.entries[e].open, self.entries[e].filled);
        // The readers count entries, not measures: the new one reads what its origin reads.
        Self::readers(&mut self.status_readers, &mut self.status_top, 0, j.top);
        Self::readers(&mut self.grant_readers, &mut self.grant_top, 0, j.grant_top);
        let entry = Entry { m, count: 1, source, origin: Some(e), open, filled, judged: j };
        self.free_entries += usize::from(entry.free(true) != 0);
        self.entries.push(entry);
        self.entries.len() - 1
    }

    /// Puts the entry [`World::split`] made last back into its origin; it must be as it was.
    pub fn join(&mut self, e: usize) {
        let Some(origin) = self.entries.last().and_then(|l| l.origin) else { return };
        if e != self.entries.len() - 1 {
            return;
        }
        let last = self.entries.pop().expect("an entry split off");
        debug_assert!(last.m == self.entries[origin].m && last.judged == self.entries[origin].judged);
        Self::readers(&mut self.status_readers, &mut self.status_top, last.judged.top, 0);
        Self::readers(&mut self.grant_readers, &mut self.grant_top, last.judged.grant_top, 0);
        self.free_entries -= usize::from(last.free(true) != 0);
        self.entries[origin].count += 1;
    }

    /// The amount, and the top-level questions `total` read.
    fn amount_and_reads(&self) -> (Amount, Bits) {
        let Some(p) = self.parts else { return (Amount::ZERO, 0) };
        // A total does a little work per key (FK's calendar years): one unit per 8 keys.
        self.cost.spend(1 + (self.tally.rows().len() as u64).div_ceil(8));
        let cx = Ctx::new(&self.top, self.date);
        let amount = (p.total)(&cx, &self.tally);
        (amount, cx.top_reads())
    }

    pub fn amount(&self) -> Amount {
        self.amount_and_reads().0
    }

    /// The value of a part, and the top-level questions it reads.
    pub fn value(&self, part: Part) -> (Value, Bits) {
        match part {
            Part::Conditions => (Value::Tri(self.ok), self.ok_reads),
            Part::Status(e) => (Value::Tri(self.status(e)), self.status_top_reads(e)),
            Part::Amount => {
                let (amount, total) = self.amount_and_reads();
                (Value::Amount(amount), self.ok_reads | self.status_top | self.grant_top | total)
            }
        }
    }

    /// The verdict: the conditions without measures; with measures, eligible when the conditions
    /// hold and some measure is reimbursable, not eligible when none can be (docs/API.md §7).
    pub fn verdict(&self) -> Tri {
        if self.entries.is_empty() || self.parts.is_none() {
            return self.ok;
        }
        // crate::judge::verdict on the statuses, from their counts.
        if self.ok == Tri::No || self.yes + self.unknown == 0 {
            Tri::No
        } else if self.ok == Tri::Yes && self.yes > 0 {
            Tri::Yes
        } else {
            Tri::Unknown
        }
    }

    /// The top-level questions the verdict reads: the conditions' and every status's.
    pub fn verdict_top_reads(&self) -> Bits {
        self.ok_reads | self.status_top
    }

    /// Whether `at` is read by `part` (with top-level reads `top`).
    pub fn reads(&self, part: Part, top: Bits, at: At) -> bool {
        match at.entry {
            None => top & bit(at.question) != 0,
            Some(i) => {
                let e = &self.entries[i].judged;
                let bits = match part {
                    Part::Conditions => 0,
                    Part::Status(s) if s != i => 0,
                    Part::Status(_) => e.reads,
                    Part::Amount => e.reads | e.grant_reads,
                };
                bits & bit(at.question) != 0
            }
        }
    }

    /// Whether a place other than `skip` is open, read by `part` (top-level reads `top`) and not
    /// filled: when there is none, `part` is the same on every completion below.
    pub fn any_free(&self, part: Part, top: Bits, skip: At) -> bool {
        let skip_bit = |entry: Option<usize>| if skip.entry == entry { bit(skip.question) } else { 0 };
        if top & self.open_top & !self.filled_top & !skip_bit(None) != 0 {
            return true;
        }
        match part {
            Part::Conditions => false,
            Part::Status(e) => self.entries[e].free(false) & !skip_bit(Some(e)) != 0,
            Part::Amount => {
                debug_assert_eq!(self.free_entries, self.entries.iter().filter(|e| e.free(true) != 0).count());
                debug_assert_eq!(self.status_top, self.entries.iter().fold(0, |b, e| b | e.judged.top));
                debug_assert_eq!(self.grant_top, self.entries.iter().fold(0, |b, e| b | e.judged.grant_top));
                let mut free = self.free_entries;
                if let Some(e) = skip.entry {
                    let f = self.entries[e].free(true);
                    free = free - usize::from(f != 0) + usize::from(f & !bit(skip.question) != 0);
                }
                free > 0
            }
        }
    }

    /// A place to branch on (see [`World::any_free`]). For a status, the one with the fewest
    /// candidates (a date settles a deadline in 7 tries where a kind takes 43), the top level
    /// first on a tie, except that an open kind comes first (`kind_first`): until it is filled
    /// every judgement is under all 43 kinds, and once it is, most questions turn out unread
    /// under most kinds. For the amount, the top level first, then entry `focus`, then the other
    /// entries in order, each by fewest candidates: a top-level answer settles every measure at
    /// once, where a measure's own settles one of many.
    pub fn branch(&self, part: Part, top: Bits, skip: At, focus: Option<usize>, kind_first: bool) -> Option<At> {
        let skip_bit = |entry: Option<usize>| if skip.entry == entry { bit(skip.question) } else { 0 };
        let fewest = |bits: Bits, entry: Option<usize>| {
            ones(bits)
                .map(|question| {
                    let n = if kind_first && question == fields::q::KIND {
                        0
                    } else {
                        candidate_count(&crate::table::QUESTIONS[question])
                    };
                    (n, At { entry, question })
                })
                .min()
        };
        let top = fewest(top & self.open_top & !self.filled_top & !skip_bit(None), None);
        match part {
            Part::Conditions => top.map(|(_, at)| at),
            Part::Status(e) => {
                let own = fewest(self.entries[e].free(false) & !skip_bit(Some(e)), Some(e));
                [top, own].into_iter().flatten().min_by_key(|(n, _)| *n).map(|(_, at)| at)
            }
            Part::Amount => {
                if let Some((_, at)) = top {
                    return Some(at);
                }
                self.cost.spend(scan(self.entries.len()));
                let order = focus.into_iter().chain((0..self.entries.len()).filter(|i| Some(*i) != focus));
                order
                    .filter_map(|i| fewest(self.entries[i].free(true) & !skip_bit(Some(i)), Some(i)))
                    .next()
                    .map(|(_, at)| at)
            }
        }
    }

    /// Fills every open place that is read and not yet filled, but `skip`, in the top level and
    /// in `entries`, with the first candidate (`last`: the last; the top level's and the entries'
    /// apart), all at once, until [`World::undo`]: a whole completion, as far as anything read
    /// goes (a place unread stays unread whatever else is filled, and its answer cannot matter).
    pub fn fill_all(&mut self, entries: &[usize], skip: Option<At>, last: (bool, bool)) {
        let pick = |q: usize, last: bool| if last { candidate_count(&crate::table::QUESTIONS[q]) - 1 } else { 0 };
        let skip_bit = |entry: Option<usize>| match skip {
            Some(s) if s.entry == entry => bit(s.question),
            _ => 0,
        };
        let read = self.ok_reads | self.status_top | self.grant_top | self.amount_and_reads().1;
        let top = read & self.open_top & !self.filled_top & !skip_bit(None);
        self.cost.spend(scan(entries.len()));
        let own: Vec<(usize, Bits)> = entries
            .iter()
            .map(|&i| (i, self.entries[i].free(true) & !skip_bit(Some(i))))
            .filter(|(_, bits)| *bits != 0)
            .collect();
        let touched: Vec<usize> = own.iter().map(|(i, _)| *i).collect();
        self.begin(top, &touched);
        for q in ones(top) {
            fields::set(&mut self.top, fields::Place::top(q), pick(q, last.0), self.date);
        }
        self.filled_top |= top;
        let date = self.date;
        for &(i, bits) in &own {
            for q in ones(bits) {
                fields::set_in(&mut self.entries[i].m, q, pick(q, last.1), date);
            }
            self.mark(i, |e| e.filled |= bits);
        }
        self.changed(top, &touched);
    }

    /// Whether [`World::fill_all`] of `part`'s entries (none for the conditions, the entry for a
    /// status, all for the amount) fills anything, but `skip`: (at the top level, in the entries).
    pub fn fillable(&self, part: Part, skip: Option<At>) -> (bool, bool) {
        let skip_bit = |entry: Option<usize>| match skip {
            Some(s) if s.entry == entry => bit(s.question),
            _ => 0,
        };
        let read = self.ok_reads | self.status_top | self.grant_top | self.amount_and_reads().1;
        let top = read & self.open_top & !self.filled_top & !skip_bit(None) != 0;
        let entries = match part {
            Part::Conditions => false,
            Part::Status(e) => self.entries[e].free(true) & !skip_bit(Some(e)) != 0,
            Part::Amount => {
                let mut free = self.free_entries;
                if let Some(e) = skip.and_then(|s| s.entry) {
                    let f = self.entries[e].free(true);
                    free = free - usize::from(f != 0) + usize::from(f & !skip_bit(Some(e)) != 0);
                }
                free > 0
            }
        };
        (top, entries)
    }

    /// The places [`World::refill`] of entry `e` but `skip` fills.
    pub fn refills(&self, e: usize, skip: At) -> Bits {
        let j = &self.entries[e].judged;
        let skip_bit = if skip.entry == Some(e) { bit(skip.question) } else { 0 };
        (j.reads | j.grant_reads) & self.entries[e].open & !skip_bit
    }

    /// Fills every open place of entry `e` that is read, filled or not, but `skip`, with the
    /// candidate [`World::refill_with`] gives, or else the first (`last`: the last), until
    /// [`World::undo`].
    pub fn refill(&mut self, e: usize, skip: At, last: bool) {
        let bits = self.refills(e, skip);
        self.begin(0, &[e]);
        let date = self.date;
        // The candidates picked as the places are set, not listed first: a world of 500
        // measures made generous refills each of them, and the list was an allocation each.
        for q in ones(bits) {
            let given = self.refill_with.iter().find(|(x, _)| *x == q).map(|(_, c)| *c);
            let c = given.unwrap_or(if last { candidate_count(&crate::table::QUESTIONS[q]) - 1 } else { 0 });
            fields::set_in(&mut self.entries[e].m, q, c, date);
        }
        self.mark(e, |x| x.filled |= bits);
        self.changed(0, &[e]);
    }

    /// The open top-level places (unanswered or forgotten).
    pub fn open_top_places(&self) -> Bits {
        self.open_top
    }

    /// Whether the question is at the top level.
    pub fn is_top(question: usize) -> bool {
        question < FIRST_MEASURE
    }
}
