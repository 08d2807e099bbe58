//! Reading hostile input field by field: every refusal names the path of the field, in Swedish
//! and English. A path is built only when something is wrong (reading allocates nothing for it).

use crate::date::Date;
use crate::money::MAX_ORE;
use crate::value::Value;
use std::fmt;

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

pub fn err(path: &str, en: String, sv: String) -> InputError {
    InputError { path: path.to_owned(), en, sv }
}

/// Where a value is in the input, rendered to text (`measures[2].cost_ore`) only for an error.
pub enum Path<'p> {
    Root,
    /// A path already written out (the invoice's readers).
    Text(String),
    Key(&'p Path<'p>, &'p str),
    Index(&'p Path<'p>, usize),
}

impl Path<'_> {
    /// The path as text: empty for the whole document.
    pub fn render(&self) -> String {
        match self {
            Path::Root => String::new(),
            Path::Text(s) => s.clone(),
            // An unknown key may be anything, even a megabyte: a path shows at most 40 characters of it.
            Path::Key(p, k) => join(&p.render(), &shorten(k)),
            Path::Index(p, i) => format!("{}[{i}]", p.render()),
        }
    }
}

/// The fields of one JSON object, checked for unknown and duplicate keys.
pub struct Fields<'a> {
    pub path: Path<'a>,
    fields: &'a [(String, Value)],
}

impl<'a> Fields<'a> {
    /// The object `v` at a path written out.
    pub fn new(v: &'a Value, path: &str, allowed: &[&str]) -> Result<Fields<'a>, InputError> {
        Fields::at(v, if path.is_empty() { Path::Root } else { Path::Text(path.to_owned()) }, allowed)
    }

    /// The object `v` at `path`.
    pub fn at(v: &'a Value, path: Path<'a>, allowed: &[&str]) -> Result<Fields<'a>, InputError> {
        let Value::Obj(fields) = v else {
            return Err(err(
                &path.render(),
                format!("expected an object, got {}", v.describe()),
                format!("ska vara ett objekt, inte {}", v.describe_sv()),
            ));
        };
        for (i, (k, _)) in fields.iter().enumerate() {
            let here = || Path::Key(&path, k).render();
            if !allowed.contains(&k.as_str()) {
                let described = Value::Str(k.clone());
                let (shown, visat) = (described.describe(), described.describe_sv());
                return Err(err(&here(), format!("unknown field {shown}"), format!("okänt fält {visat}")));
            }
            if fields[..i].iter().any(|(other, _)| other == k) {
                return Err(err(&here(), "the field is given twice".into(), "fältet finns två gånger".into()));
            }
        }
        Ok(Fields { path, fields })
    }

    /// The path of field `name`, written out (for an error).
    pub fn here(&self, name: &str) -> String {
        Path::Key(&self.path, name).render()
    }

