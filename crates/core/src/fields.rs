//! The answers' fields as places: a question at one place (once, or once per measure), how to
//! read, set and clear its answer, and the candidate answers relevance tries (docs/API.md
//! §7: a finite set per question that straddles every threshold a rule uses).
//!
//! A place is named by its question's index in [`QUESTIONS`] (the constants in [`q`]) and, for a
//! measure question, the measure's index. The rules record which places they read as bits of a
//! `u64` (see [`crate::schemes::Ctx`]), so relevance never has to guess what a rule looks at.

use crate::answers::{Answers, Competence, Measure};
use crate::date::Date;
pub use crate::table::{find, q, Slot, FIRST_MEASURE};
use crate::table::{Answer, Question, Section, QUESTIONS};

/// A bit set of questions (bit `i` is `QUESTIONS[i]`).
pub type Bits = u64;

/// The bit of one question.
pub const fn bit(question: usize) -> Bits {
    1 << question
}

/// One place: a question, and for a measure question the measure it belongs to. A provider
/// question with a measure is that measure's own answer (`measures[i].provider.…`, which
/// overrides the top level's for it: [`Place::own`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Place {
    /// Measures after the top-level questions: `None` sorts first.
    pub measure: Option<usize>,
    pub question: usize,
}

impl Place {
    pub fn top(question: usize) -> Place {
        Place { measure: None, question }
    }
    pub fn of(question: usize, measure: usize) -> Place {
        if question >= FIRST_MEASURE {
            Place { measure: Some(measure), question }
        } else {
            Place::top(question)
        }
    }
    /// Measure `measure`'s own answer to provider question `question`.
    pub fn own(question: usize, measure: usize) -> Place {
        debug_assert_eq!(QUESTIONS[question].section, Section::Provider);
        Place { measure: Some(measure), question }
    }
    pub fn q(self) -> &'static Question {
        &QUESTIONS[self.question]
    }
    /// The answer path, `person.age`, `measures[2].cost_ore` or `measures[2].provider.performer`.
    pub fn path(self) -> String {
        let Some(i) = self.measure else { return self.q().id.to_owned() };
        let name = if self.question < FIRST_MEASURE { self.q().id } else { self.q().field };
        // Written into a string of the right size at once (an outcome with most of 500
        // measures' questions open writes thousands of these; `format!` grew each one twice),
        // the index's digits by hand: through `write!` they were two thirds of a path's work.
        const DIGITS: usize = 20;
        let mut digits = [0u8; DIGITS];
        let (mut n, mut from) = (i, DIGITS);
        loop {
            from -= 1;
            digits[from] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        let mut path = String::with_capacity("measures[].".len() + DIGITS + name.len());
        path.push_str("measures[");
        path.push_str(std::str::from_utf8(&digits[from..]).expect("ASCII digits"));
        path.push_str("].");
        path.push_str(name);
        path
    }
    /// The catalogue's interview order: employer, person, provider, then measure details; a
    /// measure's own provider answer after the top level's.
    pub fn order(self) -> usize {
        self.question * 1000 + self.measure.map_or(0, |i| i + 1)
    }
}

/// Which top-level questions and which questions of each measure are unanswered.
pub struct Unanswered {
    pub top: Bits,
    pub measures: Vec<Bits>,
}

impl Unanswered {
    pub fn of(a: &Answers) -> Unanswered {
        Unanswered { top: unanswered_top(a), measures: a.measures.iter().map(unanswered_in).collect() }
    }

    pub fn contains(&self, p: Place) -> bool {
        let bits = match p.measure {
            Some(i) => self.measures.get(i).copied().unwrap_or(0),
            None => self.top,
        };
        bits & bit(p.question) != 0
    }

    /// Every unanswered place, in interview order.
    pub fn places(&self) -> Vec<Place> {
        self.select(true)
    }

    /// Every answered place, in interview order.
    pub fn answered(&self) -> Vec<Place> {
        self.select(false)
    }

    fn select(&self, unanswered: bool) -> Vec<Place> {
        let pick = |bits: Bits, question: usize| (bits & bit(question) != 0) == unanswered;
        let mut out: Vec<Place> = (0..FIRST_MEASURE).filter(|i| pick(self.top, *i)).map(Place::top).collect();
        for question in FIRST_MEASURE..QUESTIONS.len() {
            for (i, bits) in self.measures.iter().enumerate() {
                if pick(*bits, question) {
                    out.push(Place::of(question, i));
                }
            }
        }
        out
    }
}

/// The set bits of a bit set, lowest first.
pub fn ones(mut bits: Bits) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        (bits != 0).then(|| {
            let i = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            i
        })
    })
}

