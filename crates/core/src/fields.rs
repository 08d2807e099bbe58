//! The answers' fields as places: a question at one place (once, or once per measure), how to
//! read, set and clear its answer, and the candidate answers relevance tries (docs/API.md
//! §7: a finite set per question that straddles every threshold a rule uses).
//!
//! A place is named by its question's index in [`QUESTIONS`] (the constants in [`q`]) and, for a
//! measure question, the measure's index. The rules record which places they read as bits of a
//! `u64` (see [`crate::schemes::Ctx`]), so relevance never has to guess what a rule looks at.

use crate::answers::{Answers, Competence, Measure};
use crate::date::Date;
use crate::questions::{Answer, Question, Section, QUESTIONS};
use crate::text::Choice;

/// The index of every question in [`QUESTIONS`]; a test checks each against its id.
pub mod q {
    pub const SECTOR: usize = 0;
    pub const AGS_INSURANCE: usize = 1;
    pub const MEDARBETARAVTAL: usize = 2;
    pub const EMPLOYER_GRANTED: usize = 3;
    pub const EMPLOYMENT: usize = 4;
    pub const CATEGORY: usize = 5;
    pub const AGE: usize = 6;
    pub const CONDITION: usize = 7;
    pub const WORK_CAPACITY: usize = 8;
    pub const ON_SICK_LEAVE: usize = 9;
    pub const REHAB_NEED_DOCUMENTED: usize = 10;
    pub const WORK_CAPACITY_PROSPECT: usize = 11;
    pub const RETURN_TO_WORK_PLAN: usize = 12;
    pub const CONSENT: usize = 13;
    pub const MEDICAL_ASSESSMENT: usize = 14;
    pub const HAS_SGI: usize = 15;
    pub const INSURED_IN_SWEDEN: usize = 16;
    pub const DOCTOR_CERTIFICATE: usize = 17;
    pub const NEEDS_WORK_REHAB: usize = 18;
    pub const IN_AF_PROGRAMME: usize = 19;
    pub const PERSON_GRANTED: usize = 20;
    pub const FK_APPROVED: usize = 21;
    pub const IVO_PERMIT: usize = 22;
    pub const PERFORMER: usize = 23;
    pub const COMPETENCE: usize = 24;
    pub const KNOWS_WORKPLACE: usize = 25;
    pub const CONTRACTED: usize = 26;
    pub const REGION_CARE: usize = 27;
    pub const KIND: usize = 28;
    pub const COST: usize = 29;
    pub const DATE: usize = 30;
    pub const INDIVIDUAL: usize = 31;
    pub const DIGITAL: usize = 32;
    pub const ADDICTION: usize = 33;
    pub const SETTING: usize = 34;
    pub const PACKAGE_PRICE: usize = 35;
    pub const GUIDELINE_METHOD: usize = 36;
    pub const EVIDENCE_BASED: usize = 37;
    pub const PREVIOUS_WORK_INVESTIGATED: usize = 38;
    pub const INCOME_DURING: usize = 39;
    pub const SESSIONS: usize = 40;
    pub const WEEKS: usize = 41;
    pub const PROFESSIONS: usize = 42;
    pub const COMPLETED: usize = 43;
    pub const OTHER_PAYER: usize = 44;
    /// The first measure question: questions before it are asked once, the rest once per measure.
    pub const FIRST_MEASURE: usize = KIND;
}

/// A bit set of questions (bit `i` is `QUESTIONS[i]`).
pub type Bits = u64;

/// The bit of one question.
pub const fn bit(question: usize) -> Bits {
    1 << question
}

/// One place: a question, and for a measure question the measure it belongs to.
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
        if question >= q::FIRST_MEASURE {
            Place { measure: Some(measure), question }
        } else {
            Place::top(question)
        }
    }
    pub fn q(self) -> &'static Question {
        &QUESTIONS[self.question]
    }
    /// The answer path, `person.age` or `measures[2].cost_ore`.
    pub fn path(self) -> String {
        match self.measure {
            Some(i) => format!("measures[{i}].{}", self.q().field),
            None => self.q().id.to_owned(),
        }
    }
    /// The catalogue's interview order: employer, person, provider, then measure details.
    pub fn order(self) -> usize {
        self.question * 1000 + self.measure.unwrap_or(0)
    }
}

