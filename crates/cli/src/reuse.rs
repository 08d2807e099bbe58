//! JSON text read into a [`Value`] that is already there, reusing its strings and lists.
//!
//! `rehabkollen::value::from_json` builds a new tree for every document: a string for every key
//! and text, a list for every object, each allocated and then freed, which is most of the time
//! `decide` spends on a line. Lines of JSON lines mostly have the same shape, so reading each into
//! the tree of the line before allocates almost nothing. Written here rather than taken from a
//! library because the tree is the core's own type; it reads exactly as `from_json` does (the
//! same values, duplicate keys kept, the same depth limit and messages: a test compares them).

use rehabkollen::value::{Value, MAX_DEPTH};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// Reads `text` into `slot`. On an error `slot` holds some of the document, to be read over.
pub fn read_into(text: &str, slot: &mut Value) -> Result<(), serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    Slot { slot, depth: 0 }.deserialize(&mut de)?;
    de.end()
}

struct Slot<'s> {
    slot: &'s mut Value,
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for Slot<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        if self.depth > MAX_DEPTH {
            return Err(de::Error::custom(format!("input nests deeper than {MAX_DEPTH} levels")));
        }
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Slot<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<(), E> {
        *self.slot = Value::Bool(v);
        Ok(())
    }
    fn visit_i64<E>(self, v: i64) -> Result<(), E> {
        *self.slot = Value::Num(v as f64);
        Ok(())
    }
    fn visit_u64<E>(self, v: u64) -> Result<(), E> {
        *self.slot = Value::Num(v as f64);
        Ok(())
    }
    fn visit_f64<E>(self, v: f64) -> Result<(), E> {
        *self.slot = Value::Num(v);
        Ok(())
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        match self.slot {
            Value::Str(s) => {
                s.clear();
                s.push_str(v);
            }
            slot => *slot = Value::Str(v.to_owned()),
        }
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        *self.slot = Value::Null;
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        *self.slot = Value::Null;
        Ok(())
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if !matches!(self.slot, Value::Arr(_)) {
            *self.slot = Value::Arr(Vec::new());
        }
        let Value::Arr(items) = self.slot else { unreachable!("just made a list") };
        let mut n = 0;
        loop {
            if n == items.len() {
                items.push(Value::Null);
            }
            if seq.next_element_seed(Slot { slot: &mut items[n], depth: self.depth + 1 })?.is_none() {
                break;
            }
            n += 1;
        }
        items.truncate(n);
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        if !matches!(self.slot, Value::Obj(_)) {
            *self.slot = Value::Obj(Vec::new());
        }
        let Value::Obj(fields) = self.slot else { unreachable!("just made an object") };
        let mut n = 0;
        loop {
            if n == fields.len() {
                fields.push((String::new(), Value::Null));
            }
            let (key, value) = &mut fields[n];
            if map.next_key_seed(Key(key))?.is_none() {
                break;
            }
            map.next_value_seed(Slot { slot: value, depth: self.depth + 1 })?;
            n += 1;
        }
        fields.truncate(n);
        Ok(())
    }
}

/// A key, read into the string of the key before.
struct Key<'s>(&'s mut String);

impl<'de> DeserializeSeed<'de> for Key<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E>(self, v: &str) -> Result<(), E> {
        self.0.clear();
        self.0.push_str(v);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rehabkollen::value::from_json;

    /// Each document read into the tree left by all those before it gives what `from_json` gives:
    /// the same value, or the same error.
    #[test]
    fn reads_as_from_json_does_whatever_was_read_before() {
        let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        let nested = |n: usize| format!("{}1{}", r#"{"a":"#.repeat(n), "}".repeat(n));
        let docs = [
            r#"{"date":"2026-03-01","person":{"age":40,"has_sgi":true},"measures":[{"kind":"kbt"},{}]}"#.to_owned(),
            r#"{"date":"2026-03-02","person":{"age":41},"measures":[{"kind":"kbt","cost_ore":1}]}"#.into(),
            r#"{"a":1,"a":2,"b":[1,"x",null,true,{"c":[]}],"d":-0.5,"e":1e300,"f":18446744073709551615}"#.into(),
            r#"{"esc\"aped\u00e5":"line\nbreak \ud83d\ude00","":""}"#.into(),
            "[1,2,3]".into(),
            r#""text""#.into(),
            "42".into(),
            "null".into(),
            r#"{"person":{"age":40}}"#.into(),
            r#"{"person":{"age":40},}"#.into(),
            r#"{"person":"#.into(),
            "1e400".into(),
            r#"{"a":1} x"#.into(),
            "".into(),
            deep(32),
            deep(33),
            deep(100_000),
            nested(32),
            nested(33),
            r#"{"date":"2026-03-01","person":{"age":40,"has_sgi":true},"measures":[{"kind":"kbt"},{}]}"#.into(),
        ];
        let mut slot = Value::Null;
        for doc in docs.iter().chain(docs.iter().rev()) {
            match (read_into(doc, &mut slot), from_json(doc)) {
                (Ok(()), Ok(v)) => assert_eq!(slot, v, "{doc}"),
                (Err(e), Err(f)) => assert_eq!(e.to_string(), f, "{doc}"),
                (a, b) => panic!("{doc}: {a:?} against {b:?}"),
            }
        }
    }
}
