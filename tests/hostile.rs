//! Hostile input through the core and the CLI: every one gets a short error naming the field, or
//! is handled safely. Never a panic, never a hang, never an error that echoes the input.

use rehabkollen::{evaluate_json, Date};
use rehabkollen_invoice::check_json;

fn today() -> Date {
    Date::new(2026, 3, 1).unwrap()
}

/// The error for a document, which must be short.
fn refused(json: &str) -> rehabkollen::InputError {
    let e = evaluate_json(json, today()).expect_err("must be refused");
    assert!(e.to_string().len() < 200, "error too long: {} bytes", e.to_string().len());
    e
}

#[test]
fn numbers_out_of_range_or_of_the_wrong_kind() {
    for (v, path) in [
        ("1e30", "measures[0].cost_ore"),
        ("-1", "measures[0].cost_ore"),
        ("0.5", "measures[0].cost_ore"),
        ("\"100\"", "measures[0].cost_ore"),
        ("18446744073709551616", "measures[0].cost_ore"),
        ("1e400", ""),
    ] {
        let e = refused(&format!(r#"{{"measures":[{{"cost_ore":{v}}}]}}"#));
        if !path.is_empty() {
            assert_eq!(e.path, path, "{v}");
        }
    }
    assert_eq!(refused(r#"{"person":{"age":-0.5}}"#).path, "person.age");
    assert_eq!(refused(r#"{"person":{"age":true}}"#).path, "person.age");
}

#[test]
fn ten_thousand_measures_are_refused_quickly() {
    let json = format!(r#"{{"measures":[{}]}}"#, vec![r#"{"kind":"kbt"}"#; 10_000].join(","));
    assert_eq!(refused(&json).path, "measures");
}

#[test]
fn five_hundred_measures_are_judged() {
    let json = format!(
        r#"{{"date":"2026-03-01","measures":[{}]}}"#,
        vec![r#"{"kind":"support_talks","cost_ore":100000}"#; 500].join(",")
    );
    let out = evaluate_json(&json, today()).unwrap();
    assert!(out.contains("measures[499].individual"));
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for depth in [40, 1_000, 100_000] {
        let json = format!(r#"{{"person":{}{}}}"#, "[".repeat(depth), "]".repeat(depth));
        refused(&json);
        let json = format!("{}{}", r#"{"a":"#.repeat(depth), "}".repeat(depth));
        refused(&json);
    }
}

#[test]
fn a_megabyte_string_is_not_echoed() {
    let big = "x".repeat(1 << 20);
    assert_eq!(refused(&format!(r#"{{"employer":{{"sector":"{big}"}}}}"#)).path, "employer.sector");
    let e = refused(&format!(r#"{{"{big}":1}}"#));
    assert!(e.path.starts_with("xxxx") && e.path.chars().count() <= 41, "an unknown key is shortened in the path");
}

#[test]
fn unusual_unicode_is_refused_as_an_unknown_value() {
    for s in ["priv\u{202e}ate", "private\u{0}", "🏳️‍🌈", "prívate", "ｐｒｉｖａｔｅ", "e\u{301}"] {
        let json = serde_json::json!({"employer": {"sector": s}}).to_string();
        assert_eq!(refused(&json).path, "employer.sector", "{s:?}");
    }
}

#[test]
fn duplicate_keys_and_prototype_keys_are_refused() {
    assert_eq!(refused(r#"{"date":"2026-03-01","date":"2015-06-15"}"#).path, "date");
    assert_eq!(refused(r#"{"__proto__":{"date":"2026-03-01"}}"#).path, "__proto__");
    assert_eq!(refused(r#"{"person":{"constructor":{}}}"#).path, "person.constructor");
    assert_eq!(refused(r#"{"measures":[{"prototype":1}]}"#).path, "measures[0].prototype");
}

#[test]
fn markup_in_free_text_is_data_and_never_echoed() {
    let json = serde_json::json!({"scheme": "fk_arbetsplatsinriktat",
        "employees": [{"name": "<script>alert(1)</script>", "personnummer": "<img src=x onerror=alert(1)>"}],
        "lines": [{"date": "2026-02-10", "measure": "<img src=x onerror=alert(1)>", "performer": "\u{202e}Eva", "competence": "medicine", "cost_ore": 100}]}).to_string();
    let report = serde_json::to_string(&check_json(&json, today()).unwrap()).unwrap();
    assert!(!report.contains("<script") && !report.contains("<img"), "{report}");
}

#[test]
fn not_json_at_all() {
    for junk in ["", "{", "nul", "\u{feff}{}", "[1,2", "\"\\ud800\""] {
        let e = evaluate_json(junk, today()).expect_err(junk);
        assert!(e.to_string().len() < 200);
    }
}

#[test]
fn enormous_numbers_are_described_not_spelled_out() {
    let e = refused(r#"{"measures":[{"cost_ore":1e300}]}"#);
    assert!(e.to_string().len() < 120, "{e}");
    assert!(e.en.contains("too large"), "{e}");
    assert!(refused(r#"{"person":{"age":44.5}}"#).en.contains("fraction"));
}
