//! The WebAssembly boundary shared by the two modules (`crates/wasm`, `crates/provider-wasm`):
//! translation only, no rules. Data comes in as plain JS objects, read here with their paths
//! into the core's [`Value`]. An argument of the wrong type throws a `TypeError` naming it;
//! malformed input throws an `Error` whose message names the field. Both carry `path` (never
//! empty), `sv` and `en` so a page can show them at the field.

#![forbid(unsafe_code)]

use rehabkollen::input::{cut, shorten, InputError};
use rehabkollen::value::{Value, MAX_DEPTH};
use rehabkollen::Date;
use wasm_bindgen::prelude::*;

/// An `Error` carrying `path`, `sv` and `en`. Input is at fault whenever one is thrown, so the
/// path is never empty: a fault in the whole argument `arg` names the argument.
pub fn error_in(e: InputError, arg: &str) -> JsValue {
    error_of(|m| js_sys::Error::new(m).into(), e, arg)
}

/// [`error_in`] for an error that names its own path.
pub fn error(e: InputError) -> JsValue {
    error_in(e, "input")
}

pub fn type_error(arg: &str, en: &str, sv: &str) -> JsValue {
    error_of(|m| js_sys::TypeError::new(m).into(), InputError { path: arg.into(), en: en.into(), sv: sv.into() }, arg)
}

fn error_of(make: fn(&str) -> js_sys::Object, e: InputError, arg: &str) -> JsValue {
    // A path reached through deep nesting is cut short, so that the message stays short too.
    let path = if e.path.is_empty() { arg.to_owned() } else { cut(&e.path, 160) };
    let err = make(&format!("{path}: {}", e.en));
    for (key, value) in [("path", path.as_str()), ("sv", &e.sv), ("en", &e.en)] {
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(&err, &key.into(), &value.into());
    }
    err.into()
}

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, catching what a proxy or an exotic object throws.
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(o: &JsValue) -> Result<js_sys::Array, JsValue>;
    /// `Array.isArray`, catching what a revoked proxy throws: js-sys's own does not catch, and an
    /// exception thrown through the module skips the Rust frames' clean-up, so that a few thousand
    /// revoked proxies in a row left the module unusable.
    #[wasm_bindgen(js_namespace = Array, js_name = isArray, catch)]
    fn array_is_array(v: &JsValue) -> Result<bool, JsValue>;
}

/// Whether `v` is a list; `Err(())` for a value that throws when asked (a revoked proxy).
fn is_array(v: &JsValue) -> Result<bool, ()> {
    array_is_array(v).map_err(drop)
}

/// Lists longer than this are refused while reading, before any item is read (the core's own
/// limits are lower: 500 measures, 200 000 invoice lines).
const MAX_ITEMS: u32 = 1_000_000;

/// A text argument, or a `TypeError` naming it.
pub fn text_arg(value: &JsValue, arg: &str) -> Result<String, JsValue> {
    let (en, sv) = kind(value);
    value
        .as_string()
        .ok_or_else(|| type_error(arg, &format!("must be a text, not {en}"), &format!("ska vara en text, inte {sv}")))
}

/// The most values an answers document is read through: 500 measures of a few dozen answers each,
/// many times over. Reading is bounded by the values visited, not only by depth: an object that
/// holds the same object under two keys at every level is small in memory but doubles the values
/// to read at each level.
pub const ANSWERS_NODES: usize = 200_000;

/// The most values an invoice basis is read through (200 000 lines of a dozen fields each).
pub const INVOICE_NODES: usize = 3_000_000;

/// An object argument read into a [`Value`], or a `TypeError` naming it; faults inside it name
/// the path reached (`measures[0].cost_ore`), never the value. At most `max_nodes` values are
/// read (objects, lists and answers alike); a larger argument is refused at the path reached.
pub fn object_arg(value: &JsValue, arg: &str, max_nodes: usize) -> Result<Value, JsValue> {
    if !is_plain_object(value) {
        let (en, sv) = kind(value);
        return Err(type_error(
            arg,
            &format!("must be an object, not {en}"),
            &format!("ska vara ett objekt, inte {sv}"),
        ));
    }
    from_js(value, 0, &mut Budget { left: max_nodes, max: max_nodes }).map_err(|e| error_in(e, arg))
}

/// How many more values an argument may be read through.
struct Budget {
    left: usize,
    max: usize,
}

/// An error found inside a part of the input, with that part's place put in front of its path
/// (paths are built only when something is wrong: reading allocates nothing for them).
fn inside(segment: &str, mut e: InputError) -> InputError {
    e.path = if e.path.is_empty() {
        segment.to_owned()
    } else if e.path.starts_with('[') || segment.is_empty() {
        format!("{segment}{}", e.path)
    } else {
        format!("{segment}.{}", e.path)
    };
    e
}

