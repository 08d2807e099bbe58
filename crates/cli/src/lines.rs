//! JSON lines: `rehabkollen decide` and `rehabkollen evaluate --lines` (docs/API.md §4).
//!
//! One answers document per line in, one line out per document, in input order. The input is
//! read in batches into one of two buffers: while the lines of one batch are judged on every core
//! (rayon), the output of the round before is written and the next batch read. Memory is the two
//! buffers, the output of two rounds and one document per thread, whatever the input's length; no
//! document is held as its own string, and each is read straight into its answers
//! (`Answers::direct`) or, when that declines, into the tree of the one before ([`crate::reuse`]),
//! and written into a buffer that is kept.
//!
//! A line that is not an answers document gives an error line in its place, and the run goes on.

use crate::out::{self, Out, Stop, ANSWERS};
use crate::reuse::read_into;
use rayon::prelude::*;
use rehabkollen::input::err;
use rehabkollen::value::Value;
use rehabkollen::{Answers, Date, InputError};
use serde::Serialize;
use std::io::{self, Read};
use std::ops::Range;
use std::process::ExitCode;

/// What each line gets.
#[derive(Clone, Copy)]
pub enum Judge {
    /// The decisions alone (`decide()`, docs/API.md §3).
    Decide,
    /// The whole outcome with its texts (docs/API.md §2).
    Evaluate,
}

/// Bytes asked of the input at a time.
const READ: usize = 1 << 18;
/// A batch's buffer. It holds a line of the largest answers document there may be, and a read more.
const BATCH_BYTES: usize = 4 << 20;
const _: () = assert!(BATCH_BYTES > ANSWERS.bytes + READ);
/// At most this many lines in a batch.
const BATCH_LINES: usize = 16 << 10;
/// What one round writes, all parts together, is kept near this: a round's lines are split into
/// parts of about `ROUND_OUTPUT / parts` bytes of output each (the share), by the output lines
/// have had so far. A part whose output reaches twice its share stops there (the lines got much
/// longer output than those before), and the lines after it are judged again in the next round.
const ROUND_OUTPUT: usize = 4 << 20;

/// A line of the input that is not blank.
struct Item {
    /// Its number in the input, from 1.
    line: usize,
    /// Where it is in the batch's buffer; `None` for a line over the limit, which is not kept.
    text: Option<Range<usize>>,
}

/// Lines read from the input, judged together.
struct Batch {
    buf: Vec<u8>,
    end: usize,
    items: Vec<Item>,
}

impl Batch {
    fn new() -> Batch {
        // Zeroed pages are given by the system as they are first written to: a short input
        // never takes the whole buffer.
        Batch { buf: vec![0; BATCH_BYTES], end: 0, items: Vec::new() }
    }
}

/// Reads the input into batches, line by line.
struct Reader {
    input: Box<dyn Read + Send>,
    /// Lines started so far.
    line: usize,
    /// The start of a line that did not fit in the batch before.
    carry: Vec<u8>,
    /// Inside a line over the limit: what is read of it is dropped.
    skipping: bool,
    eof: bool,
}

impl Reader {
    /// Fills `b` with the next lines: until it has [`BATCH_LINES`] lines, its buffer is full, or
    /// the input ends. Empty only at the end of the input.
    fn fill(&mut self, b: &mut Batch) -> io::Result<()> {
        b.items.clear();
        b.buf[..self.carry.len()].copy_from_slice(&self.carry);
        b.end = self.carry.len();
        self.carry.clear();
        // The line being read starts at `start`; up to `scanned` there is no line end.
        let (mut start, mut scanned) = (0, 0);
        loop {
            while let Some(i) = memchr::memchr(b'\n', &b.buf[scanned..b.end]) {
                let end = scanned + i;
                // The end of a line over the limit was all that was left of it.
                if !std::mem::take(&mut self.skipping) {
                    self.push(b, start..end);
                }
                (start, scanned) = (end + 1, end + 1);
                if b.items.len() == BATCH_LINES {
                    self.carry.extend_from_slice(&b.buf[start..b.end]);
                    b.end = start;
                    return Ok(());
                }
            }
            if !self.skipping && b.end - start > ANSWERS.bytes {
                self.line += 1;
                b.items.push(Item { line: self.line, text: None });
                self.skipping = true;
            }
            if self.skipping {
                b.end = start;
            }
            scanned = b.end;
            if self.eof {
                if !std::mem::take(&mut self.skipping) && start < b.end {
                    self.push(b, start..b.end);
                }
                return Ok(());
            }
            if b.buf.len() - b.end < READ {
                if !b.items.is_empty() {
                    // Full: the line being read goes on in the next batch.
                    self.carry.extend_from_slice(&b.buf[start..b.end]);
                    b.end = start;
                    return Ok(());
                }
                // Only blank lines so far: the line being read moves to the front.
                b.buf.copy_within(start..b.end, 0);
                (b.end, start, scanned) = (b.end - start, 0, b.end - start);
            }
            match self.input.read(&mut b.buf[b.end..]) {
                Ok(0) => self.eof = true,
                Ok(n) => b.end += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }

    /// A whole line read: kept unless it is blank. The input's first line may start with a
    /// UTF-8 byte-order mark, which is not part of the JSON.
    fn push(&mut self, b: &mut Batch, mut text: Range<usize>) {
        self.line += 1;
        if self.line == 1 && b.buf[text.clone()].starts_with(b"\xef\xbb\xbf") {
            text.start += 3;
        }
        if text.len() > ANSWERS.bytes {
            b.items.push(Item { line: self.line, text: None });
        } else if !b.buf[text.clone()].iter().all(u8::is_ascii_whitespace) {
            b.items.push(Item { line: self.line, text: Some(text) });
        }
    }
}

/// One part of a round: what a thread judges, and what it keeps from one document to the next.
struct Worker {
    /// The tree the next document is read into.
    slot: Value,
    /// The output lines of this part.
    out: Vec<u8>,
    /// How many of the part's lines were judged: all, unless the output reached its share.
    done: usize,
    refused: usize,
    /// The first refused line, as standard error says it.
    first: Option<String>,
}

/// An error line: `{"error": {"line": 12, "path": "person.age", "text": {"sv": "…", "en": "…"}}}`.
#[derive(Serialize)]
struct Refused<'a> {
    error: Refusal<'a>,
}

#[derive(Serialize)]
struct Refusal<'a> {
    line: usize,
    path: &'a str,
    text: Words<'a>,
}

