//! The field table: one row per question, in interview order. From it come the answers' structs
//! ([`Employer`], [`Person`], [`Provider`], [`Measure`]), their validation with error paths (and
//! the reading of plain JSON text straight into them, [`AnswerType::direct`], that gives the same), the
//! question catalogue's facts ([`QUESTIONS`]: type, options, range, candidates, `actionable`,
//! page group), the question indices ([`q`]) and typed places relevance reads and sets
//! ([`Slot`]), the questions' texts ([`TEXTS`]: the question, help, why, where to find the
//! answer, what to say when it is missing, what would change it — apart, so that a build that
//! only decides links none), and the TypeScript types (`crate::types`). A question is added by
//! one row.

use crate::choices::{
    Addiction, Category, Choice, Competence, Condition, Employment, Kind, Performer, Sector, Setting, WorkCapacity,
};
use crate::date::Date;
use crate::input::{err, Fields, InputError, Json};
use crate::money::MAX_ORE;
use crate::text::{t, Text};
use crate::value::Value;
use serde::Serialize;

/// Which part of the answers a question belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Employer,
    Person,
    Provider,
    Measure,
}

/// The type of answer a question takes.
#[derive(Clone, Copy)]
pub enum Answer {
    Bool,
    /// One of a closed set (the wire values).
    Choice(&'static [&'static str]),
    /// Several of a closed set.
    Multi(&'static [&'static str]),
    /// A whole number in `min..=max`, with candidates that straddle every threshold a rule uses.
    Number {
        min: u64,
        max: u64,
        candidates: &'static [u64],
        /// What is counted, for error messages.
        unit: Text,
    },
    /// Öre; the page takes kronor.
    Money {
        candidates: &'static [u64],
    },
    Date,
}

/// One question: the facts a decision and relevance use. Its texts are in [`TEXTS`].
pub struct Question {
    /// The answer path (`person.age`); measure questions are `measures[].kind`.
    pub id: &'static str,
    /// The field name within its section.
    pub field: &'static str,
    pub section: Section,
    pub answer: Answer,
    /// Whether "Vet ej" (I don't know) is offered.
    pub unknown_allowed: bool,
    /// Whether the user can act to change the answer (rules.md §8): a missing plan can be made,
    /// a provider chosen; a sector cannot. True exactly when its row lists actions.
    pub actionable: bool,
    /// The answers its actions give, one per action (`None`: any answer that meets the rules): the
    /// values `changes` tries ([`crate::changes`]).
    pub changes_to: &'static [Option<Given>],
}

/// What the catalogue says of a question besides its facts: its texts and its questionnaire
/// page, in the order of [`QUESTIONS`]. (Which rules use it is worked out from the rules
/// themselves, `crate::questions`.)
pub struct QuestionText {
    /// The page of the questionnaire it shares with others (`None`: a page of its own).
    pub page: Option<&'static str>,
    pub text: Text,
    pub help: Text,
    pub why: Text,
    /// Where the answer is found, or who usually knows it ("Hur tar jag reda på det?").
    pub find_out: Text,
    /// What a form says when the question is left without an answer it needs: what to answer
    /// ("Välj vilken sorts insats det är"), never just "answer the question".
    pub required: Text,
    /// What can be done to change the answer, and by whom; empty for a fact of the case
    /// (rules.md §8: the question is then not actionable).
    pub actions: &'static [Action],
    /// The options' labels, for a closed set.
    pub labels: fn() -> Vec<(&'static str, Text)>,
    /// The answer's Rust type as written in the table (`Sector`, `Vec<Competence>`): the name of
    /// its TypeScript type.
    pub rust_type: &'static str,
}

/// Who can bring a change of an answer about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Actor {
    Employer,
    Provider,
    Person,
}

/// An answer an action gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum Given {
    Bool(bool),
    /// A value of a closed set, by its wire name.
    Choice(&'static str),
}

/// Something that can be done to change an answer (issue #25: "Så kan det ändras").
pub struct Action {
    /// The answer it gives; `None`: any answer that meets the rules (a list of competence areas).
    pub value: Option<Given>,
    pub who: Actor,
    /// What to do, as it reads after "kan" / "can": "ta fram en plan för återgång i arbete
    /// tillsammans med medarbetaren".
    pub text: Text,
}

/// The range of a whole-number answer: its own for a number, up to [`MAX_ORE`] for money.
fn bounds(q: &Question) -> (u64, u64) {
    match q.answer {
        Answer::Number { min, max, .. } => (min, max),
        _ => (0, MAX_ORE),
    }
}

const GRANTED: Answer = Answer::Money { candidates: &[0, 1_000_000, 20_000_000] };

/// A type an answer can have: how it is read (and refused) at its field, and its typed place.
pub trait AnswerType: Sized {
    fn read(f: &Fields, name: &str, q: &Question) -> Result<Option<Self>, InputError>;
    /// An answer read straight from JSON text (given: not `null` or `"unknown"`), exactly as
    /// [`AnswerType::read`] reads it; `None` for anything `read` would refuse, and for what this
    /// reader leaves to it (see [`Json`]).
    fn direct(j: &mut Json, q: &Question) -> Option<Self>;
    fn slot(v: &mut Option<Self>) -> Slot<'_>;
    /// The labels of a closed set's values (empty for other types).
    fn labels() -> Vec<(&'static str, Text)> {
        Vec::new()
    }
}

impl AnswerType for bool {
    fn read(f: &Fields, name: &str, _: &Question) -> Result<Option<bool>, InputError> {
        f.bool(name)
    }
    fn direct(j: &mut Json, _: &Question) -> Option<bool> {
        j.bool()
    }
    fn slot(v: &mut Option<bool>) -> Slot<'_> {
        Slot::Bool(v)
    }
}

impl AnswerType for u64 {
    fn read(f: &Fields, name: &str, q: &Question) -> Result<Option<u64>, InputError> {
        let (lo, hi) = bounds(q);
        match q.answer {
            Answer::Number { unit, .. } => f.int(name, lo, hi, unit.en, unit.sv),
            _ => f.int(name, lo, hi, "öre", "öre"),
        }
    }
    fn direct(j: &mut Json, q: &Question) -> Option<u64> {
        let (lo, hi) = bounds(q);
        j.uint().filter(|n| (lo..=hi).contains(n))
    }
    fn slot(v: &mut Option<u64>) -> Slot<'_> {
        Slot::Number(v)
    }
}

impl AnswerType for Date {
    fn read(f: &Fields, name: &str, _: &Question) -> Result<Option<Date>, InputError> {
        f.date(name)
    }
    fn direct(j: &mut Json, _: &Question) -> Option<Date> {
        Date::parse(j.str()?)
    }
    fn slot(v: &mut Option<Date>) -> Slot<'_> {
        Slot::Date(v)
    }
}

impl<T: Choice> AnswerType for T {
    fn read(f: &Fields, name: &str, _: &Question) -> Result<Option<T>, InputError> {
        f.choice(name, T::parse_wire)
    }
    fn direct(j: &mut Json, _: &Question) -> Option<T> {
        T::parse_wire(j.str()?)
    }
    fn slot(v: &mut Option<T>) -> Slot<'_> {
        Slot::Choice(v)
    }
    fn labels() -> Vec<(&'static str, Text)> {
        T::all().iter().map(|v| (v.wire(), v.text())).collect()
    }
}

impl AnswerType for Vec<Competence> {
    /// A list of competence areas, each at most once (a repeated one is kept once).
    fn read(f: &Fields, name: &str, _: &Question) -> Result<Option<Vec<Competence>>, InputError> {
        match f.value(name) {
            None => Ok(None),
            Some(Value::Arr(items)) => {
                if items.len() > Competence::ALL.len() {
                    return Err(err(
                        &f.here(name),
                        format!("lists {} areas; there are only {}", items.len(), Competence::ALL.len()),
                        format!("anger {} områden; det finns bara {}", items.len(), Competence::ALL.len()),
                    ));
                }
                let mut list = Vec::new();
                for (i, item) in items.iter().enumerate() {
                    let here = || format!("{}[{i}]", f.here(name));
                    let Value::Str(s) = item else {
                        return Err(err(
                            &here(),
                            format!("expected a competence area, got {}", item.describe()),
                            format!("ska vara ett kompetensområde, inte {}", item.describe_sv()),
                        ));
                    };
                    let c = Competence::parse(s).ok_or_else(|| {
                        let described = item;
                        let (shown, visat) = (described.describe(), described.describe_sv());
                        err(&here(), format!("unknown value {shown}"), format!("okänt värde {visat}"))
                    })?;
                    if !list.contains(&c) {
                        list.push(c);
                    }
                }
                Ok(Some(list))
            }
            Some(v) => Err(err(
                &f.here(name),
                format!("expected a list of competence areas, got {}", v.describe()),
                format!("ska vara en lista med kompetensområden, inte {}", v.describe_sv()),
            )),
        }
    }
    fn direct(j: &mut Json, _: &Question) -> Option<Vec<Competence>> {
        let (mut list, mut items) = (Vec::new(), 0);
        j.array(|j| {
            // More items than areas is refused, repeats or not.
            items += 1;
            if items > Competence::ALL.len() {
                return None;
            }
            let c = Competence::parse(j.str()?)?;
            if !list.contains(&c) {
                list.push(c);
            }
            Some(())
        })?;
        Some(list)
    }
    fn slot(v: &mut Option<Vec<Competence>>) -> Slot<'_> {
        Slot::List(v)
    }
    fn labels() -> Vec<(&'static str, Text)> {
        Competence::labels()
    }
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

