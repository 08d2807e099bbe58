//! `rehabkollen check-invoice` on the files providers really have: Windows-1252 from Swedish
//! Excel, UTF-8 with a byte-order mark, a row with an unknown kind, and a file of a million lines
//! checked in bounded memory.

use std::io::Write;
mod common;
use common::Dir;
use std::path::Path;
use std::process::{Command, Output, Stdio};

const CLI: &str = env!("CARGO_BIN_EXE_rehabkollen");
const HEADER: &str = "datum;insats;typ;utförare;kompetens;kontrakterad;kostnad";
const ROW: &str = "2026-02-10;Stödsamtal;support_talks;Eva Ek;medicine;ja;1 500,00";
/// The employer and the provider, as the head of every basis names them.
const PARTIES: &str = r#""employer":{"name":"Verkstaden AB","org_number":"556677-8899"},"provider":{"name":"Friskvård AB","org_number":"559900-1129"}"#;

/// A fresh folder for one test's files, with the employee file; removed when the test ends.
fn dir(name: &str) -> Dir {
    let d = common::temp_dir("invoice-cli", name);
    std::fs::write(
        d.join("employee.json"),
        format!(r#"{{{PARTIES},"employees":[{{"name":"Anna Andersson","personnummer":"8112189876"}}]}}"#),
    )
    .unwrap();
    d
}

fn check_csv(d: &Path, file: &str) -> (Option<i32>, serde_json::Value) {
    let out = Command::new(CLI)
        .args([
            "check-invoice",
            "--csv",
            d.join(file).to_str().unwrap(),
            "--scheme",
            "fk_arbetsplatsinriktat",
            "--employee-file",
            d.join("employee.json").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    (out.status.code(), serde_json::from_slice(&out.stdout).expect("the report is JSON"))
}

fn problems(report: &serde_json::Value) -> Vec<(String, String, Option<u64>)> {
    report["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (p["path"].as_str().unwrap().to_owned(), p["code"].as_str().unwrap().to_owned(), p["csv_line"].as_u64())
        })
        .collect()
}

#[test]
fn a_windows_1252_file_from_excel_is_read_and_the_report_says_so() {
    let d = dir("cp1252");
    let text = format!("{HEADER}\r\n2026-02-10;Stödsamtal;support_talks;Åsa Öberg;beteendevetenskap;ja;1 500,00\r\n");
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| match c {
            'å' => 0xe5,
            'ä' => 0xe4,
            'ö' => 0xf6,
            'Å' => 0xc5,
            'Ö' => 0xd6,
            c => u8::try_from(c).unwrap(),
        })
        .collect();
    std::fs::write(d.join("excel.csv"), bytes).unwrap();
    let (code, report) = check_csv(&d, "excel.csv");
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["lines"], 1);
    assert_eq!(problems(&report), [("csv".into(), "csv_encoding".into(), Some(1))]);
    assert_eq!(report["problems"][0]["severity"], "warning");
}

