//! Reading hostile input field by field: every refusal names the path of the field, in Swedish
//! and English. A path is built only when something is wrong (reading allocates nothing for it).

use crate::date::Date;
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
        self.given(name).filter(|v| !matches!(v, Value::Str(s) if s == "unknown"))
    }

    /// The value of a field as given, a text `"unknown"` too (only `null` is none): for writing a
    /// field out again as it was, where [`Fields::value`] reads `"unknown"` as not answered.
    pub fn given(&self, name: &str) -> Option<&'a Value> {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v).filter(|v| !matches!(v, Value::Null))
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

/// The bytes that end a plain string: its closing quote, an escape, a control character.
static STOPS: [bool; 256] = {
    let mut stops = [false; 256];
    let mut c = 0;
    while c < 0x20 {
        stops[c] = true;
        c += 1;
    }
    stops[b'"' as usize] = true;
    stops[b'\\' as usize] = true;
    stops
};

/// JSON text read straight into typed answers, byte by byte (`Answers::from_json`'s direct
/// reader). It reads only the plainest JSON: strings without escapes, whole numbers of at most 15
/// digits without sign, fraction or exponent, `true`, `false` and `null`. Anything else it meets
/// (an escape, a fraction, a syntax error, a key it is not asked for) is `None`, and the validating
/// reader reads the whole document again: it gives the error, or the answers, with the same words.
pub struct Json<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Json<'a> {
    pub fn new(text: &'a str) -> Json<'a> {
        Json { text, at: 0 }
    }

    /// Past JSON's whitespace (exactly the four characters JSON allows).
    #[inline]
    fn skip(&mut self) {
        let b = self.text.as_bytes();
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = b.get(self.at) {
            self.at += 1;
        }
    }

    /// The next byte that is not whitespace, not taken.
    #[inline]
    fn peek(&mut self) -> Option<u8> {
        self.skip();
        self.text.as_bytes().get(self.at).copied()
    }

    /// Takes `word` when the text goes on with it here.
    #[inline]
    fn word(&mut self, word: &str) -> bool {
        let found = self.text.as_bytes()[self.at..].starts_with(word.as_bytes());
        if found {
            self.at += word.len();
        }
        found
    }

    /// Takes the byte `c` (after whitespace), or `None`.
    #[inline]
    fn eat(&mut self, c: u8) -> Option<()> {
        (self.peek()? == c).then(|| self.at += 1)
    }

    /// A string without escapes and control characters (which JSON does not allow raw), as it is
    /// in the text.
    #[inline]
    pub fn str(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.at;
        let b = self.text.as_bytes();
        while !STOPS[*b.get(self.at)? as usize] {
            self.at += 1;
        }
        if b[self.at] != b'"' {
            return None;
        }
        // Both ends are at a quote, an ASCII byte: the slice is text.
        let s = self.text.get(start..self.at)?;
        self.at += 1;
        Some(s)
    }

    /// `true` or `false`.
    #[inline]
    pub fn bool(&mut self) -> Option<bool> {
        match self.peek()? {
            b't' if self.word("true") => Some(true),
            b'f' if self.word("false") => Some(false),
            _ => None,
        }
    }

    /// A whole number written with digits alone: `0`, or up to 15 digits not starting with 0 (so
    /// below 2^53: it is the same number as a JSON reader's `f64`). A sign, a fraction, an
    /// exponent or more digits are `None`.
    #[inline]
    pub fn uint(&mut self) -> Option<u64> {
        let b = self.text.as_bytes();
        let first = self.peek()?;
        if !first.is_ascii_digit() {
            return None;
        }
        let start = self.at;
        let mut n = 0u64;
        while let Some(&c) = b.get(self.at).filter(|c| c.is_ascii_digit()) {
            n = n * 10 + u64::from(c - b'0');
            self.at += 1;
            if self.at - start == 15 || first == b'0' {
                break;
            }
        }
        match b.get(self.at) {
            Some(b'0'..=b'9' | b'.' | b'e' | b'E') => None,
            _ => Some(n),
        }
    }

    /// Takes `null` or `"unknown"` (an answer not given, as the validating reader has it) and says
    /// whether it was there.
    #[inline]
    pub fn absent(&mut self) -> bool {
        match self.peek() {
            Some(b'n') => self.word("null"),
            Some(b'"') => self.word("\"unknown\""),
            _ => false,
        }
    }

    /// An object: `member` reads the value of each key, in order (and says `None` to decline).
    #[inline]
    pub fn object(&mut self, mut member: impl FnMut(&mut Json<'a>, &'a str) -> Option<()>) -> Option<()> {
        self.eat(b'{')?;
        if self.peek()? == b'}' {
            self.at += 1;
            return Some(());
        }
        loop {
            let key = self.str()?;
            self.eat(b':')?;
            member(self, key)?;
            if !self.more(b'}')? {
                return Some(());
            }
        }
    }

    /// A list: `item` reads each value, in order (and says `None` to decline).
    #[inline]
    pub fn array(&mut self, mut item: impl FnMut(&mut Json<'a>) -> Option<()>) -> Option<()> {
        self.eat(b'[')?;
        if self.peek()? == b']' {
            self.at += 1;
            return Some(());
        }
        loop {
            item(self)?;
            if !self.more(b']')? {
                return Some(());
            }
        }
    }

    /// After a member or an item: `true` past a comma (another follows), `false` past `close`
    /// (the object or list ends), `None` for anything else.
    fn more(&mut self, close: u8) -> Option<bool> {
        let c = self.peek()?;
        if c != b',' && c != close {
            return None;
        }
        self.at += 1;
        Some(c == b',')
    }

    /// The end of the text: nothing but whitespace after the document.
    pub fn end(&mut self) -> Option<()> {
        (self.peek().is_none()).then_some(())
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
