//! The page's WebAssembly module: translation only, no rules. It calls only code that decides
//! and returns ids (the outcome of [`rehabkollen::evaluate`], never `explain`), so the linker
//! leaves every text of the core out; the page and the public JavaScript API (`www/api.js`)
//! join the ids with the text catalogue of each language (`www/join.js`). Results cross as JSON
//! text: one string instead of thousands of objects built one property at a time; answers too,
//! as one JSON text where the module reads it straight (`evaluateText`, `decideText`).

#![forbid(unsafe_code)]

use rehabkollen::Answers;
use rehabkollen_js::{error_in, object_arg, today, ANSWERS_NODES};
use wasm_bindgen::prelude::*;

/// JSON text of a value that always serializes, or an `Error` rather than a trap (and without
/// serde_json's messages).
fn json<T: serde::Serialize>(value: &T) -> Result<String, JsValue> {
    let mut out = Vec::with_capacity(8192);
    serde_json::to_writer(&mut out, value).map_err(|_| JsValue::from(js_sys::Error::new("could not be written")))?;
    String::from_utf8(out).map_err(|_| js_sys::Error::new("could not be written").into())
}

fn answers(value: &JsValue) -> Result<Answers, JsValue> {
    Answers::from_value(&object_arg(value, "answers", ANSWERS_NODES)?).map_err(|e| error_in(e, "answers"))
}

/// Judges the answers (docs/API.md §1): the outcome (docs/API.md §2) with rule, document, note
/// and step ids in place of texts and sources, as JSON text.
#[wasm_bindgen(js_name = evaluateLean)]
pub fn evaluate_lean(
    #[wasm_bindgen(unchecked_param_type = "Answers")] answers_arg: JsValue,
) -> Result<String, JsValue> {
    json(&rehabkollen::evaluate(&answers(&answers_arg)?, today()))
}

/// [`evaluate_lean`] for answers as JSON text (`www/join.js`, `lean()`), read straight into the
/// answers in one crossing ([`Answers::direct`]); `undefined` for text that reader leaves to the
/// validating one: the caller then hands over the answers as an object, which names what is wrong.
#[wasm_bindgen(js_name = evaluateText)]
pub fn evaluate_text(text: &str) -> Result<Option<String>, JsValue> {
    Answers::direct(text).map(|a| json(&rehabkollen::evaluate(&a, today()))).transpose()
}

/// [`decide`] for answers as JSON text, as [`evaluate_text`] reads them.
#[wasm_bindgen(js_name = decideText)]
pub fn decide_text(text: &str) -> Result<Option<String>, JsValue> {
    Answers::direct(text).map(|a| json(&rehabkollen::decide::decide(&a, today()))).transpose()
}

/// Verdicts, statuses and amounts alone for the schemes in scope, as JSON text: no reasons, no
/// relevance. For batch users and benchmarks.
#[wasm_bindgen]
pub fn decide(#[wasm_bindgen(unchecked_param_type = "Answers")] answers_arg: JsValue) -> Result<String, JsValue> {
    json(&rehabkollen::decide::decide(&answers(&answers_arg)?, today()))
}

/// The rules and crate versions, as JSON text.
#[wasm_bindgen]
pub fn version() -> Result<String, JsValue> {
    json(&rehabkollen::version())
}
