//! The answers document (docs/API.md §1): what the user has said so far.
//!
//! Every field is optional. `None` means Unknown: not answered, answered `null`, or answered
//! `"unknown"` ("Vet ej"). Input is treated as hostile: unknown fields, wrong types, unknown
//! values, impossible dates and out-of-range numbers are refused with the path of the field.

use crate::catalogue::Kind;
use crate::date::Date;
use crate::money::MAX_ORE;
use crate::text::choices;
use crate::value::Value;
use std::fmt;

/// At most this many measures in one answers document.
pub const MAX_MEASURES: usize = 500;

choices!(
    /// The employer's sector (decides AGS or AGS-KL, AFA-COV-1..4).
    Sector {
        Private = "private", "Privat sektor", "Private sector";
        Cooperative = "cooperative", "Kooperativ sektor", "Cooperative sector";
        Municipality = "municipality", "Kommun", "Municipality";
        Region = "region", "Region", "Region";
        ChurchOfSweden = "church_of_sweden", "Svenska kyrkan", "Church of Sweden";
        MunicipalCompany = "municipal_company", "Kommunalt bolag", "Municipal company";
        State = "state", "Staten", "State";
        Other = "other", "Annan", "Other";
    }
);

impl Sector {
    /// Private or cooperative, or another private employer such as an association or a
    /// foundation: AGS through the collective agreement or signed without one (AFA-COV-1,
    /// AFA-COV-4 as of rules 2026.2).
    pub fn is_ags(self) -> bool {
        matches!(self, Sector::Private | Sector::Cooperative | Sector::Other)
    }
    /// The municipal sector: AGS-KL (AFA-COV-3).
    pub fn is_ags_kl(self) -> bool {
        matches!(self, Sector::Municipality | Sector::Region | Sector::ChurchOfSweden | Sector::MunicipalCompany)
    }
}

choices!(
    /// The person's relation to work.
    Employment {
        Employed = "employed", "Anställd", "Employed";
        Efterskydd = "efterskydd", "Efterskydd efter tidigare anställning", "Efterskydd after an earlier employment";
        Unemployed = "unemployed", "Arbetslös", "Unemployed";
        NoEmployment = "none", "Ingen anställning", "No employment";
    }
);

choices!(
    /// Arbetare or tjänsteman (matters in the private sector, AFA-COV-2).
    Category {
        Arbetare = "arbetare", "Arbetare", "Blue-collar worker (arbetare)";
        Tjansteman = "tjansteman", "Tjänsteman", "Salaried employee (tjänsteman)";
    }
);

choices!(
    /// What the rehabilitation is for.
    Condition {
        Anxiety = "anxiety", "Ångest", "Anxiety";
        Depression = "depression", "Depression", "Depression";
        Stress = "stress", "Stress", "Stress";
        LongTermPain = "long_term_pain", "Långvarig smärta (axlar, nacke, rygg)", "Long-term pain (shoulders, neck, back)";
        SubstanceMisuse = "substance_misuse", "Alkohol- eller drogmissbruk", "Alcohol or drug misuse";
        Gambling = "gambling", "Spelmissbruk", "Gambling addiction";
        OtherMental = "other_mental", "Andra psykiska besvär", "Other mental health problems";
        OtherPhysical = "other_physical", "Andra fysiska besvär", "Other physical problems";
    }
);

choices!(
    /// Work capacity (FK-COND-1).
    WorkCapacity {
        Reduced = "reduced", "Nedsatt", "Reduced";
        AtRisk = "at_risk", "Risk för nedsättning", "At risk of being reduced";
        Full = "full", "Full, ingen risk", "Full, no risk";
    }
);

