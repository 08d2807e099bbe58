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
use crate::input::{err, Fields, Json, Path};
pub use crate::table::{Employer, Measure, Person, Provider};
use crate::value::Value;

/// At most this many measures in one answers document.
pub const MAX_MEASURES: usize = 500;

// The keys of the document and of a measure besides the field table's, for both readers.
const DATE: &str = "date";
const EMPLOYER: &str = "employer";
const PERSON: &str = "person";
const PROVIDER: &str = "provider";
const MEASURES: &str = "measures";
const SCOPE: &str = "scope";
/// The keys of the document.
const TOP: [&str; 6] = [DATE, EMPLOYER, PERSON, PROVIDER, MEASURES, SCOPE];

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
    m.provider = section(f.object(PROVIDER, Provider::KEYS)?, Provider::read, Provider::NONE)?;
    if let Some((cost, other)) = pays_more(&m) {
        return Err(err(
            &f.here("other_payer_ore"),
            format!("is more than the measure's cost ({other} > {cost} öre)"),
            format!("är mer än insatsens kostnad ({other} > {cost} öre)"),
        ));
    }
    Ok(m)
}

/// The cost and what another payer pays, when the other pays more than the measure costs.
fn pays_more(m: &Measure) -> Option<(u64, u64)> {
    let (cost, other) = (m.cost_ore?, m.other_payer_ore?);
    (other > cost).then_some((cost, other))
}

/// `scope`: a list of scheme ids, each at most once.
fn scope(top: &Fields) -> Result<Option<Vec<SchemeId>>, InputError> {
    let Some(v) = top.value(SCOPE) else { return Ok(None) };
    let Value::Arr(items) = v else {
        return Err(err(
            &top.here(SCOPE),
            format!("expected a list of scheme ids, got {}", v.describe()),
            format!("ska vara en lista med stödens id, inte {}", v.describe_sv()),
        ));
    };
    let mut ids: Vec<SchemeId> = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let here = || format!("{}[{i}]", top.here(SCOPE));
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
        let top = Fields::at(v, Path::Root, &TOP)?;
        let measures = match top.value(MEASURES) {
            None => Vec::new(),
            Some(Value::Arr(items)) => {
                if items.len() > MAX_MEASURES {
                    return Err(err(
                        &top.here(MEASURES),
                        format!("has {} measures; at most {MAX_MEASURES} are accepted", items.len()),
                        format!("har {} insatser; högst {MAX_MEASURES} tas emot", items.len()),
                    ));
                }
                let at = Path::Key(&top.path, MEASURES);
                let mut list = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    list.push(measure(Fields::at(item, Path::Index(&at, i), Measure::KEYS)?)?);
                }
                list
            }
            Some(v) => {
                return Err(err(
                    &top.here(MEASURES),
                    format!("expected a list of measures, got {}", v.describe()),
                    format!("ska vara en lista med insatser, inte {}", v.describe_sv()),
                ))
            }
        };
        Ok(Answers {
            date: top.date(DATE)?,
            employer: section(top.object(EMPLOYER, Employer::KEYS)?, Employer::read, Employer::NONE)?,
            person: section(top.object(PERSON, Person::KEYS)?, Person::read, Person::NONE)?,
            provider: section(top.object(PROVIDER, Provider::KEYS)?, Provider::read, Provider::NONE)?,
            measures,
            scope: scope(&top)?,
        })
    }

    /// Reads and validates an answers document from JSON text.
    pub fn from_json(text: &str) -> Result<Answers, InputError> {
        if let Some(a) = Answers::direct(text) {
            return Ok(a);
        }
        let v = crate::value::from_json(text)
            .map_err(|e| err("", format!("not valid JSON: {e}"), format!("inte giltig JSON: {e}")))?;
        Answers::from_value(&v)
    }

    /// Reads an answers document straight from JSON text into the answers, with no tree between,
    /// when it is plain (see [`Json`]) and valid; `None` for anything else, which
    /// [`Answers::from_value`] then reads from the tree: it gives the answers or the error. What
    /// this gives is what that gives: the fields and their checks are the field table's, each
    /// read by its type ([`crate::table::AnswerType::direct`]).
    pub fn direct(text: &str) -> Option<Answers> {
        let mut j = Json::new(text);
        let mut a = Answers::default();
        let (mut keys, mut employer, mut person, mut provider) = (0u8, 0, 0, 0);
        j.object(|j, key| {
            let i = TOP.iter().position(|k| *k == key)?;
            if keys & 1 << i != 0 {
                return None;
            }
            keys |= 1 << i;
            if j.absent() {
                return Some(());
            }
            match key {
                DATE => a.date = Some(Date::parse(j.str()?)?),
                EMPLOYER => j.object(|j, k| a.employer.direct(k, j, &mut employer)?.then_some(()))?,
                PERSON => j.object(|j, k| a.person.direct(k, j, &mut person)?.then_some(()))?,
                PROVIDER => j.object(|j, k| a.provider.direct(k, j, &mut provider)?.then_some(()))?,
                MEASURES => j.array(|j| {
                    if a.measures.len() == MAX_MEASURES {
                        return None;
                    }
                    // Read in its place in the list (a measure is large to move).
                    a.measures.push(Measure::NONE);
                    direct_measure(j, a.measures.last_mut()?)
                })?,
                SCOPE => {
                    let mut ids = Vec::new();
                    j.array(|j| {
                        let id = SchemeId::parse(j.str()?)?;
                        (!ids.contains(&id)).then(|| ids.push(id))
                    })?;
                    a.scope = Some(ids);
                }
                _ => return None,
            }
            Some(())
        })?;
        j.end()?;
        Some(a)
    }
}

