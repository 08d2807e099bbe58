//! How the command line writes, reads files, and ends.
//!
//! Every command writes through [`Out`]: a reader that has gone away (`rehabkollen rules sv | head
//! -1`) ends the run quietly with status 0, as `head` expects. (`println!` would panic on the
//! closed pipe, and the release build aborts on a panic.) Every other failure is one line on
//! standard error, `rehabkollen: <what>: <what is wrong>`, in English, and status 2.

use serde::Serialize;
use std::io::{self, Read, Write};
use std::process::ExitCode;

/// Why a command stopped before its end.
#[derive(Debug)]
pub enum Stop {
    /// Standard output's reader has gone away: a quiet end, status 0.
    Closed,
    /// Bad input: this line on standard error (after `rehabkollen: `), status 2.
    Bad(String),
    /// An unknown command or missing arguments: the usage on standard error, status 2.
    Usage,
}

impl From<String> for Stop {
    fn from(message: String) -> Stop {
        Stop::Bad(message)
    }
}

impl From<&str> for Stop {
    fn from(message: &str) -> Stop {
        Stop::Bad(message.to_owned())
    }
}

/// A failed write to standard output.
pub fn write_failed(e: &io::Error) -> Stop {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Stop::Closed
    } else {
        Stop::Bad(format!("standard output: cannot be written ({})", words(e)))
    }
}

/// Writes one line to standard error; a closed standard error is not worth more than that.
pub fn say(line: &str) {
    let _ = writeln!(io::stderr(), "rehabkollen: {line}");
}

/// The exit status for how a command ended: `Ok(status)`, a closed output (0), or one line on
/// standard error and 2.
pub fn end(result: Result<ExitCode, Stop>, usage: &str) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(Stop::Closed) => ExitCode::SUCCESS,
        Err(Stop::Bad(message)) => {
            say(&message);
            ExitCode::from(2)
        }
        Err(Stop::Usage) => {
            let _ = writeln!(io::stderr(), "{usage}");
            ExitCode::from(2)
        }
    }
}

/// Standard output, buffered. `Send`, so batches of JSON lines can be written from another thread.
pub struct Out(io::BufWriter<io::Stdout>);

impl Default for Out {
    fn default() -> Self {
        Out(io::BufWriter::with_capacity(1 << 16, io::stdout()))
    }
}

impl Out {
    pub fn bytes(&mut self, bytes: &[u8]) -> Result<(), Stop> {
        self.0.write_all(bytes).map_err(|e| write_failed(&e))
    }

    /// A line of text.
    pub fn line(&mut self, text: &str) -> Result<(), Stop> {
        self.bytes(text.as_bytes())?;
        self.bytes(b"\n")
    }

    /// A value as one line of JSON.
    pub fn json<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        self.line(&serde_json::to_string(value).expect("serializes"))
    }

    /// Writes out what is still buffered.
    pub fn finish(&mut self) -> Result<(), Stop> {
        self.0.flush().map_err(|e| write_failed(&e))
    }
}

/// What went wrong with a file, in words: `no such file`, `is a folder, not a file`, or `cannot be
/// read (permission denied)`.
pub fn file_problem(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file".into(),
        io::ErrorKind::IsADirectory => "is a folder, not a file".into(),
        io::ErrorKind::InvalidData => "is not UTF-8 text".into(),
        _ => format!("cannot be read ({})", words(e)),
    }
}

/// An I/O error as plain words, without the system's error number: `permission denied`.
pub fn words(e: &io::Error) -> String {
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or_default();
    let mut chars = text.chars();
    chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// An input file, or standard input for `-` or none, as messages name it.
pub fn name(arg: Option<&str>) -> &str {
    match arg {
        None | Some("-") => "standard input",
        Some(path) => path,
    }
}

/// Opens a file, or standard input for `-` or none. A folder or a file that cannot be opened is
/// refused here, before the command has written anything.
pub fn open(arg: Option<&str>) -> Result<Box<dyn Read + Send>, Stop> {
    match arg {
        None | Some("-") => Ok(Box::new(io::stdin())),
        Some(path) => {
            let file = std::fs::File::open(path).map_err(|e| format!("{path}: {}", file_problem(&e)))?;
            match file.metadata() {
                Ok(m) if m.is_dir() => Err(format!("{path}: is a folder, not a file").into()),
                Ok(_) => Ok(Box::new(file)),
                Err(e) => Err(format!("{path}: {}", file_problem(&e)).into()),
            }
        }
    }
}

/// The most one JSON document given to the command line may be, and what it is called.
#[derive(Clone, Copy)]
pub struct Limit {
    pub bytes: usize,
    pub what: &'static str,
}

/// One answers document. It holds at most 500 measures; the largest there can be (every field of
/// every measure at its longest value, each measure with its own provider) is 0.36 MB written
/// compactly and 0.65 MB indented by four spaces. 2 MiB leaves three times that for any layout.
pub const ANSWERS: Limit = Limit { bytes: 2 << 20, what: "an answers document" };

/// One invoice basis (or the employee file of a CSV check). A basis concerns one employee; a line
/// with every field written out is about 300 bytes, so 2 MiB holds some 7 000 lines, seven times
/// the most the page reads from a file. Longer lists of lines belong in a CSV file, which is
/// streamed and has no limit.
pub const INVOICE: Limit = Limit { bytes: 2 << 20, what: "an invoice basis" };

impl Limit {
    fn refuse(self, name: &str) -> Stop {
        Stop::Bad(format!("{name}: larger than {} MiB, the most {} may be", self.bytes >> 20, self.what))
    }
}

/// Reads one JSON document: a file, or standard input for `-` or none. A file larger than the
/// limit is refused before it is read; standard input as soon as it has given more. A UTF-8
/// byte-order mark, which Windows editors put first, is not part of the JSON.
pub fn read_document(arg: Option<&str>, limit: Limit) -> Result<String, Stop> {
    let name = name(arg);
    let input = open(arg)?;
    if let Some(path) = arg.filter(|a| *a != "-") {
        if std::fs::metadata(path).is_ok_and(|m| m.len() > limit.bytes as u64) {
            return Err(limit.refuse(name));
        }
    }
    let mut bytes = Vec::new();
    input.take(limit.bytes as u64 + 1).read_to_end(&mut bytes).map_err(|e| format!("{name}: {}", file_problem(&e)))?;
    if bytes.len() > limit.bytes {
        return Err(limit.refuse(name));
    }
    let text = String::from_utf8(bytes).map_err(|_| format!("{name}: is not UTF-8 text"))?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_io_error_is_plain_words() {
        assert_eq!(words(&io::Error::from_raw_os_error(13)), "permission denied");
        assert_eq!(
            file_problem(&io::Error::from_raw_os_error(40)),
            "cannot be read (too many levels of symbolic links)"
        );
        assert_eq!(file_problem(&io::Error::from(io::ErrorKind::NotFound)), "no such file");
    }
}
