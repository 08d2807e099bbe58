//! The answers document (docs/API.md §1): what the user has said so far.
//!
//! Every field is optional. `None` means Unknown: not answered, answered `null`, or answered
//! `"unknown"` ("Vet ej"). Input is treated as hostile: unknown fields, wrong types, unknown
//! values, impossible dates and out-of-range numbers are refused with the path of the field.
//! The fields and their checks come from the field table (`crate::table`).

pub use crate::choices::{
    Addiction, Category, Competence, Condition, Employment, Performer, Sector, Setting, WorkCapacity,
};
use crate::date::Date;
use crate::id::SchemeId;
pub use crate::input::InputError;
use crate::input::{err, Fields, Path};
pub use crate::table::{Employer, Measure, Person, Provider};
use crate::value::Value;

/// At most this many measures in one answers document.
pub const MAX_MEASURES: usize = 500;

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
    pub scope: Option<Vec<SchemeId>>,
}

/// A section of the answers, or nothing answered when the document leaves it out.
fn section<T>(f: Option<Fields>, read: fn(&Fields) -> Result<T, InputError>, none: T) -> Result<T, InputError> {
    match f {
        Some(f) => read(&f),
        None => Ok(none),
    }
}

fn measure(f: Fields) -> Result<Measure, InputError> {
    let mut m = Measure::read(&f)?;
    m.provider = section(f.object("provider", Provider::KEYS)?, Provider::read, Provider::NONE)?;
    if let (Some(cost), Some(other)) = (m.cost_ore, m.other_payer_ore) {
        if other > cost {
            return Err(err(
                &f.here("other_payer_ore"),
                format!("is more than the measure's cost ({other} > {cost} öre)"),
                format!("är mer än insatsens kostnad ({other} > {cost} öre)"),
            ));
        }
    }
    Ok(m)
}

/// `scope`: a list of scheme ids, each at most once.
fn scope(top: &Fields) -> Result<Option<Vec<SchemeId>>, InputError> {
    let Some(v) = top.value("scope") else { return Ok(None) };
    let Value::Arr(items) = v else {
        return Err(err(
            &top.here("scope"),
            format!("expected a list of scheme ids, got {}", v.describe()),
            format!("ska vara en lista med stödens id, inte {}", v.describe_sv()),
        ));
    };
    let mut ids: Vec<SchemeId> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let here = || format!("{}[{i}]", top.here("scope"));
        match item {
            Value::Str(s) if SchemeId::parse(s).is_some() => {
                let id = SchemeId::parse(s).expect("just parsed");
                if ids.contains(&id) {
                    return Err(err(&here(), "the scheme is named twice".into(), "stödet finns med två gånger".into()));
                }
                ids.push(id);
            }
            other => {
                let described = other;
                let (shown, visat) = (described.describe(), described.describe_sv());
                let all = SchemeId::ALL.map(SchemeId::as_str).join(", ");
                return Err(err(
                    &here(),
                    format!("unknown scheme {shown}; expected one of {all}"),
                    format!("okänt stöd {visat}; ska vara något av {all}"),
                ));
            }
        }
    }
    Ok(Some(ids))
}

impl Answers {
    /// Reads and validates an answers document.
    pub fn from_value(v: &Value) -> Result<Answers, InputError> {
        let top = Fields::at(v, Path::Root, &["date", "employer", "person", "provider", "measures", "scope"])?;
        let measures = match top.value("measures") {
            None => Vec::new(),
            Some(Value::Arr(items)) => {
                if items.len() > MAX_MEASURES {
                    return Err(err(
                        &top.here("measures"),
                        format!("has {} measures; at most {MAX_MEASURES} are accepted", items.len()),
                        format!("har {} insatser; högst {MAX_MEASURES} tas emot", items.len()),
                    ));
                }
                let at = Path::Key(&top.path, "measures");
                let mut list = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    list.push(measure(Fields::at(item, Path::Index(&at, i), Measure::KEYS)?)?);
                }
                list
            }
            Some(v) => {
                return Err(err(
                    &top.here("measures"),
                    format!("expected a list of measures, got {}", v.describe()),
                    format!("ska vara en lista med insatser, inte {}", v.describe_sv()),
                ))
            }
        };
        Ok(Answers {
            date: top.date("date")?,
            employer: section(top.object("employer", Employer::KEYS)?, Employer::read, Employer::NONE)?,
            person: section(top.object("person", Person::KEYS)?, Person::read, Person::NONE)?,
            provider: section(top.object("provider", Provider::KEYS)?, Provider::read, Provider::NONE)?,
            measures,
            scope: scope(&top)?,
        })
    }

    /// Reads and validates an answers document from JSON text.
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
        assert_eq!(
            a.scope.unwrap().iter().map(|s| s.as_str()).collect::<Vec<_>>(),
            ["fk_arbetsplatsinriktat", "afa_rehabiliteringsstod"]
        );
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