/// Sets candidate `i` of a place; see [`candidate_count`]. The same as [`set_candidate`], found
/// by the question's index rather than its name (relevance sets answers millions of times).
pub fn set(a: &mut Answers, p: Place, i: usize, judged: Date) {
    let cost = if p.question >= FIRST_MEASURE {
        a.measures.get(p.measure.unwrap_or(0)).and_then(|m| m.cost_ore)
    } else {
        None
    };
    if let Some(s) = place_slot(a, p) {
        fill(s, p.q(), i, judged, cost);
    }
}

/// Sets candidate `i` of measure question `question` (an index in [`QUESTIONS`]) within one
/// measure: [`set`] for a measure held apart from its document.
pub fn set_in(m: &mut Measure, question: usize, i: usize, judged: Date) {
    let cost = m.cost_ore;
    if let Some(s) = m.slot(question) {
        fill(s, &QUESTIONS[question], i, judged, cost);
    }
}

/// Sets candidate `i` of provider question `question` in a measure's own provider answers.
pub fn set_own(m: &mut Measure, question: usize, i: usize, judged: Date) {
    if let Some(s) = m.provider.slot(question) {
        fill(s, &QUESTIONS[question], i, judged, None);
    }
}

/// Forgets the answer to measure question `question` within one measure.
pub fn clear_in(m: &mut Measure, question: usize) {
    if let Some(s) = m.slot(question) {
        s.clear();
    }
}

/// The top-level questions the answers leave unanswered.
pub fn unanswered_top(a: &Answers) -> Bits {
    a.employer.unanswered() | a.person.unanswered() | a.provider.unanswered()
}

/// The measure questions one measure leaves unanswered.
pub fn unanswered_in(m: &Measure) -> Bits {
    m.unanswered()
}

/// Forgets the answer at a place.
pub fn clear(a: &mut Answers, p: Place) {
    if let Some(s) = place_slot(a, p) {
        s.clear();
    }
}

/// The answer at a place.
#[inline]
fn place_slot(a: &mut Answers, p: Place) -> Option<Slot<'_>> {
    if p.question >= FIRST_MEASURE {
        return a.measures.get_mut(p.measure.unwrap_or(0))?.slot(p.question);
    }
    if let Some(i) = p.measure {
        return a.measures.get_mut(i)?.provider.slot(p.question);
    }
    let (e, person, v) = (&mut a.employer, &mut a.person, &mut a.provider);
    e.slot(p.question).or_else(|| person.slot(p.question)).or_else(|| v.slot(p.question))
}

/// The answer a measure question reads and writes within one measure.
pub fn measure_slot<'a>(m: &'a mut Measure, field: &str) -> Option<Slot<'a>> {
    let question = QUESTIONS.iter().position(|q| q.section == Section::Measure && q.field == field)?;
    m.slot(question)
}

/// The answer a question reads and writes; `index` picks the measure for measure questions.
pub fn slot<'a>(a: &'a mut Answers, q: &Question, index: usize) -> Option<Slot<'a>> {
    place_slot(a, Place::of(crate::table::index(q), index))
}

/// How many candidate answers relevance tries for a question.
pub fn candidate_count(q: &Question) -> usize {
    match q.answer {
        Answer::Bool => 2,
        Answer::Choice(opts) => opts.len(),
        Answer::Multi(_) => 2,
        Answer::Number { candidates, .. } | Answer::Money { candidates } => candidates.len(),
        Answer::Date => DATE_CANDIDATES,
    }
}

const DATE_CANDIDATES: usize = 7;

/// Candidate measure dates: around every date threshold a rule uses (2011, 2015, 2018-07-01,
/// six months and a calendar year before the day judged), each side of each. Near the ends of the calendar a date
/// that does not exist falls back to the day judged, so a candidate always answers the question.
fn date_candidate(judged: Date, i: usize) -> Date {
    let back = |days: i64| Date::from_days_since_epoch(judged.days_since_epoch() - days);
    let d = match i {
        0 => Some(judged),
        1 => back(200),
        2 => back(400),
        3 => Date::new(2010, 6, 1),
        4 => Date::new(2015, 6, 15),
        5 => Date::new(2017, 6, 1),
        _ => Date::new(2018, 7, 1),
    };
    d.unwrap_or(judged)
}

/// Sets candidate `i` of a question's answers; the cost candidate `u64::MAX` for another payer
/// means "all of the cost".
pub fn set_candidate(a: &mut Answers, q: &Question, index: usize, i: usize, judged: Date) {
    if q.section == Section::Measure {
        if let Some(m) = a.measures.get_mut(index) {
            set_measure_candidate(m, q, i, judged);
        }
    } else if let Some(s) = slot(a, q, index) {
        fill(s, q, i, judged, None);
    }
}