choices!(
    /// Who performs the measure.
    Performer {
        LicensedPsychologist = "licensed_psychologist", "Legitimerad psykolog", "Licensed psychologist";
        LicensedPsychotherapist = "licensed_psychotherapist", "Legitimerad psykoterapeut", "Licensed psychotherapist";
        Physician = "physician", "Läkare", "Physician";
        Nurse = "nurse", "Sjuksköterska", "Nurse";
        Physiotherapist = "physiotherapist", "Fysioterapeut (sjukgymnast)", "Physiotherapist";
        Naprapath = "naprapath", "Naprapat", "Naprapath";
        OccupationalTherapist = "occupational_therapist", "Arbetsterapeut", "Occupational therapist";
        Ergonomist = "ergonomist", "Ergonom", "Ergonomist";
        BehaviouralScientist = "behavioural_scientist", "Beteendevetare", "Behavioural scientist";
        RehabCoordinator = "rehab_coordinator", "Rehabiliteringskoordinator", "Rehabilitation coordinator";
        HealthEducator = "health_educator", "Hälsopedagog", "Health educator";
        OtherPerformer = "other", "Annan", "Other";
    }
);

choices!(
    /// The competence areas of FK-COND-3.
    Competence {
        Medicine = "medicine", "Medicin", "Medicine";
        Rehabilitation = "rehabilitation", "Rehabilitering", "Rehabilitation";
        WorkOrganisation = "work_organisation", "Arbetsorganisation", "Work organisation";
        BehaviouralScience = "behavioural_science", "Beteendevetenskap", "Behavioural science";
        Ergonomics = "ergonomics", "Ergonomi", "Ergonomics";
        HealthScience = "health_science", "Hälsovetenskap", "Health science";
        Technology = "technology", "Teknik", "Technology";
    }
);

choices!(
    /// What the addiction treatment is for (AFA-MEAS-1).
    Addiction {
        AlcoholDrugs = "alcohol_drugs", "Alkohol och droger", "Alcohol and drugs";
        Gambling = "gambling", "Spel om pengar", "Gambling";
    }
);

choices!(
    /// Where the addiction treatment takes place (AFA-MEAS-1, AFA-MEAS-3).
    Setting {
        Inpatient = "inpatient", "Inneliggande (t.ex. behandlingshem)", "Inpatient (e.g. treatment home)";
        Outpatient = "outpatient", "Öppenvård", "Outpatient";
        Talk = "talk", "Samtalsbehandling", "Talk treatment";
    }
);

/// The employer.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Employer {
    pub sector: Option<Sector>,
    pub ags_insurance: Option<bool>,
    pub medarbetaravtal: Option<bool>,
    pub fk_ars_granted_this_year_ore: Option<u64>,
}

/// The person the rehabilitation is for.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Person {
    pub employment: Option<Employment>,
    pub category: Option<Category>,
    pub age: Option<u64>,
    pub condition: Option<Condition>,
    pub work_capacity: Option<WorkCapacity>,
    pub on_sick_leave: Option<bool>,
    pub rehab_need_documented: Option<bool>,
    pub work_capacity_prospect: Option<bool>,
    pub return_to_work_plan: Option<bool>,
    pub consent: Option<bool>,
    pub medical_assessment: Option<bool>,
    pub has_sgi: Option<bool>,
    pub insured_in_sweden: Option<bool>,
    pub doctor_certificate: Option<bool>,
    pub needs_work_rehab: Option<bool>,
    pub in_af_programme: Option<bool>,
    pub fk_ars_granted_this_year_ore: Option<u64>,
}

/// Who performs the measures. A measure's own provider overrides each answered field.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Provider {
    pub fk_approved: Option<bool>,
    pub ivo_permit: Option<bool>,
    pub performer: Option<Performer>,
    pub competence: Option<Vec<Competence>>,
    pub knows_workplace: Option<bool>,
    pub contracted: Option<bool>,
    pub region_care: Option<bool>,
}

impl Provider {
    /// Nothing answered: what a measure without its own provider answers has.
    pub const NONE: Provider = Provider {
        fk_approved: None,
        ivo_permit: None,
        performer: None,
        competence: None,
        knows_workplace: None,
        contracted: None,
        region_care: None,
    };

    /// This provider with every unanswered field taken from `fallback`.
    pub fn or(&self, fallback: &Provider) -> Provider {
        Provider {
            fk_approved: self.fk_approved.or(fallback.fk_approved),
            ivo_permit: self.ivo_permit.or(fallback.ivo_permit),
            performer: self.performer.or(fallback.performer),
            competence: self.competence.clone().or_else(|| fallback.competence.clone()),
            knows_workplace: self.knows_workplace.or(fallback.knows_workplace),
            contracted: self.contracted.or(fallback.contracted),
            region_care: self.region_care.or(fallback.region_care),
        }
    }
}

