//! The field table: one row per question. From it come the answers' structs ([`Employer`],
//! [`Person`], [`Provider`], [`Measure`]), their validation with error paths, the question
//! catalogue's facts ([`QUESTIONS`]: type, options, range, candidates, `actionable`, page group,
//! rules), the question indices ([`q`]) and typed places relevance reads and sets
//! ([`Slot`]), the questions' texts ([`TEXTS`], apart, so that a build that only decides
//! links none), and the TypeScript types (`crate::types`). A question is added by one row.

use crate::choices::{
    Addiction, Category, Choice, Competence, Condition, Employment, Kind, Performer, Sector, Setting, WorkCapacity,
};
use crate::date::Date;
use crate::input::{err, Fields, InputError};
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
    /// a provider chosen; a sector cannot.
    pub actionable: bool,
}

/// What the catalogue says of a question besides its facts: its texts, the rules that use it
/// and its questionnaire page, in the order of [`QUESTIONS`].
pub struct QuestionText {
    /// The rules that use the answer.
    pub rules: &'static [&'static str],
    /// The page of the questionnaire it shares with others (`None`: a page of its own).
    pub page: Option<&'static str>,
    pub text: Text,
    pub help: Text,
    pub why: Text,
    /// The options' labels, for a closed set.
    pub labels: fn() -> Vec<(&'static str, Text)>,
    /// The answer's Rust type as written in the table (`Sector`, `Vec<Competence>`): the name of
    /// its TypeScript type.
    pub rust_type: &'static str,
}

const GRANTED: Answer = Answer::Money { candidates: &[0, 1_000_000, 20_000_000] };

/// A type an answer can have: how it is read (and refused) at its field, and its typed place.
pub trait AnswerType: Sized {
    fn read(f: &Fields, name: &str, q: &Question) -> Result<Option<Self>, InputError>;
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
    fn slot(v: &mut Option<bool>) -> Slot<'_> {
        Slot::Bool(v)
    }
}

impl AnswerType for u64 {
    fn read(f: &Fields, name: &str, q: &Question) -> Result<Option<u64>, InputError> {
        match q.answer {
            Answer::Number { min, max, unit, .. } => f.int(name, min, max, unit.en, unit.sv),
            _ => f.money(name),
        }
    }
    fn slot(v: &mut Option<u64>) -> Slot<'_> {
        Slot::Number(v)
    }
}

impl AnswerType for Date {
    fn read(f: &Fields, name: &str, _: &Question) -> Result<Option<Date>, InputError> {
        f.date(name)
    }
    fn slot(v: &mut Option<Date>) -> Slot<'_> {
        Slot::Date(v)
    }
}