#[derive(Serialize)]
struct Words<'a> {
    sv: &'a str,
    en: &'a str,
}

/// The answers on one line.
fn answers(buf: &[u8], item: &Item, slot: &mut Value) -> Result<Answers, InputError> {
    let Some(text) = &item.text else {
        let mib = ANSWERS.bytes >> 20;
        return Err(err(
            "",
            format!("the line is longer than {mib} MiB, the most an answers document may be"),
            format!("raden är längre än {mib} MiB, det mesta ett svarsdokument får vara"),
        ));
    };
    let text = std::str::from_utf8(&buf[text.clone()])
        .map_err(|_| err("", "not UTF-8 text".into(), "inte text i UTF-8".into()))?;
    // A plain, valid document is read straight into its answers; any other through the tree,
    // which gives the same answers or the error.
    if let Some(a) = Answers::direct(text) {
        return Ok(a);
    }
    read_into(text, slot).map_err(|e| {
        // A line is one line of text: the column says where.
        let e = e.to_string().replace(" at line 1 column ", " at column ");
        err("", format!("not valid JSON: {e}"), format!("inte giltig JSON: {e}"))
    })?;
    Answers::from_value(slot)
}

impl Worker {
    fn new() -> Worker {
        Worker { slot: Value::Null, out: Vec::new(), done: 0, refused: 0, first: None }
    }

    /// Judges `items` in order until they are done or the output has reached `stop` bytes.
    fn judge(&mut self, buf: &[u8], items: &[Item], judge: Judge, today: Date, stop: usize) {
        self.out.clear();
        (self.done, self.refused, self.first) = (0, 0, None);
        for item in items {
            match answers(buf, item, &mut self.slot) {
                Ok(a) => match judge {
                    Judge::Decide => serde_json::to_writer(&mut self.out, &rehabkollen::decide::decide(&a, today)),
                    Judge::Evaluate => {
                        serde_json::to_writer(&mut self.out, &rehabkollen::evaluate_explained(&a, today))
                    }
                }
                .expect("a decision and an outcome always serialize"),
                Err(e) => {
                    let error = Refusal { line: item.line, path: &e.path, text: Words { sv: &e.sv, en: &e.en } };
                    serde_json::to_writer(&mut self.out, &Refused { error }).expect("serializes");
                    self.refused += 1;
                    self.first.get_or_insert_with(|| format!("line {}: {e}", item.line));
                }
            }
            self.out.push(b'\n');
            self.done += 1;
            if self.out.len() >= stop {
                break;
            }
        }
    }
}