/// The field table. Its rows are written in interview order — the catalogue's order, and the
/// order `next_questions` takes among questions that settle as many schemes — whatever their
/// section, with the measure questions last: the employer's agreement questions can then come in
/// the order that asks least (the category before the medarbetaravtal, which a worker is never
/// asked). The rows are sorted into their sections' structs here.
macro_rules! table {
    (
        sections {
            Employer $pe:literal { $($ee:tt)* }
            Person $pp:literal { $($ep:tt)* }
            Provider $pv:literal { $($ev:tt)* }
            Measure $pm:literal { $($em:tt)* }
        }
        $($rows:tt)+
    ) => {
        table!(@sort [$pe $pp $pv $pm] [$($ee)*] [$($ep)*] [$($ev)*] [$($em)*] [] [] [] [] [] $($rows)+);
    };
    // One row at a time: into its section's bucket, and into the list of every row in order.
    (@sort $p:tt $xe:tt $xp:tt $xv:tt $xm:tt [$($e:tt)*] $rp:tt $rv:tt $rm:tt [$($all:tt)*]
        Employer $c:ident $field:ident: $ty:ty = $answer:expr, $($k:ident: $v:expr),+; $($rest:tt)*) => {
        table!(@sort $p $xe $xp $xv $xm [$($e)* { $c $field: $ty }] $rp $rv $rm
            [$($all)* { Employer $c $field: $ty = $answer, $($k: $v),+ }] $($rest)*);
    };
    (@sort $p:tt $xe:tt $xp:tt $xv:tt $xm:tt $re:tt [$($rp:tt)*] $rv:tt $rm:tt [$($all:tt)*]
        Person $c:ident $field:ident: $ty:ty = $answer:expr, $($k:ident: $v:expr),+; $($rest:tt)*) => {
        table!(@sort $p $xe $xp $xv $xm $re [$($rp)* { $c $field: $ty }] $rv $rm
            [$($all)* { Person $c $field: $ty = $answer, $($k: $v),+ }] $($rest)*);
    };
    (@sort $p:tt $xe:tt $xp:tt $xv:tt $xm:tt $re:tt $rp:tt [$($rv:tt)*] $rm:tt [$($all:tt)*]
        Provider $c:ident $field:ident: $ty:ty = $answer:expr, $($k:ident: $v:expr),+; $($rest:tt)*) => {
        table!(@sort $p $xe $xp $xv $xm $re $rp [$($rv)* { $c $field: $ty }] $rm
            [$($all)* { Provider $c $field: $ty = $answer, $($k: $v),+ }] $($rest)*);
    };
    (@sort $p:tt $xe:tt $xp:tt $xv:tt $xm:tt $re:tt $rp:tt $rv:tt [$($rm:tt)*] [$($all:tt)*]
        Measure $c:ident $field:ident: $ty:ty = $answer:expr, $($k:ident: $v:expr),+; $($rest:tt)*) => {
        table!(@sort $p $xe $xp $xv $xm $re $rp $rv [$($rm)* { $c $field: $ty }]
            [$($all)* { Measure $c $field: $ty = $answer, $($k: $v),+ }] $($rest)*);
    };
    (@sort [$pe:literal $pp:literal $pv:literal $pm:literal] $xe:tt $xp:tt $xv:tt $xm:tt $re:tt $rp:tt $rv:tt $rm:tt $all:tt) => {
        table!(@rows $all [$pe $pp $pv $pm]);
        table!(@section Employer $pe $xe $re);
        table!(@section Person $pp $xp $rp);
        table!(@section Provider $pv $xv $rv);
        table!(@section Measure $pm $xm $rm);
    };
    // Every row, in order: the indices, the facts and the texts.
    (@rows [$({
        $section:ident $c:ident $field:ident: $ty:ty = $answer:expr,
        unknown: $unknown:expr, page: $page:expr,
        text: $text:expr, help: $help:expr, why: $why:expr,
        find_out: $find_out:expr, required: $required:expr, actions: $actions:expr
    })+] [$pe:literal $pp:literal $pv:literal $pm:literal]) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum Index { $($c,)+ }

        /// The index of every question in [`QUESTIONS`].
        pub mod q {
            $(pub const $c: usize = super::Index::$c as usize;)+
            /// The first measure question: questions before it are asked once, the rest once per measure.
            pub const FIRST_MEASURE: usize = {
                let sections = [$(super::Section::$section,)+];
                let mut i = 0;
                while i < sections.len() && !matches!(sections[i], super::Section::Measure) {
                    i += 1;
                }
                // The measure questions come last, all of them.
                let mut j = i;
                while j < sections.len() {
                    assert!(matches!(sections[j], super::Section::Measure), "a measure question before another question");
                    j += 1;
                }
                i
            };
        }

        /// Every question, in the order a form asks them, the measure questions last.
        pub static QUESTIONS: &[Question] = &[$(Question {
            id: table!(@id $section $field [$pe $pp $pv $pm]),
            field: stringify!($field),
            section: Section::$section,
            answer: $answer,
            unknown_allowed: $unknown,
            // A question is actionable when something can be done to change it (rules.md §8):
            // the row says what, and by whom. Worked out when this is compiled, so no text is
            // linked with the facts.
            actionable: !<[Action]>::is_empty($actions),
            // The values alone, read from the actions when this is compiled: no text is linked.
            changes_to: {
                const ACTIONS: &[Action] = $actions;
                const N: usize = ACTIONS.len();
                const VALUES: [Option<Given>; N] = {
                    let mut v = [None; N];
                    let mut i = 0;
                    while i < N {
                        v[i] = ACTIONS[i].value;
                        i += 1;
                    }
                    v
                };
                &VALUES
            },
        },)+];

        /// The texts of every question, in the order of [`QUESTIONS`].
        pub static TEXTS: &[QuestionText] = &[$(QuestionText {
            page: $page,
            text: $text,
            help: $help,
            why: $why,
            find_out: $find_out,
            required: $required,
            actions: $actions,
            labels: <$ty as AnswerType>::labels,
            rust_type: stringify!($ty),
        },)+];
    };
    (@id Employer $field:ident [$pe:literal $pp:literal $pv:literal $pm:literal]) => { concat!($pe, ".", stringify!($field)) };
    (@id Person $field:ident [$pe:literal $pp:literal $pv:literal $pm:literal]) => { concat!($pp, ".", stringify!($field)) };
    (@id Provider $field:ident [$pe:literal $pp:literal $pv:literal $pm:literal]) => { concat!($pv, ".", stringify!($field)) };
    (@id Measure $field:ident [$pe:literal $pp:literal $pv:literal $pm:literal]) => { concat!($pm, ".", stringify!($field)) };
    // One section's struct, from its rows.
    (@section $section:ident $prefix:literal [$($extra:ident: $xty:ty = $xdefault:expr),*] [$({ $c:ident $field:ident: $ty:ty })+]) => {
        #[doc = concat!("The answers under `", $prefix, "`.")]
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
        pub struct $section {
            $(pub $field: Option<$ty>,)+
            $(pub $extra: $xty,)*
        }

        impl $section {
            /// The keys an answers document may give here.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($field),)+ $(stringify!($extra),)*];

            /// Nothing answered.
            pub const NONE: $section = $section { $($field: None,)+ $($extra: $xdefault,)* };

            /// Reads and validates the fields of the table (the extra ones are left as [`Self::NONE`] has them).
            pub fn read(f: &Fields) -> Result<$section, InputError> {
                Ok($section {
                    $($field: <$ty as AnswerType>::read(f, stringify!($field), &QUESTIONS[q::$c])?,)+
                    $($extra: $xdefault,)*
                })
            }

            /// Reads the value of member `key` straight from JSON text, as [`Self::read`] would:
            /// `Some(true)` when it is a field of the table, `Some(false)` when it is not (an extra
            /// field, or a key the caller refuses), `None` to leave the document to the validating
            /// reader (a field given twice, a value `read` would refuse or that [`Json`] does not
            /// read). `given` has a bit for every field read so far (bit `i` for `QUESTIONS[i]`).
            #[inline]
            pub fn direct(&mut self, key: &str, j: &mut Json, given: &mut u64) -> Option<bool> {
                match key {
                    $(stringify!($field) => {
                        // One bit per question: the build fails if the table outgrows the u64.
                        let bit = const { assert!(q::$c < 64, "more questions than bits in `given`"); 1u64 << q::$c };
                        if *given & bit != 0 {
                            return None;
                        }
                        *given |= bit;
                        if !j.absent() {
                            self.$field = Some(<$ty as AnswerType>::direct(j, &QUESTIONS[q::$c])?);
                        }
                        Some(true)
                    })+
                    _ => Some(false),
                }
            }

            /// These answers with every unanswered field taken from `fallback` (a measure's own
            /// provider over the top level's).
            pub fn or(&self, fallback: &$section) -> $section {
                $section {
                    $($field: self.$field.clone().or_else(|| fallback.$field.clone()),)+
                    $($extra: self.$extra.clone(),)*
                }
            }

            /// The questions of this section left unanswered, as bits of their indices in
            /// [`QUESTIONS`]: every answer is an `Option`, and `None` is unanswered
            /// ([`Slot::answered`]). Relevance asks for these on every world it builds.
            pub const fn unanswered(&self) -> u64 {
                0 $(| if self.$field.is_none() { 1 << q::$c } else { 0 })+
            }

            /// The typed place of question `question` (an index in [`QUESTIONS`]), when it is here.
            #[inline]
            pub fn slot(&mut self, question: usize) -> Option<Slot<'_>> {
                match question {
                    $(q::$c => Some(<$ty as AnswerType>::slot(&mut self.$field)),)+
                    _ => None,
                }
            }
        }
    };
}