impl<T: Choice> AnswerType for T {
    fn read(f: &Fields, name: &str, _: &Question) -> Result<Option<T>, InputError> {
        f.choice(name, T::parse_wire)
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

macro_rules! table {
    ($(
        $section:ident $prefix:literal $(and { $($extra:ident: $xty:ty = $xdefault:expr),* })? {
            $(
                $(#[$m:meta])*
                $c:ident $field:ident: $ty:ty = $answer:expr,
                unknown: $unknown:literal, actionable: $actionable:literal, page: $page:expr,
                rules: $rules:expr,
                text: $text:expr,
                help: $help:expr,
                why: $why:expr;
            )+
        }
    )+) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum Index { $($($c,)+)+ }

        /// The index of every question in [`QUESTIONS`].
        pub mod q {
            $($(pub const $c: usize = super::Index::$c as usize;)+)+
            /// The first measure question: questions before it are asked once, the rest once per measure.
            pub const FIRST_MEASURE: usize = {
                let sections = [$($({ let _ = $c; super::Section::$section },)+)+];
                let mut i = 0;
                while i < sections.len() && !matches!(sections[i], super::Section::Measure) {
                    i += 1;
                }
                i
            };
        }

        /// Every question, in the order a form asks them: employer, person, provider, measure details.
        pub static QUESTIONS: &[Question] = &[$($(Question {
            id: concat!($prefix, ".", stringify!($field)),
            field: stringify!($field),
            section: Section::$section,
            answer: $answer,
            unknown_allowed: $unknown,
            actionable: $actionable,
        },)+)+];

        /// The texts of every question, in the order of [`QUESTIONS`].
        pub static TEXTS: &[QuestionText] = &[$($(QuestionText {
            rules: $rules,
            page: $page,
            text: $text,
            help: $help,
            why: $why,
            labels: <$ty as AnswerType>::labels,
            rust_type: stringify!($ty),
        },)+)+];

        $(
            #[doc = concat!("The answers under `", $prefix, "`.")]
            #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
            pub struct $section {
                $($(#[$m])* pub $field: Option<$ty>,)+
                $($(pub $extra: $xty,)*)?
            }

            impl $section {
                /// The keys an answers document may give here.
                pub const KEYS: &'static [&'static str] = &[$(stringify!($field),)+ $($(stringify!($extra),)*)?];

                /// Nothing answered.
                pub const NONE: $section = $section { $($field: None,)+ $($($extra: $xdefault,)*)? };

                /// Reads and validates the fields of the table (the extra ones are left as [`Self::NONE`] has them).
                pub fn read(f: &Fields) -> Result<$section, InputError> {
                    Ok($section {
                        $($field: <$ty as AnswerType>::read(f, stringify!($field), &QUESTIONS[q::$c])?,)+
                        $($($extra: $xdefault,)*)?
                    })
                }

                /// These answers with every unanswered field taken from `fallback` (a measure's own
                /// provider over the top level's).
                pub fn or(&self, fallback: &$section) -> $section {
                    $section {
                        $($field: self.$field.clone().or_else(|| fallback.$field.clone()),)+
                        $($($extra: self.$extra.clone(),)*)?
                    }
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
        )+
    };
}

table! {
    Employer "employer" {
        SECTOR sector: Sector = Answer::Choice(Sector::WIRE),
            unknown: true, actionable: false, page: Some("employer"),
            rules: &["AFA-COV-1", "AFA-COV-3", "AFA-COV-4", "AFA-DL-1", "AFA-DL-2", "AFA-MEAS-1"],
            text: t("Inom vilken sektor finns arbetsgivaren?", "Which sector is the employer in?"),
            help: t("Kommunala bolag räknas hit bara om de har kollektivavtal inom det kommunala området. Annan, till exempel en ideell förening eller en stiftelse, räknas som en privat arbetsgivare hos AFA.", "Municipal companies count here only with a collective agreement in the municipal sector. Other, for example a non-profit association or a foundation, counts as a private employer at AFA."),
            why: t("Sektorn avgör om medarbetaren kan omfattas av AGS eller AGS-KL och vilken ansökningstid som gäller hos AFA.", "The sector decides whether the person can be covered by AGS or AGS-KL, and AFA's application deadline.");
        AGS_INSURANCE ags_insurance: bool = Answer::Bool,
            unknown: true, actionable: false, page: Some("employer"),
            rules: &["AFA-COV-1", "AFA-COV-3"],
            text: t("Har arbetsgivaren kollektivavtal med sjukförsäkringen AGS eller AGS-KL?", "Does the employer have a collective agreement with the AGS or AGS-KL sickness insurance?"),
            help: t("AGS ingår i de flesta kollektivavtal i privat sektor, AGS-KL i kommuner och regioner.", "AGS is part of most private-sector collective agreements, AGS-KL of municipalities' and regions'."),
            why: t("AFA:s rehabiliteringsstöd gäller bara den som omfattas av AGS eller AGS-KL.", "AFA's support applies only to people covered by AGS or AGS-KL.");
        MEDARBETARAVTAL medarbetaravtal: bool = Answer::Bool,
            unknown: true, actionable: false, page: Some("employer"),
            rules: &["AFA-COV-2"],
            text: t("Har arbetsgivaren ett medarbetaravtal?", "Does the employer have a medarbetaravtal?"),
            help: t("Ett medarbetaravtal är ett kollektivavtal som inte delar in de anställda i arbetare och tjänstemän.", "A medarbetaravtal is a collective agreement that does not split employees into arbetare and tjänstemän."),
            why: t("Privatanställda tjänstemän omfattas av AGS bara genom ett medarbetaravtal.", "Private-sector salaried employees are covered by AGS only through a medarbetaravtal.");
        EMPLOYER_GRANTED fk_ars_granted_this_year_ore: u64 = GRANTED,
            unknown: true, actionable: false, page: Some("granted"),
            rules: &["FK-AMT-3"],
            text: t("Hur mycket arbetsplatsinriktat rehabiliteringsstöd har arbetsgivaren redan fått beviljat i år?", "How much workplace-oriented rehabilitation support has the employer already been granted this year?"),
            help: t("Räkna med alla medarbetare under innevarande kalenderår.", "Count all employees in the current calendar year."),
            why: t("Försäkringskassan betalar högst 200 000 kr per arbetsgivare och år.", "Försäkringskassan pays at most 200 000 kr per employer and year.");
    }
    Person "person" {
        EMPLOYMENT employment: Employment = Answer::Choice(Employment::WIRE),
            unknown: true, actionable: false, page: Some("employment"),
            rules: &["AFA-COV-5", "FK-COND-1", "AFA-AMT-3"],
            text: t("Vilken anknytning till arbete har medarbetaren?", "What is the person's relation to work?"),
            help: t("Efterskydd betyder att AGS eller AGS-KL fortfarande gäller en tid efter en tidigare anställning.", "Efterskydd means AGS or AGS-KL still applies for a while after an earlier employment."),
            why: t("Stöden till arbetsgivare gäller anställda; efterskydd ger AFA-stöd på andra villkor.", "Support to employers concerns employees; efterskydd gives AFA support on other terms.");
        CATEGORY category: Category = Answer::Choice(Category::WIRE),
            unknown: true, actionable: false, page: Some("employer"),
            rules: &["AFA-COV-2"],
            text: t("Är medarbetaren arbetare eller tjänsteman?", "Is the person an arbetare or a tjänsteman?"),
            help: t("Tjänstemän har oftast månadslön och kollektivavtal via Unionen, Akademikerförbunden eller liknande.", "Tjänstemän usually have a monthly salary and an agreement through Unionen, the Saco unions or similar."),
            why: t("I privat sektor omfattas tjänstemän normalt inte av AGS.", "In the private sector, tjänstemän are normally not covered by AGS.");
        AGE age: u64 = Answer::Number { min: 0, max: 130, candidates: &[10, 40, 90], unit: t("år", "years") },
            unknown: true, actionable: false, page: Some("employment"),
            rules: &["RG-ELIG-1"],
            text: t("Hur gammal är personen?", "How old is the person?"),
            help: t("Ange ålder i hela år.", "Age in whole years."),
            why: t("Rehabiliteringsgarantin gällde personer som var 16–67 år.", "Rehabiliteringsgarantin covered people aged 16–67.");
        CONDITION condition: Condition = Answer::Choice(Condition::WIRE),
            unknown: true, actionable: false, page: Some("need"),
            rules: &["RG-ELIG-3", "RG-ELIG-4"],
            text: t("Vad gäller rehabiliteringen främst?", "What is the rehabilitation mainly for?"),
            help: t("Välj det som bäst beskriver besvären. Ingen diagnos behöver anges.", "Choose what best describes the problems. No diagnosis is needed."),
            why: t("Rehabiliteringsgarantin gällde bara vissa besvär.", "Rehabiliteringsgarantin covered certain problems only.");
        WORK_CAPACITY work_capacity: WorkCapacity = Answer::Choice(WorkCapacity::WIRE),
            unknown: true, actionable: false, page: Some("need"),
            rules: &["FK-COND-1"],
            text: t("Har medarbetaren nedsatt arbetsförmåga på grund av sjukdom eller skada, eller risk för det?", "Does the person have reduced work capacity because of illness or injury, or a risk of it?"),
            help: t("Medarbetaren behöver inte vara sjukskriven.", "The person need not be on sick leave."),
            why: t("Försäkringskassans stöd gäller medarbetare med nedsatt arbetsförmåga eller risk för det.", "Försäkringskassan's grant concerns employees with reduced work capacity or a risk of it.");
        ON_SICK_LEAVE on_sick_leave: bool = Answer::Bool,
            unknown: true, actionable: false, page: Some("need"),
            rules: &["FK-COND-1"],
            text: t("Är medarbetaren sjukskriven?", "Is the person on sick leave?"),
            help: t("Sjukskrivning krävs inte för något av stöden.", "Sick leave is not required for any of the schemes."),
            why: t("Frågan påverkar inte resultatet; den finns med för att arbetsgivare ofta undrar.", "It does not change the result; it is here because employers often wonder.");
        REHAB_NEED_DOCUMENTED rehab_need_documented: bool = Answer::Bool,
            unknown: true, actionable: true, page: Some("need"),
            rules: &["AFA-COND-1"],
            text: t("Finns ett styrkt rehabiliteringsbehov?", "Is there a documented need for rehabilitation?"),
            help: t("Till exempel intyg eller bedömning från vården eller företagshälsovården. Insatsen kan vara förebyggande.", "For example a certificate or assessment from health care or occupational health. The measure may be preventive."),
            why: t("AFA kräver ett styrkt rehabiliteringsbehov.", "AFA requires a documented need for rehabilitation.");
        WORK_CAPACITY_PROSPECT work_capacity_prospect: bool = Answer::Bool,
            unknown: true, actionable: false, page: Some("need"),
            rules: &["AFA-COND-2"],
            text: t("Är det rimligt att medarbetaren kan återfå eller behålla sin arbetsförmåga?", "Is it reasonable that the person can regain or keep their work capacity?"),
            help: t("En bedömning av om rehabiliteringen kan leda tillbaka till arbete.", "A judgement of whether the rehabilitation can lead back to work."),
            why: t("AFA ersätter rehabilitering som kan leda till arbete.", "AFA reimburses rehabilitation that can lead to work.");
        RETURN_TO_WORK_PLAN return_to_work_plan: bool = Answer::Bool,
            unknown: true, actionable: true, page: Some("need"),
            rules: &["AFA-COND-3"],
            text: t("Finns en plan för återgång i arbete?", "Is there a plan for return to work?"),
            help: t("Planen kan tas fram av arbetsgivaren tillsammans med medarbetaren.", "The employer can draw up the plan with the employee."),
            why: t("AFA kräver en plan för återgång i arbete.", "AFA requires a plan for return to work.");
        CONSENT consent: bool = Answer::Bool,
            unknown: true, actionable: true, page: None,
            rules: &["AFA-DOC-1"],
            text: t("Har medarbetaren skrivit under samtycke till ansökan?", "Has the person signed consent to the application?"),
            help: t("Samtyckesbilagan är obligatorisk i AFA:s ansökan.", "The consent attachment is mandatory in AFA's application."),
            why: t("Utan samtycke kan ansökan till AFA inte skickas.", "Without consent the application to AFA cannot be sent.");
        MEDICAL_ASSESSMENT medical_assessment: bool = Answer::Bool,
            unknown: true, actionable: false, page: Some("need"),
            rules: &["RG-ELIG-2"],
            text: t("Har vården gjort en medicinsk bedömning?", "Has health care made a medical assessment?"),
            help: t("Gäller rehabiliteringsgarantin (2015).", "Applies to Rehabiliteringsgarantin (2015)."),
            why: t("Garantin krävde en medicinsk bedömning före behandlingen.", "The guarantee required a medical assessment before treatment.");
        HAS_SGI has_sgi: bool = Answer::Bool,
            unknown: true, actionable: false, page: Some("insurance"),
            rules: &["SAM-ELIG-1", "AFA-COV-5"],
            text: t("Har personen en sjukpenninggrundande inkomst (SGI)?", "Does the person have a sickness-benefit-qualifying income (SGI)?"),
            help: t("Den som arbetar eller nyligen har arbetat har oftast SGI. Försäkringskassan kan svara.", "People who work or worked recently usually have SGI. Försäkringskassan can tell."),
            why: t("Samordning av rehabiliteringsinsatser gäller den som saknar SGI; efterskydd kräver SGI.", "Coordination is for people without SGI; efterskydd requires SGI.");
        INSURED_IN_SWEDEN insured_in_sweden: bool = Answer::Bool,
            unknown: true, actionable: false, page: Some("insurance"),
            rules: &["SAM-ELIG-2"],
            text: t("Är personen försäkrad i Sverige, genom arbete eller bosättning?", "Is the person insured in Sweden, through work or residence?"),
            help: t("Den som bor eller arbetar i Sverige är oftast försäkrad.", "People who live or work in Sweden usually are."),
            why: t("Samordning kräver att personen är försäkrad i Sverige.", "Coordination requires insurance in Sweden.");
        DOCTOR_CERTIFICATE doctor_certificate: bool = Answer::Bool,
            unknown: true, actionable: false, page: Some("insurance"),
            rules: &["SAM-ELIG-3"],
            text: t("Finns ett läkarintyg som visar nedsatt arbetsförmåga på grund av sjukdom?", "Is there a doctor's certificate showing reduced work capacity because of illness?"),
            help: t("Intyget bifogas ansökan om samordning.", "The certificate goes with the application."),
            why: t("Samordning kräver ett läkarintyg.", "Coordination requires a doctor's certificate.");
        NEEDS_WORK_REHAB needs_work_rehab: bool = Answer::Bool,
            unknown: true, actionable: false, page: Some("insurance"),
            rules: &["SAM-ELIG-4", "SAM-PTR-2"],
            text: t("Behöver personen arbetslivsinriktad rehabilitering för att kunna arbeta?", "Does the person need work-oriented rehabilitation to be able to work?"),
            help: t("Till exempel arbetsträning eller stöd att hitta ett arbete som passar.", "For example work training or support to find suitable work."),
            why: t("Samordning gäller den som behöver arbetslivsinriktad rehabilitering.", "Coordination is for people who need work-oriented rehabilitation.");
        IN_AF_PROGRAMME in_af_programme: bool = Answer::Bool,
            unknown: true, actionable: false, page: Some("insurance"),
            rules: &["SAM-PTR-1"],
            text: t("Deltar personen i ett program hos Arbetsförmedlingen?", "Does the person take part in an Arbetsförmedlingen programme?"),
            help: t("Påverkar inte bedömningen, men kan ge rätt till annat stöd.", "Does not change the result, but may give other support."),
            why: t("Deltagare kan ha rätt till aktivitetsstöd eller utvecklingsersättning.", "Participants may get activity support or development allowance.");
        PERSON_GRANTED fk_ars_granted_this_year_ore: u64 = GRANTED,
            unknown: true, actionable: false, page: Some("granted"),
            rules: &["FK-AMT-2"],
            text: t("Hur mycket arbetsplatsinriktat rehabiliteringsstöd har redan beviljats för den här medarbetaren i år?", "How much workplace-oriented rehabilitation support has already been granted for this employee this year?"),
            help: t("Ange 0 om inget har beviljats.", "Enter 0 if nothing has been granted."),
            why: t("Försäkringskassan betalar högst 10 000 kr per medarbetare och år.", "Försäkringskassan pays at most 10 000 kr per employee and year.");
    }
    Provider "provider" {
        FK_APPROVED fk_approved: bool = Answer::Bool,
            unknown: true, actionable: true, page: Some("provider"),
            rules: &["FK-COND-2"],
            text: t("Är anordnaren godkänd av Försäkringskassan för arbetsplatsinriktat rehabiliteringsstöd?", "Is the provider approved by Försäkringskassan for workplace-oriented rehabilitation support?"),
            help: t("Anordnaren är företaget som utför insatsen, till exempel företagshälsovården. Fråga anordnaren om den är godkänd; Försäkringskassan har också en förteckning. (För att bli godkänd krävs kompetens inom medicin och rehabilitering och tre av fem andra områden. Försäkringskassans text från 2014 krävde fyra av fem; den gäller inte längre.)", "The provider is the company performing the measure, such as occupational health services. Ask the provider whether it is approved; Försäkringskassan also keeps a list. (Approval requires competence in medicine and rehabilitation and three of five other areas. Försäkringskassan's text from 2014 required four of five; it no longer applies.)"),
            why: t("Bidraget betalas bara för tjänster från godkända anordnare.", "The grant is paid only for services from approved providers.");
        IVO_PERMIT ivo_permit: bool = Answer::Bool,
            unknown: true, actionable: true, page: Some("provider"),
            rules: &["AFA-MEAS-3"],
            text: t("Har det behandlande företaget tillstånd från IVO?", "Does the treating company hold a permit from IVO?"),
            help: t("Inspektionen för vård och omsorg ger tillstånd till bland annat behandlingshem.", "Inspektionen för vård och omsorg issues permits to, among others, treatment homes."),
            why: t("AFA ersätter paketpris för beroendebehandling bara med IVO-tillstånd.", "AFA reimburses package prices for addiction treatment only with an IVO permit.");
        PERFORMER performer: Performer = Answer::Choice(Performer::WIRE),
            unknown: true, actionable: true, page: Some("provider"),
            rules: &["AFA-MEAS-4"],
            text: t("Vem utför insatsen?", "Who performs the measure?"),
            help: t("Legitimation utfärdas av Socialstyrelsen.", "Licences are issued by Socialstyrelsen."),
            why: t("AFA ersätter samtal, även stöd vid stress, konflikt eller kris, bara hos legitimerad psykolog eller psykoterapeut.", "AFA reimburses talks, support with stress, a conflict or a crisis too, only with a licensed psychologist or psychotherapist.");
        COMPETENCE competence: Vec<Competence> = Answer::Multi(Competence::WIRE),
            unknown: true, actionable: true, page: Some("provider"),
            rules: &["FK-COND-3"],
            text: t("Inom vilka områden har utföraren kompetens?", "In which areas does the performer have competence?"),
            help: t("Välj alla som stämmer.", "Choose all that apply."),
            why: t("Försäkringskassan kräver kompetens inom minst ett av områdena.", "Försäkringskassan requires competence in at least one of the areas.");
        KNOWS_WORKPLACE knows_workplace: bool = Answer::Bool,
            unknown: true, actionable: true, page: Some("provider"),
            rules: &["FK-COND-3"],
            text: t("Känner utföraren till medarbetarens arbetsplats och arbetsgivarens arbetsmiljöansvar (SAM)?", "Does the performer know the employee's workplace and the employer's work-environment duty (SAM)?"),
            help: t("SAM är systematiskt arbetsmiljöarbete enligt arbetsmiljölagen.", "SAM is systematic work-environment management under the Work Environment Act."),
            why: t("Försäkringskassan kräver kunskap om arbetsplatsen.", "Försäkringskassan requires knowledge of the workplace.");
        CONTRACTED contracted: bool = Answer::Bool,
            unknown: true, actionable: true, page: Some("provider"),
            rules: &["FK-INV-2"],
            text: t("Om utföraren inte är anställd hos anordnaren: finns ett avtal med utföraren?", "If the performer is not employed by the provider: is there a contract?"),
            help: t("Kontrolleras i fakturaunderlaget, inte i bedömningen.", "Checked on the invoice basis, not in the assessment."),
            why: t("Fakturaunderlaget till Försäkringskassan ska visa det.", "The invoice basis for Försäkringskassan must show it.");
        REGION_CARE region_care: bool = Answer::Bool,
            unknown: true, actionable: true, page: Some("provider"),
            rules: &["RG-REP-1"],
            text: t("Ges behandlingen inom regionens (landstingets) hälso- och sjukvård?", "Is the treatment given in the region's health care?"),
            help: t("Gäller rehabiliteringsgarantin.", "Applies to Rehabiliteringsgarantin."),
            why: t("Garantin betalades till regionerna för deras egen vård.", "The guarantee was paid to the regions for their own care.");
    }
    Measure "measures[]" and { provider: Provider = Provider::NONE } {
        KIND kind: Kind = Answer::Choice(Kind::WIRE),
            unknown: false, actionable: false, page: None,
            rules: &["AFA-MEAS-1", "FK-MEAS-1", "FK-EXCL-1", "AFA-EXCL-1", "RG-ELIG-3"],
            text: t("Vilken sorts insats?", "What kind of measure?"),
            help: t("Välj det som bäst beskriver tjänsten.", "Choose what best describes the service."),
            why: t("Varje stöd betalar för vissa sorters insatser.", "Each scheme pays for certain kinds of measures.");
        COST cost_ore: u64 = Answer::Money { candidates: &[10_000_000, 0] },
            unknown: false, actionable: false, page: None,
            rules: &["AFA-AMT-1", "FK-AMT-1"],
            text: t("Vad kostar insatsen?", "What does the measure cost?"),
            help: t("I kronor, utan moms om arbetsgivaren kan dra av momsen.", "In kronor, without VAT if the employer can deduct it."),
            why: t("Stödet är en del av kostnaden.", "The support is a share of the cost.");
        DATE date: Date = Answer::Date,
            unknown: false, actionable: false, page: None,
            rules: &["AFA-DL-1", "AFA-DL-2", "FK-DL-1", "FK-AMT-4", "RG-TIME-1"],
            text: t("När utfördes eller startade insatsen?", "When was the measure performed or started?"),
            help: t("För en längre insats: startdatum.", "For a longer measure: the start date."),
            why: t("Datumet avgör sista dag för ansökan och vilka regler som gäller.", "The date decides the application deadline and which rules apply.");
        INDIVIDUAL individual: bool = Answer::Bool,
            unknown: true, actionable: true, page: None,
            rules: &["FK-COND-4", "AFA-EXCL-2"],
            text: t("Gäller insatsen en enskild medarbetare?", "Does the measure concern one individual employee?"),
            help: t("Svara nej för insatser i grupp eller för hela organisationen.", "Answer no for group or organisation-wide measures."),
            why: t("Stöden betalar inte för gruppaktiviteter.", "The schemes do not pay for group activities.");
        DIGITAL digital: bool = Answer::Bool,
            unknown: true, actionable: false, page: None,
            rules: &["AFA-DOC-3"],
            text: t("Genomförs insatsen digitalt?", "Is the measure delivered digitally?"),
            help: t("Ska framgå av underlaget till AFA.", "Must be stated in the basis for AFA."),
            why: t("AFA vill veta det; det påverkar inte bedömningen.", "AFA asks for it; it does not change the assessment.");
        ADDICTION addiction: Addiction = Answer::Choice(Addiction::WIRE),
            unknown: true, actionable: false, page: None,
            rules: &["AFA-MEAS-1"],
            text: t("Vilket beroende gäller behandlingen?", "Which addiction is treated?"),
            help: t("", ""),
            why: t("AFA ersätter behandling av spelmissbruk bara för kommuner och regioner.", "AFA reimburses gambling treatment only for municipalities and regions.");
        SETTING setting: Setting = Answer::Choice(Setting::WIRE),
            unknown: true, actionable: false, page: None,
            rules: &["AFA-MEAS-3"],
            text: t("Hur ges behandlingen?", "How is the treatment given?"),
            help: t("", ""),
            why: t("Utan IVO-tillstånd ersätter AFA bara samtalsbehandling.", "Without an IVO permit AFA reimburses talk treatment only.");
        PACKAGE_PRICE package_price: bool = Answer::Bool,
            unknown: true, actionable: true, page: None,
            rules: &["AFA-MEAS-3"],
            text: t("Säljs behandlingen till paketpris?", "Is the treatment sold at a package price?"),
            help: t("", ""),
            why: t("Paketpris kräver IVO-tillstånd.", "A package price requires an IVO permit.");
        GUIDELINE_METHOD guideline_method: bool = Answer::Bool,
            unknown: true, actionable: true, page: None,
            rules: &["AFA-MEAS-2"],
            text: t("Är metoden rekommenderad i Socialstyrelsens nationella riktlinjer för missbruk och beroende?", "Is the method recommended in Socialstyrelsen's national guidelines for misuse and addiction?"),
            help: t("", ""),
            why: t("AFA kräver det för beroendebehandling.", "AFA requires it for addiction treatment.");
        EVIDENCE_BASED evidence_based: bool = Answer::Bool,
            unknown: true, actionable: true, page: None,
            rules: &["AFA-MEAS-5", "AFA-MEAS-7"],
            text: t("Följer insatsen en vedertagen, validerad och evidensbaserad metod?", "Does the measure follow an established, validated and evidence-based method?"),
            help: t("Fråga anordnaren vilken metod som används.", "Ask the provider which method is used."),
            why: t("AFA kräver det för kurser och för rehabilitering vid fysiska besvär.", "AFA requires it for courses and physical rehabilitation.");
        PREVIOUS_WORK_INVESTIGATED previous_work_investigated: bool = Answer::Bool,
            unknown: true, actionable: true, page: None,
            rules: &["AFA-MEAS-6"],
            text: t("Är möjligheten att återgå till det tidigare arbetet utredd?", "Has the possibility of returning to the previous work been investigated?"),
            help: t("", ""),
            why: t("AFA kräver det vid omskolning.", "AFA requires it for retraining.");
        INCOME_DURING income_during: bool = Answer::Bool,
            unknown: true, actionable: true, page: None,
            rules: &["AFA-MEAS-6"],
            text: t("Har den anställde någon form av inkomst under kursen?", "Does the employee have some income during the course?"),
            help: t("", ""),
            why: t("AFA kräver det vid omskolning.", "AFA requires it for retraining.");
        SESSIONS sessions: u64 = Answer::Number { min: 0, max: 1000, candidates: &[4, 12, 30], unit: t("tillfällen", "sessions") },
            unknown: true, actionable: false, page: None,
            rules: &["RG-ELIG-3"],
            text: t("Hur många behandlingstillfällen?", "How many sessions?"),
            help: t("", ""),
            why: t("KBT och IPT omfattar i regel 8–20 tillfällen.", "CBT and IPT are as a rule 8–20 sessions.");
        WEEKS weeks: u64 = Answer::Number { min: 0, max: 520, candidates: &[2, 6, 10], unit: t("veckor", "weeks") },
            unknown: true, actionable: false, page: None,
            rules: &["RG-ELIG-4"],
            text: t("Hur många veckor pågår rehabiliteringen?", "How many weeks does the rehabilitation last?"),
            help: t("", ""),
            why: t("Multimodal rehabilitering pågår 4–8 veckor.", "Multimodal rehabilitation lasts 4–8 weeks.");
        PROFESSIONS professions: u64 = Answer::Number { min: 0, max: 100, candidates: &[1, 3], unit: t("professioner", "professions") },
            unknown: true, actionable: false, page: None,
            rules: &["RG-ELIG-4"],
            text: t("Hur många yrkesprofessioner arbetar tillsammans?", "How many professions work together?"),
            help: t("", ""),
            why: t("Multimodal rehabilitering kräver flera professioner.", "Multimodal rehabilitation requires several professions.");
        COMPLETED completed: bool = Answer::Bool,
            unknown: true, actionable: false, page: None,
            rules: &["RG-AMT-1", "RG-REP-1"],
            text: t("Är behandlingen genomförd?", "Is the treatment completed?"),
            help: t("", ""),
            why: t("Garantin betalade per genomförd behandling.", "The guarantee paid per completed treatment.");
        OTHER_PAYER other_payer_ore: u64 = Answer::Money { candidates: &[0, u64::MAX] },
            unknown: true, actionable: false, page: None,
            rules: &["AFA-AMT-2"],
            text: t("Betalar någon annan en del av kostnaden, till exempel socialtjänsten? Hur mycket?", "Does someone else pay part of the cost, for example social services? How much?"),
            help: t("Ange 0 om arbetsgivaren betalar allt.", "Enter 0 if the employer pays everything."),
            why: t("AFA:s stöd blir aldrig mer än hälften av den totala kostnaden.", "AFA's support never exceeds half the total cost.");
    }
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
        Employer "employer" {
            SECTOR sector: Sector = Answer::Choice(Sector::WIRE),
                unknown: true, actionable: false, page: Some("employer"),
                rules: &["AFA-COV-1"],
                text: t("Sektor?", "Sector?"),
                help: t("", ""),
                why: t("", "");
        }
        Person "person" {
            AGE age: u64 = Answer::Number { min: 0, max: 130, candidates: &[10, 40, 90], unit: t("år", "years") },
                unknown: true, actionable: false, page: None,
                rules: &["RG-ELIG-1"],
                text: t("Ålder?", "Age?"),
                help: t("", ""),
                why: t("", "");
            PETS pets: bool = Answer::Bool,
                unknown: true, actionable: true, page: Some("need"),
                rules: &["X-PETS-1"],
                text: t("Har personen husdjur?", "Does the person have pets?"),
                help: t("Räkna alla djur.", "Count every animal."),
                why: t("En regel kan fråga efter det.", "A rule may ask for it.");
        }
        Provider "provider" {
            FK_APPROVED fk_approved: bool = Answer::Bool,
                unknown: true, actionable: true, page: Some("provider"),
                rules: &["FK-COND-2"],
                text: t("Godkänd?", "Approved?"),
                help: t("", ""),
                why: t("", "");
        }
        Measure "measures[]" and { provider: Provider = Provider::NONE } {
            KIND kind: Kind = Answer::Choice(Kind::WIRE),
                unknown: false, actionable: false, page: None,
                rules: &["AFA-MEAS-1"],
                text: t("Sort?", "Kind?"),
                help: t("", ""),
                why: t("", "");
        }
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
        // Its index, facts and place.
        assert_eq!((q::PETS, q::FIRST_MEASURE), (2, 4));
        assert!(QUESTIONS[q::PETS].id == "person.pets" && QUESTIONS[q::PETS].actionable);
        let mut p = Person::NONE;
        assert!(matches!(p.slot(q::PETS), Some(Slot::Bool(_))));
        // The catalogue, in both languages.
        let sv = crate::questions::questions_of((QUESTIONS, TEXTS), Lang::Sv);
        let pets = sv.iter().find(|x| x.id == "person.pets").unwrap();
        assert_eq!(
            (pets.kind, pets.text, pets.actionable, pets.page),
            ("bool", "Har personen husdjur?", true, Some("need"))
        );
        let en = crate::questions::questions_of((QUESTIONS, TEXTS), Lang::En);
        assert_eq!(en[q::PETS].why, "A rule may ask for it.");
        // The TypeScript types.
        let mut ts = String::new();
        crate::types::members(&mut ts, (QUESTIONS, TEXTS), Section::Person, "  ");
        assert_eq!(ts, "  age?: number | Unknown;\n  pets?: boolean | Unknown;\n");
        let mut sets = String::new();
        crate::types::sets(&mut sets, (QUESTIONS, TEXTS));
        assert!(sets.starts_with("export type Sector = \"private\" | \"cooperative\""), "{sets}");
    }
}
