//! Invoice lines as CSV, the way real files come: from Swedish Excel (Windows-1252, `;`), from
//! other tools (UTF-8, perhaps with a byte-order mark, `,`), with quoted cells that may hold the
//! separator or a line break. A header row names the columns, in Swedish or English.
//!
//! Records are read one at a time into one reused buffer, and cells borrow from it: the CLI checks
//! a file of any length in bounded memory, and a good line allocates nothing. Every problem of a
//! row (wrong number of columns, a value that cannot be read, a repeated header) is reported with
//! its `csv_line`, and the rest of the file is still checked.

use super::{head_of, Cell, Checker, Cost, Line, Problem, Report, Severity, Sink, Summary, HEAD_FIELDS, LINE_FIELDS};
use rehabkollen::date::Date;
use rehabkollen::input::{err, Fields, InputError};
use rehabkollen::text::t;
use rehabkollen::value::Value;
use std::borrow::Cow;
use std::io::BufRead;

/// The largest cost [`write_csv`] writes: what [`parse_kronor`] reads back (eleven digits of
/// kronor), above the most a line may cost ([`rehabkollen::money::MAX_ORE`]), so a form's every amount can be saved.
pub const MAX_WRITTEN_ORE: u64 = 9_999_999_999_999;

/// The page reads at most this many lines from a file (a form of 1 000 lines is already long).
pub const PAGE_MAX_LINES: usize = 1_000;

/// A record (a row, with any quoted line breaks) longer than this is skipped: most likely a
/// quote that is never closed. It bounds the memory a row can take.
pub const MAX_RECORD_BYTES: usize = 64 * 1024;

/// The columns, in the order of [`LINE_FIELDS`], by their accepted header names (any case, and
/// whatever spaces, brackets or underscores they are written with).
const COLUMNS: [&[&str]; 9] = [
    &["datum", "date"],
    &["insats", "benämning", "measure"],
    &["typ", "sort", "kind"],
    &["utförare", "performer"],
    &["kompetens", "competence"],
    &["kontrakterad", "contracted"],
    &["extern", "external"],
    &["digital", "digitalt", "digitally"],
    &["kostnad", "kostnad_kr", "cost", "cost_kr"],
];
const KIND: usize = 2;
const YES_NO: [usize; 3] = [5, 6, 7];
const COST: usize = 8;

/// Kronor as people write them: `1 500`, `1500,50`, `1 500.5`, `12 000 kr` → öre. Spaces of any
/// kind (Excel writes a no-break space between thousands) are ignored. Allocation-free.
pub fn parse_kronor(s: &str) -> Option<u64> {
    let s = s.trim();
    let s = s.strip_suffix("kr").unwrap_or(s);
    let (mut whole, mut whole_digits, mut frac, mut frac_digits, mut in_frac) = (0u64, 0, 0u64, 0, false);
    for c in s.chars() {
        match c {
            '0'..='9' => {
                let d = u64::from(c as u8 - b'0');
                if in_frac {
                    if frac_digits == 2 {
                        return None;
                    }
                    frac = frac * 10 + d;
                    frac_digits += 1;
                } else {
                    if whole_digits == 11 {
                        return None;
                    }
                    whole = whole * 10 + d;
                    whole_digits += 1;
                }
            }
            ',' | '.' if !in_frac => in_frac = true,
            c if c.is_whitespace() => {}
            _ => return None,
        }
    }
    if whole_digits == 0 {
        return None;
    }
    Some(whole * 100 + if frac_digits == 1 { frac * 10 } else { frac })
}

fn yes_no(s: &str) -> Option<bool> {
    const YES: &[&str] = &["ja", "yes", "true", "1", "j", "y", "x"];
    const NO: &[&str] = &["nej", "no", "false", "0", "n"];
    let s = s.trim();
    if YES.iter().any(|y| y.eq_ignore_ascii_case(s)) {
        Some(true)
    } else if NO.iter().any(|n| n.eq_ignore_ascii_case(s)) {
        Some(false)
    } else {
        None
    }
}

