//! The wasm boundary of both modules (the page's, `crates/wasm`, and the provider tools',
//! `crates/provider-wasm`), tested in headless Chromium with wasm-bindgen-test (`make test` runs
//! it; natively this file compiles to nothing). The catalogue functions of the public API
//! (`questions`, `rules`) are JavaScript over the text catalogues: `tests/js/` tests them.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn parse(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &key.into()).unwrap()
}

#[wasm_bindgen_test]
fn evaluate_returns_the_outcome_with_ids_as_json_text() {
    let out = rehabkollen_evaluate(
        r#"{"date":"2026-03-01","person":{"has_sgi":false,"insured_in_sweden":true,"doctor_certificate":true,"needs_work_rehab":true}}"#,
    );
    let schemes = js_sys::Array::from(&get(&out, "schemes"));
    assert_eq!(schemes.length(), 4);
    let sam = schemes.iter().find(|s| get(s, "id") == "fk_samordning").unwrap();
    assert_eq!(get(&sam, "verdict"), "eligible");
    assert!(get(&out, "date").is_string());
    assert!(get(&get(&sam, "amount_ore"), "max").as_f64() == Some(0.0));
    // Ids, no texts: the page joins them with its catalogue.
    let reason = js_sys::Array::from(&get(&sam, "reasons")).get(0);
    assert!(get(&reason, "rule").is_string());
    assert!(get(&reason, "text").is_undefined() && get(&sam, "name").is_undefined());
}

fn rehabkollen_evaluate(json: &str) -> JsValue {
    parse(&rehabkollen_wasm::evaluate(parse(json)).unwrap())
}

/// The exports under their JavaScript roles.
mod rehabkollen_wasm {
    pub use rehabkollen_page::evaluate_lean as evaluate;
    pub use rehabkollen_page::version;
    pub use rehabkollen_provider::{check_invoice, check_invoice_csv};
}

#[wasm_bindgen_test]
fn malformed_input_throws_an_error_naming_the_field() {
    let err = rehabkollen_wasm::evaluate(parse(r#"{"measures":[{"cost_ore":-1}]}"#)).unwrap_err();
    let err: js_sys::Error = err.into();
    assert!(String::from(err.message()).starts_with("measures[0].cost_ore:"));
    assert_eq!(get(&err, "path"), "measures[0].cost_ore");
    assert!(get(&err, "sv").is_string());
}

#[wasm_bindgen_test]
fn nan_and_infinity_from_javascript_are_refused() {
    let answers = parse(r#"{"person":{}}"#);
    js_sys::Reflect::set(&get(&answers, "person"), &"age".into(), &JsValue::from_f64(f64::NAN)).unwrap();
    let err: js_sys::Error = rehabkollen_wasm::evaluate(answers).unwrap_err().into();
    assert_eq!(get(&err, "path"), "person.age");
    let answers = parse(r#"{"measures":[{}]}"#);
    let m = js_sys::Array::from(&get(&answers, "measures")).get(0);
    js_sys::Reflect::set(&m, &"cost_ore".into(), &JsValue::from_f64(f64::INFINITY)).unwrap();
    let err: js_sys::Error = rehabkollen_wasm::evaluate(answers).unwrap_err().into();
    assert_eq!(get(&err, "path"), "measures[0].cost_ore");
}

#[wasm_bindgen_test]
fn arguments_of_the_wrong_type_are_a_type_error_naming_the_argument() {
    let cases: [(JsValue, &str); 3] = [
        (rehabkollen_wasm::check_invoice_csv(JsValue::from_f64(123.0), parse("{}")).unwrap_err(), "csv"),
        (rehabkollen_wasm::evaluate("x".into()).unwrap_err(), "answers"),
        (rehabkollen_wasm::check_invoice(JsValue::NULL).unwrap_err(), "invoice"),
    ];
    for (err, arg) in cases {
        assert!(err.is_instance_of::<js_sys::TypeError>(), "{arg}");
        assert_eq!(get(&err, "path"), arg);
        assert!(String::from(js_sys::Error::from(err).message()).starts_with(&format!("{arg}: must be")));
    }
}

#[wasm_bindgen_test]
fn a_fault_found_while_reading_names_the_path_reached() {
    let answers = parse(r#"{"measures":[{},{}]}"#);
    let second = js_sys::Array::from(&get(&answers, "measures")).get(1);
    js_sys::Reflect::set(&second, &"kind".into(), &js_sys::Function::new_no_args("return 1").into()).unwrap();
    let err = rehabkollen_wasm::evaluate(answers).unwrap_err();
    assert_eq!(get(&err, "path"), "measures[1].kind");
}

#[wasm_bindgen_test]
fn version_names_the_rules() {
    let v = parse(&rehabkollen_wasm::version().unwrap());
    assert_eq!(get(&v, "rules_version"), rehabkollen::RULES_VERSION);
}
