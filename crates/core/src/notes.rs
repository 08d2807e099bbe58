//! Notes shown beside the verdicts: where sources conflict (docs/RULES.md lists each conflict, and the
//! checker must show it rather than silently pick one side), and pointers to other support.

use crate::sources::Source;
use crate::text::{t, Text};
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

notes! {
    /// Added where a result is settled by every way the open questions could be answered, though
    /// no single requirement shows it (docs/API.md §7, "Missing").
    SETTLED = "info_settled_whatever_the_answers" {
        kind: Info,
        scheme: "",
        rules: &[],
        explained: own(
            t(
                "Några frågor är obesvarade, men hur de än besvaras blir resultatet för minst ett av stöden detsamma. Därför frågar vi inte efter dem.",
                "Some questions are unanswered, but however they are answered the result for at least one of the schemes is the same. That is why they are not asked.",
            ),
            &[],
        ),
    }
}