/// One measure (insats) and its cost.
/// (Ordered by its answers, field by field: the canonical order relevance falls back on.)
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Measure {
    pub kind: Option<Kind>,
    pub cost_ore: Option<u64>,
    pub date: Option<Date>,
    pub individual: Option<bool>,
    pub digital: Option<bool>,
    pub addiction: Option<Addiction>,
    pub setting: Option<Setting>,
    pub package_price: Option<bool>,
    pub guideline_method: Option<bool>,
    pub evidence_based: Option<bool>,
    pub previous_work_investigated: Option<bool>,
    pub income_during: Option<bool>,
    pub sessions: Option<u64>,
    pub weeks: Option<u64>,
    pub professions: Option<u64>,
    pub completed: Option<bool>,
    pub other_payer_ore: Option<u64>,
    pub provider: Provider,
}

/// The whole answers document.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Answers {
    /// The day judged (the application day). `None` means "today", which the caller supplies.
    pub date: Option<Date>,
    pub employer: Employer,
    pub person: Person,
    pub provider: Provider,
    pub measures: Vec<Measure>,
    /// The schemes to judge (docs/API.md §7, "Scope"); `None` judges all of them.
    pub scope: Option<Vec<String>>,
}

/// Malformed input: which field, and what is wrong with it, in Swedish and English.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputError {
    /// The path of the field, e.g. `measures[2].cost_ore` (empty for the whole document).
    pub path: String,
    pub en: String,
    pub sv: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.en)
        } else {
            write!(f, "{}: {}", self.path, self.en)
        }
    }
}

impl std::error::Error for InputError {}

pub(crate) fn err(path: &str, en: String, sv: String) -> InputError {
    InputError { path: path.to_owned(), en, sv }
}

/// The fields of one JSON object, checked for unknown and duplicate keys.
pub(crate) struct Fields<'a> {
    pub(crate) path: String,
    fields: &'a [(String, Value)],
}