table! {
    sections {
        Employer "employer" {}
        Person "person" {}
        Provider "provider" {}
        Measure "measures[]" { provider: Provider = Provider::NONE }
    }
    Employer SECTOR sector: Sector = Answer::Choice(Sector::WIRE),
        unknown: true, page: Some("employer"),
        text: t("Inom vilken sektor finns arbetsgivaren?", "Which sector is the employer in?"),
        help: t("Välj Kommunalt bolag bara om bolaget har kollektivavtal inom det kommunala området. För en ideell förening eller en stiftelse: välj Annan (AFA räknar den som en privat arbetsgivare).", "Choose Municipal company only if the company has a collective agreement in the municipal sector. For a non-profit association or a foundation: choose Other (AFA counts it as a private employer)."),
        why: t("Sektorn avgör om medarbetaren kan omfattas av AGS eller AGS-KL och vilken ansökningstid som gäller hos AFA.", "The sector decides whether the person can be covered by AGS or AGS-KL (the sickness insurances of the collective agreements, run by AFA Försäkring), and AFA's application deadline."),
        find_out: t("Arbetsgivaren vet. För ett kommunalt bolag: fråga om bolaget har kollektivavtal inom det kommunala området.", "The employer knows. For a municipal company: ask whether it has a collective agreement in the municipal sector."),
        required: t("Välj vilken sektor arbetsgivaren finns i", "Choose the employer's sector"),
        actions: &[];
    Employer AGS_INSURANCE ags_insurance: bool = Answer::Bool,
        unknown: true, page: Some("employer"),
        text: t("Har arbetsgivaren kollektivavtal som innehåller sjukförsäkringen AGS eller AGS-KL?", "Does the employer have a collective agreement with the AGS or AGS-KL sickness insurance?"),
        help: t("AGS och AGS-KL är sjukförsäkringar som ingår i kollektivavtal och sköts av AFA Försäkring. AGS finns i de flesta kollektivavtal i privat sektor, AGS-KL i kommuner och regioner.", "AGS is the sickness insurance in most private-sector collective agreements, AGS-KL the one for municipalities and regions; AFA Försäkring runs both."),
        why: t("AFA:s rehabiliteringsstöd gäller bara den som omfattas av AGS eller AGS-KL.", "AFA's support applies only to people covered by the AGS or AGS-KL sickness insurance."),
        find_out: t("Det står i arbetsgivarens kollektivavtal. Fråga HR eller lönekontoret, facket eller AFA Försäkrings kundtjänst.", "It is in the employer's collective agreement. Ask HR or payroll, the union or AFA Försäkring's customer service."),
        required: t("Svara om arbetsgivaren har sjukförsäkringen AGS eller AGS-KL", "Answer whether the employer has the AGS or AGS-KL sickness insurance"),
        actions: &[];
    Person CATEGORY category: Category = Answer::Choice(Category::WIRE),
        unknown: true, page: Some("employer"),
        text: t("Är medarbetaren arbetare eller tjänsteman?", "Is the person an arbetare (blue-collar worker) or a tjänsteman (salaried employee)?"),
        help: t("Tjänstemän har oftast månadslön och kollektivavtal via Unionen, Akademikerförbunden eller liknande.", "Tjänstemän (salaried employees) usually have a monthly salary and an agreement through Unionen, the Saco unions or similar."),
        why: t("I privat sektor omfattas tjänstemän normalt inte av AGS. Svarar du arbetare behövs ingen fråga om medarbetaravtal.", "In the private sector, tjänstemän (salaried employees) are normally not covered by the AGS sickness insurance. For an arbetare (blue-collar worker) there is no question about a medarbetaravtal (a collective agreement covering all employees alike)."),
        find_out: t("Det står i anställningsavtalet. Fråga HR eller lönekontoret.", "It is in the employment contract. Ask HR or payroll."),
        required: t("Välj om medarbetaren är arbetare eller tjänsteman", "Choose whether the person is an arbetare (blue-collar worker) or a tjänsteman (salaried employee)"),
        actions: &[];
    Employer MEDARBETARAVTAL medarbetaravtal: bool = Answer::Bool,
        unknown: true, page: Some("employer"),
        text: t("Har arbetsgivaren ett medarbetaravtal?", "Does the employer have a medarbetaravtal (a collective agreement covering all employees alike)?"),
        help: t("Ett medarbetaravtal är ett kollektivavtal som inte delar in de anställda i arbetare och tjänstemän.", "A medarbetaravtal is a collective agreement that does not split the employees into arbetare (blue-collar workers) and tjänstemän (salaried employees)."),
        why: t("Privatanställda tjänstemän omfattas av AGS bara genom ett medarbetaravtal.", "Private-sector tjänstemän (salaried employees) are covered by the AGS sickness insurance only through a medarbetaravtal."),
        find_out: t("Det står i arbetsgivarens kollektivavtal. Fråga HR, facket eller AFA Försäkrings kundtjänst.", "It is in the employer's collective agreement. Ask HR, the union or AFA Försäkring's customer service."),
        required: t("Svara om arbetsgivaren har ett medarbetaravtal", "Answer whether the employer has a medarbetaravtal (a collective agreement covering all employees alike)"),
        actions: &[];
    Employer EMPLOYER_GRANTED fk_ars_granted_this_year_ore: u64 = GRANTED,
        unknown: true, page: Some("granted"),
        text: t("Hur mycket arbetsplatsinriktat rehabiliteringsstöd har arbetsgivaren redan fått beviljat i år?", "How much workplace-oriented rehabilitation support has the employer already been granted this year?"),
        help: t("Räkna med alla medarbetare under innevarande kalenderår.", "Count all employees in the current calendar year."),
        why: t("Försäkringskassan betalar högst 200 000 kr per arbetsgivare och år.", "Försäkringskassan pays at most 200 000 kr per employer and year."),
        find_out: t("Försäkringskassans beslut om arbetsplatsinriktat rehabiliteringsstöd i år. Fråga den som ansökte eller ekonomiavdelningen.", "Försäkringskassan's decisions on this grant this year. Ask whoever applied, or the finance department."),
        required: t("Skriv hur mycket arbetsgivaren redan har fått beviljat i år, i kronor (0 om inget)", "Enter how much the employer has already been granted this year, in kronor (0 if nothing)"),
        actions: &[];
    Person EMPLOYMENT employment: Employment = Answer::Choice(Employment::WIRE),
        unknown: true, page: Some("employment"),
        text: t("Vilken anknytning till arbete har medarbetaren?", "What is the person's relation to work?"),
        help: t("Efterskydd betyder att AGS eller AGS-KL fortfarande gäller en tid efter en tidigare anställning.", "Efterskydd (continued cover) means the AGS or AGS-KL sickness insurance still applies for a while after an earlier employment."),
        why: t("Stöden till arbetsgivare gäller anställda; efterskydd ger AFA-stöd på andra villkor.", "Support to employers concerns employees; efterskydd (continued cover after an earlier employment) gives AFA support on other terms."),
        find_out: t("Personen själv eller arbetsgivaren vet. Om efterskydd kan AFA Försäkring, Arbetsförmedlingen eller Försäkringskassan svara.", "The person or the employer knows. About efterskydd, AFA Försäkring, Arbetsförmedlingen or Försäkringskassan can tell."),
        required: t("Välj personens anknytning till arbete", "Choose the person's relation to work"),
        actions: &[];
    Person AGE age: u64 = Answer::Number { min: 0, max: 130, candidates: &[10, 40, 90], unit: t("år", "years") },
        unknown: true, page: Some("employment"),
        text: t("Hur gammal är personen?", "How old is the person?"),
        help: t("Ange ålder i hela år.", "Age in whole years."),
        why: t("Rehabiliteringsgarantin gällde personer som var 16–67 år.", "Rehabiliteringsgarantin covered people aged 16–67."),
        find_out: t("Personen själv.", "The person."),
        required: t("Skriv personens ålder i hela år", "Enter the person's age in whole years"),
        actions: &[];
    Person CONDITION condition: Condition = Answer::Choice(Condition::WIRE),
        unknown: true, page: Some("need"),
        text: t("Vad gäller rehabiliteringen främst?", "What is the rehabilitation mainly for?"),
        help: t("Välj det som bäst beskriver besvären. Ingen diagnos behöver anges.", "Choose what best describes the problems. No diagnosis is needed."),
        why: t("Rehabiliteringsgarantin gällde bara vissa besvär.", "Rehabiliteringsgarantin covered certain problems only."),
        find_out: t("Personen själv eller vården.", "The person, or health care."),
        required: t("Välj vad rehabiliteringen främst gäller", "Choose what the rehabilitation is mainly for"),
        actions: &[];
    Person WORK_CAPACITY work_capacity: WorkCapacity = Answer::Choice(WorkCapacity::WIRE),
        unknown: true, page: Some("need"),
        text: t("Har medarbetaren nedsatt arbetsförmåga på grund av sjukdom eller skada, eller risk för det?", "Does the person have reduced work capacity because of illness or injury, or a risk of it?"),
        help: t("Medarbetaren behöver inte vara sjukskriven.", "The person need not be on sick leave."),
        why: t("Försäkringskassans stöd gäller medarbetare med nedsatt arbetsförmåga eller risk för det.", "Försäkringskassan's grant concerns employees with reduced work capacity or a risk of it."),
        find_out: t("Vården eller företagshälsovården bedömer det; ofta står det i ett läkarintyg.", "Health care or occupational health services judge it; it is often in a doctor's certificate."),
        required: t("Välj hur det är med medarbetarens arbetsförmåga", "Choose how the person's work capacity is"),
        actions: &[];
    Person ON_SICK_LEAVE on_sick_leave: bool = Answer::Bool,
        unknown: true, page: Some("need"),
        text: t("Är medarbetaren sjukskriven?", "Is the person on sick leave?"),
        help: t("Sjukskrivning krävs inte för något av stöden.", "Sick leave is not required for any of the schemes."),
        why: t("Frågan påverkar inte resultatet: ingen regel läser svaret. Den finns med för att arbetsgivare ofta undrar.", "It does not change the result: no rule reads the answer. It is here because employers often wonder."),
        find_out: t("Personen själv eller arbetsgivaren.", "The person or the employer."),
        required: t("Svara om medarbetaren är sjukskriven", "Answer whether the person is on sick leave"),
        actions: &[];
    Person REHAB_NEED_DOCUMENTED rehab_need_documented: bool = Answer::Bool,
        unknown: true, page: Some("need"),
        text: t("Finns ett styrkt rehabiliteringsbehov?", "Is there a documented need for rehabilitation?"),
        help: t("Till exempel intyg eller bedömning från vården eller företagshälsovården. Insatsen kan vara förebyggande.", "For example a certificate or assessment from health care or occupational health. The measure may be preventive."),
        why: t("AFA kräver ett styrkt rehabiliteringsbehov.", "AFA requires a documented need for rehabilitation."),
        find_out: t("Ett intyg eller en bedömning från vården eller företagshälsovården. Fråga personen eller företagshälsovården.", "A certificate or assessment from health care or occupational health services. Ask the person or occupational health services."),
        required: t("Svara om det finns ett styrkt rehabiliteringsbehov", "Answer whether there is a documented need for rehabilitation"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Employer, text: t("låta företagshälsovården bedöma och dokumentera rehabiliteringsbehovet", "have occupational health services assess and document the need for rehabilitation") },
                Action { value: Some(Given::Bool(true)), who: Actor::Person, text: t("be vården om ett intyg om rehabiliteringsbehovet", "ask health care for a certificate of the need for rehabilitation") },
            ];
    Person WORK_CAPACITY_PROSPECT work_capacity_prospect: bool = Answer::Bool,
        unknown: true, page: Some("need"),
        text: t("Är det rimligt att medarbetaren kan återfå eller behålla sin arbetsförmåga?", "Is it reasonable that the person can regain or keep their work capacity?"),
        help: t("En bedömning av om rehabiliteringen kan leda tillbaka till arbete.", "A judgement of whether the rehabilitation can lead back to work."),
        why: t("AFA ersätter rehabilitering som kan leda till arbete.", "AFA reimburses rehabilitation that can lead to work."),
        find_out: t("Vården eller företagshälsovården kan bedöma det, ofta tillsammans med arbetsgivaren.", "Health care or occupational health services can judge it, often together with the employer."),
        required: t("Svara om det är rimligt att personen kan återfå eller behålla sin arbetsförmåga", "Answer whether the person can reasonably regain or keep their work capacity"),
        actions: &[];
    Person RETURN_TO_WORK_PLAN return_to_work_plan: bool = Answer::Bool,
        unknown: true, page: Some("need"),
        text: t("Finns en plan för återgång i arbete?", "Is there a plan for return to work?"),
        help: t("Planen tas fram av arbetsgivaren tillsammans med medarbetaren: vad som ska göras, av vem och när, och hur ni följer upp. Är insatsen förebyggande och medarbetaren arbetar? AFA:s villkor nämner en plan för återgång i arbete även då. Planen kan då beskriva hur medarbetaren ska kunna fortsätta arbeta. Är du osäker, fråga AFA.", "The employer draws up the plan with the employee: what is to be done, by whom and when, and how you follow up. Is the measure preventive while the employee is working? AFA's conditions name a return-to-work plan then too. The plan can then describe how the employee is to keep working. If unsure, ask AFA."),
        why: t("AFA kräver en plan för återgång i arbete.", "AFA requires a plan for return to work."),
        find_out: t("Arbetsgivaren vet: det är arbetsgivaren som tar fram planen.", "The employer knows: the employer draws up the plan."),
        required: t("Svara om det finns en plan för återgång i arbete", "Answer whether there is a plan for return to work"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Employer, text: t("ta fram en plan för återgång i arbete tillsammans med medarbetaren", "draw up a plan for return to work together with the employee") },
            ];
    Person CONSENT consent: bool = Answer::Bool,
        unknown: true, page: None,
        text: t("Har personen som rehabiliteringen gäller skrivit under samtycke till ansökan?", "Has the person the rehabilitation concerns signed consent to the application?"),
        help: t("Samtyckesbilagan är obligatorisk i AFA:s ansökan.", "The consent attachment is mandatory in AFA's application."),
        why: t("Utan samtycke kan ansökan till AFA inte skickas.", "Without consent the application to AFA cannot be sent."),
        find_out: t("Personen själv. Samtyckesbilagan finns i AFA Försäkrings ansökan.", "The person. The consent attachment is part of AFA Försäkring's application."),
        required: t("Svara om personen har skrivit under samtycket", "Answer whether the person has signed the consent"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Employer, text: t("be personen skriva under samtyckesbilagan", "ask the person to sign the consent attachment") },
                Action { value: Some(Given::Bool(true)), who: Actor::Person, text: t("skriva under samtyckesbilagan", "sign the consent attachment") },
            ];
    Person MEDICAL_ASSESSMENT medical_assessment: bool = Answer::Bool,
        unknown: true, page: Some("need"),
        text: t("Har vården gjort en medicinsk bedömning?", "Has health care made a medical assessment?"),
        help: t("Gäller rehabiliteringsgarantin (2015).", "Applies to Rehabiliteringsgarantin (2015)."),
        why: t("Garantin krävde en medicinsk bedömning före behandlingen.", "The guarantee required a medical assessment before treatment."),
        find_out: t("Vården, till exempel vårdcentralen.", "Health care, for example the health centre."),
        required: t("Svara om vården har gjort en medicinsk bedömning", "Answer whether health care has made a medical assessment"),
        actions: &[];
    Person HAS_SGI has_sgi: bool = Answer::Bool,
        unknown: true, page: Some("insurance"),
        text: t("Har personen en sjukpenninggrundande inkomst (SGI)?", "Does the person have a sickness-benefit-qualifying income (SGI)?"),
        help: t("Den som arbetar eller nyligen har arbetat har oftast SGI. Försäkringskassan kan svara.", "People who work or worked recently usually have SGI. Försäkringskassan can tell."),
        why: t("Samordning av rehabiliteringsinsatser gäller den som saknar SGI; efterskydd kräver SGI.", "Coordination is for people without SGI; efterskydd (continued cover after an earlier employment) requires SGI."),
        find_out: t("Försäkringskassan kan svara. Den som arbetar eller nyligen har arbetat har oftast SGI.", "Försäkringskassan can tell. People who work or worked recently usually have SGI."),
        required: t("Svara om personen har SGI", "Answer whether the person has SGI (sickness-benefit-qualifying income)"),
        actions: &[];
    Person INSURED_IN_SWEDEN insured_in_sweden: bool = Answer::Bool,
        unknown: true, page: Some("insurance"),
        text: t("Är personen försäkrad i Sverige, genom arbete eller bosättning?", "Is the person insured in Sweden, through work or residence?"),
        help: t("Den som bor eller arbetar i Sverige är oftast försäkrad.", "People who live or work in Sweden usually are."),
        why: t("Samordning kräver att personen är försäkrad i Sverige.", "Coordination requires insurance in Sweden."),
        find_out: t("Försäkringskassan kan svara.", "Försäkringskassan can tell."),
        required: t("Svara om personen är försäkrad i Sverige", "Answer whether the person is insured in Sweden"),
        actions: &[];
    Person DOCTOR_CERTIFICATE doctor_certificate: bool = Answer::Bool,
        unknown: true, page: Some("insurance"),
        text: t("Finns ett läkarintyg som visar nedsatt arbetsförmåga på grund av sjukdom?", "Is there a doctor's certificate showing reduced work capacity because of illness?"),
        help: t("Intyget bifogas ansökan om samordning.", "The certificate goes with the application."),
        why: t("Samordning kräver ett läkarintyg.", "Coordination requires a doctor's certificate."),
        find_out: t("Personen själv eller vården.", "The person, or health care."),
        required: t("Svara om det finns ett läkarintyg", "Answer whether there is a doctor's certificate"),
        actions: &[];
    Person NEEDS_WORK_REHAB needs_work_rehab: bool = Answer::Bool,
        unknown: true, page: Some("insurance"),
        text: t("Behöver personen arbetslivsinriktad rehabilitering för att kunna arbeta?", "Does the person need work-oriented rehabilitation to be able to work?"),
        help: t("Till exempel arbetsträning eller stöd att hitta ett arbete som passar.", "For example work training or support to find suitable work."),
        why: t("Samordning gäller den som behöver arbetslivsinriktad rehabilitering.", "Coordination is for people who need work-oriented rehabilitation."),
        find_out: t("Vården, Försäkringskassan eller Arbetsförmedlingen kan bedöma det tillsammans med personen.", "Health care, Försäkringskassan or Arbetsförmedlingen can judge it with the person."),
        required: t("Svara om personen behöver arbetslivsinriktad rehabilitering", "Answer whether the person needs work-oriented rehabilitation"),
        actions: &[];
    Person IN_AF_PROGRAMME in_af_programme: bool = Answer::Bool,
        unknown: true, page: Some("insurance"),
        text: t("Deltar personen i ett program hos Arbetsförmedlingen?", "Does the person take part in an Arbetsförmedlingen programme?"),
        help: t("Påverkar inte bedömningen, men kan ge rätt till annat stöd.", "Does not change the result, but may give other support."),
        why: t("Deltagare kan ha rätt till aktivitetsstöd eller utvecklingsersättning.", "Participants may get activity support or development allowance."),
        find_out: t("Personen själv eller Arbetsförmedlingen.", "The person, or Arbetsförmedlingen."),
        required: t("Svara om personen deltar i ett program hos Arbetsförmedlingen", "Answer whether the person takes part in an Arbetsförmedlingen programme"),
        actions: &[];
    Person PERSON_GRANTED fk_ars_granted_this_year_ore: u64 = GRANTED,
        unknown: true, page: Some("granted"),
        text: t("Hur mycket arbetsplatsinriktat rehabiliteringsstöd har redan beviljats för den här medarbetaren i år?", "How much workplace-oriented rehabilitation support has already been granted for this employee this year?"),
        help: t("Ange 0 om inget har beviljats.", "Enter 0 if nothing has been granted."),
        why: t("Försäkringskassan betalar högst 10 000 kr per medarbetare och år.", "Försäkringskassan pays at most 10 000 kr per employee and year."),
        find_out: t("Försäkringskassans beslut för den här medarbetaren i år. Fråga den som ansökte.", "Försäkringskassan's decisions for this employee this year. Ask whoever applied."),
        required: t("Skriv hur mycket som redan har beviljats för medarbetaren i år, i kronor (0 om inget)", "Enter how much has already been granted for this employee this year, in kronor (0 if nothing)"),
        actions: &[];
    Provider FK_APPROVED fk_approved: bool = Answer::Bool,
        unknown: true, page: Some("provider"),
        text: t("Är anordnaren godkänd av Försäkringskassan för arbetsplatsinriktat rehabiliteringsstöd?", "Is the provider approved by Försäkringskassan for workplace-oriented rehabilitation support?"),
        help: t("Anordnaren är företaget som utför insatsen, till exempel företagshälsovården. Fråga anordnaren om den är godkänd; Försäkringskassan har också en förteckning. (För att bli godkänd krävs kompetens inom medicin och rehabilitering och inom tre av fem andra områden. En äldre text från Försäkringskassan, från 2014, sa fyra av fem. Den gäller inte längre.)", "The provider is the company performing the measure, such as occupational health services. Ask the provider whether it is approved; Försäkringskassan also keeps a list. (Approval requires competence in medicine and rehabilitation and in three of five other areas. An older text from Försäkringskassan, from 2014, said four of five. It no longer applies.)"),
        why: t("Bidraget betalas bara för tjänster från godkända anordnare.", "The grant is paid only for services from approved providers."),
        find_out: t("Fråga anordnaren. Försäkringskassan har också en förteckning över godkända anordnare.", "Ask the provider. Försäkringskassan also keeps a list of approved providers."),
        required: t("Svara om anordnaren är godkänd av Försäkringskassan", "Answer whether the provider is approved by Försäkringskassan"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Employer, text: t("anlita en anordnare som Försäkringskassan har godkänt", "engage a provider that Försäkringskassan has approved") },
                Action { value: Some(Given::Bool(true)), who: Actor::Provider, text: t("ansöka hos Försäkringskassan om att bli godkänd anordnare (blankett 7027)", "apply to Försäkringskassan to become an approved provider (form 7027)") },
            ];
    Provider IVO_PERMIT ivo_permit: bool = Answer::Bool,
        unknown: true, page: Some("provider"),
        text: t("Har det behandlande företaget tillstånd från IVO?", "Does the treating company hold a permit from IVO?"),
        help: t("Inspektionen för vård och omsorg ger tillstånd till bland annat behandlingshem.", "Inspektionen för vård och omsorg issues permits to, among others, treatment homes."),
        why: t("AFA ersätter paketpris för beroendebehandling bara med IVO-tillstånd.", "AFA reimburses package prices for addiction treatment only with an IVO permit."),
        find_out: t("Fråga behandlingsföretaget eller IVO (Inspektionen för vård och omsorg).", "Ask the treating company or IVO (the Health and Social Care Inspectorate)."),
        required: t("Svara om behandlingsföretaget har tillstånd från IVO", "Answer whether the treating company holds a permit from IVO"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Employer, text: t("anlita ett behandlingsföretag som har tillstånd från IVO", "engage a treating company that holds a permit from IVO") },
                Action { value: Some(Given::Bool(true)), who: Actor::Provider, text: t("ansöka om tillstånd hos IVO", "apply to IVO for a permit") },
            ];
    Provider PERFORMER performer: Performer = Answer::Choice(Performer::WIRE),
        unknown: true, page: Some("provider"),
        text: t("Vem utför insatsen?", "Who performs the measure?"),
        help: t("Välj den som leder insatsen. Socialstyrelsen ger legitimation till bland annat psykologer, psykoterapeuter, läkare, sjuksköterskor, fysioterapeuter, naprapater och arbetsterapeuter.", "Choose the person who leads the measure. Socialstyrelsen licenses, among others, psychologists, psychotherapists, physicians, nurses, physiotherapists, naprapaths and occupational therapists."),
        why: t("AFA ersätter samtal, även stöd vid stress, konflikt eller kris, bara hos legitimerad psykolog eller psykoterapeut.", "AFA reimburses talks, support with stress, a conflict or a crisis too, only with a licensed psychologist or psychotherapist."),
        find_out: t("Fråga anordnaren. En legitimation kan kontrolleras i Socialstyrelsens register över legitimerad hälso- och sjukvårdspersonal.", "Ask the provider. A licence can be checked in Socialstyrelsen's register of licensed health care staff."),
        required: t("Välj vem som utför insatsen", "Choose who performs the measure"),
        actions: &[
                Action { value: Some(Given::Choice("licensed_psychologist")), who: Actor::Provider, text: t("låta en legitimerad psykolog hålla samtalen", "have a licensed psychologist hold the talks") },
                Action { value: Some(Given::Choice("licensed_psychologist")), who: Actor::Employer, text: t("anlita en anordnare där en legitimerad psykolog håller samtalen", "engage a provider where a licensed psychologist holds the talks") },
                Action { value: Some(Given::Choice("licensed_psychotherapist")), who: Actor::Provider, text: t("låta en legitimerad psykoterapeut hålla samtalen", "have a licensed psychotherapist hold the talks") },
                Action { value: Some(Given::Choice("licensed_psychotherapist")), who: Actor::Employer, text: t("anlita en anordnare där en legitimerad psykoterapeut håller samtalen", "engage a provider where a licensed psychotherapist holds the talks") },
            ];
    Provider COMPETENCE competence: Vec<Competence> = Answer::Multi(Competence::WIRE),
        unknown: true, page: Some("provider"),
        text: t("Inom vilka områden har utföraren kompetens?", "In which areas does the performer have competence?"),
        help: t("Välj alla som stämmer.", "Choose all that apply."),
        why: t("Försäkringskassan kräver kompetens inom minst ett av områdena.", "Försäkringskassan requires competence in at least one of the areas."),
        find_out: t("Fråga anordnaren.", "Ask the provider."),
        required: t("Välj inom vilka områden utföraren har kompetens", "Choose the areas the performer has competence in"),
        actions: &[
                Action { value: None, who: Actor::Provider, text: t("låta någon med kompetens inom något av områdena utföra insatsen", "have someone with competence in one of the areas perform the measure") },
                Action { value: None, who: Actor::Employer, text: t("anlita en anordnare vars utförare har kompetens inom något av områdena", "engage a provider whose performer has competence in one of the areas") },
            ];
    Provider KNOWS_WORKPLACE knows_workplace: bool = Answer::Bool,
        unknown: true, page: Some("provider"),
        text: t("Känner utföraren till medarbetarens arbetsplats och arbetsgivarens arbetsmiljöansvar (SAM)?", "Does the performer know the employee's workplace and the employer's work-environment duty (SAM)?"),
        help: t("SAM är systematiskt arbetsmiljöarbete enligt arbetsmiljölagen.", "SAM is systematic work-environment management under the Work Environment Act."),
        why: t("Försäkringskassan kräver kunskap om arbetsplatsen.", "Försäkringskassan requires knowledge of the workplace."),
        find_out: t("Fråga utföraren eller anordnaren.", "Ask the performer or the provider."),
        required: t("Svara om utföraren känner till arbetsplatsen och arbetsmiljöarbetet", "Answer whether the performer knows the workplace and the work-environment management"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Provider, text: t("sätta sig in i arbetsplatsen och arbetsgivarens systematiska arbetsmiljöarbete", "get to know the workplace and the employer's systematic work-environment management") },
                Action { value: Some(Given::Bool(true)), who: Actor::Employer, text: t("berätta för utföraren om arbetsplatsen och arbetsmiljöarbetet", "brief the performer on the workplace and the work-environment management") },
            ];
    Provider CONTRACTED contracted: bool = Answer::Bool,
        unknown: true, page: Some("provider"),
        text: t("Om utföraren inte är anställd hos anordnaren: finns ett avtal med utföraren?", "If the performer is not employed by the provider: is there a contract?"),
        help: t("Kontrolleras i fakturaunderlaget, inte i bedömningen.", "Checked on the invoice basis, not in the assessment."),
        why: t("Fakturaunderlaget till Försäkringskassan ska visa det.", "The invoice basis for Försäkringskassan must show it."),
        find_out: t("Fråga anordnaren.", "Ask the provider."),
        required: t("Svara om det finns ett avtal med utföraren", "Answer whether there is a contract with the performer"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Provider, text: t("skriva ett avtal med utföraren", "sign a contract with the performer") },
            ];
    Provider REGION_CARE region_care: bool = Answer::Bool,
        unknown: true, page: Some("provider"),
        text: t("Ges behandlingen inom regionens offentligt finansierade vård: i regionens egen regi eller hos en privat vårdgivare som har avtal med regionen?", "Is the treatment given within the region's publicly funded care: by the region itself or by a private care provider under contract with the region?"),
        help: t("Gäller rehabiliteringsgarantin (2015). Svara ja även för en privat vårdgivare med avtal med regionen, till exempel genom vårdval. En privat vårdgivare utan sådant avtal räknas inte.", "Applies to Rehabiliteringsgarantin (the rehabilitation guarantee, 2015). Answer yes also for a private care provider under contract with the region, for example through a choice-of-care scheme. A private care provider without such a contract does not count."),
        why: t("Garantin betalades till regionerna för behandling inom deras offentligt finansierade vård.", "The guarantee was paid to the regions for treatment within their publicly funded care."),
        find_out: t("Fråga vårdgivaren om den hör till regionen eller har avtal med regionen, till exempel genom vårdval.", "Ask the care provider whether it is the region's own or under contract with the region, for example through a choice-of-care scheme."),
        required: t("Svara om behandlingen ges inom regionens offentligt finansierade vård", "Answer whether the treatment is given within the region's publicly funded care"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Person, text: t("få behandlingen inom regionens vård: i regionens egen regi eller hos en vårdgivare som har avtal med regionen", "get the treatment within the region's care: from the region itself or from a care provider under contract with the region") },
            ];
    Measure KIND kind: Kind = Answer::Choice(Kind::WIRE),
        unknown: false, page: None,
        text: t("Vilken sorts insats?", "What kind of measure?"),
        help: t("Välj det som bäst beskriver tjänsten.", "Choose what best describes the service."),
        why: t("Varje stöd betalar för vissa sorters insatser.", "Each scheme pays for certain kinds of measures."),
        find_out: t("Det står i offerten eller på fakturan från anordnaren.", "It is in the provider's quote or invoice."),
        required: t("Välj vilken sorts insats det är", "Choose what kind of measure it is"),
        actions: &[];
    Measure COST cost_ore: u64 = Answer::Money { candidates: &[10_000_000, 0] },
        unknown: false, page: None,
        text: t("Vad kostar insatsen?", "What does the measure cost?"),
        help: t("I kronor, utan moms om arbetsgivaren kan dra av momsen.", "In kronor, without VAT if the employer can deduct it."),
        why: t("Stödet är en del av kostnaden.", "The support is a share of the cost."),
        find_out: t("Offerten eller fakturan från anordnaren.", "The provider's quote or invoice."),
        required: t("Skriv vad insatsen kostar, i kronor", "Enter what the measure costs, in kronor"),
        actions: &[];
    Measure DATE date: Date = Answer::Date,
        unknown: false, page: None,
        text: t("När görs eller gjordes insatsen?", "When does or did the measure take place?"),
        help: t("För en längre insats: startdatum.", "For a longer measure: the start date."),
        why: t("Datumet avgör sista dag för ansökan och vilka regler som gäller.", "The date decides the application deadline and which rules apply."),
        find_out: t("Offerten, fakturan eller anordnarens underlag.", "The provider's quote, invoice or basis."),
        required: t("Skriv när insatsen görs eller gjordes", "Enter when the measure takes or took place"),
        actions: &[];
    Measure INDIVIDUAL individual: bool = Answer::Bool,
        unknown: true, page: None,
        text: t("Gäller insatsen en enskild medarbetare?", "Does the measure concern one individual employee?"),
        help: t("Svara nej för insatser i grupp eller för hela organisationen.", "Answer no for group or organisation-wide measures."),
        why: t("Stöden betalar inte för gruppaktiviteter.", "The schemes do not pay for group activities."),
        find_out: t("Fråga anordnaren om insatsen ges till en person eller till en grupp.", "Ask the provider whether the measure is for one person or for a group."),
        required: t("Svara om insatsen gäller en enskild medarbetare", "Answer whether the measure concerns one individual employee"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Provider, text: t("hålla insatsen för en enda medarbetare i stället för en grupp", "hold the measure for one employee instead of a group") },
                Action { value: Some(Given::Bool(true)), who: Actor::Employer, text: t("beställa insatsen för en enda medarbetare", "order the measure for one employee") },
            ];
    Measure DIGITAL digital: bool = Answer::Bool,
        unknown: true, page: None,
        text: t("Genomförs insatsen digitalt?", "Is the measure delivered digitally?"),
        help: t("Ska framgå av underlaget till AFA.", "Must be stated in the basis for AFA."),
        why: t("AFA vill veta det; det påverkar inte bedömningen.", "AFA asks for it; it does not change the assessment."),
        find_out: t("Fråga anordnaren.", "Ask the provider."),
        required: t("Svara om insatsen genomförs digitalt", "Answer whether the measure is delivered digitally"),
        actions: &[];
    Measure ADDICTION addiction: Addiction = Answer::Choice(Addiction::WIRE),
        unknown: true, page: None,
        text: t("Vilket beroende gäller behandlingen?", "Which addiction is treated?"),
        help: t("", ""),
        why: t("AFA ersätter behandling av spelmissbruk bara för kommuner och regioner.", "AFA reimburses gambling treatment only for municipalities and regions."),
        find_out: t("Behandlingsplanen, eller fråga behandlingsföretaget.", "The treatment plan, or ask the treating company."),
        required: t("Välj vilket beroende behandlingen gäller", "Choose which addiction is treated"),
        actions: &[];
    Measure SETTING setting: Setting = Answer::Choice(Setting::WIRE),
        unknown: true, page: None,
        text: t("Hur ges behandlingen?", "How is the treatment given?"),
        help: t("", ""),
        why: t("Utan IVO-tillstånd ersätter AFA bara samtalsbehandling.", "Without an IVO permit AFA reimburses talk treatment only."),
        find_out: t("Fråga behandlingsföretaget.", "Ask the treating company."),
        required: t("Välj hur behandlingen ges", "Choose how the treatment is given"),
        actions: &[];
    Measure PACKAGE_PRICE package_price: bool = Answer::Bool,
        unknown: true, page: None,
        text: t("Säljs behandlingen till paketpris?", "Is the treatment sold at a package price?"),
        help: t("", ""),
        why: t("Paketpris kräver IVO-tillstånd.", "A package price requires an IVO permit."),
        find_out: t("Det står i offerten eller på fakturan.", "It is in the quote or the invoice."),
        required: t("Svara om behandlingen säljs till paketpris", "Answer whether the treatment is sold at a package price"),
        actions: &[
                Action { value: Some(Given::Bool(false)), who: Actor::Provider, text: t("sälja behandlingen utan paketpris", "sell the treatment without a package price") },
                Action { value: Some(Given::Bool(false)), who: Actor::Employer, text: t("köpa behandlingen utan paketpris", "buy the treatment without a package price") },
            ];
    Measure GUIDELINE_METHOD guideline_method: bool = Answer::Bool,
        unknown: true, page: None,
        text: t("Är metoden rekommenderad i Socialstyrelsens nationella riktlinjer för missbruk och beroende?", "Is the method recommended in Socialstyrelsen's national guidelines for misuse and addiction?"),
        help: t("", ""),
        why: t("AFA kräver det för beroendebehandling.", "AFA requires it for addiction treatment."),
        find_out: t("Fråga behandlingsföretaget vilken metod det använder. Riktlinjerna finns hos Socialstyrelsen.", "Ask the treating company which method it uses. The guidelines are published by Socialstyrelsen."),
        required: t("Svara om metoden är rekommenderad i Socialstyrelsens riktlinjer", "Answer whether the method is recommended in Socialstyrelsen's guidelines"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Provider, text: t("använda en metod som Socialstyrelsens nationella riktlinjer för missbruk och beroende rekommenderar", "use a method Socialstyrelsen's national guidelines for misuse and addiction recommend") },
                Action { value: Some(Given::Bool(true)), who: Actor::Employer, text: t("välja en behandling med en metod som riktlinjerna rekommenderar", "choose a treatment with a method the guidelines recommend") },
            ];
    Measure EVIDENCE_BASED evidence_based: bool = Answer::Bool,
        unknown: true, page: None,
        text: t("Följer insatsen en vedertagen, validerad och evidensbaserad metod?", "Does the measure follow an established, validated and evidence-based method?"),
        help: t("Fråga anordnaren vilken metod som används.", "Ask the provider which method is used."),
        why: t("AFA kräver det för kurser och för rehabilitering vid fysiska besvär.", "AFA requires it for courses and physical rehabilitation."),
        find_out: t("Fråga anordnaren vilken metod som används och vilket stöd i forskningen den har.", "Ask the provider which method is used and what research supports it."),
        required: t("Svara om insatsen följer en evidensbaserad metod", "Answer whether the measure follows an evidence-based method"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Provider, text: t("använda en vedertagen, validerad och evidensbaserad metod", "use an established, validated and evidence-based method") },
                Action { value: Some(Given::Bool(true)), who: Actor::Employer, text: t("välja en insats som följer en evidensbaserad metod", "choose a measure that follows an evidence-based method") },
            ];
    Measure PREVIOUS_WORK_INVESTIGATED previous_work_investigated: bool = Answer::Bool,
        unknown: true, page: None,
        text: t("Är möjligheten att återgå till det tidigare arbetet utredd?", "Has the possibility of returning to the previous work been investigated?"),
        help: t("", ""),
        why: t("AFA kräver det vid omskolning.", "AFA requires it for retraining."),
        find_out: t("Arbetsgivaren, till exempel i rehabiliteringsutredningen eller planen för återgång i arbete.", "The employer, for example in the rehabilitation investigation or the return-to-work plan."),
        required: t("Svara om möjligheten att återgå till det tidigare arbetet är utredd", "Answer whether a return to the previous work has been investigated"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Employer, text: t("utreda om medarbetaren kan återgå till sitt tidigare arbete", "investigate whether the employee can return to their previous work") },
            ];
    Measure INCOME_DURING income_during: bool = Answer::Bool,
        unknown: true, page: None,
        text: t("Har den anställde någon form av inkomst under kursen?", "Does the employee have some income during the course?"),
        help: t("", ""),
        why: t("AFA kräver det vid omskolning.", "AFA requires it for retraining."),
        find_out: t("Arbetsgivaren eller personen själv.", "The employer or the person."),
        required: t("Svara om den anställde har inkomst under kursen", "Answer whether the employee has an income during the course"),
        actions: &[
                Action { value: Some(Given::Bool(true)), who: Actor::Employer, text: t("se till att medarbetaren har inkomst under kursen, till exempel lön", "make sure the employee has an income during the course, for example salary") },
            ];
    Measure SESSIONS sessions: u64 = Answer::Number { min: 0, max: 1000, candidates: &[4, 12, 30], unit: t("tillfällen", "sessions") },
        unknown: true, page: None,
        text: t("Hur många behandlingstillfällen?", "How many sessions?"),
        help: t("", ""),
        why: t("KBT och IPT omfattar i regel 8–20 tillfällen.", "CBT and IPT are as a rule 8–20 sessions."),
        find_out: t("Behandlingsplanen, eller fråga vårdgivaren.", "The treatment plan, or ask the care provider."),
        required: t("Skriv hur många behandlingstillfällen det är", "Enter the number of sessions"),
        actions: &[];
    Measure WEEKS weeks: u64 = Answer::Number { min: 0, max: 520, candidates: &[2, 6, 10], unit: t("veckor", "weeks") },
        unknown: true, page: None,
        text: t("Hur många veckor pågår rehabiliteringen?", "How many weeks does the rehabilitation last?"),
        help: t("", ""),
        why: t("Multimodal rehabilitering pågår 4–8 veckor.", "Multimodal rehabilitation lasts 4–8 weeks."),
        find_out: t("Behandlingsplanen, eller fråga vårdgivaren.", "The treatment plan, or ask the care provider."),
        required: t("Skriv hur många veckor rehabiliteringen pågår", "Enter how many weeks the rehabilitation lasts"),
        actions: &[];
    Measure PROFESSIONS professions: u64 = Answer::Number { min: 0, max: 100, candidates: &[1, 3], unit: t("professioner", "professions") },
        unknown: true, page: None,
        text: t("Hur många yrkesprofessioner arbetar tillsammans?", "How many professions work together?"),
        help: t("", ""),
        why: t("Multimodal rehabilitering kräver flera professioner.", "Multimodal rehabilitation requires several professions."),
        find_out: t("Fråga vårdgivaren vilka yrken som deltar.", "Ask the care provider which professions take part."),
        required: t("Skriv hur många yrkesprofessioner som arbetar tillsammans", "Enter how many professions work together"),
        actions: &[];
    Measure COMPLETED completed: bool = Answer::Bool,
        unknown: true, page: None,
        text: t("Är behandlingen genomförd?", "Is the treatment completed?"),
        help: t("", ""),
        why: t("Garantin betalade per genomförd behandling.", "The guarantee paid per completed treatment."),
        find_out: t("Vårdgivaren.", "The care provider."),
        required: t("Svara om behandlingen är genomförd", "Answer whether the treatment is completed"),
        actions: &[];
    Measure OTHER_PAYER other_payer_ore: u64 = Answer::Money { candidates: &[0, u64::MAX] },
        unknown: true, page: None,
        text: t("Hur mycket av kostnaden betalar någon annan än arbetsgivaren?", "How much of the cost does someone other than the employer pay?"),
        help: t("Till exempel socialtjänsten eller ett samordningsförbund. Skriv 0 om arbetsgivaren betalar allt. Ta inte med stöd från AFA eller Försäkringskassan här – det räknar Rehabkollen ut.", "For example social services or a samordningsförbund (a local coordination association). Enter 0 if the employer pays everything. Leave out support from AFA or Försäkringskassan here – Rehabkollen works that out."),
        why: t("AFA:s och Försäkringskassans stöd räknas på det arbetsgivaren själv betalar.", "AFA's and Försäkringskassan's support are worked out on what the employer pays itself."),
        find_out: t("Fakturan, eller ett beslut från socialtjänsten, ett samordningsförbund eller ett försäkringsbolag.", "The invoice, or a decision from social services, a samordningsförbund or an insurance company."),
        required: t("Skriv hur mycket någon annan betalar, i kronor (0 om ingen)", "Enter how much someone else pays, in kronor (0 if nobody)"),
        actions: &[];
}