#[test]
fn a_byte_order_mark_is_accepted_in_csv_and_in_json() {
    let d = dir("bom");
    std::fs::write(d.join("bom.csv"), format!("\u{feff}{HEADER}\n{ROW}\n")).unwrap();
    let (code, report) = check_csv(&d, "bom.csv");
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(problems(&report), []);
    for args in [&["check-invoice"][..], &["evaluate"]] {
        let json = if args[0] == "evaluate" {
            r#"{"date":"2026-03-01"}"#
        } else {
            &format!(
                r#"{{"scheme":"afa_rehabiliteringsstod",{PARTIES},"reference":"R-1","lines":[{{"date":"2026-02-10","measure":"Samtal","digital":false,"cost_ore":100}}]}}"#
            )
        };
        let mut child = Command::new(CLI)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(format!("\u{feff}{json}").as_bytes()).unwrap();
        let out: Output = child.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    // The employee file may carry one too.
    std::fs::write(
        d.join("employee.json"),
        format!(
            "\u{feff}{{{PARTIES},\"employees\":[{{\"name\":\"Anna Andersson\",\"personnummer\":\"811218-9876\"}}]}}"
        ),
    )
    .unwrap();
    assert_eq!(check_csv(&d, "bom.csv").0, Some(0));
}

#[test]
fn an_unknown_kind_on_one_row_is_that_rows_problem_not_an_abort() {
    let d = dir("kind");
    std::fs::write(
        d.join("kind.csv"),
        format!("{HEADER}\n{ROW}\n2026-02-11;Massage;massage;Eva Ek;medicine;ja;900\n{HEADER}\n{ROW}\n"),
    )
    .unwrap();
    let (code, report) = check_csv(&d, "kind.csv");
    assert_eq!(code, Some(1), "an error, reported: {report}");
    assert_eq!(report["lines"], 3);
    assert_eq!(
        problems(&report),
        [
            ("lines[1].kind".into(), "unknown_kind".into(), Some(3)),
            ("csv".into(), "csv_repeated_header".into(), Some(4))
        ]
    );
}

#[test]
fn a_bad_personnummer_is_not_echoed_by_the_cli() {
    let d = dir("pnr");
    std::fs::write(d.join("lines.csv"), format!("{HEADER}\n{ROW}\n")).unwrap();
    std::fs::write(
        d.join("employee.json"),
        r#"{"employees":[{"name":"Anna Andersson","personnummer":"811218-98761"}]}"#,
    )
    .unwrap();
    let out = Command::new(CLI)
        .args([
            "check-invoice",
            "--csv",
            d.join("lines.csv").to_str().unwrap(),
            "--scheme",
            "fk_arbetsplatsinriktat",
            "--employee-file",
            d.join("employee.json").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let all = [out.stdout, out.stderr].concat();
    let all = String::from_utf8(all).unwrap();
    assert!(all.contains("personnummer_format"), "{all}");
    assert!(!all.contains("811218") && !all.contains("9876"), "{all}");
}

/// The CLI's peak memory is bounded: it runs under an address-space limit far below the file's
/// size (the file would not even fit), and still checks every line.
#[test]
fn a_million_line_file_is_streamed_in_bounded_memory() {
    let d = dir("million");
    let path = d.join("million.csv");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        writeln!(f, "{HEADER}").unwrap();
        for i in 0..1_000_000u32 {
            if i == 765_432 {
                writeln!(f, "2026-02-10;Stödsamtal;support_talks;Eva Ek;medicine;ja;abc").unwrap();
            } else {
                writeln!(
                    f,
                    "2026-02-{:02};Stödsamtal {i};support_talks;Eva Ek;medicine;ja;{},50",
                    1 + i % 28,
                    1000 + i % 9000
                )
                .unwrap();
            }
        }
    }
    let size = std::fs::metadata(&path).unwrap().len();
    const LIMIT_KB: u64 = 32 * 1024;
    assert!(size > 2 * LIMIT_KB * 1024, "the file ({size} bytes) is far larger than the limit");
    let script = format!("ulimit -v {LIMIT_KB} && exec \"$0\" check-invoice --csv \"$1\" --scheme fk_arbetsplatsinriktat --employee-file \"$2\"");
    let out = Command::new("sh")
        .args(["-c", &script, CLI, path.to_str().unwrap(), d.join("employee.json").to_str().unwrap()])
        .output()
        .unwrap();
    std::fs::remove_file(&path).unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["lines"], 1_000_000);
    assert_eq!(problems(&report), [("lines[765432].cost_ore".into(), "invalid_cost".into(), Some(765_434))]);
}

/// An invoice basis as JSON is read whole (at most 2 MiB), but its lines are checked one at a
/// time and the problems written as they are found: 200 000 empty lines (a million problems, half
/// a gigabyte of report) are checked under an address-space limit of 64 MiB. The report is the
/// one the checker gives in-process.
#[test]
fn a_json_basis_with_200_000_lines_is_checked_in_bounded_memory() {
    let d = dir("json");
    let path = d.join("basis.json");
    std::fs::write(
        &path,
        format!(r#"{{"scheme":"fk_arbetsplatsinriktat","employer":{{"name":"Verkstaden AB","org_number":"556677-8899"}},"provider":{{"name":"Friskvård AB","org_number":"559900-1129"}},"lines":[{}]}}"#, vec!["{}"; 200_000].join(",")),
    )
    .unwrap();
    const LIMIT_KB: u64 = 64 * 1024;
    let script = format!("ulimit -v {LIMIT_KB} && exec \"$0\" check-invoice \"$1\"");
    let mut child = Command::new("sh")
        .args(["-c", &script, CLI, path.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read as it comes: the problems are counted, and the report's end kept.
    let mut stdout = child.stdout.take().unwrap();
    let key = b"\"severity\":";
    let (mut problems, mut carry, mut end, mut buf) = (0, Vec::new(), Vec::new(), vec![0; 1 << 16]);
    loop {
        let n = std::io::Read::read(&mut stdout, &mut buf).unwrap();
        if n == 0 {
            break;
        }
        // A key may be cut in two by a read: the bytes before this read that could start one go first.
        carry.extend_from_slice(&buf[..n]);
        problems += carry.windows(key.len()).filter(|w| w == key).count();
        carry.drain(..carry.len() - (key.len() - 1).min(carry.len()));
        end.extend_from_slice(&buf[..n]);
        end.drain(..end.len().saturating_sub(100));
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(problems, 1 + 5 * 200_000, "no employee; each line without date, measure, performer, competence, cost");
    let end = String::from_utf8_lossy(&end);
    assert!(
        end.ends_with("],\"ok\":false,\"scheme\":\"fk_arbetsplatsinriktat\",\"lines\":200000,\"total_ore\":0}\n"),
        "{end}"
    );

    let basis = r#"{"scheme":"afa_rehabiliteringsstod","employees":[{"name":"A"}],"lines":[{},{"cost_ore":5,"kind":"massage"},{"date":"2026-02-30","digital":true}]}"#;
    std::fs::write(&path, basis).unwrap();
    let out = Command::new(CLI).args(["check-invoice", path.to_str().unwrap()]).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let today = rehabkollen::Date::parse("2026-03-01").unwrap();
    assert_eq!(report, serde_json::to_value(rehabkollen_invoice::check_json(basis, today).unwrap()).unwrap());
}