/// Windows-1252 bytes 0x80–0x9F (WHATWG's table; undefined bytes map to the C1 control).
const CP1252_HIGH: [char; 32] = [
    '\u{20ac}', '\u{81}', '\u{201a}', '\u{192}', '\u{201e}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{2c6}', '\u{2030}',
    '\u{160}', '\u{2039}', '\u{152}', '\u{8d}', '\u{17d}', '\u{8f}', '\u{90}', '\u{2018}', '\u{2019}', '\u{201c}',
    '\u{201d}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{2dc}', '\u{2122}', '\u{161}', '\u{203a}', '\u{153}', '\u{9d}',
    '\u{17e}', '\u{178}',
];

fn decode_1252(bytes: &[u8], out: &mut String) {
    out.clear();
    out.extend(bytes.iter().map(|&b| match b {
        0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
        b => char::from(b),
    }));
}

/// The byte order of a UTF-16 file (`true`: little-endian), from its byte-order mark or, without
/// one, from the zero bytes ASCII text has in UTF-16 (a header row starts with letters); `None`
/// for any other file. Excel's "Unicode text" is UTF-16LE with a mark.
fn utf16_order(start: &[u8]) -> Option<bool> {
    match start {
        [0xff, 0xfe, ..] => Some(true),
        [0xfe, 0xff, ..] => Some(false),
        [a, 0, b, 0, ..] if *a != 0 && *b != 0 => Some(true),
        [0, a, 0, b, ..] if *a != 0 && *b != 0 => Some(false),
        _ => None,
    }
}

/// UTF-16 read as UTF-8, a part at a time. A byte or a surrogate without its pair becomes U+FFFD.
struct Utf16<R> {
    input: R,
    little_endian: bool,
    out: Vec<u8>,
    at: usize,
    odd: Option<u8>,
    high: Option<u16>,
}

impl<R: BufRead> Utf16<R> {
    fn new(input: R, little_endian: bool) -> Self {
        Utf16 { input, little_endian, out: Vec::new(), at: 0, odd: None, high: None }
    }

    fn push(&mut self, c: char) {
        let mut buf = [0; 4];
        self.out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
    }

    fn unit(&mut self, u: u16) {
        if let Some(h) = self.high.take() {
            if (0xdc00..0xe000).contains(&u) {
                let c = 0x10000 + ((u32::from(h) - 0xd800) << 10) + (u32::from(u) - 0xdc00);
                self.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                return;
            }
            self.push('\u{fffd}');
        }
        match u {
            0xd800..=0xdbff => self.high = Some(u),
            0xdc00..=0xdfff => self.push('\u{fffd}'),
            u => self.push(char::from_u32(u32::from(u)).unwrap_or('\u{fffd}')),
        }
    }
}

impl<R: BufRead> std::io::Read for Utf16<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buf.len());
        buf[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Utf16<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        while self.at == self.out.len() {
            self.out.clear();
            self.at = 0;
            // At most 64 KiB at a time: memory stays bounded whatever the input.
            let part: Vec<u8> = {
                let available = self.input.fill_buf()?;
                available[..available.len().min(1 << 16)].to_vec()
            };
            if part.is_empty() {
                let left = usize::from(self.odd.take().is_some()) + usize::from(self.high.take().is_some());
                if left == 0 {
                    break;
                }
                for _ in 0..left {
                    self.push('\u{fffd}');
                }
                continue;
            }
            self.input.consume(part.len());
            let mut bytes = self.odd.take().into_iter().chain(part);
            while let Some(a) = bytes.next() {
                let Some(b) = bytes.next() else {
                    self.odd = Some(a);
                    break;
                };
                self.unit(if self.little_endian { u16::from_le_bytes([a, b]) } else { u16::from_be_bytes([a, b]) });
            }
        }
        Ok(&self.out[self.at..])
    }

    fn consume(&mut self, n: usize) {
        self.at = (self.at + n).min(self.out.len());
    }
}

/// The input as UTF-8 or as it is: UTF-16 (by [`utf16_order`]) is decoded, anything else is read
/// as it comes (UTF-8, or Windows-1252, which [`Records`] detects).
enum Decoded<R> {
    Plain(R),
    Utf16(Utf16<R>),
}

fn decoded<R: BufRead>(mut input: R) -> std::io::Result<Decoded<R>> {
    Ok(match utf16_order(input.fill_buf()?) {
        None => Decoded::Plain(input),
        Some(little_endian) => Decoded::Utf16(Utf16::new(input, little_endian)),
    })
}