pub use q::FIRST_MEASURE;

/// A question by its id.
pub fn find(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// The texts of a question of [`QUESTIONS`].
pub fn texts(q: &Question) -> &'static QuestionText {
    &TEXTS[index(q)]
}

/// The index of a question of [`QUESTIONS`].
pub fn index(q: &Question) -> usize {
    QUESTIONS.iter().position(|x| std::ptr::eq(x, q)).expect("a question of QUESTIONS")
}

#[cfg(test)]
#[allow(dead_code)] // a fixture: only what the test reads is used
mod fixture {
    //! A field table of a few rows and one new question (`person.pets`), to show that one row is
    //! all a question takes: the answers' struct, its validation with paths, the catalogue and the
    //! TypeScript types all have it.
    use super::*;
    use crate::text::Lang;

    table! {
        sections {
            Employer "employer" {}
            Person "person" {}
            Provider "provider" {}
            Measure "measures[]" { provider: Provider = Provider::NONE }
        }
        Employer SECTOR sector: Sector = Answer::Choice(Sector::WIRE),
            unknown: true, page: Some("employer"),
            text: t("Sektor?", "Sector?"), help: t("", ""), why: t("", ""),
            find_out: t("", ""), required: t("Välj sektor", "Choose the sector"), actions: &[];
        Person AGE age: u64 = Answer::Number { min: 0, max: 130, candidates: &[10, 40, 90], unit: t("år", "years") },
            unknown: true, page: None,
            text: t("Ålder?", "Age?"), help: t("", ""), why: t("", ""),
            find_out: t("", ""), required: t("", ""), actions: &[];
        Person PETS pets: bool = Answer::Bool,
            unknown: true, page: Some("need"),
            text: t("Har personen husdjur?", "Does the person have pets?"),
            help: t("Räkna alla djur.", "Count every animal."),
            why: t("En regel kan fråga efter det.", "A rule may ask for it."),
            find_out: t("Fråga personen.", "Ask the person."),
            required: t("Svara om personen har husdjur", "Answer whether the person has pets"),
            actions: &[Action { value: Some(Given::Bool(false)), who: Actor::Person, text: t("hitta ett nytt hem åt djuren", "find the animals a new home") }];
        Provider FK_APPROVED fk_approved: bool = Answer::Bool,
            unknown: true, page: Some("provider"),
            text: t("Godkänd?", "Approved?"), help: t("", ""), why: t("", ""),
            find_out: t("", ""), required: t("", ""), actions: &[];
        Measure KIND kind: Kind = Answer::Choice(Kind::WIRE),
            unknown: false, page: None,
            text: t("Sort?", "Kind?"), help: t("", ""), why: t("", ""),
            find_out: t("", ""), required: t("", ""), actions: &[];
    }

