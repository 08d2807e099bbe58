//! The command line: exit statuses and messages (docs/API.md §4); a closed pipe, folders, files
//! that cannot be read, symbolic-link loops and input over the size limits.

use std::io::Write;
mod common;
use common::Dir;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const CLI: &str = env!("CARGO_BIN_EXE_rehabkollen");

fn run(args: &[&str], input: &str) -> Output {
    run_to(args, input.as_bytes(), Stdio::piped())
}

/// Runs the CLI with `stdout` as its standard output. The CLI may stop reading its input early
/// (it refused it, or its reader went away): a write to its standard input that fails is not an error here.
fn run_to(args: &[&str], input: &[u8], stdout: Stdio) -> Output {
    let mut child =
        Command::new(CLI).args(args).stdin(Stdio::piped()).stdout(stdout).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = {
        let input = input.to_vec();
        std::thread::spawn(move || {
            let _ = stdin.write_all(&input);
        })
    };
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn dir(name: &str) -> Dir {
    common::temp_dir("cli", name)
}

/// Standard error as text, checked to be exactly one line starting `rehabkollen: `.
fn one_line(out: &Output) -> String {
    let err = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(err.starts_with("rehabkollen: ") && err.ends_with('\n') && err.lines().count() == 1, "{err:?}");
    err
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
fn version_says_rules_2026_3() {
    let out = run(&["version"], "");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["rules_version"], "2026.3");
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
    // A refused line is an error line in its place, the run goes on, and the status is 1.
    let bad = run(&["decide", "-"], "{}\n{\"person\":{\"age\":-1}}\n{}\n");
    assert_eq!(bad.status.code(), Some(1));
    let text = String::from_utf8(bad.stdout.clone()).unwrap();
    let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].is_array() && lines[2].is_array());
    assert_eq!(lines[1]["error"]["line"], 2);
    assert_eq!(lines[1]["error"]["path"], "person.age");
    assert_eq!(lines[1]["error"]["text"]["en"], "must be between 0 and 130 years, got -1");
    assert_eq!(lines[1]["error"]["text"]["sv"], "ska vara mellan 0 och 130 år, inte -1");
    let err = one_line(&bad);
    assert_eq!(err, "rehabkollen: line 2: person.age: must be between 0 and 130 years, got -1\n");
}

