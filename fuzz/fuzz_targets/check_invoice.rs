//! Any bytes into the invoice checker, as JSON and as CSV: a report or a clear error, never a panic.
//! The bytes as a file read in parts give what reading them at once gives, and the lines read,
//! written again, read back unchanged.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rehabkollen::value::Value;
use rehabkollen::Date;
use rehabkollen_invoice::check_json;
use rehabkollen_invoice::csv::{check_csv_bytes, read_csv, write_csv, CsvReader};

fuzz_target!(|data: &[u8]| {
    let today = Date::new(2026, 3, 1).unwrap();
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = check_json(text, today) {
            assert!(e.to_string().len() < 400, "an error echoed the input");
        }
    }
    let head = Value::Obj(vec![("scheme".into(), Value::Str("fk_arbetsplatsinriktat".into()))]);
    let _ = check_csv_bytes(data, &head, today);
    let whole = read_csv(data, Some(1000));
    let mut reader = CsvReader::new(data.to_vec(), Some(1000));
    let mut lines = Vec::new();
    while !reader.done() {
        lines.extend(reader.next(7).lines);
    }
    if !whole.problems.iter().any(|p| p.code == "csv_too_many_lines") {
        assert_eq!(lines, whole.lines, "read in parts as at once");
        let written = write_csv(&whole.lines).expect("lines read from a file can be written");
        assert_eq!(read_csv(written.as_bytes(), None).lines, whole.lines, "written and read back unchanged");
    }
});