    #[test]
    fn one_row_makes_a_question_of_the_struct_the_validation_the_catalogue_and_the_types() {
        let read = |json: &str| {
            let v = crate::value::from_json(json).unwrap();
            Person::read(&Fields::new(&v, "person", Person::KEYS)?)
        };
        // The struct and its validation, with the path of the field.
        assert_eq!(read(r#"{"pets":true,"age":40}"#).unwrap(), Person { age: Some(40), pets: Some(true) });
        assert_eq!(read(r#"{"pets":"unknown"}"#).unwrap().pets, None);
        assert_eq!(read(r#"{"pets":"ja"}"#).unwrap_err().path, "person.pets");
        assert_eq!(read(r#"{"petz":true}"#).unwrap_err().path, "person.petz");
        // Read straight from the text, the same.
        let direct = |json: &str| {
            let (mut p, mut given) = (Person::NONE, 0);
            Json::new(json).object(|j, k| p.direct(k, j, &mut given)?.then_some(())).map(|()| p)
        };
        assert_eq!(direct(r#"{"pets":true,"age":40}"#), Some(Person { age: Some(40), pets: Some(true) }));
        assert_eq!(direct(r#"{"pets":"unknown"}"#), Some(Person::NONE));
        assert_eq!((direct(r#"{"pets":"ja"}"#), direct(r#"{"petz":true}"#)), (None, None));
        // Its index, facts and place.
        assert_eq!((q::PETS, q::FIRST_MEASURE), (2, 4));
        assert!(QUESTIONS[q::PETS].id == "person.pets" && QUESTIONS[q::PETS].actionable);
        let mut p = Person::NONE;
        assert!(matches!(p.slot(q::PETS), Some(Slot::Bool(_))));
        // The catalogue, in both languages.
        let none = |_: usize| Vec::new();
        let sv = crate::questions::questions_of((QUESTIONS, TEXTS), Lang::Sv, &none);
        let pets = sv.iter().find(|x| x.id == "person.pets").unwrap();
        assert_eq!(
            (pets.kind, pets.text, pets.actionable, pets.page, pets.required),
            ("bool", "Har personen husdjur?", true, Some("need"), "Svara om personen har husdjur")
        );
        assert_eq!((pets.actions[0].text, pets.actions[0].who), ("hitta ett nytt hem åt djuren", Actor::Person));
        assert!(!QUESTIONS[q::AGE].actionable, "no actions: a fact of the case");
        let en = crate::questions::questions_of((QUESTIONS, TEXTS), Lang::En, &none);
        assert_eq!((en[q::PETS].why, en[q::PETS].find_out), ("A rule may ask for it.", "Ask the person."));
        // The TypeScript types.
        let mut ts = String::new();
        crate::types::members(&mut ts, (QUESTIONS, TEXTS), Section::Person, "  ");
        assert_eq!(ts, "  age?: number | Unknown;\n  pets?: boolean | Unknown;\n");
        let mut sets = String::new();
        crate::types::sets(&mut sets, (QUESTIONS, TEXTS));
        assert!(sets.starts_with("export type Sector = \"private\" | \"cooperative\""), "{sets}");
    }
}
