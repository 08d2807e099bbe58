//! The WebAssembly boundary (api.md §3): translation only, no rules.
//!
//! Data crosses as plain JS objects through serde-wasm-bindgen (JSON-compatible: maps become
//! objects, `None` becomes `null`). Malformed input throws an `Error` whose message names the
//! field; the error also carries `path`, `sv` and `en` so a page can show it at the field.

use crate::answers::{Answers, InputError};
use crate::text::Lang;
use crate::Date;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("../www/rehabkollen-types.d.ts");

/// Installs the panic hook once, when the module starts.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| js_sys::Error::new(&e.to_string()).into())
}

fn error(e: InputError) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    for (key, value) in [("path", &e.path), ("sv", &e.sv), ("en", &e.en)] {
        // Setting a property on a fresh Error object cannot fail.
        let _ = js_sys::Reflect::set(&err, &key.into(), &value.into());
    }
    err.into()
}

/// Today in the browser's own time zone.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8).unwrap_or_else(|| Date::new(1970, 1, 1).expect("a real date"))
}

/// Judges the answers (api.md §1) and returns the outcome (api.md §2).
#[wasm_bindgen(unchecked_return_type = "Outcome")]
pub fn evaluate(#[wasm_bindgen(unchecked_param_type = "Answers")] answers: JsValue) -> Result<JsValue, JsValue> {
    let value = crate::value::read(serde_wasm_bindgen::Deserializer::from(answers))
        .map_err(|e| error(InputError { path: String::new(), en: e.to_string(), sv: e.to_string() }))?;
    let answers = Answers::from_value(&value).map_err(error)?;
    to_js(&crate::evaluate(&answers, today()))
}

fn read(v: JsValue) -> Result<crate::value::Value, JsValue> {
    crate::value::read(serde_wasm_bindgen::Deserializer::from(v)).map_err(|e| error(InputError { path: String::new(), en: e.to_string(), sv: e.to_string() }))
}

/// Checks an invoice basis (api.md §6).
#[wasm_bindgen(js_name = checkInvoice, unchecked_return_type = "InvoiceReport")]
pub fn check_invoice(#[wasm_bindgen(unchecked_param_type = "Invoice")] invoice: JsValue) -> Result<JsValue, JsValue> {
    to_js(&crate::invoice::check(&read(invoice)?, today()).map_err(error)?)
}

/// Checks invoice lines from the bytes of a CSV file (UTF-8 or Windows-1252), with `head`
/// holding `scheme`, `employees` and `reference`.
#[wasm_bindgen(js_name = checkInvoiceCsv, unchecked_return_type = "InvoiceReport")]
pub fn check_invoice_csv(#[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] csv: JsValue, head: JsValue) -> Result<JsValue, JsValue> {
    to_js(&crate::invoice::csv::check_csv_bytes(&bytes_of(csv)?, &read(head)?, today()).map_err(error)?)
}

/// A file's content as the page has it: text, or the bytes (which keeps a Windows-1252 file readable).
fn bytes_of(v: JsValue) -> Result<Vec<u8>, JsValue> {
    if let Some(s) = v.as_string() {
        Ok(s.into_bytes())
    } else if v.is_instance_of::<js_sys::Uint8Array>() {
        Ok(js_sys::Uint8Array::from(v).to_vec())
    } else {
        Err(error(InputError { path: "csv".into(), en: "expected text or a Uint8Array".into(), sv: "ska vara text eller en Uint8Array".into() }))
    }
}

/// Reads invoice lines from the bytes of a CSV file for a form to show them (problems by line
/// number); a file of more than 1 000 lines is refused with a problem saying so.
#[wasm_bindgen(js_name = readInvoiceCsv, unchecked_return_type = "InvoiceCsvRead")]
pub fn read_invoice_csv(#[wasm_bindgen(unchecked_param_type = "string | Uint8Array")] csv: JsValue) -> Result<JsValue, JsValue> {
    to_js(&crate::invoice::csv::read_csv(&bytes_of(csv)?, Some(crate::invoice::csv::PAGE_MAX_LINES)))
}

/// The invoice's lines as a CSV file (text) that `readInvoiceCsv` reads back unchanged.
#[wasm_bindgen(js_name = invoiceCsv)]
pub fn invoice_csv(#[wasm_bindgen(unchecked_param_type = "Invoice")] invoice: JsValue) -> Result<String, JsValue> {
    crate::invoice::csv::write_invoice_csv(&read(invoice)?).map_err(error)
}

/// One personnummer checked alone: `{ ok, masked }` or `{ ok: false, code, text, rule }`; never
/// the number itself.
#[wasm_bindgen(js_name = checkPersonnummer, unchecked_return_type = "PersonnummerCheck")]
pub fn check_personnummer(s: &str) -> Result<JsValue, JsValue> {
    to_js(&crate::invoice::check_personnummer(s, today()))
}

/// The full number in the standard form (`YYMMDD-NNNC`), for the printed invoice basis and
/// report only; `undefined` when it is not a valid number.
#[wasm_bindgen(js_name = personnummerForPrint)]
pub fn personnummer_for_print(s: &str) -> Option<String> {
    crate::pnr::standard(s, today())
}

/// The question catalogue in `"sv"` or `"en"`.
#[wasm_bindgen(unchecked_return_type = "Catalogue")]
pub fn questions(lang: &str) -> Result<JsValue, JsValue> {
    let lang = Lang::parse(lang).ok_or_else(|| error(InputError { path: "lang".into(), en: "must be \"sv\" or \"en\"".into(), sv: "ska vara \"sv\" eller \"en\"".into() }))?;
    to_js(&crate::questions::catalogue(lang))
}

/// Every rule of every scheme with its text in `"sv"` or `"en"` and its sources as links.
#[wasm_bindgen(unchecked_return_type = "RuleRegistry")]
pub fn rules(lang: &str) -> Result<JsValue, JsValue> {
    let lang = Lang::parse(lang).ok_or_else(|| error(InputError { path: "lang".into(), en: "must be \"sv\" or \"en\"".into(), sv: "ska vara \"sv\" eller \"en\"".into() }))?;
    to_js(&crate::registry::rules(lang))
}

/// The rules and crate versions.
#[wasm_bindgen(unchecked_return_type = "Version")]
pub fn version() -> Result<JsValue, JsValue> {
    to_js(&crate::version())
}
