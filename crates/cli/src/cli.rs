//! The command line's body (native builds only); `src/bin/rehabkollen.rs` calls it.

use crate::cases;
use rehabkollen::{Date, Lang};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: rehabkollen evaluate [FILE|-] | decide [FILE|-] | check-invoice [FILE|-] | check-invoice --csv FILE|- --scheme S [--employee-file F] | questions [sv|en] | rules [sv|en|md] | texts [sv|en] | types | cases PATH... | version";

/// Writes problems to standard output as they are found, inside the report's JSON: a CSV file of
/// any length is checked in bounded memory.
struct StreamedProblems<W: Write> {
    out: W,
    first: bool,
    failed: Option<std::io::Error>,
}

impl<W: Write> rehabkollen_invoice::Sink for StreamedProblems<W> {
    fn push(&mut self, p: rehabkollen_invoice::Problem) {
        if self.failed.is_some() {
            return;
        }
        let sep = if std::mem::take(&mut self.first) { "" } else { "," };
        let res = write!(self.out, "{sep}")
            .and_then(|()| serde_json::to_writer(&mut self.out, &p).map_err(std::io::Error::from));
        if let Err(e) = res {
            self.failed = Some(e);
        }
    }
}

/// `check-invoice`: the report on standard output; `Ok(false)` when it has errors.
fn check_invoice(args: &[String]) -> Result<bool, String> {
    use rehabkollen::value::{from_json, Value};
    use rehabkollen_invoice::{self as invoice, csv};
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1));
    let Some(path) = flag("--csv") else {
        let report = invoice::check_json(&read_input(args.first())?, today()).map_err(|e| e.to_string())?;
        println!("{}", serde_json::to_string(&report).expect("serializes"));
        return Ok(report.ok);
    };
    let scheme = flag("--scheme").ok_or("--csv needs --scheme fk_arbetsplatsinriktat or afa_rehabiliteringsstod")?;
    let mut head = match flag("--employee-file") {
        Some(f) => match from_json(&read_input(Some(f))?).map_err(|e| format!("{f}: {e}"))? {
            Value::Obj(fields) => fields,
            _ => return Err(format!("{f}: expected an object with employees and reference")),
        },
        None => Vec::new(),
    };
    head.push(("scheme".into(), Value::Str(scheme.clone())));
    let input: Box<dyn std::io::BufRead> = if path == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::with_capacity(
            1 << 16,
            std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?,
        ))
    };
    let stdout = std::io::stdout().lock();
    let mut sink =
        StreamedProblems { out: std::io::BufWriter::with_capacity(1 << 16, stdout), first: true, failed: None };
    // The head is checked before anything is written: a malformed one is an error, not a report.
    let head = Value::Obj(head);
    csv::check_head(&head).map_err(|e| e.to_string())?;
    write!(sink.out, "{{\"problems\":[").map_err(|e| e.to_string())?;
    let (scheme, s) = csv::check_csv_stream(input, &head, today(), &mut sink).map_err(|e| e.to_string())?;
    if let Some(e) = sink.failed {
        return Err(format!("cannot write the report: {e}"));
    }
    let scheme = serde_json::to_string(&scheme).expect("serializes");
    writeln!(sink.out, "],\"ok\":{},\"scheme\":{scheme},\"lines\":{},\"total_ore\":{}}}", s.ok, s.lines, s.total_ore)
        .and_then(|()| sink.out.flush())
        .map_err(|e| format!("cannot write the report: {e}"))?;
    Ok(s.ok)
}

/// Today's date in Sweden (Europe/Stockholm), like the page's local date; the answers' own `date`
/// wins when given.
fn today() -> Date {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    stockholm_date(i64::try_from(secs).unwrap_or(0)).unwrap_or_else(cases::fixed_today)
}

