//! Notes shown beside the verdicts: where sources conflict (docs/RULES.md lists each conflict, and the
//! checker must show it rather than silently pick one side), and pointers to other support.

use crate::sources::Source;
use crate::text::Text;
use serde::Serialize;

/// What a note is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// Two sources say different things; the user should know.
    Conflict,
    /// Other support that may fit.
    Pointer,
    /// Something the user should know about how the result was formed.
    Info,
}

/// A note, by its id; its text is in [`TEXTS`].
#[derive(Debug, Serialize)]
pub struct Note {
    pub id: &'static str,
    pub kind: NoteKind,
    pub scheme: &'static str,
    pub rules: &'static [&'static str],
}

/// A note as a result shows it: the note, and the measures it concerns (by index; empty for a
/// note about the scheme or the outcome as a whole).
#[derive(Clone, Debug)]
pub struct Noted {
    pub note: &'static Note,
    pub measures: Vec<usize>,
}

impl Noted {
    /// A note about the scheme or the outcome as a whole.
    pub fn of(note: &'static Note) -> Noted {
        Noted { note, measures: Vec::new() }
    }
    /// A note on some measures.
    pub fn on(note: &'static Note, measures: Vec<usize>) -> Noted {
        Noted { note, measures }
    }
}

/// What a note says: its own text and sources, or a rule's.
pub enum NoteBody {
    Own(Text, &'static [Source]),
    Rule(&'static crate::rule::Rule),
}

pub const fn own(text: Text, sources: &'static [Source]) -> NoteBody {
    NoteBody::Own(text, sources)
}

/// Notes, each written once; makes `ALL` (the notes) and `TEXTS` (what each says, apart).
macro_rules! notes {
    ($($(#[$m:meta])* $name:ident = $id:literal {
        kind: $kind:ident, scheme: $scheme:expr, rules: $rules:expr, explained: $body:expr $(,)?
    })+) => {
        $($(#[$m])* pub static $name: $crate::notes::Note = $crate::notes::Note { id: $id, kind: $crate::notes::NoteKind::$kind, scheme: $scheme, rules: $rules };)+
        /// Every note of this module, for the text catalogue (`crate::texts`).
        pub static NOTES: &[&$crate::notes::Note] = &[$(&$name),+];
        /// What each note of [`NOTES`] says, in the same order.
        pub static NOTE_TEXTS: &[(&str, $crate::notes::NoteBody)] = &[$(($id, $body)),+];
    };
}
pub(crate) use notes;