/// Judges every line of the input (a file, or standard input for `-` or none) and writes one line
/// for each to `out`, in input order. Status 0 when every line was judged; 1 when some were
/// refused, each with its error line, and standard error names the first.
pub fn run(arg: Option<&str>, judge: Judge, today: Date, out: &mut Out) -> Result<ExitCode, Stop> {
    let name = out::name(arg).to_owned();
    let read_failed = |e: io::Error| Stop::Bad(format!("{name}: {}", out::file_problem(&e)));
    // The threads get the stack the main thread has (8 MiB, as the command line judged one
    // document before); rayon's own default is 2 MiB. Only the first call builds the pool.
    let _ = rayon::ThreadPoolBuilder::new().stack_size(8 << 20).build_global();
    let mut reader = Reader { input: out::open(arg)?, line: 0, carry: Vec::new(), skipping: false, eof: false };
    let threads = rayon::current_num_threads();
    let parts = 4 * threads;
    let share = (ROUND_OUTPUT / parts).max(1);
    // Judged into one set while the other's output is written.
    let (mut judging, mut writing): (Vec<Worker>, Vec<Worker>) =
        ((0..parts).map(|_| Worker::new()).collect(), (0..parts).map(|_| Worker::new()).collect());
    let mut pending = 0;
    let (mut cur, mut next) = (Batch::new(), Batch::new());
    let (mut next_ready, mut from) = (false, 0);
    // Output bytes per line, as judged so far; a first guess on the large side.
    let mut per_line = 16 << 10;
    let (mut refused, mut first) = (0, None);
    loop {
        if from == cur.items.len() {
            if !next_ready {
                reader.fill(&mut next).map_err(read_failed)?;
            }
            std::mem::swap(&mut cur, &mut next);
            (next_ready, from) = (false, 0);
            if cur.items.is_empty() {
                break;
            }
        }
        let left = &cur.items[from..];
        let per_part = (share / per_line).clamp(1, left.len().div_ceil(parts));
        // Lines whose output is larger than a share each: a line per thread, or as many as fit in a round.
        let fit = (ROUND_OUTPUT / per_line).max(threads);
        let round = &left[..left.len().min(per_part * parts).min(fit)];
        let used = round.len().div_ceil(per_part);
        let buf = &cur.buf[..cur.end];
        let (_, io) = rayon::join(
            || {
                judging[..used]
                    .par_iter_mut()
                    .zip(round.par_chunks(per_part))
                    .for_each(|(w, items)| w.judge(buf, items, judge, today, 2 * share));
            },
            || -> Result<(), Stop> {
                for w in &writing[..pending] {
                    out.bytes(&w.out)?;
                }
                if !next_ready {
                    reader.fill(&mut next).map_err(read_failed)?;
                }
                Ok(())
            },
        );
        io?;
        next_ready = true;
        // The parts are written in order up to the first one that stopped early; the lines after
        // it are judged again in the next round.
        let (mut lines, mut bytes) = (0, 0);
        pending = 0;
        for (w, items) in judging[..used].iter_mut().zip(round.chunks(per_part)) {
            (lines, bytes, pending) = (lines + w.done, bytes + w.out.len(), pending + 1);
            refused += w.refused;
            if first.is_none() {
                first = w.first.take();
            }
            if w.done < items.len() {
                break;
            }
        }
        from += lines;
        per_line = (bytes / lines.max(1)).max(1);
        std::mem::swap(&mut judging, &mut writing);
    }
    for w in &writing[..pending] {
        out.bytes(&w.out)?;
    }
    out.finish()?;
    Ok(match first {
        None => ExitCode::SUCCESS,
        Some(first) => {
            match refused - 1 {
                0 => out::say(&first),
                1 => out::say(&format!("{first} (and 1 more line refused)")),
                more => out::say(&format!("{first} (and {more} more lines refused)")),
            }
            ExitCode::from(1)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Input given a few bytes at a time, so lines are cut at every place.
    struct Trickle {
        data: Vec<u8>,
        at: usize,
        n: usize,
    }

    impl Read for Trickle {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.n = self.n % 7 + 1;
            let k = self.n.min(buf.len()).min(self.data.len() - self.at);
            buf[..k].copy_from_slice(&self.data[self.at..self.at + k]);
            self.at += k;
            Ok(k)
        }
    }

    /// Every line the reader gives, with its number: its text, or `None` when over the limit.
    fn read_all(input: Box<dyn Read + Send>) -> Vec<(usize, Option<String>)> {
        let mut reader = Reader { input, line: 0, carry: Vec::new(), skipping: false, eof: false };
        let mut b = Batch::new();
        let mut all = Vec::new();
        loop {
            reader.fill(&mut b).unwrap();
            if b.items.is_empty() {
                return all;
            }
            assert!(b.items.len() <= BATCH_LINES && b.end <= BATCH_BYTES);
            all.extend(
                b.items.iter().map(|i| (i.line, i.text.clone().map(|r| String::from_utf8(b.buf[r].to_vec()).unwrap()))),
            );
        }
    }

    #[test]
    fn every_line_is_read_once_with_its_number_however_the_reads_fall() {
        let mut lines = vec!["\u{feff}{\"first\":1}\r".to_owned(), String::new(), "  \t".into()];
        lines.extend((0..40_000).map(|i| if i % 10 == 3 { String::new() } else { format!("{{\"i\":{i}}}") }));
        // Long lines fill the buffer before a batch has its most lines.
        lines.extend((0..3_000).map(|i| format!("{{\"long\":\"{}\"}}", "x".repeat(1_000 + i))));
        lines.push("x".repeat(ANSWERS.bytes));
        lines.push("y".repeat(ANSWERS.bytes + 1));
        lines.push("z".repeat(3 * ANSWERS.bytes));
        lines.push("{\"last\":1}".into());
        let text = lines.join("\n");
        let want: Vec<(usize, Option<String>)> = lines
            .iter()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| {
                let l = l.trim_start_matches('\u{feff}');
                (i + 1, (l.len() <= ANSWERS.bytes).then(|| l.to_owned()))
            })
            .collect();
        assert_eq!(read_all(Box::new(io::Cursor::new(text.clone().into_bytes()))), want);
        assert_eq!(read_all(Box::new(Trickle { data: text.into_bytes(), at: 0, n: 0 })), want);
    }
}
