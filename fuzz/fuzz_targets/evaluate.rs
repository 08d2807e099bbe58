//! Any bytes into `evaluate`'s JSON entry point: an outcome or a clear error, never a panic or a hang.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rehabkollen::Date;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let today = Date::new(2026, 3, 1).unwrap();
        if let Err(e) = rehabkollen::evaluate_json(text, today) {
            // Errors stay short whatever the input: they never echo it.
            assert!(e.to_string().len() < 400, "an error echoed the input");
        }
    }
});