/// Sets candidate `i` of a measure question within one measure.
pub fn set_measure_candidate(m: &mut Measure, q: &Question, i: usize, judged: Date) {
    let cost = m.cost_ore;
    if let Some(s) = measure_slot(m, q.field) {
        fill(s, q, i, judged, cost);
    }
}

fn fill(s: Slot, q: &Question, i: usize, judged: Date, cost: Option<u64>) {
    match (s, q.answer) {
        (Slot::Bool(v), _) => *v = Some(i == 0),
        (Slot::Choice(v), _) => v.set(i),
        (Slot::List(v), _) => *v = Some(if i == 0 { Vec::new() } else { vec![Competence::Medicine] }),
        (Slot::Number(v), Answer::Number { candidates, .. } | Answer::Money { candidates }) => {
            let c = candidates[i];
            *v = Some(if c == u64::MAX { cost.unwrap_or(crate::money::MAX_ORE) } else { c });
        }
        (Slot::Number(_), _) => {}
        (Slot::Date(v), _) => *v = Some(date_candidate(judged, i)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_constant_names_its_question() {
        let named: [(usize, &str); 45] = [
            (q::SECTOR, "employer.sector"),
            (q::AGS_INSURANCE, "employer.ags_insurance"),
            (q::MEDARBETARAVTAL, "employer.medarbetaravtal"),
            (q::EMPLOYER_GRANTED, "employer.fk_ars_granted_this_year_ore"),
            (q::EMPLOYMENT, "person.employment"),
            (q::CATEGORY, "person.category"),
            (q::AGE, "person.age"),
            (q::CONDITION, "person.condition"),
            (q::WORK_CAPACITY, "person.work_capacity"),
            (q::ON_SICK_LEAVE, "person.on_sick_leave"),
            (q::REHAB_NEED_DOCUMENTED, "person.rehab_need_documented"),
            (q::WORK_CAPACITY_PROSPECT, "person.work_capacity_prospect"),
            (q::RETURN_TO_WORK_PLAN, "person.return_to_work_plan"),
            (q::CONSENT, "person.consent"),
            (q::MEDICAL_ASSESSMENT, "person.medical_assessment"),
            (q::HAS_SGI, "person.has_sgi"),
            (q::INSURED_IN_SWEDEN, "person.insured_in_sweden"),
            (q::DOCTOR_CERTIFICATE, "person.doctor_certificate"),
            (q::NEEDS_WORK_REHAB, "person.needs_work_rehab"),
            (q::IN_AF_PROGRAMME, "person.in_af_programme"),
            (q::PERSON_GRANTED, "person.fk_ars_granted_this_year_ore"),
            (q::FK_APPROVED, "provider.fk_approved"),
            (q::IVO_PERMIT, "provider.ivo_permit"),
            (q::PERFORMER, "provider.performer"),
            (q::COMPETENCE, "provider.competence"),
            (q::KNOWS_WORKPLACE, "provider.knows_workplace"),
            (q::CONTRACTED, "provider.contracted"),
            (q::REGION_CARE, "provider.region_care"),
            (q::KIND, "measures[].kind"),
            (q::COST, "measures[].cost_ore"),
            (q::DATE, "measures[].date"),
            (q::INDIVIDUAL, "measures[].individual"),
            (q::DIGITAL, "measures[].digital"),
            (q::ADDICTION, "measures[].addiction"),
            (q::SETTING, "measures[].setting"),
            (q::PACKAGE_PRICE, "measures[].package_price"),
            (q::GUIDELINE_METHOD, "measures[].guideline_method"),
            (q::EVIDENCE_BASED, "measures[].evidence_based"),
            (q::PREVIOUS_WORK_INVESTIGATED, "measures[].previous_work_investigated"),
            (q::INCOME_DURING, "measures[].income_during"),
            (q::SESSIONS, "measures[].sessions"),
            (q::WEEKS, "measures[].weeks"),
            (q::PROFESSIONS, "measures[].professions"),
            (q::COMPLETED, "measures[].completed"),
            (q::OTHER_PAYER, "measures[].other_payer_ore"),
        ];
        assert_eq!(named.len(), QUESTIONS.len());
        assert!(QUESTIONS.len() <= 64, "places are bits of a u64");
        assert!(
            QUESTIONS.iter().all(|q| (1..=64).contains(&candidate_count(q))),
            "relevance keeps at most 64 candidates on the stack"
        );
        for (i, id) in named {
            assert_eq!(QUESTIONS[i].id, id);
            assert_eq!(QUESTIONS[i].section == Section::Measure, i >= FIRST_MEASURE, "{id}");
        }
    }

    #[test]
    fn unanswered_is_what_the_slots_say() {
        let judged = Date::new(2026, 3, 1).unwrap();
        let by_slots = |a: &mut Answers| {
            let top = (0..FIRST_MEASURE)
                .filter(|q| !place_slot(a, Place::top(*q)).is_some_and(|s| s.answered()))
                .fold(0, |b, q| b | bit(q));
            let m = &mut a.measures[0];
            let own = (FIRST_MEASURE..QUESTIONS.len())
                .filter(|q| !m.slot(*q).is_some_and(|s| s.answered()))
                .fold(0, |b, q| b | bit(q));
            (top, own)
        };
        let blank = Answers { measures: vec![Measure::default()], ..Answers::default() };
        let mut full = blank.clone();
        for question in 0..QUESTIONS.len() {
            set(&mut full, Place::of(question, 0), 0, judged);
        }
        for (question, q) in QUESTIONS.iter().enumerate() {
            for (mut a, given) in [(blank.clone(), true), (full.clone(), false)] {
                if given {
                    set(&mut a, Place::of(question, 0), 0, judged);
                } else {
                    clear(&mut a, Place::of(question, 0));
                }
                let u = Unanswered::of(&a);
                assert_eq!((u.top, u.measures[0]), by_slots(&mut a), "{}", q.id);
                assert_eq!(u.contains(Place::of(question, 0)), !given, "{}", q.id);
            }
        }
    }

    #[test]
    fn every_question_has_a_slot_in_the_answers() {
        let mut a = Answers { measures: vec![Measure::default()], ..Answers::default() };
        for q in QUESTIONS {
            assert!(slot(&mut a, q, 0).is_some(), "{} has no slot", q.id);
        }
    }

    #[test]
    fn a_place_sets_and_clears_the_same_answer_as_its_question_by_name() {
        let judged = Date::new(2026, 3, 1).unwrap();
        let base = Answers {
            measures: vec![Measure::default(), Measure { cost_ore: Some(250_000), ..Measure::default() }],
            ..Answers::default()
        };
        for (question, q) in QUESTIONS.iter().enumerate() {
            for index in 0..2 {
                let p = Place::of(question, index);
                for i in 0..candidate_count(q) {
                    let (mut by_place, mut by_name) = (base.clone(), base.clone());
                    set(&mut by_place, p, i, judged);
                    set_candidate(&mut by_name, q, index, i, judged);
                    assert_eq!(by_place, by_name, "{} candidate {i} in measure {index}", q.id);
                    assert_ne!(by_place, base, "{} candidate {i} in measure {index} set nothing", q.id);
                    clear(&mut by_place, p);
                    if let Some(s) = slot(&mut by_name, q, index) {
                        s.clear();
                    }
                    assert_eq!(by_place, by_name, "{} cleared in measure {index}", q.id);
                }
            }
        }
    }

    #[test]
    fn a_measures_path_has_its_index_in_decimal() {
        for i in [0, 7, 10, 99, 100, 499, 1_000, 123_456_789, usize::MAX] {
            assert_eq!(Place::of(q::COST, i).path(), format!("measures[{i}].cost_ore"));
            assert_eq!(Place::own(q::PERFORMER, i).path(), format!("measures[{i}].provider.performer"));
        }
        assert_eq!(Place::top(q::SECTOR).path(), "employer.sector");
    }

    #[test]
    fn a_measures_own_provider_answer_is_a_place_of_its_own() {
        let judged = Date::new(2026, 3, 1).unwrap();
        let base = Answers { measures: vec![Measure::default(), Measure::default()], ..Answers::default() };
        let p = Place::own(q::PERFORMER, 1);
        assert_eq!(p.path(), "measures[1].provider.performer");
        assert!(Place::top(q::PERFORMER).order() < p.order() && p.order() < Place::own(q::COMPETENCE, 0).order());
        let mut a = base.clone();
        set(&mut a, p, 0, judged);
        let mut own = Measure::default();
        set_own(&mut own, q::PERFORMER, 0, judged);
        assert!(own.provider.performer.is_some());
        assert_eq!(a.measures[1], own);
        assert_eq!((a.provider.clone(), &a.measures[0]), (base.provider.clone(), &base.measures[0]));
        clear(&mut a, p);
        assert_eq!(a, base);
    }

    #[test]
    fn setting_a_candidate_answers_the_question_on_any_day() {
        for judged in ["2026-03-01", "0001-01-01", "9999-12-31", "2024-02-29"].map(|d| Date::parse(d).unwrap()) {
            for q in QUESTIONS {
                for i in 0..candidate_count(q) {
                    let mut a = Answers {
                        measures: vec![Measure { cost_ore: Some(1000), ..Measure::default() }],
                        ..Answers::default()
                    };
                    if q.field == "cost_ore" {
                        a.measures[0].cost_ore = None;
                    }
                    set_candidate(&mut a, q, 0, i, judged);
                    assert!(slot(&mut a, q, 0).unwrap().answered(), "{} candidate {i}", q.id);
                }
            }
        }
    }
}