/// One measure for [`Answers::direct`], read into `m` (nothing answered yet).
fn direct_measure(j: &mut Json, m: &mut Measure) -> Option<()> {
    let (mut given, mut own, mut provider) = (0, false, 0);
    j.object(|j, key| {
        if m.direct(key, j, &mut given)? {
            return Some(());
        }
        if key != PROVIDER || std::mem::replace(&mut own, true) {
            return None;
        }
        if !j.absent() {
            j.object(|j, k| m.provider.direct(k, j, &mut provider)?.then_some(()))?;
        }
        Some(())
    })?;
    pays_more(m).is_none().then_some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fails(json: &str) -> InputError {
        Answers::from_json(json).expect_err(json)
    }

    #[test]
    fn plain_documents_are_read_directly_and_the_rest_through_the_tree() {
        let plain = r#"{"date":"2026-03-01","person":{"age":40,"has_sgi":"unknown"},"measures":[{"kind":"kbt","cost_ore":100,"provider":{"competence":["medicine","medicine"]}}],"scope":["fk_samordning"]}"#;
        let a = Answers::direct(plain).expect("plain and valid");
        assert_eq!(Answers::from_value(&crate::value::from_json(plain).unwrap()), Ok(a));
        // Valid, but not plain: an escape, a number written with a fraction or an exponent.
        for json in [
            r#"{"person":{"age":40,"condition":"str\u0065ss"}}"#,
            r#"{"person":{"ag\u0065":40,"condition":"stress"}}"#,
            r#"{"person":{"age":40.0,"condition":"stress"}}"#,
            r#"{"person":{"age":4e1,"condition":"stress"}}"#,
        ] {
            assert_eq!(Answers::direct(json), None, "{json}");
            let a = Answers::from_json(json).unwrap();
            assert_eq!((a.person.age, a.person.condition), (Some(40), Some(Condition::Stress)), "{json}");
        }
        // Refused, by the validating reader.
        for json in
            [r#"{"person":{"age":131}}"#, r#"{"person":{"age":1,"age":1}}"#, r#"{"person":{"agee":1}}"#, "{} {}"]
        {
            assert_eq!(Answers::direct(json), None, "{json}");
            assert!(Answers::from_json(json).is_err(), "{json}");
        }
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