/// The day count of the last Sunday of a month.
fn last_sunday(year: i32, month: u8) -> Option<i64> {
    let last = Date::new(year, month, 31)?.days_since_epoch();
    // 1970-01-01 was a Thursday: (days + 4) mod 7 is 0 on a Sunday.
    Some(last - (last + 4).rem_euclid(7))
}

/// Sweden's offset from UTC in seconds at an instant: CEST (+2 h) from the last Sunday of March
/// 01:00 UTC to the last Sunday of October 01:00 UTC, CET (+1 h) otherwise (the EU rule, in force
/// since 1996). A small table instead of a time-zone crate: the CLI needs only this one zone.
fn stockholm_offset(unix_secs: i64) -> i64 {
    let Some(year) = Date::from_days_since_epoch(unix_secs.div_euclid(86_400)).map(Date::year) else { return 3_600 };
    let switch = |month| last_sunday(year, month).map(|d| d * 86_400 + 3_600);
    match (switch(3), switch(10)) {
        (Some(start), Some(end)) if (start..end).contains(&unix_secs) => 7_200,
        _ => 3_600,
    }
}

/// The date in Sweden at an instant (seconds since 1970-01-01 00:00 UTC).
fn stockholm_date(unix_secs: i64) -> Option<Date> {
    Date::from_days_since_epoch((unix_secs + stockholm_offset(unix_secs)).div_euclid(86_400))
}

fn read_input(arg: Option<&String>) -> Result<String, String> {
    let mut text = String::new();
    match arg.map(String::as_str) {
        None | Some("-") => std::io::stdin()
            .read_to_string(&mut text)
            .map(|_| text)
            .map_err(|e| format!("cannot read standard input: {e}")),
        Some(path) => std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}")),
    }
    // A byte-order mark, which Windows editors put first, is not part of the JSON.
    .map(|t| match t.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => t,
    })
}

