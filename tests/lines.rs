//! JSON lines (`rehabkollen decide`, `rehabkollen evaluate --lines`): judged in batches on every
//! core, written in input order, each line the same as judged alone; a refused line is an error
//! line in its place; memory stays bounded whatever the input's length.

use rehabkollen::{Answers, Date};
use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

const CLI: &str = env!("CARGO_BIN_EXE_rehabkollen");

/// Line `i` of a generated stream: answers documents that differ in their date, sector, kinds,
/// costs and answers, a refused one now and then, and blank lines.
fn line(i: usize) -> String {
    if i % 97 == 13 {
        return format!(r#"{{"date":"2026-03-01","measures":[{{"cost_ore":{}}}]}}"#, -(i as i64));
    }
    if i % 101 == 7 {
        return "   ".into();
    }
    if i % 211 == 200 {
        return r#"{"date":"2026-03-01","person":{"agee":40}}"#.into();
    }
    if i % 389 == 300 {
        return r#"{"date":"2026-03-01",}"#.into();
    }
    let sectors = ["private", "municipality", "region", "state", "cooperative"];
    let kinds = ["support_talks", "kbt", "adapt_workplace", "investigate_work_needs", "lecture", "ipt"];
    let measures: Vec<String> = (0..1 + i % 4)
        .map(|m| {
            format!(
                r#"{{"kind":"{}","cost_ore":{},"date":"2026-02-{:02}","individual":{}}}"#,
                kinds[(i + m) % kinds.len()],
                1_000 + 137 * i + m,
                1 + (i + m) % 28,
                !(i + m).is_multiple_of(3)
            )
        })
        .collect();
    format!(
        r#"{{"date":"{}","employer":{{"sector":"{}","ags_insurance":{}}},"person":{{"employment":"employed","category":"{}","age":{}}},"provider":{{"fk_approved":true}},"measures":[{}]}}"#,
        Date::from_days_since_epoch(Date::new(2025, 1, 1).unwrap().days_since_epoch() + (i % 700) as i64).unwrap(),
        sectors[i % sectors.len()],
        i % 3 != 1,
        if i.is_multiple_of(2) { "arbetare" } else { "tjansteman" },
        18 + i % 50,
        measures.join(",")
    )
}

/// What one line must give, judged alone in this process.
enum Alone {
    /// The output line, exactly.
    Judged(String),
    /// An error line: `{"error": {"line", "path", "text": {"sv", "en"}}}`.
    Refused(serde_json::Value),
    /// Not JSON: an error line for the document as a whole, located by its column.
    NotJson,
}

fn alone(n: usize, text: &str, judge: impl Fn(&Answers) -> String) -> Alone {
    match Answers::from_json(text) {
        Ok(a) => Alone::Judged(judge(&a)),
        Err(e) if e.en.starts_with("not valid JSON") => Alone::NotJson,
        Err(e) => {
            Alone::Refused(serde_json::json!({"error": {"line": n, "path": e.path, "text": {"sv": e.sv, "en": e.en}}}))
        }
    }
}

/// Runs `args` over the lines on four threads, and compares every output line with the line judged alone.
fn in_order(args: &[&str], count: usize, judge: impl Fn(&Answers) -> String) {
    let input: Vec<String> = (0..count).map(line).collect();
    let mut child = Command::new(CLI)
        .args(args)
        .env("RAYON_NUM_THREADS", "4")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let text = input.join("\n");
    let writer = std::thread::spawn(move || stdin.write_all(text.as_bytes()).unwrap());
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let got: Vec<&str> = stdout.lines().collect();
    let want: Vec<(usize, &String)> =
        input.iter().enumerate().filter(|(_, l)| !l.trim().is_empty()).map(|(i, l)| (i + 1, l)).collect();
    assert_eq!(got.len(), want.len(), "one output line per line that is not blank");
    let mut refused = 0;
    for (got, (n, text)) in got.iter().zip(&want) {
        match alone(*n, text, &judge) {
            Alone::Judged(line) => assert_eq!(*got, line, "line {n}"),
            Alone::Refused(error) => {
                assert_eq!(serde_json::from_str::<serde_json::Value>(got).unwrap(), error, "line {n}");
                refused += 1;
            }
            Alone::NotJson => {
                let e: serde_json::Value = serde_json::from_str(got).unwrap();
                assert_eq!(e["error"]["line"], *n);
                assert_eq!(e["error"]["path"], "");
                let en = e["error"]["text"]["en"].as_str().unwrap();
                assert!(en.starts_with("not valid JSON: ") && en.contains(" at column "), "{en}");
                refused += 1;
            }
        }
    }
    assert!(refused > count / 100, "the stream has refused lines: {refused}");
    assert_eq!(out.status.code(), Some(1), "a refused line makes the status 1");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        format!(
            "rehabkollen: line 14: measures[0].cost_ore: must be between 0 and 1000000000000 öre, got -13 (and {} more lines refused)\n",
            refused - 1
        )
    );
}