impl<'a> Fields<'a> {
    pub(crate) fn new(v: &'a Value, path: &str, allowed: &[&str]) -> Result<Fields<'a>, InputError> {
        let Value::Obj(fields) = v else {
            return Err(err(
                path,
                format!("expected an object, got {}", v.describe()),
                format!("ska vara ett objekt, inte {}", v.describe()),
            ));
        };
        for (i, (k, _)) in fields.iter().enumerate() {
            // An unknown key may be anything, even a megabyte: the path shows at most 40 characters of it.
            let here = join(path, &shorten(k));
            if !allowed.contains(&k.as_str()) {
                let shown = Value::Str(k.clone()).describe();
                return Err(err(&here, format!("unknown field {shown}"), format!("okänt fält {shown}")));
            }
            if fields[..i].iter().any(|(other, _)| other == k) {
                return Err(err(&here, "the field is given twice".into(), "fältet finns två gånger".into()));
            }
        }
        Ok(Fields { path: path.to_owned(), fields })
    }

    /// The value of a field; `None` for absent, `null` and `"unknown"`.
    pub(crate) fn value(&self, name: &str) -> Option<&'a Value> {
        let v = self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v);
        v.filter(|v| !matches!(v, Value::Null) && !matches!(v, Value::Str(s) if s == "unknown"))
    }

    /// The value of a field and its path.
    pub(crate) fn get(&self, name: &str) -> (Option<&'a Value>, String) {
        (self.value(name), join(&self.path, name))
    }

    pub(crate) fn bool(&self, name: &str) -> Result<Option<bool>, InputError> {
        // The path is only built for an error: reading a field allocates nothing.
        let p = || join(&self.path, name);
        match self.value(name) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(v) => Err(err(
                &p(),
                format!("expected true, false or \"unknown\", got {}", v.describe()),
                format!("ska vara true, false eller \"unknown\", inte {}", v.describe()),
            )),
        }
    }

    pub(crate) fn choice<T: Copy>(&self, name: &str, parse: fn(&str) -> Option<T>) -> Result<Option<T>, InputError> {
        // The path is only built for an error: reading a field allocates nothing.
        let p = || join(&self.path, name);
        match self.value(name) {
            None => Ok(None),
            Some(Value::Str(s)) => parse(s).map(Some).ok_or_else(|| {
                let shown = Value::Str(s.clone()).describe();
                err(&p(), format!("unknown value {shown}"), format!("okänt värde {shown}"))
            }),
            Some(v) => Err(err(
                &p(),
                format!("expected a text value, got {}", v.describe()),
                format!("ska vara ett textvärde, inte {}", v.describe()),
            )),
        }
    }

    /// A whole number in `lo..=hi`.
    fn int(&self, name: &str, lo: u64, hi: u64, unit_en: &str, unit_sv: &str) -> Result<Option<u64>, InputError> {
        // The path is only built for an error: reading a field allocates nothing.
        let p = || join(&self.path, name);
        match self.value(name) {
            None => Ok(None),
            Some(Value::Num(n)) => {
                let (n, shown) = (*n, crate::value::describe_number(*n));
                if !n.is_finite() || n.fract() != 0.0 {
                    Err(err(
                        &p(),
                        format!("expected a whole number of {unit_en}, got {shown}"),
                        format!("ska vara ett heltal ({unit_sv}), inte {shown}"),
                    ))
                } else if n < lo as f64 || n > hi as f64 {
                    Err(err(
                        &p(),
                        format!("must be between {lo} and {hi} {unit_en}, got {shown}"),
                        format!("ska vara mellan {lo} och {hi} {unit_sv}, inte {shown}"),
                    ))
                } else {
                    Ok(Some(n as u64))
                }
            }
            Some(v) => Err(err(
                &p(),
                format!("expected a number, got {}", v.describe()),
                format!("ska vara ett tal, inte {}", v.describe()),
            )),
        }
    }

    fn money(&self, name: &str) -> Result<Option<u64>, InputError> {
        self.int(name, 0, MAX_ORE, "öre", "öre")
    }

    fn date(&self, name: &str) -> Result<Option<Date>, InputError> {
        // The path is only built for an error: reading a field allocates nothing.
        let p = || join(&self.path, name);
        match self.value(name) {
            None => Ok(None),
            Some(Value::Str(s)) => Date::parse(s).map(Some).ok_or_else(|| {
                let shown = Value::Str(s.clone()).describe();
                err(
                    &p(),
                    format!("expected a date that exists, as YYYY-MM-DD, got {shown}"),
                    format!("ska vara ett datum som finns, som ÅÅÅÅ-MM-DD, inte {shown}"),
                )
            }),
            Some(v) => Err(err(
                &p(),
                format!("expected a date as YYYY-MM-DD, got {}", v.describe()),
                format!("ska vara ett datum som ÅÅÅÅ-MM-DD, inte {}", v.describe()),
            )),
        }
    }

    fn object(&self, name: &str, allowed: &[&str]) -> Result<Option<Fields<'a>>, InputError> {
        // The path is only built for an error: reading a field allocates nothing.
        let p = || join(&self.path, name);
        match self.value(name) {
            None => Ok(None),
            Some(v) => Fields::new(v, &p(), allowed).map(Some),
        }
    }
}

pub(crate) fn shorten(key: &str) -> String {
    cut(key, 40)
}

/// `s` cut to its first `chars` characters, with "…" when something was cut off.
pub(crate) fn cut(s: &str, chars: usize) -> String {
    match s.char_indices().nth(chars) {
        Some((at, _)) => format!("{}…", s.get(..at).unwrap_or_default()),
        None => s.to_owned(),
    }
}

pub(crate) fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}

const EMPLOYER: &[&str] = &["sector", "ags_insurance", "medarbetaravtal", "fk_ars_granted_this_year_ore"];
const PERSON: &[&str] = &[
    "employment",
    "category",
    "age",
    "condition",
    "work_capacity",
    "on_sick_leave",
    "rehab_need_documented",
    "work_capacity_prospect",
    "return_to_work_plan",
    "consent",
    "medical_assessment",
    "has_sgi",
    "insured_in_sweden",
    "doctor_certificate",
    "needs_work_rehab",
    "in_af_programme",
    "fk_ars_granted_this_year_ore",
];
const PROVIDER: &[&str] =
    &["fk_approved", "ivo_permit", "performer", "competence", "knows_workplace", "contracted", "region_care"];