    /// The value of a field; `None` for absent, `null` and `"unknown"`.
    pub fn value(&self, name: &str) -> Option<&'a Value> {
        let v = self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v);
        v.filter(|v| !matches!(v, Value::Null) && !matches!(v, Value::Str(s) if s == "unknown"))
    }

    /// The value of a field and its path, written out (for the readers that build one only for an error, see [`Fields::value`] and [`Fields::here`]).
    pub fn get(&self, name: &str) -> (Option<&'a Value>, String) {
        (self.value(name), self.here(name))
    }

    pub fn bool(&self, name: &str) -> Result<Option<bool>, InputError> {
        // The path is only built for an error: reading a field allocates nothing.
        let p = || self.here(name);
        match self.value(name) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(v) => Err(err(
                &p(),
                format!("expected true, false or \"unknown\", got {}", v.describe()),
                format!("ska vara true, false eller \"unknown\", inte {}", v.describe_sv()),
            )),
        }
    }

    pub fn choice<T: Copy>(&self, name: &str, parse: fn(&str) -> Option<T>) -> Result<Option<T>, InputError> {
        // The path is only built for an error: reading a field allocates nothing.
        let p = || self.here(name);
        match self.value(name) {
            None => Ok(None),
            Some(Value::Str(s)) => parse(s).map(Some).ok_or_else(|| {
                let described = Value::Str(s.clone());
                let (shown, visat) = (described.describe(), described.describe_sv());
                err(&p(), format!("unknown value {shown}"), format!("okänt värde {visat}"))
            }),
            Some(v) => Err(err(
                &p(),
                format!("expected a text value, got {}", v.describe()),
                format!("ska vara ett textvärde, inte {}", v.describe_sv()),
            )),
        }
    }

    /// A whole number in `lo..=hi`.
    pub fn int(&self, name: &str, lo: u64, hi: u64, unit_en: &str, unit_sv: &str) -> Result<Option<u64>, InputError> {
        // The path is only built for an error: reading a field allocates nothing.
        let p = || self.here(name);
        match self.value(name) {
            None => Ok(None),
            Some(&Value::Num(n)) => {
                // Described only for an error, like the path.
                let fail = |en: &str, sv: &str| {
                    let (shown, visat) = (crate::value::describe_number(n), crate::value::describe_number_sv(n));
                    Err(err(&p(), format!("{en}{shown}"), format!("{sv}{visat}")))
                };
                if !n.is_finite() || n.fract() != 0.0 {
                    fail(
                        &format!("expected a whole number of {unit_en}, got "),
                        &format!("ska vara ett heltal ({unit_sv}), inte "),
                    )
                } else if n < lo as f64 || n > hi as f64 {
                    fail(
                        &format!("must be between {lo} and {hi} {unit_en}, got "),
                        &format!("ska vara mellan {lo} och {hi} {unit_sv}, inte "),
                    )
                } else {
                    Ok(Some(n as u64))
                }
            }
            Some(v) => Err(err(
                &p(),
                format!("expected a number, got {}", v.describe()),
                format!("ska vara ett tal, inte {}", v.describe_sv()),
            )),
        }
    }

    pub fn money(&self, name: &str) -> Result<Option<u64>, InputError> {
        self.int(name, 0, MAX_ORE, "öre", "öre")
    }

    pub fn date(&self, name: &str) -> Result<Option<Date>, InputError> {
        // The path is only built for an error: reading a field allocates nothing.
        let p = || self.here(name);
        match self.value(name) {
            None => Ok(None),
            Some(Value::Str(s)) => Date::parse(s).map(Some).ok_or_else(|| {
                let described = Value::Str(s.clone());
                let (shown, visat) = (described.describe(), described.describe_sv());
                err(
                    &p(),
                    format!("expected a date that exists, as YYYY-MM-DD, got {shown}"),
                    format!("ska vara ett datum som finns, som ÅÅÅÅ-MM-DD, inte {visat}"),
                )
            }),
            Some(v) => Err(err(
                &p(),
                format!("expected a date as YYYY-MM-DD, got {}", v.describe()),
                format!("ska vara ett datum som ÅÅÅÅ-MM-DD, inte {}", v.describe_sv()),
            )),
        }
    }

    pub fn object<'s>(&'s self, name: &'s str, allowed: &[&str]) -> Result<Option<Fields<'s>>, InputError> {
        match self.value(name) {
            None => Ok(None),
            Some(v) => Fields::at(v, Path::Key(&self.path, name), allowed).map(Some),
        }
    }
}

pub fn shorten(key: &str) -> String {
    cut(key, 40)
}

/// `s` cut to its first `chars` characters, with "…" when something was cut off.
pub fn cut(s: &str, chars: usize) -> String {
    match s.char_indices().nth(chars) {
        Some((at, _)) => format!("{}…", s.get(..at).unwrap_or_default()),
        None => s.to_owned(),
    }
}

pub fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_owned()
    } else {
        format!("{path}.{name}")
    }
}
