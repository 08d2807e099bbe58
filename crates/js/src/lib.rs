//! The WebAssembly boundary (docs/API.md §3): translation only, no rules.
//!
//! Two modules are built from it. The full one (docs/API.md §3, for partners and the provider tools):
//! data goes out through serde-wasm-bindgen (JSON-compatible: maps become objects, `None` becomes
//! `null`). The page's (feature `page`): `evaluateLean` alone, whose outcome carries ids instead
//! of texts and sources and crosses as JSON text (one string instead of thousands of objects
//! built one property at a time); the page puts the texts back from its catalogue. In both, data
//! comes in as plain JS objects, read here with their paths. An argument of
//! the wrong type throws a `TypeError` naming it; malformed input throws an `Error` whose message
//! names the field. Both carry `path` (never empty), `sv` and `en` so a page can show them at the field.

use crate::answers::{cut, shorten, Answers, InputError};
#[cfg(not(feature = "page"))]
use crate::text::Lang;
use crate::value::{Value, MAX_DEPTH};
use crate::Date;
#[cfg(not(feature = "page"))]
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[cfg(not(feature = "page"))]
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("../www/rehabkollen-types.d.ts");

/// Installs the panic hook once, when the module starts (the page's module goes without: a
/// trap there is caught and reported by the page, `www/guard.js`).
#[cfg(not(feature = "page"))]
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

#[cfg(not(feature = "page"))]
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

/// An `Error` carrying `path`, `sv` and `en`. Input is at fault whenever one is thrown, so the
/// path is never empty: a fault in the whole argument `arg` names the argument.
fn error_in(e: InputError, arg: &str) -> JsValue {
    error_of(|m| js_sys::Error::new(m).into(), e, arg)
}

/// [`error_in`] for an error that names its own path.
#[cfg(not(feature = "page"))]
fn error(e: InputError) -> JsValue {
    error_in(e, "input")
}

fn type_error(arg: &str, en: &str, sv: &str) -> JsValue {
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
}

/// Lists longer than this are refused while reading, before any item is read (the core's own
/// limits are lower: 500 measures, 200 000 invoice lines).
const MAX_ITEMS: u32 = 1_000_000;

/// A text argument, or a `TypeError` naming it.
#[cfg(not(feature = "page"))]
fn text_arg(value: &JsValue, arg: &str) -> Result<String, JsValue> {
    let (en, sv) = kind(value);
    value
        .as_string()
        .ok_or_else(|| type_error(arg, &format!("must be a text, not {en}"), &format!("ska vara en text, inte {sv}")))
}