const MEASURE: &[&str] = &[
    "kind",
    "cost_ore",
    "date",
    "individual",
    "digital",
    "addiction",
    "setting",
    "package_price",
    "guideline_method",
    "evidence_based",
    "previous_work_investigated",
    "income_during",
    "sessions",
    "weeks",
    "professions",
    "completed",
    "other_payer_ore",
    "provider",
];

fn employer(f: Option<Fields>) -> Result<Employer, InputError> {
    let Some(f) = f else { return Ok(Employer::default()) };
    Ok(Employer {
        sector: f.choice("sector", Sector::parse)?,
        ags_insurance: f.bool("ags_insurance")?,
        medarbetaravtal: f.bool("medarbetaravtal")?,
        fk_ars_granted_this_year_ore: f.money("fk_ars_granted_this_year_ore")?,
    })
}

fn person(f: Option<Fields>) -> Result<Person, InputError> {
    let Some(f) = f else { return Ok(Person::default()) };
    Ok(Person {
        employment: f.choice("employment", Employment::parse)?,
        category: f.choice("category", Category::parse)?,
        age: f.int("age", 0, 130, "years", "år")?,
        condition: f.choice("condition", Condition::parse)?,
        work_capacity: f.choice("work_capacity", WorkCapacity::parse)?,
        on_sick_leave: f.bool("on_sick_leave")?,
        rehab_need_documented: f.bool("rehab_need_documented")?,
        work_capacity_prospect: f.bool("work_capacity_prospect")?,
        return_to_work_plan: f.bool("return_to_work_plan")?,
        consent: f.bool("consent")?,
        medical_assessment: f.bool("medical_assessment")?,
        has_sgi: f.bool("has_sgi")?,
        insured_in_sweden: f.bool("insured_in_sweden")?,
        doctor_certificate: f.bool("doctor_certificate")?,
        needs_work_rehab: f.bool("needs_work_rehab")?,
        in_af_programme: f.bool("in_af_programme")?,
        fk_ars_granted_this_year_ore: f.money("fk_ars_granted_this_year_ore")?,
    })
}

fn provider(f: Option<Fields>) -> Result<Provider, InputError> {
    let Some(f) = f else { return Ok(Provider::default()) };
    let competence = match f.get("competence") {
        (None, _) => None,
        (Some(Value::Arr(items)), p) => {
            if items.len() > Competence::ALL.len() {
                return Err(err(
                    &p,
                    format!("lists {} areas; there are only {}", items.len(), Competence::ALL.len()),
                    format!("anger {} områden; det finns bara {}", items.len(), Competence::ALL.len()),
                ));
            }
            let mut list = Vec::new();
            for (i, item) in items.iter().enumerate() {
                let here = format!("{p}[{i}]");
                let Value::Str(s) = item else {
                    return Err(err(
                        &here,
                        format!("expected a competence area, got {}", item.describe()),
                        format!("ska vara ett kompetensområde, inte {}", item.describe()),
                    ));
                };
                let c = Competence::parse(s).ok_or_else(|| {
                    let shown = item.describe();
                    err(&here, format!("unknown value {shown}"), format!("okänt värde {shown}"))
                })?;
                if !list.contains(&c) {
                    list.push(c);
                }
            }
            Some(list)
        }
        (Some(v), p) => {
            return Err(err(
                &p,
                format!("expected a list of competence areas, got {}", v.describe()),
                format!("ska vara en lista med kompetensområden, inte {}", v.describe()),
            ))
        }
    };
    Ok(Provider {
        fk_approved: f.bool("fk_approved")?,
        ivo_permit: f.bool("ivo_permit")?,
        performer: f.choice("performer", Performer::parse)?,
        competence,
        knows_workplace: f.bool("knows_workplace")?,
        contracted: f.bool("contracted")?,
        region_care: f.bool("region_care")?,
    })
}