impl<R: BufRead> std::io::Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Decoded::Plain(r) => r.read(buf),
            Decoded::Utf16(r) => r.read(buf),
        }
    }
}

impl<R: BufRead> BufRead for Decoded<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        match self {
            Decoded::Plain(r) => r.fill_buf(),
            Decoded::Utf16(r) => r.fill_buf(),
        }
    }

    fn consume(&mut self, n: usize) {
        match self {
            Decoded::Plain(r) => r.consume(n),
            Decoded::Utf16(r) => r.consume(n),
        }
    }
}

/// The first characters a spreadsheet takes as the start of a formula (OWASP, "CSV Injection"):
/// a cell starting with one of them, after any apostrophes, is written with one more apostrophe
/// in front, and read back with it taken off.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn formula_like(cell: &str) -> bool {
    cell.trim_start_matches('\'').starts_with(FORMULA_START)
}

/// A cell as written to a file: a spreadsheet shows it as text and runs nothing.
fn neutralised(cell: &str) -> Cow<'_, str> {
    if formula_like(cell) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A cell as read from a file: [`neutralised`] undone, so what was written reads back unchanged.
fn unneutralised(cell: Cow<'_, str>) -> Cow<'_, str> {
    match cell {
        Cow::Borrowed(s) if s.starts_with('\'') && formula_like(&s[1..]) => Cow::Borrowed(&s[1..]),
        Cow::Owned(s) if s.starts_with('\'') && formula_like(&s[1..]) => Cow::Owned(s[1..].to_owned()),
        c => c,
    }
}

/// Appends one line (with its `\n`) to `buf`, keeping at most `max` bytes in `buf`: the rest of
/// an over-long line is read and dropped, so memory stays bounded. Returns the bytes read and
/// whether some were dropped.
fn read_line_within<R: BufRead>(input: &mut R, buf: &mut Vec<u8>, max: usize) -> std::io::Result<(usize, bool)> {
    let (mut read, mut cut) = (0, false);
    loop {
        let available = input.fill_buf()?;
        if available.is_empty() {
            return Ok((read, cut));
        }
        let (take, end) = match available.iter().position(|&b| b == b'\n') {
            Some(i) => (i + 1, true),
            None => (available.len(), false),
        };
        let room = max.saturating_sub(buf.len());
        cut |= take > room;
        buf.extend_from_slice(&available[..take.min(room)]);
        input.consume(take);
        read += take;
        if end {
            return Ok((read, cut));
        }
    }
}

/// One record of the file.
struct Record<'r> {
    /// The line the record starts on (1-based).
    line: usize,
    /// The text, or `None` when the record was too long and skipped.
    text: Option<&'r str>,
    /// True on the record where the file turned out not to be UTF-8.
    became_1252: bool,
}

/// Reads records one at a time into reused buffers.
struct Records<R> {
    input: R,
    bytes: Vec<u8>,
    decoded: String,
    line: usize,
    windows_1252: bool,
}

impl<R: BufRead> Records<R> {
    fn new(input: R) -> Self {
        Records { input, bytes: Vec::with_capacity(256), decoded: String::new(), line: 0, windows_1252: false }
    }

    /// Reads the next record that is not blank into `bytes`: its first line, whether it was too
    /// long, and the range of its text (without a byte-order mark and the line ending).
    fn fill(&mut self) -> std::io::Result<Option<(usize, bool, std::ops::Range<usize>)>> {
        loop {
            self.bytes.clear();
            let start = self.line + 1;
            let mut quotes = 0usize;
            let mut too_long = false;
            loop {
                let from = self.bytes.len();
                let (read, cut) = read_line_within(&mut self.input, &mut self.bytes, MAX_RECORD_BYTES)?;
                if read == 0 {
                    break;
                }
                self.line += 1;
                quotes += self.bytes[from..].iter().filter(|&&b| b == b'"').count();
                if cut || (quotes % 2 == 1 && self.bytes.len() >= MAX_RECORD_BYTES) {
                    too_long = true;
                    break;
                }
                if quotes.is_multiple_of(2) {
                    break;
                }
            }
            if self.bytes.is_empty() {
                return Ok(None);
            }
            let first = if start == 1 && self.bytes.starts_with(b"\xef\xbb\xbf") { 3 } else { 0 };
            let mut end = self.bytes.len();
            while end > first && matches!(self.bytes[end - 1], b'\n' | b'\r') {
                end -= 1;
            }
            if too_long || !self.bytes[first..end].iter().all(u8::is_ascii_whitespace) {
                return Ok(Some((start, too_long, first..end)));
            }
        }
    }