/// `rehabkollen … | head -1`: once the reader has gone, every command that prints ends quietly,
/// with status 0 and nothing on standard error (not an abort, not a panic message).
#[test]
fn a_closed_pipe_ends_every_command_quietly_with_status_0() {
    let d = dir("pipe");
    let csv = d.join("lines.csv");
    std::fs::write(&csv, "datum;insats;kostnad\n2026-02-10;Stödsamtal;1 500\n").unwrap();
    let cases = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let answers = r#"{"date":"2026-03-01"}"#;
    let lines = format!("{answers}\n").repeat(5_000);
    let invoice = r#"{"scheme":"fk_arbetsplatsinriktat","lines":[{}]}"#;
    let commands: [(&[&str], &str); 14] = [
        (&["evaluate"], answers),
        (&["evaluate", "--lines", "-"], &lines),
        (&["decide"], &lines),
        (&["decide", "-"], &lines),
        (&["check-invoice"], invoice),
        (&["check-invoice", "--csv", csv.to_str().unwrap(), "--scheme", "fk_arbetsplatsinriktat"], ""),
        (&["questions", "sv"], ""),
        (&["questions", "en"], ""),
        (&["rules", "sv"], ""),
        (&["rules", "md"], ""),
        (&["texts", "en"], ""),
        (&["types"], ""),
        (&["cases", cases.to_str().unwrap()], ""),
        (&["version"], ""),
    ];
    for (args, input) in commands {
        // A pipe whose reading end is closed before the CLI starts: its first write fails.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = run_to(args, input.as_bytes(), writer.into());
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(out.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

/// A folder, a file that does not exist, a link to itself and a file that is not UTF-8 text: one
/// line naming the file, status 2, and nothing on standard output (not a truncated report).
#[test]
fn a_folder_or_a_file_that_cannot_be_read_is_one_line_and_status_2() {
    let d = dir("unreadable");
    let folder = d.join("folder.json");
    std::fs::create_dir(&folder).unwrap();
    let missing = d.join("missing.json");
    let looped = d.join("loop.json");
    std::os::unix::fs::symlink(&looped, &looped).unwrap();
    let latin1 = d.join("latin1.json");
    std::fs::write(&latin1, b"{\"employees\":[{\"name\":\"\xc5sa\"}]}").unwrap();
    let csv = d.join("lines.csv");
    std::fs::write(&csv, "datum;insats;kostnad\n2026-02-10;Stödsamtal;1 500\n").unwrap();
    let csv = csv.to_str().unwrap();
    let scheme = "fk_arbetsplatsinriktat";
    for file in [&folder, &missing, &looped, &latin1] {
        let f = file.to_str().unwrap();
        let mut commands: Vec<Vec<&str>> = vec![
            vec!["evaluate", f],
            vec!["check-invoice", f],
            vec!["check-invoice", "--csv", csv, "--scheme", scheme, "--employee-file", f],
        ];
        // Not UTF-8 is a problem of a JSON-lines line, or of a CSV file's encoding, not of the file.
        if file != &latin1 {
            commands.extend([
                vec!["decide", f],
                vec!["evaluate", "--lines", f],
                vec!["check-invoice", "--csv", f, "--scheme", scheme],
            ]);
        }
        // A folder of cases is what `cases` reads.
        if file == &missing || file == &looped {
            commands.push(vec!["cases", f]);
        }
        for args in commands {
            let out = run(&args, "");
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            assert!(out.stdout.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&out.stdout));
            let err = one_line(&out);
            assert!(err.contains(f), "{args:?}: {err}");
        }
    }
    let err = one_line(&run(&["evaluate", folder.to_str().unwrap()], ""));
    assert!(err.ends_with(": is a folder, not a file\n"), "{err}");
}

/// A link back to a folder above it is not followed (once, or forty times); a link elsewhere is.
#[test]
fn a_symlink_loop_under_a_cases_folder_is_not_followed() {
    let d = dir("loop");
    let case = r#"{"name":"ok","answers":{"date":"2026-03-01"},"expect":{"schemes":{"rehabiliteringsgarantin":"not_eligible"}}}"#;
    std::fs::create_dir_all(d.join("cases/sub")).unwrap();
    std::fs::create_dir_all(d.join("other")).unwrap();
    std::fs::write(d.join("cases/a.json"), case).unwrap();
    std::fs::write(d.join("other/b.json"), case).unwrap();
    std::os::unix::fs::symlink("../../other", d.join("cases/sub/elsewhere")).unwrap();
    let cases = d.join("cases");
    let out = run(&["cases", cases.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8(out.stdout).unwrap().ends_with("2 passed, 0 failed\n"));

    std::os::unix::fs::symlink("..", d.join("cases/sub/back")).unwrap();
    let out = run(&["cases", cases.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty(), "{}", String::from_utf8_lossy(&out.stdout));
    let err = one_line(&out);
    assert!(err.contains(d.join("cases/sub/back").to_str().unwrap()), "{err}");
}

/// One answers document and one invoice basis may be at most 2 MiB; more is refused before it is
/// read as JSON, with the limit in the message. Exactly 2 MiB is accepted.
#[test]
fn input_over_the_size_limit_is_refused_with_the_limit_in_the_message() {
    const LIMIT: usize = 2 << 20;
    let pad = |json: &str, len: usize| format!("{json}{}", " ".repeat(len - json.len()));
    let answers = r#"{"date":"2026-03-01"}"#;
    let invoice = r#"{"scheme":"afa_rehabiliteringsstod","employer":{"name":"Verkstaden AB","org_number":"556677-8899"},"provider":{"name":"Friskvård AB","org_number":"559900-1129"},"reference":"R-1","lines":[{"digital":false,"cost_ore":100,"date":"2026-02-10","measure":"Stödsamtal"}]}"#;
    let d = dir("limit");
    for (command, json) in [("evaluate", answers), ("check-invoice", invoice)] {
        let fits = run(&[command], &pad(json, LIMIT));
        assert_eq!(fits.status.code(), Some(0), "{command}: {}", String::from_utf8_lossy(&fits.stderr));
        let over = pad(json, LIMIT + 1);
        let out = run(&[command], &over);
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert!(out.stdout.is_empty());
        let err = one_line(&out);
        assert!(err.starts_with("rehabkollen: standard input: ") && err.contains("2 MiB"), "{err}");
        let file = d.join(format!("{command}.json"));
        std::fs::write(&file, &over).unwrap();
        let err = one_line(&run(&[command, file.to_str().unwrap()], ""));
        assert!(err.starts_with(&format!("rehabkollen: {}: ", file.display())) && err.contains("2 MiB"), "{err}");
    }
    // A line of JSON lines over the limit is refused in its place; the lines around it are judged,
    // whether the long line ends in the same read as it starts or far later, or ends the input.
    for long in [LIMIT + 1, 3 * LIMIT] {
        let input =
            format!("{answers}\n{}\n{}\n{answers}\n{}", pad(answers, LIMIT), pad(answers, long), pad(answers, long));
        for command in [&["decide"][..], &["evaluate", "--lines"]] {
            let out = run(command, &input);
            assert_eq!(out.status.code(), Some(1), "{command:?}");
            let text = String::from_utf8(out.stdout.clone()).unwrap();
            let lines: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
            assert_eq!(lines.len(), 5);
            for (i, line) in lines.iter().enumerate() {
                assert_eq!(line.get("error").is_some(), i == 2 || i == 4, "{command:?} line {}: {line}", i + 1);
            }
            let en = lines[2]["error"]["text"]["en"].as_str().unwrap();
            assert_eq!(en, "the line is longer than 2 MiB, the most an answers document may be");
            assert_eq!(lines[4]["error"]["line"], 5);
            let err = one_line(&out);
            assert!(
                err.starts_with("rehabkollen: line 3: the line is longer than 2 MiB")
                    && err.ends_with("(and 1 more line refused)\n"),
                "{err}"
            );
        }
    }
    // The employee file of a CSV check is an invoice's head: the same limit.
    let csv = d.join("lines.csv");
    std::fs::write(&csv, "datum;insats;kostnad\n2026-02-10;Stödsamtal;1 500\n").unwrap();
    let head = d.join("employee.json");
    std::fs::write(&head, pad(r#"{"reference":"R-1"}"#, LIMIT + 1)).unwrap();
    let out = run(
        &[
            "check-invoice",
            "--csv",
            csv.to_str().unwrap(),
            "--scheme",
            "afa_rehabiliteringsstod",
            "--employee-file",
            head.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(one_line(&out).contains("2 MiB"));
}