fn measure(f: Fields) -> Result<Measure, InputError> {
    let m = Measure {
        kind: f.choice("kind", Kind::parse)?,
        cost_ore: f.money("cost_ore")?,
        date: f.date("date")?,
        individual: f.bool("individual")?,
        digital: f.bool("digital")?,
        addiction: f.choice("addiction", Addiction::parse)?,
        setting: f.choice("setting", Setting::parse)?,
        package_price: f.bool("package_price")?,
        guideline_method: f.bool("guideline_method")?,
        evidence_based: f.bool("evidence_based")?,
        previous_work_investigated: f.bool("previous_work_investigated")?,
        income_during: f.bool("income_during")?,
        sessions: f.int("sessions", 0, 1000, "sessions", "tillfällen")?,
        weeks: f.int("weeks", 0, 520, "weeks", "veckor")?,
        professions: f.int("professions", 0, 100, "professions", "professioner")?,
        completed: f.bool("completed")?,
        other_payer_ore: f.money("other_payer_ore")?,
        provider: provider(f.object("provider", PROVIDER)?)?,
    };
    if let (Some(cost), Some(other)) = (m.cost_ore, m.other_payer_ore) {
        if other > cost {
            let p = join(&f.path, "other_payer_ore");
            return Err(err(
                &p,
                format!("is more than the measure's cost ({other} > {cost} öre)"),
                format!("är mer än insatsens kostnad ({other} > {cost} öre)"),
            ));
        }
    }
    Ok(m)
}

/// `scope`: a list of scheme ids, each at most once.
fn scope(top: &Fields) -> Result<Option<Vec<String>>, InputError> {
    let (v, p) = top.get("scope");
    let Some(v) = v else { return Ok(None) };
    let Value::Arr(items) = v else {
        return Err(err(
            &p,
            format!("expected a list of scheme ids, got {}", v.describe()),
            format!("ska vara en lista med stödens id, inte {}", v.describe()),
        ));
    };
    let mut ids: Vec<String> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let here = format!("{p}[{i}]");
        match item {
            Value::Str(s) if crate::decide::SCHEMES.contains(&s.as_str()) => {
                if ids.contains(s) {
                    return Err(err(&here, "the scheme is named twice".into(), "stödet finns med två gånger".into()));
                }
                ids.push(s.clone());
            }
            other => {
                let shown = other.describe();
                return Err(err(
                    &here,
                    format!("unknown scheme {shown}; expected one of {}", crate::decide::SCHEMES.join(", ")),
                    format!("okänt stöd {shown}; ska vara något av {}", crate::decide::SCHEMES.join(", ")),
                ));
            }
        }
    }
    Ok(Some(ids))
}

