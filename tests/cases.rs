//! Every case file in tests/cases, run by the same runner the CLI uses.

use std::path::PathBuf;

#[test]
fn every_case_file_passes() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let files = rehabkollen_cli::cases::collect(&[dir]).unwrap();
    assert!(files.len() >= 92, "expected the 12 shared cases and at least 80 of our own, found {}", files.len());
    let mut failures = Vec::new();
    let mut count = 0;
    for result in files.iter().flat_map(|f| rehabkollen_cli::cases::run_file(f)) {
        count += 1;
        if !result.failures.is_empty() {
            failures.push(format!("{} ({}):\n  {}", result.name, result.file.display(), result.failures.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{} of {count} cases failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn a_wrong_expectation_is_caught() {
    // The runner itself must be able to fail: a case expecting the opposite verdict.
    let case: serde_json::Value = serde_json::json!({
        "name": "wrong on purpose",
        "answers": {"date": "2026-03-01", "person": {"has_sgi": true}},
        "expect": {"schemes": {"fk_samordning": "eligible"}, "amount_ore": {"fk_samordning": 1}, "reasons": {"SAM-ELIG-1": true},
                   "missing_includes": {"fk_samordning": ["person.has_sgi"]}, "notes_include": ["no_such_note"]}
    });
    let failures = rehabkollen_cli::cases::check(&case);
    assert_eq!(failures.len(), 5, "{failures:#?}");
}

#[test]
fn a_case_expecting_an_error_fails_when_the_input_is_accepted() {
    let case = serde_json::json!({"name": "x", "answers": {"date": "2026-03-01"}, "expect": {"error": "date"}});
    assert_eq!(rehabkollen_cli::cases::check(&case).len(), 1);
}