/// What a value is, in a few words in English and Swedish, without echoing it.
pub fn kind(v: &JsValue) -> (&'static str, &'static str) {
    if v.is_undefined() {
        ("undefined", "undefined")
    } else if v.is_null() {
        ("null", "null")
    } else if v.is_string() {
        ("a text", "en text")
    } else if v.as_f64().is_some() {
        ("a number", "ett tal")
    } else if v.as_bool().is_some() {
        ("true or false", "true eller false")
    } else if is_array(v) == Ok(true) {
        ("a list", "en lista")
    } else if v.is_function() {
        ("a function", "en funktion")
    } else if v.is_symbol() {
        ("a symbol", "en symbol")
    } else if v.is_bigint() {
        ("a BigInt", "en BigInt")
    } else if is_plain_object(v) {
        ("an object", "ett objekt")
    } else {
        ("an object of its own kind", "ett objekt av ett eget slag")
    }
}

/// A plain object: `{…}` from any realm, not an array, a function, a Map or a Date.
fn is_plain_object(v: &JsValue) -> bool {
    if !v.is_object() || is_array(v) != Ok(false) {
        return false;
    }
    match js_sys::Reflect::get_prototype_of(v) {
        Ok(proto) if proto.is_null() => true,
        Ok(proto) => js_sys::Reflect::get_prototype_of(&proto).is_ok_and(|p| p.is_null()),
        Err(_) => false,
    }
}

/// Reads JSON-like data from JavaScript: objects by their own enumerable keys, arrays, texts,
/// numbers, booleans, `null` and `undefined` (both "not answered"). Anything else (a BigInt, a
/// symbol, a function), nesting deeper than [`MAX_DEPTH`] (a cycle among them), more values than
/// the budget allows and properties that throw when read are refused with the path reached.
fn from_js(v: &JsValue, depth: usize, budget: &mut Budget) -> Result<Value, InputError> {
    let refuse = |en: String, sv: String| Err(InputError { path: String::new(), en, sv });
    if budget.left == 0 {
        let max = budget.max;
        return refuse(
            format!("holds more than {max} values to read"),
            format!("innehåller fler än {max} värden att läsa"),
        );
    }
    budget.left -= 1;
    if depth > MAX_DEPTH {
        return refuse(
            format!("nests deeper than {MAX_DEPTH} levels"),
            format!("är nästlat djupare än {MAX_DEPTH} nivåer"),
        );
    }
    if v.is_undefined() || v.is_null() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = v.as_f64() {
        return Ok(Value::Num(n));
    }
    if let Some(s) = v.as_string() {
        return Ok(Value::Str(s));
    }
    let unreadable =
        || InputError { path: String::new(), en: "could not be read".into(), sv: "kunde inte läsas".into() };
    if is_array(v).map_err(|()| unreadable())? {
        let len = js_sys::Reflect::get(v, &"length".into()).ok().and_then(|l| l.as_f64()).ok_or_else(unreadable)?;
        if len > MAX_ITEMS as f64 {
            return refuse(
                format!("is a list too long to read (over {MAX_ITEMS} items)"),
                format!("är en för lång lista (över {MAX_ITEMS} delar)"),
            );
        }
        let mut items = Vec::with_capacity(len as usize);
        for i in 0..len as u32 {
            let here = || format!("[{i}]");
            let item = js_sys::Reflect::get_u32(v, i).map_err(|_| inside(&here(), unreadable()))?;
            items.push(from_js(&item, depth + 1, budget).map_err(|e| inside(&here(), e))?);
        }
        return Ok(Value::Arr(items));
    }
    if is_plain_object(v) {
        let keys = object_keys(v).map_err(|_| unreadable())?;
        let mut fields = Vec::with_capacity(keys.length() as usize);
        for key in keys.iter() {
            let name = key.as_string().unwrap_or_default();
            let item = js_sys::Reflect::get(v, &key).map_err(|_| inside(&shorten(&name), unreadable()))?;
            let value = from_js(&item, depth + 1, budget).map_err(|e| inside(&shorten(&name), e))?;
            fields.push((name, value));
        }
        return Ok(Value::Obj(fields));
    }
    let (en, sv) = kind(v);
    refuse(
        format!("must be text, a number, true, false, null, a list or an object, not {en}"),
        format!("ska vara text, ett tal, true, false, null, en lista eller ett objekt, inte {sv}"),
    )
}

/// Today in the browser's own time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8)
        .unwrap_or_else(|| Date::new(1970, 1, 1).expect("a real date"))
}

/// A file's content as the page has it: text, or the bytes (which keeps a Windows-1252 file readable).
pub fn bytes_of(v: JsValue) -> Result<Vec<u8>, JsValue> {
    if let Some(s) = v.as_string() {
        Ok(s.into_bytes())
    } else if v.is_instance_of::<js_sys::Uint8Array>() {
        Ok(js_sys::Uint8Array::from(v).to_vec())
    } else {
        let (en, sv) = kind(&v);
        Err(type_error(
            "csv",
            &format!("must be a text or a Uint8Array, not {en}"),
            &format!("ska vara en text eller en Uint8Array, inte {sv}"),
        ))
    }
}