    /// The next record that is not blank, or `None` at the end of the input.
    fn next(&mut self) -> std::io::Result<Option<Record<'_>>> {
        let Some((line, too_long, range)) = self.fill()? else {
            return Ok(None);
        };
        if too_long {
            return Ok(Some(Record { line, text: None, became_1252: false }));
        }
        let b = &self.bytes[range];
        let mut became_1252 = false;
        if !self.windows_1252 && std::str::from_utf8(b).is_err() {
            self.windows_1252 = true;
            became_1252 = true;
        }
        let text = if self.windows_1252 {
            decode_1252(b, &mut self.decoded);
            &self.decoded[..]
        } else {
            std::str::from_utf8(b).expect("checked above")
        };
        Ok(Some(Record { line, text: Some(text), became_1252 }))
    }
}

/// The cells of a row. A quoted cell keeps its text as written (a doubled `""` is a quote); an
/// unquoted cell is trimmed. Borrows unless a cell holds an escaped quote.
fn cells(row: &str, sep: u8) -> impl Iterator<Item = Cow<'_, str>> {
    let b = row.as_bytes();
    let mut pos = 0usize;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        while pos < b.len() && (b[pos] == b' ' || b[pos] == b'\t') && b[pos] != sep {
            pos += 1;
        }
        let cell = if b.get(pos) == Some(&b'"') {
            let start = pos + 1;
            let mut i = start;
            let mut escaped = false;
            loop {
                match b[i..].iter().position(|&c| c == b'"') {
                    None => {
                        i = b.len();
                        break;
                    }
                    Some(k) if b.get(i + k + 1) == Some(&b'"') => {
                        escaped = true;
                        i += k + 2;
                    }
                    Some(k) => {
                        i += k;
                        break;
                    }
                }
            }
            let inner = &row[start..i];
            pos = (i + 1).min(b.len());
            // Anything between the closing quote and the separator is dropped.
            pos += b[pos..].iter().position(|&c| c == sep).unwrap_or(b.len() - pos);
            if escaped {
                Cow::Owned(inner.replace("\"\"", "\""))
            } else {
                Cow::Borrowed(inner)
            }
        } else {
            let end = pos + b[pos..].iter().position(|&c| c == sep).unwrap_or(b.len() - pos);
            let cell = row[pos..end].trim();
            pos = end;
            Cow::Borrowed(cell)
        };
        if pos < b.len() {
            pos += 1; // the separator
        } else {
            done = true;
        }
        Some(cell)
    })
}

/// A row's cells by column, in the order of [`LINE_FIELDS`].
type Row<'a> = [Cell<'a>; 9];

fn line_of_row<'a>(row: &mut Row<'a>) -> Line<'a> {
    let bool_at = |c: &Cell| c.text().and_then(yes_no);
    let cost = match row[COST].text().map(parse_kronor) {
        None => Cost::Absent,
        Some(Some(ore)) => Cost::of_ore(ore),
        Some(None) => Cost::Invalid,
    };
    let (contracted, external, digital) = (bool_at(&row[5]), bool_at(&row[6]), bool_at(&row[7]));
    let take = |c: &mut Cell<'a>| std::mem::take(c);
    Line {
        date: take(&mut row[0]),
        measure: take(&mut row[1]),
        kind: take(&mut row[KIND]),
        performer: take(&mut row[3]),
        competence: take(&mut row[4]),
        contracted,
        external,
        digital,
        cost,
    }
}

/// A row as the JSON line a form shows: text as text, yes/no as booleans, a readable cost in öre
/// (an unreadable one stays text, for the user to fix).
fn value_of_row(row: &Row) -> Value {
    let mut fields = Vec::new();
    for (i, c) in row.iter().enumerate() {
        let Some(s) = (match c {
            Cell::Text(s) if !s.is_empty() => Some(s),
            _ => None,
        }) else {
            continue;
        };
        let v = if YES_NO.contains(&i) {
            match yes_no(s) {
                Some(b) => Value::Bool(b),
                None => continue,
            }
        } else if i == COST {
            parse_kronor(s).map_or_else(|| Value::Str(s.to_string()), |o| Value::Num(o as f64))
        } else {
            Value::Str(s.to_string())
        };
        fields.push((LINE_FIELDS[i].to_owned(), v));
    }
    Value::Obj(fields)
}