/// `decide`: one answers document per line in, one line of decisions (verdicts, statuses,
/// amounts; no reasons, no relevance) per document out. A malformed line stops it, named.
fn decide_lines(text: &str) -> Result<(), String> {
    use std::io::Write;
    let today = today();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let answers = rehabkollen::Answers::from_json(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let decided = rehabkollen::decide::decide(&answers, today);
        serde_json::to_writer(&mut out, &decided).map_err(|e| e.to_string())?;
        writeln!(out).map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

/// Prints what `json` writes in the language argument (`sv` when none); exit status 2 for another.
fn per_lang(arg: Option<&String>, json: impl Fn(Lang) -> serde_json::Result<String>) -> ExitCode {
    match Lang::parse(arg.map_or("sv", String::as_str)) {
        Some(lang) => {
            println!("{}", json(lang).expect("serializes"));
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("rehabkollen: the language must be sv or en");
            ExitCode::from(2)
        }
    }
}

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("evaluate") => match read_input(args.get(1))
            .and_then(|t| rehabkollen::evaluate_json(&t, today()).map_err(|e| e.to_string()))
        {
            Ok(out) => {
                println!("{out}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("rehabkollen: {e}");
                ExitCode::from(2)
            }
        },
        Some("decide") => match read_input(args.get(1)).and_then(|t| decide_lines(&t)) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("rehabkollen: {e}");
                ExitCode::from(2)
            }
        },
        Some("check-invoice") => match check_invoice(&args[1..]) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::from(1),
            Err(e) => {
                eprintln!("rehabkollen: {e}");
                ExitCode::from(2)
            }
        },
        Some("questions") => {
            per_lang(args.get(1), |l| serde_json::to_string_pretty(&rehabkollen::questions::catalogue(l)))
        }
        Some("texts") => per_lang(args.get(1), |l| serde_json::to_string(&rehabkollen::texts::texts(l))),
        Some("rules") if args.get(1).is_some_and(|a| a == "md") => {
            print!("{}", rehabkollen::registry::markdown());
            ExitCode::SUCCESS
        }
        Some("rules") => per_lang(args.get(1), |l| serde_json::to_string_pretty(&rehabkollen::registry::rules(l))),
        Some("cases") if args.len() > 1 => {
            let paths: Vec<PathBuf> = args[1..].iter().map(PathBuf::from).collect();
            let files = match cases::collect(&paths) {
                Ok(f) => f,
                Err(e) => {
                    eprintln!("rehabkollen: {e}");
                    return ExitCode::from(2);
                }
            };
            let (mut passed, mut failed) = (0, 0);
            for result in files.iter().flat_map(|f| cases::run_file(f)) {
                if result.failures.is_empty() {
                    passed += 1;
                    println!("ok   {} ({})", result.name, result.file.display());
                } else {
                    failed += 1;
                    println!("FAIL {} ({})", result.name, result.file.display());
                    for f in &result.failures {
                        println!("     {f}");
                    }
                }
            }
            println!("{passed} passed, {failed} failed");
            if failed == 0 && passed > 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            }
        }
        Some("types") => {
            print!("{}", rehabkollen::types::typescript());
            ExitCode::SUCCESS
        }
        Some("version") => {
            println!("{}", serde_json::to_string(&rehabkollen::version()).expect("serializes"));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Seconds since the epoch of a UTC date and time.
    fn utc(date: &str, h: i64, m: i64, s: i64) -> i64 {
        Date::parse(date).unwrap().days_since_epoch() * 86_400 + h * 3_600 + m * 60 + s
    }

    #[test]
    fn summer_time_starts_and_ends_at_01_00_utc_on_the_last_sundays() {
        // 2026: 29 March and 25 October.
        assert_eq!(stockholm_offset(utc("2026-03-29", 0, 59, 59)), 3_600);
        assert_eq!(stockholm_offset(utc("2026-03-29", 1, 0, 0)), 7_200);
        assert_eq!(stockholm_offset(utc("2026-10-25", 0, 59, 59)), 7_200);
        assert_eq!(stockholm_offset(utc("2026-10-25", 1, 0, 0)), 3_600);
        // 2024 (a leap year): 31 March and 27 October.
        assert_eq!(stockholm_offset(utc("2024-03-31", 0, 59, 59)), 3_600);
        assert_eq!(stockholm_offset(utc("2024-03-31", 1, 0, 0)), 7_200);
        assert_eq!(stockholm_offset(utc("2024-10-27", 0, 59, 59)), 7_200);
        assert_eq!(stockholm_offset(utc("2024-10-27", 1, 0, 0)), 3_600);
        assert_eq!(stockholm_offset(utc("2026-01-15", 12, 0, 0)), 3_600);
        assert_eq!(stockholm_offset(utc("2026-07-15", 12, 0, 0)), 7_200);
    }

    #[test]
    fn the_swedish_date_turns_at_swedish_midnight() {
        let day = |s| Some(Date::parse(s).unwrap());
        // Winter: midnight in Sweden is 23:00 UTC the day before.
        assert_eq!(stockholm_date(utc("2026-01-31", 22, 59, 59)), day("2026-01-31"));
        assert_eq!(stockholm_date(utc("2026-01-31", 23, 0, 0)), day("2026-02-01"));
        // Summer: 22:00 UTC.
        assert_eq!(stockholm_date(utc("2026-06-30", 21, 59, 59)), day("2026-06-30"));
        assert_eq!(stockholm_date(utc("2026-06-30", 22, 0, 0)), day("2026-07-01"));
        // New Year in Sweden while it is still the old year in UTC.
        assert_eq!(stockholm_date(utc("2026-12-31", 23, 30, 0)), day("2027-01-01"));
        // The night of the switches: the date does not jump.
        assert_eq!(stockholm_date(utc("2026-03-29", 1, 0, 0)), day("2026-03-29"));
        assert_eq!(stockholm_date(utc("2026-10-25", 1, 0, 0)), day("2026-10-25"));
    }
}
