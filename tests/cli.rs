//! The command line: exit statuses and messages (docs/API.md §4).

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_rehabkollen"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn evaluate_prints_the_outcome() {
    let out = run(&["evaluate", "-"], r#"{"date":"2026-03-01"}"#);
    assert_eq!(out.status.code(), Some(0));
    let outcome: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(outcome["schemes"].as_array().unwrap().len(), 4);
    assert_eq!(outcome["date"], "2026-03-01");
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_field() {
    let out = run(&["evaluate"], r#"{"measures":[{"cost_ore":-1}]}"#);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.starts_with("rehabkollen: measures[0].cost_ore: "), "{err}");
    assert_eq!(err.lines().count(), 1);
    assert!(out.stdout.is_empty());
}

#[test]
fn a_megabyte_of_junk_is_not_echoed() {
    let junk = format!(r#"{{"person":{{"category":"{}"}}}}"#, "x".repeat(1 << 20));
    let out = run(&["evaluate"], &junk);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stderr.len() < 200);
}

#[test]
fn check_invoice_exits_1_when_the_basis_has_errors_and_0_when_ready() {
    let bad = run(&["check-invoice"], r#"{"scheme":"fk_arbetsplatsinriktat"}"#);
    assert_eq!(bad.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&bad.stdout).unwrap();
    assert_eq!(report["ok"], false);
    let good = run(
        &["check-invoice", "-"],
        r#"{"scheme":"afa_rehabiliteringsstod","employer":{"name":"Verkstaden AB","org_number":"556677-8899"},"provider":{"name":"Friskvård AB","org_number":"559900-1129"},"reference":"R-1","lines":[{"cost_ore":100}]}"#,
    );
    assert_eq!(good.status.code(), Some(0));
    // The organisation numbers are checked here as on the page (the review's 559123-4567).
    let bad_org = run(
        &["check-invoice", "-"],
        r#"{"scheme":"afa_rehabiliteringsstod","employer":{"name":"Verkstaden AB","org_number":"556677-8899"},"provider":{"name":"Friskvård AB","org_number":"559123-4567"},"reference":"R-1","lines":[{"cost_ore":100}]}"#,
    );
    assert_eq!(bad_org.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&bad_org.stdout).unwrap();
    assert_eq!(report["problems"][0]["code"], "org_number_check");
    assert_eq!(run(&["check-invoice"], r#"{"scheme":"nope"}"#).status.code(), Some(2));
}

#[test]
fn check_invoice_reads_csv_with_an_employee_file() {
    let dir = std::env::temp_dir().join(format!("rk-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("lines.csv");
    let head = dir.join("employee.json");
    std::fs::write(&csv, "datum;insats;utförare;kompetens;kostnad\n2026-02-10;Stödsamtal;Eva Ek;medicine;1 500,00\n")
        .unwrap();
    std::fs::write(
        &head,
        r#"{"employer":{"name":"Verkstaden AB","org_number":"556677-8899"},"provider":{"name":"Friskvård AB","org_number":"559900-1129"},"employees":[{"name":"Anna Andersson","personnummer":"811218-9876"}]}"#,
    )
    .unwrap();
    let out = run(
        &[
            "check-invoice",
            "--csv",
            csv.to_str().unwrap(),
            "--scheme",
            "fk_arbetsplatsinriktat",
            "--employee-file",
            head.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
    assert_eq!(
        run(&["check-invoice", "--csv", csv.to_str().unwrap()], "").status.code(),
        Some(2),
        "--scheme is required"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn cases_exit_1_when_one_fails() {
    let dir = std::env::temp_dir().join(format!("rk-cases-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("wrong.json"),
        r#"{"name":"wrong","answers":{"date":"2026-03-01"},"expect":{"schemes":{"fk_samordning":"eligible"}}}"#,
    )
    .unwrap();
    let out = run(&["cases", dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8(out.stdout).unwrap().ends_with("0 passed, 1 failed\n"));
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn unknown_commands_print_the_usage() {
    let out = run(&["frobnicate"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().starts_with("usage:"));
}

#[test]
fn version_says_rules_2026_2() {
    let out = run(&["version"], "");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rules_version"], "2026.2");
}

#[test]
fn rules_lists_every_rule_with_its_sources_in_either_language() {
    let sv: serde_json::Value = serde_json::from_slice(&run(&["rules", "sv"], "").stdout).unwrap();
    let en: serde_json::Value = serde_json::from_slice(&run(&["rules", "en"], "").stdout).unwrap();
    let rules = |r: &serde_json::Value| {
        r["schemes"].as_array().unwrap().iter().flat_map(|s| s["rules"].as_array().unwrap().clone()).collect::<Vec<_>>()
    };
    let (sv, en) = (rules(&sv), rules(&en));
    assert_eq!(sv.len(), rehabkollen::explain::all_rules().count());
    let sam = sv.iter().find(|r| r["id"] == "SAM-ELIG-1").unwrap();
    assert_eq!(sam["text"], "Personen ska sakna sjukpenninggrundande inkomst (SGI).");
    assert_eq!(
        sam["sources"][0]["url"],
        "https://www.forsakringskassan.se/privatperson/sjuk/ansokan-om-samordning-av-rehabiliteringsinsatser"
    );
    assert_eq!(sam["sources"][0]["doc"], "004_ebaf56c7424ac0c3.txt");
    assert!(en.iter().any(|r| r["text"] == "The person must have no sickness-benefit-qualifying income (SGI)."));
    let out = run(&["rules", "de"], "");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn decide_reads_json_lines_and_names_a_bad_line() {
    let input = "{\"date\":\"2026-03-01\",\"scope\":[\"fk_samordning\"],\"person\":{\"has_sgi\":false,\"insured_in_sweden\":true,\"doctor_certificate\":true,\"needs_work_rehab\":true}}\n\n{\"date\":\"2026-03-01\"}\n";
    let out = run(&["decide", "-"], input);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(
        lines[0],
        r#"[{"id":"fk_samordning","verdict":"eligible","statuses":[],"amount_ore":{"min":0,"max":0}}]"#
    );
    assert!(lines[1].contains(r#""id":"afa_rehabiliteringsstod","verdict":"undetermined""#));
    let bad = run(&["decide", "-"], "{}\n{\"person\":{\"age\":-1}}\n");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8(bad.stderr).unwrap().contains("line 2: person.age"));
}