#[test]
fn decide_keeps_input_order_on_every_core_and_each_line_is_as_judged_alone() {
    let today = Date::new(2026, 3, 1).unwrap();
    in_order(&["decide"], 10_000, |a| serde_json::to_string(&rehabkollen::decide::decide(a, today)).unwrap());
}

#[test]
fn evaluate_lines_keeps_input_order_on_every_core_and_each_line_is_as_judged_alone() {
    let today = Date::new(2026, 3, 1).unwrap();
    in_order(&["evaluate", "--lines", "-"], 2_000, |a| {
        serde_json::to_string(&rehabkollen::evaluate_explained(a, today)).unwrap()
    });
}

/// Waits for a child and returns its exit status and its peak resident memory in KiB.
fn wait_with_peak(child: std::process::Child) -> (Option<i32>, i64) {
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value, and wait4 only writes to the two out-parameters.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our own child, not yet waited for (std's Child is dropped without waiting).
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid);
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    (code, usage.ru_maxrss)
}

/// A million documents (over 200 MB) through `decide`: the peak resident memory stays under
/// 100 MiB. Holding the input whole, as `decide` once did, takes more than the input's size.
#[test]
fn decide_streams_a_million_lines_in_bounded_memory() {
    const LINES: usize = 1_000_000;
    const LIMIT_KIB: i64 = 100 * 1024;
    // 64 documents, each padded with spaces to 220 bytes, over and over: the output is checked line by line.
    let sectors = ["private", "municipality", "region", "state"];
    let docs: Vec<String> = (0..64)
        .map(|i| {
            let doc = format!(
                r#"{{"date":"2026-03-01","employer":{{"sector":"{}","ags_insurance":true}},"measures":[{{"kind":"support_talks","cost_ore":{}}}]}}"#,
                sectors[i % 4],
                100_000 + 1_000 * i
            );
            format!("{doc}{}", " ".repeat(219 - doc.len()))
        })
        .collect();
    let today = Date::new(2026, 3, 1).unwrap();
    let want: Vec<String> = docs
        .iter()
        .map(|d| serde_json::to_string(&rehabkollen::decide::decide(&Answers::from_json(d).unwrap(), today)).unwrap())
        .collect();
    let mut child = Command::new(CLI)
        .arg("decide")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = std::io::BufWriter::with_capacity(1 << 20, child.stdin.take().unwrap());
    let writer = std::thread::spawn(move || {
        for i in 0..LINES {
            writeln!(stdin, "{}", docs[i % docs.len()]).unwrap();
        }
        LINES * 220
    });
    let stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut n = 0;
        for l in BufReader::with_capacity(1 << 20, stdout).lines() {
            assert_eq!(l.unwrap(), want[n % want.len()], "line {}", n + 1);
            n += 1;
        }
        n
    });
    let stderr = child.stderr.take().unwrap();
    let (code, peak_kib) = wait_with_peak(child);
    let size = writer.join().unwrap();
    assert!(size > 200_000_000);
    assert_eq!(reader.join().unwrap(), LINES);
    assert_eq!(std::io::read_to_string(stderr).unwrap(), "");
    assert_eq!(code, Some(0));
    assert!(peak_kib < LIMIT_KIB, "peak resident memory {peak_kib} KiB for {size} bytes of input");
}