fn encoding_note(c: &mut Checker, line: usize) {
    c.csv(line, "csv_encoding", Severity::Warning, t("Filen är sparad i teckenkodningen Windows-1252 (vanligt från Excel) och lästes som sådan. Kontrollera att å, ä och ö ser rätt ut.", "The file is saved in the Windows-1252 encoding (common from Excel) and was read as such. Check that å, ä and ö look right."));
}

/// The header as read: the separator, which field each column of the file fills, and how many
/// columns a row must reach.
struct Header {
    sep: u8,
    text: String,
    columns: Vec<Option<usize>>,
    needed: usize,
}

/// A file read one record at a time: the header first, then each row, handed on with its line
/// number; every problem of the file itself is reported to the checker. One reader serves the
/// streamed check (the CLI), the whole file at once and a page's reading in parts ([`CsvReader`]).
struct Rows<R> {
    records: Records<R>,
    header: Option<Header>,
    done: bool,
}

impl<R: BufRead> Rows<R> {
    fn new(input: R) -> Self {
        Rows { records: Records::new(input), header: None, done: false }
    }

    /// Reads the header, or the next row, which goes to `each`. False once the file is read.
    fn step(&mut self, c: &mut Checker, each: &mut dyn FnMut(&mut Checker, usize, &mut Row)) -> std::io::Result<bool> {
        if self.done {
            return Ok(false);
        }
        let Some(header) = &self.header else {
            self.header = self.read_header(c)?;
            self.done = self.header.is_none();
            return Ok(!self.done);
        };
        let Some(rec) = self.records.next()? else {
            self.done = true;
            return Ok(false);
        };
        let n = rec.line;
        if rec.became_1252 {
            encoding_note(c, n);
        }
        let Some(text) = rec.text else {
            c.csv(
                n,
                "csv_too_long",
                Severity::Error,
                t(
                    "Raden är för lång och hoppades över. Troligen saknas ett avslutande citattecken.",
                    "The row is too long and was skipped. A closing quote is probably missing.",
                ),
            );
            return Ok(true);
        };
        if text.trim() == header.text {
            c.csv(
                n,
                "csv_repeated_header",
                Severity::Warning,
                t(
                    "Rubrikraden kommer en gång till här. Raden hoppades över.",
                    "The header row comes again here. The row was skipped.",
                ),
            );
            return Ok(true);
        }
        let mut row: Row = Default::default();
        let (mut count, mut extra) = (0, false);
        let mut bad_yes_no = false;
        for (j, cell) in cells(text, header.sep).enumerate() {
            count += 1;
            extra |= j >= header.needed && !cell.trim().is_empty();
            if let Some(Some(f)) = header.columns.get(j) {
                let cell = unneutralised(cell);
                if YES_NO.contains(f) && !cell.is_empty() && yes_no(&cell).is_none() {
                    bad_yes_no = true;
                    continue;
                }
                row[*f] = Cell::Text(cell);
            }
        }
        // Empty cells past the last named column (some tools end each row with a separator) are fine.
        if count < header.needed || extra {
            c.csv(n, "csv_columns", Severity::Error, t("Raden har fel antal kolumner och hoppades över. Varje rad ska ha lika många kolumner som rubrikraden.", "The row has the wrong number of columns and was skipped. Each row needs as many columns as the header row."));
            return Ok(true);
        }
        if bad_yes_no {
            c.csv(
                n,
                "csv_value",
                Severity::Error,
                t(
                    "Skriv ja eller nej i kolumnerna kontrakterad, extern och digital.",
                    "Write yes or no in the columns contracted, external and digital.",
                ),
            );
        }
        each(c, n, &mut row);
        Ok(true)
    }