/// An object argument read into a [`Value`], or a `TypeError` naming it; faults inside it name
/// the path reached (`measures[0].cost_ore`), never the value.
fn object_arg(value: &JsValue, arg: &str) -> Result<Value, JsValue> {
    if !is_plain_object(value) {
        let (en, sv) = kind(value);
        return Err(type_error(
            arg,
            &format!("must be an object, not {en}"),
            &format!("ska vara ett objekt, inte {sv}"),
        ));
    }
    from_js(value, 0).map_err(|e| error_in(e, arg))
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
fn kind(v: &JsValue) -> (&'static str, &'static str) {
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
    } else if js_sys::Array::is_array(v) {
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
    if !v.is_object() || js_sys::Array::is_array(v) {
        return false;
    }
    match js_sys::Reflect::get_prototype_of(v) {
        Ok(proto) if proto.is_null() => true,
        Ok(proto) => js_sys::Reflect::get_prototype_of(&proto).is_ok_and(|p| p.is_null()),
        Err(_) => false,
    }
}

/// Reads JSON-like data from JavaScript: objects by their own enumerable keys, arrays, texts,
/// numbers, booleans, `null` and `undefined` (both "not answered"). Anything else, nesting deeper
/// than [`MAX_DEPTH`] and properties that throw when read are refused with the path reached.
fn from_js(v: &JsValue, depth: usize) -> Result<Value, InputError> {
    let refuse = |en: String, sv: String| Err(InputError { path: String::new(), en, sv });
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
    if js_sys::Array::is_array(v) {
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
            items.push(from_js(&item, depth + 1).map_err(|e| inside(&here(), e))?);
        }
        return Ok(Value::Arr(items));
    }
    if is_plain_object(v) {
        let keys = object_keys(v).map_err(|_| unreadable())?;
        let mut fields = Vec::with_capacity(keys.length() as usize);
        for key in keys.iter() {
            let name = key.as_string().unwrap_or_default();
            let item = js_sys::Reflect::get(v, &key).map_err(|_| inside(&shorten(&name), unreadable()))?;
            let value = from_js(&item, depth + 1).map_err(|e| inside(&shorten(&name), e))?;
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
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8)
        .unwrap_or_else(|| Date::new(1970, 1, 1).expect("a real date"))
}

/// The page's evaluation: the outcome of [`evaluate`] with every text and source left out (the
/// page's catalogue has them by rule, document, note and step id), as JSON text.
#[cfg(feature = "page")]
#[wasm_bindgen(js_name = evaluateLean)]
pub fn evaluate_lean(answers: JsValue) -> Result<String, JsValue> {
    let answers = Answers::from_value(&object_arg(&answers, "answers")?).map_err(|e| error_in(e, "answers"))?;
    let mut json = Vec::with_capacity(8192);
    // Writing to memory cannot fail, and an outcome has no map with keys that are not text; the
    // error is still turned into an Error rather than a trap (and without serde_json's messages).
    serde_json::to_writer(&mut json, &crate::evaluate(&answers, today()))
        .map_err(|_| JsValue::from(js_sys::Error::new("the outcome could not be written")))?;
    String::from_utf8(json).map_err(|_| js_sys::Error::new("the outcome could not be written").into())
}

/// Judges the answers (docs/API.md §1) and returns the outcome (docs/API.md §2).
#[cfg(not(feature = "page"))]
#[wasm_bindgen(unchecked_return_type = "Outcome")]
pub fn evaluate(#[wasm_bindgen(unchecked_param_type = "Answers")] answers: JsValue) -> Result<JsValue, JsValue> {
    let answers = Answers::from_value(&object_arg(&answers, "answers")?).map_err(|e| error_in(e, "answers"))?;
    to_js(&crate::evaluate(&answers, today()))
}

/// Checks an invoice basis (docs/API.md §6).
#[cfg(not(feature = "page"))]
#[wasm_bindgen(js_name = checkInvoice, unchecked_return_type = "InvoiceReport")]
pub fn check_invoice(#[wasm_bindgen(unchecked_param_type = "Invoice")] invoice: JsValue) -> Result<JsValue, JsValue> {
    to_js(&crate::invoice::check(&object_arg(&invoice, "invoice")?, today()).map_err(|e| error_in(e, "invoice"))?)
}

/// Checks invoice lines from the bytes of a CSV file (UTF-8 or Windows-1252), with `head`
/// holding `scheme`, `employees` and `reference`.
#[cfg(not(feature = "page"))]
#[wasm_bindgen(js_name = checkInvoiceCsv, unchecked_return_type = "InvoiceReport")]
pub fn check_invoice_csv(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] csv: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Omit<Invoice, \"lines\">")] head: JsValue,
) -> Result<JsValue, JsValue> {
    let bytes = bytes_of(csv)?;
    to_js(
        &crate::invoice::csv::check_csv_bytes(&bytes, &object_arg(&head, "head")?, today())
            .map_err(|e| error_in(e, "head"))?,
    )
}

