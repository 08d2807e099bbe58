//! Every rule id of rules.md (but the PNR-* ids of the invoice checker) is in the code, with
//! a reason in both languages and a source, and is named by at least one case file.

use rehabkollen::schemes::all_rules;

/// The 55 ids of shared/spec/rules.md sections 1–4.
const RULE_IDS: &[&str] = &[
    "AFA-AMT-1", "AFA-AMT-2", "AFA-AMT-3", "AFA-COND-1", "AFA-COND-2", "AFA-COND-3", "AFA-COV-1", "AFA-COV-2", "AFA-COV-3",
    "AFA-COV-4", "AFA-COV-5", "AFA-DL-1", "AFA-DL-2", "AFA-DOC-1", "AFA-DOC-2", "AFA-DOC-3", "AFA-DOC-4", "AFA-EXCL-1",
    "AFA-EXCL-2", "AFA-MEAS-1", "AFA-MEAS-2", "AFA-MEAS-3", "AFA-MEAS-4", "AFA-MEAS-5", "AFA-MEAS-6", "AFA-MEAS-7",
    "FK-AMT-1", "FK-AMT-2", "FK-AMT-3", "FK-AMT-4", "FK-COND-1", "FK-COND-2", "FK-COND-3", "FK-COND-4", "FK-DL-1",
    "FK-EXCL-1", "FK-EXCL-2", "FK-INV-1", "FK-INV-2", "FK-MEAS-1", "FK-MEAS-2", "FK-REP-1", "RG-AMT-1", "RG-ELIG-1",
    "RG-ELIG-2", "RG-ELIG-3", "RG-ELIG-4", "RG-REP-1", "RG-TIME-1", "SAM-ELIG-1", "SAM-ELIG-2", "SAM-ELIG-3",
    "SAM-ELIG-4", "SAM-PTR-1", "SAM-PTR-2",
];

#[test]
fn there_are_55_rule_ids() {
    assert_eq!(RULE_IDS.len(), 55);
}

#[test]
fn every_rule_id_is_in_the_code_with_both_languages_and_a_source() {
    for id in RULE_IDS {
        let rule = all_rules().find(|r| r.id == *id).unwrap_or_else(|| panic!("{id} is not in the code"));
        assert!(!rule.text.sv.is_empty() && !rule.text.en.is_empty(), "{id} lacks a reason");
        assert!(rule.source.doc.is_some() || !rule.source.refs.is_empty(), "{id} lacks a source");
        assert!(!rule.source.section.is_empty(), "{id} lacks a section");
    }
}

#[test]
fn rule_ids_are_unique() {
    let mut ids: Vec<_> = all_rules().map(|r| r.id).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

#[test]
fn every_rule_id_is_named_by_a_case_file() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let all: String = std::fs::read_dir(dir).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    for id in RULE_IDS {
        assert!(all.contains(&format!("\"{id}\"")), "no case file names {id}");
    }
}

#[test]
fn seeds_are_cited_by_file_name_and_secondary_sources_say_so() {
    let secondary: Vec<_> = all_rules().filter(|r| r.source.secondary).map(|r| r.id).collect();
    assert_eq!(secondary, ["AFA-AMT-2", "FK-DL-1"]);
    for r in all_rules().filter(|r| r.source.secondary) {
        assert!(r.text.sv.contains("sekundär") && r.text.en.contains("secondary"), "{} must say its source is secondary", r.id);
    }
}