    /// The header row, or `None` (with a problem) when there is none to read.
    fn read_header(&mut self, c: &mut Checker) -> std::io::Result<Option<Header>> {
        let Some(header) = self.records.next()? else {
            c.csv(
                1,
                "csv_empty",
                Severity::Error,
                t(
                    "Filen är tom. Första raden ska vara rubriker, till exempel datum;insats;utförare;kompetens;kostnad.",
                    "The file is empty. The first row must be headers, e.g. date;measure;performer;competence;cost.",
                ),
            );
            return Ok(None);
        };
        let header_line = header.line;
        let Some(header_text) = header.text else {
            c.csv(
                header_line,
                "csv_too_long",
                Severity::Error,
                t(
                    "Rubrikraden är för lång. Troligen saknas ett avslutande citattecken.",
                    "The header row is too long. A closing quote is probably missing.",
                ),
            );
            return Ok(None);
        };
        if header.became_1252 {
            encoding_note(c, header_line);
        }
        let sep = if header_text.contains(';') {
            b';'
        } else if header_text.contains('\t') {
            b'\t'
        } else {
            b','
        };
        let text = header_text.trim().to_owned();
        // For each column of the file: which field it fills.
        let mut columns: Vec<Option<usize>> = Vec::new();
        let (mut unknown, mut twice, mut named) = (false, false, 0);
        // Headers are compared by their letters only: "Kostnad (kr)" is "kostnad_kr".
        let letters =
            |s: &str| -> String { s.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).collect() };
        for h in cells(&text, sep) {
            let h = letters(&h);
            if !h.is_empty() {
                named = columns.len() + 1;
            }
            let field = COLUMNS.iter().position(|names| names.iter().any(|n| letters(n) == h));
            match field {
                Some(f) if columns.contains(&Some(f)) => {
                    twice = true;
                    columns.push(None);
                }
                None => {
                    unknown |= !h.is_empty();
                    columns.push(None);
                }
                f => columns.push(f),
            }
        }
        // A row must reach the last named column; empty header cells at the end ask for nothing.
        let needed = columns.iter().rposition(Option::is_some).map_or(0, |i| i + 1).max(named);
        if unknown {
            c.csv(header_line, "csv_header", Severity::Warning, t("En kolumnrubrik känns inte igen och den kolumnen läses inte. Kända rubriker: datum, insats, typ, utförare, kompetens, kontrakterad, extern, digital, kostnad.", "A column header is not recognised and that column is not read. Known headers: date, measure, kind, performer, competence, contracted, external, digital, cost."));
        }
        if twice {
            c.csv(
                header_line,
                "csv_repeated_header",
                Severity::Warning,
                t(
                    "Två kolumner har samma rubrik. Den första läses; ta bort den andra.",
                    "Two columns have the same header. The first is read; remove the other.",
                ),
            );
        }
        Ok(Some(Header { sep, text, columns, needed }))
    }
}

/// Reads the whole file (see [`Rows`]), in whatever encoding it comes ([`decoded`]).
fn read<R: BufRead>(
    input: R,
    c: &mut Checker,
    each: &mut dyn FnMut(&mut Checker, usize, &mut Row),
) -> std::io::Result<()> {
    let mut rows = Rows::new(decoded(input)?);
    while rows.step(c, each)? {}
    Ok(())
}

/// The invoice head (`scheme`, `employer`, `provider`, `employees`, `reference`) for CSV lines;
/// `lines` comes from the file.
fn head_fields(head: &Value) -> Result<Fields<'_>, InputError> {
    let f = Fields::new(head, "", HEAD_FIELDS)?;
    if f.value("lines").is_some() {
        return Err(err(
            "lines",
            "comes from the CSV file; leave it out of the head".into(),
            "kommer från CSV-filen; utelämna det i huvudet".into(),
        ));
    }
    Ok(f)
}

/// Checks the head given for CSV lines, before any line is read.
pub fn check_head(head: &Value) -> Result<(), InputError> {
    head_of(&head_fields(head)?).map(|_| ())
}

/// Checks invoice lines streamed from CSV `input`, with the rest of the invoice given as `head`;
/// problems go to `sink` as they are found (each line's carry its `csv_line`). A read error ends
/// the check with an [`InputError`]; reading from memory never fails.
pub fn check_csv_stream<R: BufRead>(
    input: R,
    head: &Value,
    today: Date,
    sink: &mut dyn Sink,
) -> Result<(super::Scheme, Summary), InputError> {
    let f = head_fields(head)?;
    let (head, _) = head_of(&f)?;
    let mut c = Checker::new(head.scheme, today, sink);
    head.check(&mut c);
    let mut i = 0;
    let read = read(input, &mut c, &mut |c, n, row| {
        c.line(&line_of_row(row), i, Some(n));
        i += 1;
    });
    if let Err(e) = read {
        // The error's own text is used natively only: its formatting would weigh on the wasm.
        #[cfg(not(target_arch = "wasm32"))]
        return Err(err("csv", format!("cannot be read: {e}"), format!("kan inte läsas: {e}")));
        #[cfg(target_arch = "wasm32")]
        return Err(err("csv", format!("cannot be read ({:?})", e.kind()), format!("kan inte läsas ({:?})", e.kind())));
    }
    Ok((head.scheme, c.finish()))
}