impl Answers {
    /// Reads and validates an answers document.
    pub fn from_value(v: &Value) -> Result<Answers, InputError> {
        let top = Fields::new(v, "", &["date", "employer", "person", "provider", "measures", "scope"])?;
        let measures = match top.get("measures") {
            (None, _) => Vec::new(),
            (Some(Value::Arr(items)), p) => {
                if items.len() > MAX_MEASURES {
                    return Err(err(
                        &p,
                        format!("has {} measures; at most {MAX_MEASURES} are accepted", items.len()),
                        format!("har {} insatser; högst {MAX_MEASURES} tas emot", items.len()),
                    ));
                }
                let mut list = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    list.push(measure(Fields::new(item, &format!("{p}[{i}]"), MEASURE)?)?);
                }
                list
            }
            (Some(v), p) => {
                return Err(err(
                    &p,
                    format!("expected a list of measures, got {}", v.describe()),
                    format!("ska vara en lista med insatser, inte {}", v.describe()),
                ))
            }
        };
        Ok(Answers {
            date: top.date("date")?,
            employer: employer(top.object("employer", EMPLOYER)?)?,
            person: person(top.object("person", PERSON)?)?,
            provider: provider(top.object("provider", PROVIDER)?)?,
            measures,
            scope: scope(&top)?,
        })
    }

    /// Reads and validates an answers document from JSON text (native builds; the browser
    /// passes objects).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(text: &str) -> Result<Answers, InputError> {
        let v = crate::value::from_json(text)
            .map_err(|e| err("", format!("not valid JSON: {e}"), format!("inte giltig JSON: {e}")))?;
        Answers::from_value(&v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fails(json: &str) -> InputError {
        Answers::from_json(json).expect_err(json)
    }

    #[test]
    fn absent_null_and_unknown_are_all_unanswered() {
        let a =
            Answers::from_json(r#"{"person":{"has_sgi":null,"consent":"unknown"},"employer":{"sector":"unknown"}}"#)
                .unwrap();
        assert_eq!(a.person.has_sgi, None);
        assert_eq!(a.person.consent, None);
        assert_eq!(a.employer.sector, None);
        assert_eq!(a.person.age, None);
    }

    #[test]
    fn errors_name_the_field_path() {
        assert_eq!(fails(r#"{"measures":[{},{},{"cost_ore":-5}]}"#).path, "measures[2].cost_ore");
        assert_eq!(fails(r#"{"measures":[{"cost_ore":12.5}]}"#).path, "measures[0].cost_ore");
        assert_eq!(fails(r#"{"measures":[{"cost_ore":1e30}]}"#).path, "measures[0].cost_ore");
        assert_eq!(fails(r#"{"measures":[{"cost_ore":"100"}]}"#).path, "measures[0].cost_ore");
        assert_eq!(fails(r#"{"measures":[{"date":"2026-02-30"}]}"#).path, "measures[0].date");
        assert_eq!(fails(r#"{"person":{"age":131}}"#).path, "person.age");
        assert_eq!(fails(r#"{"person":{"agee":31}}"#).path, "person.agee");
        assert_eq!(fails(r#"{"employer":{"sector":"privat"}}"#).path, "employer.sector");
        assert_eq!(fails(r#"{"provider":{"competence":["medicine","magic"]}}"#).path, "provider.competence[1]");
        assert_eq!(fails(r#"{"person":{"has_sgi":"yes"}}"#).path, "person.has_sgi");
        assert_eq!(fails(r#"{"date":"2026-02-29"}"#).path, "date");
        assert_eq!(fails(r#"[]"#).path, "");
    }

    #[test]
    fn scope_names_known_schemes_once() {
        let a = Answers::from_json(r#"{"scope":["fk_arbetsplatsinriktat","afa_rehabiliteringsstod"]}"#).unwrap();
        assert_eq!(a.scope.unwrap(), ["fk_arbetsplatsinriktat", "afa_rehabiliteringsstod"]);
        assert_eq!(fails(r#"{"scope":["afa"]}"#).path, "scope[0]");
        assert_eq!(fails(r#"{"scope":["fk_samordning","fk_samordning"]}"#).path, "scope[1]");
        assert_eq!(fails(r#"{"scope":"fk_samordning"}"#).path, "scope");
    }

    #[test]
    fn duplicate_keys_are_refused() {
        let e = fails(r#"{"person":{"age":30,"age":40}}"#);
        assert_eq!(e.path, "person.age");
        assert!(e.en.contains("twice"));
    }

    #[test]
    fn too_many_measures_are_refused_without_echoing_them() {
        let json = format!(r#"{{"measures":[{}]}}"#, vec!["{}"; MAX_MEASURES + 1].join(","));
        let e = fails(&json);
        assert_eq!(e.path, "measures");
        assert!(e.to_string().len() < 100);
    }

    #[test]
    fn huge_strings_are_not_echoed() {
        let json = format!(r#"{{"employer":{{"sector":"{}"}}}}"#, "x".repeat(1_000_000));
        assert!(fails(&json).to_string().len() < 100);
    }

    #[test]
    fn another_payer_cannot_pay_more_than_the_cost() {
        assert_eq!(
            fails(r#"{"measures":[{"cost_ore":100,"other_payer_ore":101}]}"#).path,
            "measures[0].other_payer_ore"
        );
    }

    #[test]
    fn a_measure_provider_overrides_only_what_it_answers() {
        let a = Answers::from_json(r#"{"provider":{"fk_approved":true,"performer":"nurse"},"measures":[{"provider":{"performer":"licensed_psychologist"}}]}"#).unwrap();
        let p = a.measures[0].provider.or(&a.provider);
        assert_eq!(p.fk_approved, Some(true));
        assert_eq!(p.performer, Some(Performer::LicensedPsychologist));
    }
}
