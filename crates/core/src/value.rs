//! A plain JSON value read through serde, so the same validation runs on input from
//! `serde_json` (the CLI) and from `serde-wasm-bindgen` (the browser).
//!
//! It keeps duplicate keys (so they can be refused), and refuses nesting deeper than
//! [`MAX_DEPTH`] before it can exhaust the stack.

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// How deeply input may nest. The answers need 4 levels; 32 leaves room for case files.
pub const MAX_DEPTH: usize = 32;

/// A JSON value. Objects keep their keys in order, duplicates included.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Num(f64),
    Str(String),
    Arr(Vec<Value>),
    Obj(Vec<(String, Value)>),
}

impl Value {
    /// A short description for error messages; never echoes long input.
    pub fn describe(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => b.to_string(),
            Value::Num(n) => describe_number(*n),
            Value::Str(s) if s.chars().count() <= 32 => quoted(s),
            Value::Str(s) => format!("a text of {} characters", s.chars().count()),
            Value::Arr(a) => format!("a list of {} items", a.len()),
            Value::Obj(_) => "an object".into(),
        }
    }

    /// [`Value::describe`] in Swedish, for the Swedish half of a message.
    pub fn describe_sv(&self) -> String {
        match self {
            Value::Num(n) => describe_number_sv(*n),
            Value::Str(s) if s.chars().count() > 32 => format!("en text på {} tecken", s.chars().count()),
            Value::Arr(a) => format!("en lista med {} delar", a.len()),
            Value::Obj(_) => "ett objekt".into(),
            v => v.describe(),
        }
    }
}

/// A short text in quotes, with quotes, backslashes, control characters and the invisible
/// formatting characters (zero-width, bidirectional) escaped as `\u{…}`, so a message shows
/// exactly what was typed and cannot be turned around on screen. (Like `{:?}`, without the
/// Unicode tables that formatting brings into the wasm.)
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control()
                || matches!(c, '\u{ad}' | '\u{61c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}') =>
            {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl serde::Serialize for Value {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Num(n) => s.serialize_f64(*n),
            Value::Str(v) => s.serialize_str(v),
            Value::Arr(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(v)?;
                }
                seq.end()
            }
            Value::Obj(fields) => {
                let mut map = s.serialize_map(Some(fields.len()))?;
                for (k, v) in fields {
                    map.serialize_entry(k, v)?;
                }
                map.end()
            }
        }
    }
}

/// A number for an error message: whole numbers as written, anything else in words. Short
/// whatever the input (`1e300` is not spelled out), and without float formatting in the wasm.
pub fn describe_number(n: f64) -> String {
    // Every message puts the description after "not"/"inte": NaN is named, so no message reads
    // "not not a number".
    if n.is_nan() {
        "NaN".into()
    } else if n.fract() == 0.0 && n.abs() < 1e15 {
        (n as i64).to_string()
    } else if n.abs() >= 1e15 {
        "a number too large to use".into()
    } else {
        "a number with a fraction".into()
    }
}

/// [`describe_number`] in Swedish.
pub fn describe_number_sv(n: f64) -> String {
    if n.is_nan() {
        "NaN".into()
    } else if n.fract() == 0.0 && n.abs() < 1e15 {
        (n as i64).to_string()
    } else if n.abs() >= 1e15 {
        "ett för stort tal".into()
    } else {
        "ett tal med decimaler".into()
    }
}

/// Parses JSON text into a [`Value`].
pub fn from_json(text: &str) -> Result<Value, String> {
    let mut de = serde_json::Deserializer::from_str(text);
    let v = ValueSeed(0).deserialize(&mut de).map_err(|e| e.to_string())?;
    de.end().map_err(|e| e.to_string())?;
    Ok(v)
}

/// Reads any self-describing input into a [`Value`], refusing nesting deeper than [`MAX_DEPTH`].
pub fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
    ValueSeed(0).deserialize(d)
}

struct ValueSeed(usize);

impl<'de> DeserializeSeed<'de> for ValueSeed {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        if self.0 > MAX_DEPTH {
            return Err(de::Error::custom(format!("input nests deeper than {MAX_DEPTH} levels")));
        }
        d.deserialize_any(ValueVisitor(self.0))
    }
}

struct ValueVisitor(usize);

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = Value;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::Num(v as f64))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::Num(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(Value::Num(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::Str(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        ValueSeed(self.0).deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(v) = seq.next_element_seed(ValueSeed(self.0 + 1))? {
            items.push(v);
        }
        Ok(Value::Arr(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut fields = Vec::new();
        while let Some(k) = map.next_key::<String>()? {
            let v = map.next_value_seed(ValueSeed(self.0 + 1))?;
            fields.push((k, v));
        }
        Ok(Value::Obj(fields))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_is_quoted_as_debug_would_and_invisible_characters_show() {
        for s in ["", "kommun", "Åsa \"Ö\" \\ x", "tab\there\nnew", "\u{7}bell"] {
            assert_eq!(quoted(s), format!("{s:?}"), "{s}");
        }
        assert_eq!(quoted("a\u{202e}b\u{200b}"), "\"a\\u{202e}b\\u{200b}\"");
        assert_eq!(quoted("\u{61c}\u{ad}\u{180e}\u{2066}\u{feff}"), "\"\\u{61c}\\u{ad}\\u{180e}\\u{2066}\\u{feff}\"");
    }

    #[test]
    fn duplicate_keys_are_kept_so_they_can_be_refused() {
        let v = from_json(r#"{"a":1,"a":2}"#).unwrap();
        assert_eq!(v, Value::Obj(vec![("a".into(), Value::Num(1.0)), ("a".into(), Value::Num(2.0))]));
    }

    #[test]
    fn deep_nesting_is_refused_without_overflowing_the_stack() {
        let deep = "[".repeat(100_000) + &"]".repeat(100_000);
        let err = from_json(&deep).unwrap_err();
        assert!(err.contains("deeper") || err.contains("recursion"), "{err}");
    }

    #[test]
    fn long_strings_are_described_not_echoed() {
        let v = Value::Str("x".repeat(1_000_000));
        assert_eq!(v.describe(), "a text of 1000000 characters");
        assert_eq!(v.describe_sv(), "en text på 1000000 tecken");
    }

    #[test]
    fn the_swedish_description_has_no_english_words() {
        // The review saw "okänt värde a text of 152 characters".
        for (v, sv) in [
            (Value::Str("y".repeat(152)), "en text på 152 tecken"),
            (Value::Arr(vec![Value::Null; 3]), "en lista med 3 delar"),
            (Value::Obj(vec![]), "ett objekt"),
            (Value::Num(f64::NAN), "NaN"),
            (Value::Num(1e300), "ett för stort tal"),
            (Value::Num(1.5), "ett tal med decimaler"),
            (Value::Num(42.0), "42"),
            (Value::Str("kort".into()), "\"kort\""),
            (Value::Bool(true), "true"),
            (Value::Null, "null"),
        ] {
            assert_eq!(v.describe_sv(), sv);
        }
    }
}