/// Checks invoice lines from CSV text (any encoding, see the module), with the rest of the
/// invoice (`scheme`, `employees`, `reference`) given as `head`.
pub fn check_csv(csv: &str, head: &Value, today: Date) -> Result<Report, InputError> {
    check_csv_bytes(csv.as_bytes(), head, today)
}

/// [`check_csv`] for the bytes of a file.
pub fn check_csv_bytes(csv: &[u8], head: &Value, today: Date) -> Result<Report, InputError> {
    let mut problems = Vec::new();
    // The file in memory as [`CsvReader`] holds it: one reader type in the wasm, not one per input type.
    let (scheme, s) = check_csv_stream(Memory::new(csv.to_vec()), head, today, &mut problems)?;
    Ok(Report { ok: s.ok, scheme, lines: s.lines, total_ore: s.total_ore, problems })
}

/// What [`read_csv`] found: the lines as JSON for a form, each one's line in the file, and the
/// problems of the file itself.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Read {
    pub lines: Vec<Value>,
    pub csv_lines: Vec<usize>,
    pub problems: Vec<Problem>,
}

/// A file in memory.
type Memory = std::io::Cursor<Vec<u8>>;

/// A CSV file read for a form in parts: each [`CsvReader::next`] reads up to so many more rows,
/// so a page can show its progress and stay responsive between parts. The file is decoded first
/// (UTF-16 to UTF-8; see [`decoded`]), so [`CsvReader::position`] and [`CsvReader::len`] measure
/// the same text.
pub struct CsvReader {
    rows: Rows<Decoded<Memory>>,
    len: usize,
    limit: Option<usize>,
    lines: usize,
}

impl CsvReader {
    /// A reader of `bytes`; with `limit`, a file of more rows is refused whole with a problem
    /// saying so, as soon as the row after the limit is read.
    pub fn new(bytes: Vec<u8>, limit: Option<usize>) -> CsvReader {
        let text = match utf16_order(&bytes) {
            None => bytes,
            Some(little_endian) => {
                let mut out = Vec::with_capacity(bytes.len());
                // Decoding from memory cannot fail.
                let _ = std::io::Read::read_to_end(&mut Utf16::new(Memory::new(bytes), little_endian), &mut out);
                out
            }
        };
        CsvReader { len: text.len(), rows: Rows::new(Decoded::Plain(Memory::new(text))), limit, lines: 0 }
    }

    /// Reads up to `n` more rows (the header does not count): their lines and the problems found
    /// on the way. An empty result with [`CsvReader::done`] true ends the file.
    pub fn next(&mut self, n: usize) -> Read {
        let mut problems = Vec::new();
        let mut out = Read { lines: Vec::new(), csv_lines: Vec::new(), problems: Vec::new() };
        let mut c = Checker::new(
            super::Scheme::FkArbetsplatsinriktat,
            Date::new(2000, 1, 1).expect("a real date"),
            &mut problems,
        );
        let (lines, numbers, total, limit) = (&mut out.lines, &mut out.csv_lines, &mut self.lines, self.limit);
        let mut over = false;
        while lines.len() < n && !over {
            // Reading from memory cannot fail.
            let more = self
                .rows
                .step(&mut c, &mut |_, line, row| {
                    *total += 1;
                    if limit.is_some_and(|max| *total > max) {
                        over = true;
                    } else {
                        lines.push(value_of_row(row));
                        numbers.push(line);
                    }
                })
                .unwrap_or(false);
            if !more {
                break;
            }
        }
        if over {
            self.rows.done = true;
            return Read { lines: Vec::new(), csv_lines: Vec::new(), problems: vec![too_many_lines()] };
        }
        out.problems = problems;
        out
    }