#[cfg(not(feature = "page"))]
/// A file's content as the page has it: text, or the bytes (which keeps a Windows-1252 file readable).
fn bytes_of(v: JsValue) -> Result<Vec<u8>, JsValue> {
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

/// Reads invoice lines from the bytes of a CSV file for a form to show them (problems by line
/// number); a file of more than 1 000 lines is refused with a problem saying so.
#[cfg(not(feature = "page"))]
#[wasm_bindgen(js_name = readInvoiceCsv, unchecked_return_type = "InvoiceCsvRead")]
pub fn read_invoice_csv(
    #[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] csv: JsValue,
) -> Result<JsValue, JsValue> {
    to_js(&crate::invoice::csv::read_csv(&bytes_of(csv)?, Some(crate::invoice::csv::PAGE_MAX_LINES)))
}

/// The invoice's lines as a CSV file (text) that `readInvoiceCsv` reads back unchanged.
#[cfg(not(feature = "page"))]
#[wasm_bindgen(js_name = invoiceCsv)]
pub fn invoice_csv(#[wasm_bindgen(unchecked_param_type = "Invoice")] invoice: JsValue) -> Result<String, JsValue> {
    crate::invoice::csv::write_invoice_csv(&object_arg(&invoice, "invoice")?).map_err(|e| error_in(e, "invoice"))
}

/// One personnummer checked alone: `{ ok, masked }` or `{ ok: false, code, text, rule }`; never
/// the number itself.
#[cfg(not(feature = "page"))]
#[wasm_bindgen(js_name = checkPersonnummer, unchecked_return_type = "PersonnummerCheck")]
pub fn check_personnummer(#[wasm_bindgen(unchecked_param_type = "string")] s: JsValue) -> Result<JsValue, JsValue> {
    to_js(&crate::invoice::check_personnummer(&text_arg(&s, "personnummer")?, today()))
}

/// The full number in the standard form (`YYMMDD-NNNC`), for the printed invoice basis and
/// report only; `undefined` when it is not a valid number.
#[cfg(not(feature = "page"))]
#[wasm_bindgen(js_name = personnummerForPrint)]
pub fn personnummer_for_print(
    #[wasm_bindgen(unchecked_param_type = "string")] s: JsValue,
) -> Result<Option<String>, JsValue> {
    Ok(crate::pnr::standard(&text_arg(&s, "personnummer")?, today()))
}

/// The question catalogue in `"sv"` or `"en"`.
#[cfg(not(feature = "page"))]
#[wasm_bindgen(unchecked_return_type = "Catalogue")]
pub fn questions(#[wasm_bindgen(unchecked_param_type = "\"sv\" | \"en\"")] lang: JsValue) -> Result<JsValue, JsValue> {
    to_js(&crate::questions::catalogue(lang_arg(&lang)?))
}

/// The `lang` argument: `"sv"` or `"en"`, or an error naming it.
#[cfg(not(feature = "page"))]
fn lang_arg(lang: &JsValue) -> Result<Lang, JsValue> {
    let lang = text_arg(lang, "lang")?;
    Lang::parse(&lang).ok_or_else(|| {
        error(InputError {
            path: "lang".into(),
            en: "must be \"sv\" or \"en\"".into(),
            sv: "ska vara \"sv\" eller \"en\"".into(),
        })
    })
}

/// Every rule of every scheme with its text in `"sv"` or `"en"` and its sources as links.
#[cfg(not(feature = "page"))]
#[wasm_bindgen(unchecked_return_type = "RuleRegistry")]
pub fn rules(#[wasm_bindgen(unchecked_param_type = "\"sv\" | \"en\"")] lang: JsValue) -> Result<JsValue, JsValue> {
    to_js(&crate::registry::rules(lang_arg(&lang)?))
}

/// Verdicts, statuses and amounts alone for the schemes in scope: no reasons, no texts, no
/// relevance. For batch users and benchmarks.
#[cfg(not(feature = "page"))]
#[wasm_bindgen(unchecked_return_type = "Decision[]")]
pub fn decide(#[wasm_bindgen(unchecked_param_type = "Answers")] answers: JsValue) -> Result<JsValue, JsValue> {
    let answers = Answers::from_value(&object_arg(&answers, "answers")?).map_err(|e| error_in(e, "answers"))?;
    to_js(&crate::decide::decide(&answers, today()))
}

/// The rules and crate versions.
#[cfg(not(feature = "page"))]
#[wasm_bindgen(unchecked_return_type = "Version")]
pub fn version() -> Result<JsValue, JsValue> {
    to_js(&crate::version())
}
