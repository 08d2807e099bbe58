//! The command line's body (native builds only); `src/main.rs` calls it.

use crate::cases;
use crate::lines::{self, Judge};
use crate::out::{self, Out, Stop, ANSWERS, INVOICE};
use rehabkollen::{Date, Lang};
use std::cell::Cell;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;

const USAGE: &str = "usage: rehabkollen evaluate [FILE|-] | evaluate --lines [FILE|-] | decide [FILE|-] | check-invoice [FILE|-] | check-invoice --csv FILE|- --scheme S [--employee-file F] | questions [sv|en] | rules [sv|en|md] | texts [sv|en] | types | cases PATH... | version";

/// Writes an invoice report to standard output as its problems are found: `{"problems":[` before
/// the first (or at the end, when there is none), so a basis refused as malformed writes nothing,
/// and a CSV file of any length is checked in bounded memory.
struct StreamedProblems<'o> {
    out: &'o mut Out,
    started: bool,
    /// Why writing stopped; the reader of a CSV file then ends the input early.
    failed: Option<Stop>,
    closed: Rc<Cell<bool>>,
}

impl<'o> StreamedProblems<'o> {
    fn new(out: &'o mut Out) -> Self {
        StreamedProblems { out, started: false, failed: None, closed: Rc::new(Cell::new(false)) }
    }

    fn start(&mut self) -> Result<(), Stop> {
        let open = if std::mem::replace(&mut self.started, true) { "," } else { "{\"problems\":[" };
        self.out.bytes(open.as_bytes())
    }

    /// The report's end: its fields after the problems. Status 1 when the basis has errors.
    fn end(mut self, scheme: rehabkollen_invoice::Scheme, s: rehabkollen_invoice::Summary) -> Result<ExitCode, Stop> {
        if let Some(stop) = self.failed.take() {
            return Err(stop);
        }
        if !self.started {
            self.start()?;
        }
        let scheme = serde_json::to_string(&scheme).expect("serializes");
        self.out.line(&format!(
            "],\"ok\":{},\"scheme\":{scheme},\"lines\":{},\"total_ore\":{}}}",
            s.ok, s.lines, s.total_ore
        ))?;
        Ok(if s.ok { ExitCode::SUCCESS } else { ExitCode::from(1) })
    }
}

impl rehabkollen_invoice::Sink for StreamedProblems<'_> {
    fn push(&mut self, p: rehabkollen_invoice::Problem) {
        if self.failed.is_some() {
            return;
        }
        let problem = serde_json::to_vec(&p).expect("a problem serializes");
        if let Err(stop) = self.start().and_then(|()| self.out.bytes(&problem)) {
            self.failed = Some(stop);
            self.closed.set(true);
        }
    }
}

/// Input that ends once the output can no longer be written: nobody reads the rest of the report.
struct UntilClosed<R> {
    input: R,
    closed: Rc<Cell<bool>>,
}

impl<R: Read> Read for UntilClosed<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.closed.get() {
            return Ok(0);
        }
        self.input.read(buf)
    }
}

/// `check-invoice`: the report on standard output; status 1 when it has errors.
fn check_invoice(args: &[String], out: &mut Out) -> Result<ExitCode, Stop> {
    use rehabkollen::value::{from_json, Value};
    use rehabkollen_invoice::{self as invoice, csv};
    let flag = |name: &str| args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).map(String::as_str);
    let Some(path) = flag("--csv") else {
        if args.len() > 1 {
            return Err(Stop::Usage);
        }
        let text = out::read_document(args.first().map(String::as_str), INVOICE)?;
        let mut sink = StreamedProblems::new(out);
        let (scheme, summary) = invoice::check_json_to(&text, today(), &mut sink).map_err(|e| e.to_string())?;
        return sink.end(scheme, summary);
    };
    let scheme = flag("--scheme").ok_or("--csv needs --scheme fk_arbetsplatsinriktat or afa_rehabiliteringsstod")?;
    let mut head = match flag("--employee-file") {
        Some(f) => {
            match from_json(&out::read_document(Some(f), INVOICE)?).map_err(|e| format!("{f}: not valid JSON: {e}"))? {
                Value::Obj(fields) => fields,
                _ => return Err(format!("{f}: expected an object with employees and reference").into()),
            }
        }
        None => Vec::new(),
    };
    head.push(("scheme".into(), Value::Str(scheme.to_owned())));
    // The head is checked, and the file opened, before anything is written: a malformed head or
    // a folder is an error, not a report cut short.
    let head = Value::Obj(head);
    csv::check_head(&head).map_err(|e| e.to_string())?;
    let input = out::open(Some(path))?;
    let mut sink = StreamedProblems::new(out);
    let input = std::io::BufReader::with_capacity(1 << 16, UntilClosed { input, closed: sink.closed.clone() });
    let (scheme, summary) = csv::check_csv_stream(input, &head, today(), &mut sink).map_err(|e| e.to_string())?;
    sink.end(scheme, summary)
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