/// Which top-level questions and which questions of each measure are unanswered.
pub struct Unanswered {
    pub top: Bits,
    pub measures: Vec<Bits>,
}

impl Unanswered {
    pub fn of(a: &Answers) -> Unanswered {
        let mut scratch = a.clone();
        let mut top = 0;
        for (i, question) in QUESTIONS.iter().enumerate().take(q::FIRST_MEASURE) {
            if !slot(&mut scratch, question, 0).is_some_and(|s| s.answered()) {
                top |= bit(i);
            }
        }
        let measures = scratch
            .measures
            .iter_mut()
            .map(|m| {
                let mut bits = 0;
                for (i, question) in QUESTIONS.iter().enumerate().skip(q::FIRST_MEASURE) {
                    if !measure_slot(m, question.field).is_some_and(|s| s.answered()) {
                        bits |= bit(i);
                    }
                }
                bits
            })
            .collect();
        Unanswered { top, measures }
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
        let mut out: Vec<Place> = (0..q::FIRST_MEASURE).filter(|i| pick(self.top, *i)).map(Place::top).collect();
        for question in q::FIRST_MEASURE..QUESTIONS.len() {
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
    let cost = if p.question >= q::FIRST_MEASURE {
        a.measures.get(p.measure.unwrap_or(0)).and_then(|m| m.cost_ore)
    } else {
        None
    };
    if let Some(s) = place_slot(a, p) {
        fill(s, p.q(), i, judged, cost);
    }
}

/// Forgets the answer at a place.
pub fn clear(a: &mut Answers, p: Place) {
    if let Some(s) = place_slot(a, p) {
        s.clear();
    }
}

/// The answer at a place: [`slot`] by the question's index (a test holds the two together).
fn place_slot(a: &mut Answers, p: Place) -> Option<Slot<'_>> {
    let (e, person, v) = (&mut a.employer, &mut a.person, &mut a.provider);
    Some(match p.question {
        q::SECTOR => Slot::Choice(&mut e.sector),
        q::AGS_INSURANCE => Slot::Bool(&mut e.ags_insurance),
        q::MEDARBETARAVTAL => Slot::Bool(&mut e.medarbetaravtal),
        q::EMPLOYER_GRANTED => Slot::Number(&mut e.fk_ars_granted_this_year_ore),
        q::EMPLOYMENT => Slot::Choice(&mut person.employment),
        q::CATEGORY => Slot::Choice(&mut person.category),
        q::AGE => Slot::Number(&mut person.age),
        q::CONDITION => Slot::Choice(&mut person.condition),
        q::WORK_CAPACITY => Slot::Choice(&mut person.work_capacity),
        q::ON_SICK_LEAVE => Slot::Bool(&mut person.on_sick_leave),
        q::REHAB_NEED_DOCUMENTED => Slot::Bool(&mut person.rehab_need_documented),
        q::WORK_CAPACITY_PROSPECT => Slot::Bool(&mut person.work_capacity_prospect),
        q::RETURN_TO_WORK_PLAN => Slot::Bool(&mut person.return_to_work_plan),
        q::CONSENT => Slot::Bool(&mut person.consent),
        q::MEDICAL_ASSESSMENT => Slot::Bool(&mut person.medical_assessment),
        q::HAS_SGI => Slot::Bool(&mut person.has_sgi),
        q::INSURED_IN_SWEDEN => Slot::Bool(&mut person.insured_in_sweden),
        q::DOCTOR_CERTIFICATE => Slot::Bool(&mut person.doctor_certificate),
        q::NEEDS_WORK_REHAB => Slot::Bool(&mut person.needs_work_rehab),
        q::IN_AF_PROGRAMME => Slot::Bool(&mut person.in_af_programme),
        q::PERSON_GRANTED => Slot::Number(&mut person.fk_ars_granted_this_year_ore),
        q::FK_APPROVED => Slot::Bool(&mut v.fk_approved),
        q::IVO_PERMIT => Slot::Bool(&mut v.ivo_permit),
        q::PERFORMER => Slot::Choice(&mut v.performer),
        q::COMPETENCE => Slot::List(&mut v.competence),
        q::KNOWS_WORKPLACE => Slot::Bool(&mut v.knows_workplace),
        q::CONTRACTED => Slot::Bool(&mut v.contracted),
        q::REGION_CARE => Slot::Bool(&mut v.region_care),
        question => {
            let m = a.measures.get_mut(p.measure.unwrap_or(0))?;
            match question {
                q::KIND => Slot::Choice(&mut m.kind),
                q::COST => Slot::Number(&mut m.cost_ore),
                q::DATE => Slot::Date(&mut m.date),
                q::INDIVIDUAL => Slot::Bool(&mut m.individual),
                q::DIGITAL => Slot::Bool(&mut m.digital),
                q::ADDICTION => Slot::Choice(&mut m.addiction),
                q::SETTING => Slot::Choice(&mut m.setting),
                q::PACKAGE_PRICE => Slot::Bool(&mut m.package_price),
                q::GUIDELINE_METHOD => Slot::Bool(&mut m.guideline_method),
                q::EVIDENCE_BASED => Slot::Bool(&mut m.evidence_based),
                q::PREVIOUS_WORK_INVESTIGATED => Slot::Bool(&mut m.previous_work_investigated),
                q::INCOME_DURING => Slot::Bool(&mut m.income_during),
                q::SESSIONS => Slot::Number(&mut m.sessions),
                q::WEEKS => Slot::Number(&mut m.weeks),
                q::PROFESSIONS => Slot::Number(&mut m.professions),
                q::COMPLETED => Slot::Bool(&mut m.completed),
                q::OTHER_PAYER => Slot::Number(&mut m.other_payer_ore),
                _ => return None,
            }
        }
    })
}

/// A typed place in the answers that a question reads and writes.
pub enum Slot<'a> {
    Bool(&'a mut Option<bool>),
    Choice(&'a mut dyn ChoiceSlot),
    List(&'a mut Option<Vec<Competence>>),
    Number(&'a mut Option<u64>),
    Date(&'a mut Option<Date>),
}

/// A choice answer seen without its type.
pub trait ChoiceSlot {
    fn answered(&self) -> bool;
    fn count(&self) -> usize;
    fn set(&mut self, i: usize);
    fn clear(&mut self);
}

impl<T: Choice> ChoiceSlot for Option<T> {
    fn answered(&self) -> bool {
        self.is_some()
    }
    fn count(&self) -> usize {
        T::all().len()
    }
    fn set(&mut self, i: usize) {
        *self = T::all().get(i).copied();
    }
    fn clear(&mut self) {
        *self = None;
    }
}

impl Slot<'_> {
    /// Forgets the answer.
    pub fn clear(self) {
        match self {
            Slot::Bool(v) => *v = None,
            Slot::Choice(v) => v.clear(),
            Slot::List(v) => *v = None,
            Slot::Number(v) => *v = None,
            Slot::Date(v) => *v = None,
        }
    }

    pub fn answered(&self) -> bool {
        match self {
            Slot::Bool(v) => v.is_some(),
            Slot::Choice(v) => v.answered(),
            Slot::List(v) => v.is_some(),
            Slot::Number(v) => v.is_some(),
            Slot::Date(v) => v.is_some(),
        }
    }
}

/// The answer a measure question reads and writes within one measure.
pub fn measure_slot<'a>(m: &'a mut Measure, field: &str) -> Option<Slot<'a>> {
    Some(match field {
        "kind" => Slot::Choice(&mut m.kind),
        "cost_ore" => Slot::Number(&mut m.cost_ore),
        "date" => Slot::Date(&mut m.date),
        "individual" => Slot::Bool(&mut m.individual),
        "digital" => Slot::Bool(&mut m.digital),
        "addiction" => Slot::Choice(&mut m.addiction),
        "setting" => Slot::Choice(&mut m.setting),
        "package_price" => Slot::Bool(&mut m.package_price),
        "guideline_method" => Slot::Bool(&mut m.guideline_method),
        "evidence_based" => Slot::Bool(&mut m.evidence_based),
        "previous_work_investigated" => Slot::Bool(&mut m.previous_work_investigated),
        "income_during" => Slot::Bool(&mut m.income_during),
        "sessions" => Slot::Number(&mut m.sessions),
        "weeks" => Slot::Number(&mut m.weeks),
        "professions" => Slot::Number(&mut m.professions),
        "completed" => Slot::Bool(&mut m.completed),
        "other_payer_ore" => Slot::Number(&mut m.other_payer_ore),
        _ => return None,
    })
}

/// The answer a question reads and writes; `index` picks the measure for measure questions.
pub fn slot<'a>(a: &'a mut Answers, q: &Question, index: usize) -> Option<Slot<'a>> {
    let (e, p, v) = (&mut a.employer, &mut a.person, &mut a.provider);
    Some(match (q.section, q.field) {
        (Section::Employer, "sector") => Slot::Choice(&mut e.sector),
        (Section::Employer, "ags_insurance") => Slot::Bool(&mut e.ags_insurance),
        (Section::Employer, "medarbetaravtal") => Slot::Bool(&mut e.medarbetaravtal),
        (Section::Employer, "fk_ars_granted_this_year_ore") => Slot::Number(&mut e.fk_ars_granted_this_year_ore),
        (Section::Person, "employment") => Slot::Choice(&mut p.employment),
        (Section::Person, "category") => Slot::Choice(&mut p.category),
        (Section::Person, "age") => Slot::Number(&mut p.age),
        (Section::Person, "condition") => Slot::Choice(&mut p.condition),
        (Section::Person, "work_capacity") => Slot::Choice(&mut p.work_capacity),
        (Section::Person, "on_sick_leave") => Slot::Bool(&mut p.on_sick_leave),
        (Section::Person, "rehab_need_documented") => Slot::Bool(&mut p.rehab_need_documented),
        (Section::Person, "work_capacity_prospect") => Slot::Bool(&mut p.work_capacity_prospect),
        (Section::Person, "return_to_work_plan") => Slot::Bool(&mut p.return_to_work_plan),
        (Section::Person, "consent") => Slot::Bool(&mut p.consent),
        (Section::Person, "medical_assessment") => Slot::Bool(&mut p.medical_assessment),
        (Section::Person, "has_sgi") => Slot::Bool(&mut p.has_sgi),
        (Section::Person, "insured_in_sweden") => Slot::Bool(&mut p.insured_in_sweden),
        (Section::Person, "doctor_certificate") => Slot::Bool(&mut p.doctor_certificate),
        (Section::Person, "needs_work_rehab") => Slot::Bool(&mut p.needs_work_rehab),
        (Section::Person, "in_af_programme") => Slot::Bool(&mut p.in_af_programme),
        (Section::Person, "fk_ars_granted_this_year_ore") => Slot::Number(&mut p.fk_ars_granted_this_year_ore),
        (Section::Provider, "fk_approved") => Slot::Bool(&mut v.fk_approved),
        (Section::Provider, "ivo_permit") => Slot::Bool(&mut v.ivo_permit),
        (Section::Provider, "performer") => Slot::Choice(&mut v.performer),
        (Section::Provider, "competence") => Slot::List(&mut v.competence),
        (Section::Provider, "knows_workplace") => Slot::Bool(&mut v.knows_workplace),
        (Section::Provider, "contracted") => Slot::Bool(&mut v.contracted),
        (Section::Provider, "region_care") => Slot::Bool(&mut v.region_care),
        (Section::Measure, field) => return a.measures.get_mut(index).and_then(|m| measure_slot(m, field)),
        _ => return None,
    })
}

/// How many candidate answers relevance tries for a question.
pub fn candidate_count(q: &Question) -> usize {
    match q.answer {
        Answer::Bool => 2,
        Answer::Choice(opts) => opts().len(),
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
        let named = [
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
            assert_eq!(QUESTIONS[i].section == Section::Measure, i >= q::FIRST_MEASURE, "{id}");
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
