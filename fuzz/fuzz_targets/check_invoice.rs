//! Any bytes into the invoice checker, as JSON and as CSV: a report or a clear error, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rehabkollen::value::Value;
use rehabkollen::Date;
use rehabkollen_invoice::{check_csv, check_json};

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let today = Date::new(2026, 3, 1).unwrap();
        if let Err(e) = check_json(text, today) {
            assert!(e.to_string().len() < 400, "an error echoed the input");
        }
        let head = Value::Obj(vec![("scheme".into(), Value::Str("fk_arbetsplatsinriktat".into()))]);
        let _ = check_csv(text, &head, today);
    }
});