/// The language argument (`sv` when none).
fn lang(arg: Option<&str>) -> Result<Lang, Stop> {
    Lang::parse(arg.unwrap_or("sv")).ok_or_else(|| "the language must be sv or en".into())
}

/// `cases`: one line per case, the last `N passed, M failed`; status 1 when a case failed or none was found.
fn run_cases(paths: &[String], out: &mut Out) -> Result<ExitCode, Stop> {
    let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    let files = cases::collect(&paths)?;
    let (mut passed, mut failed) = (0, 0);
    for result in files.iter().flat_map(|f| cases::run_file(f)) {
        if result.failures.is_empty() {
            passed += 1;
            out.line(&format!("ok   {} ({})", result.name, result.file.display()))?;
        } else {
            failed += 1;
            out.line(&format!("FAIL {} ({})", result.name, result.file.display()))?;
            for f in &result.failures {
                out.line(&format!("     {f}"))?;
            }
        }
    }
    out.line(&format!("{passed} passed, {failed} failed"))?;
    Ok(if failed == 0 && passed > 0 { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Runs the command `args` names, writing through `out`.
fn command(args: &[String], out: &mut Out) -> Result<ExitCode, Stop> {
    let arg = |i: usize| args.get(i).map(String::as_str);
    let pretty = |v: serde_json::Result<String>| v.expect("serializes");
    match (arg(0), args.len()) {
        (Some("evaluate"), n) if arg(1) == Some("--lines") && n <= 3 => {
            lines::run(arg(2), Judge::Evaluate, today(), out)
        }
        (Some("evaluate"), ..=2) => {
            let text = out::read_document(arg(1), ANSWERS)?;
            out.line(&rehabkollen::evaluate_json(&text, today()).map_err(|e| e.to_string())?)?;
            Ok(ExitCode::SUCCESS)
        }
        (Some("decide"), ..=2) => lines::run(arg(1), Judge::Decide, today(), out),
        (Some("check-invoice"), _) => check_invoice(&args[1..], out),
        (Some("questions"), ..=2) => {
            out.line(&pretty(serde_json::to_string_pretty(&rehabkollen::questions::catalogue(lang(arg(1))?))))?;
            Ok(ExitCode::SUCCESS)
        }
        (Some("texts"), ..=2) => {
            out.line(&pretty(serde_json::to_string(&rehabkollen::texts::texts(lang(arg(1))?))))?;
            Ok(ExitCode::SUCCESS)
        }
        (Some("rules"), 2) if arg(1) == Some("md") => {
            out.bytes(rehabkollen::registry::markdown().as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        (Some("rules"), ..=2) => {
            out.line(&pretty(serde_json::to_string_pretty(&rehabkollen::registry::rules(lang(arg(1))?))))?;
            Ok(ExitCode::SUCCESS)
        }
        (Some("cases"), 2..) => run_cases(&args[1..], out),
        (Some("types"), 1) => {
            out.bytes(rehabkollen::types::typescript().as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
        (Some("version"), 1) => {
            out.json(&rehabkollen::version())?;
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(Stop::Usage),
    }
}

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut out = Out::default();
    out::end(command(&args, &mut out).and_then(|code| out.finish().map(|()| code)), USAGE)
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