    /// Whether the whole file has been read.
    pub fn done(&self) -> bool {
        self.rows.done
    }

    /// How far into the (decoded) file the reading has come, in bytes.
    pub fn position(&self) -> usize {
        let at = match &self.rows.records.input {
            Decoded::Plain(text) => text.position(),
            Decoded::Utf16(utf16) => utf16.input.position(), // not so: the reader holds decoded text
        };
        usize::try_from(at).unwrap_or(self.len)
    }

    /// The length of the decoded file in bytes.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the file is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

fn too_many_lines() -> Problem {
    Problem {
        path: "csv".into(), code: "csv_too_many_lines", severity: Severity::Error,
        text: t("Filen har fler än 1 000 rader och lästes inte in. Dela upp den i filer om högst 1 000 rader, eller kontrollera den med kommandoraden (rehabkollen check-invoice --csv).", "The file has more than 1,000 lines and was not read. Split it into files of at most 1,000 lines, or check it with the command line (rehabkollen check-invoice --csv)."),
        rule: rehabkollen::schemes::fk::INV_2.id, source: super::source_of(&rehabkollen::schemes::fk::INV_2), shown: None, csv_line: None,
    }
}

/// Reads invoice lines from the bytes of a CSV file for a form to show them, all at once. With
/// `limit`, a file of more lines is refused whole with a problem saying so.
pub fn read_csv(csv: &[u8], limit: Option<usize>) -> Read {
    CsvReader::new(csv.to_vec(), limit).next(usize::MAX)
}

/// The lines of an invoice (its `lines`; the rest is not part of the file) written as CSV, see [`write_csv`].
pub fn write_invoice_csv(invoice: &Value) -> Result<String, InputError> {
    let Value::Obj(fields) = invoice else {
        return Err(err(
            "",
            format!("expected an object, got {}", invoice.describe()),
            format!("ska vara ett objekt, inte {}", invoice.describe_sv()),
        ));
    };
    match fields.iter().find(|(k, _)| k == "lines").map(|(_, v)| v) {
        None => write_csv(&[]),
        Some(Value::Arr(items)) => write_csv(items),
        Some(v) => Err(err(
            "lines",
            format!("expected a list, got {}", v.describe()),
            format!("ska vara en lista, inte {}", v.describe_sv()),
        )),
    }
}

/// The lines of an invoice (as JSON) written as CSV that [`read_csv`] reads back to the same
/// lines: UTF-8 with a byte-order mark (so Excel shows å, ä, ö), `;`, Swedish headers, kronor
/// with a decimal comma.
pub fn write_csv(lines: &[Value]) -> Result<String, InputError> {
    let mut out = String::from("\u{feff}datum;insats;typ;utförare;kompetens;kontrakterad;extern;digital;kostnad\r\n");
    for (i, line) in lines.iter().enumerate() {
        let f = Fields::new(line, &format!("lines[{i}]"), LINE_FIELDS)?;
        for (j, name) in LINE_FIELDS.iter().enumerate() {
            if j > 0 {
                out.push(';');
            }
            // As given: a text "unknown" (a measure's name, say) is written, not left out.
            let cell: Cow<str> = match f.given(name) {
                None => Cow::Borrowed(""),
                Some(Value::Str(s)) => neutralised(s),
                Some(Value::Bool(b)) => Cow::Borrowed(if *b { "ja" } else { "nej" }),
                // Any cost a form can hold is written (a too large one too: the check says so), as
                // kronor [`parse_kronor`] reads back.
                Some(Value::Num(n)) if j == COST && n.fract() == 0.0 && *n >= 0.0 && *n <= MAX_WRITTEN_ORE as f64 => {
                    let ore = *n as u64;
                    Cow::Owned(format!("{},{:02}", ore / 100, ore % 100))
                }
                Some(v) => {
                    return Err(err(
                        &format!("lines[{i}].{name}"),
                        format!("cannot be written to CSV: {}", v.describe()),
                        format!("kan inte skrivas till CSV: {}", v.describe_sv()),
                    ))
                }
            };
            let quote = cell.contains([';', '"', '\n', '\r']) || cell.trim() != cell || cell.starts_with('"');
            if quote {
                out.push('"');
                out.push_str(&cell.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(&cell);
            }
        }
        out.push_str("\r\n");
    }
    Ok(out)
}
