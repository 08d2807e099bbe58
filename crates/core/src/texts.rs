//! The page's text catalogue, one language at a time (`rehabkollen texts sv|en`; `make wasm`
//! writes `www/pkg/texts-sv.json` and `texts-en.json`): the question catalogue, and every text and
//! source the page's module leaves out of its outcome, by the id the outcome carries — rules by
//! rule id (reasons, and the COMB note), documents, notes and next steps by theirs, scheme names
//! by scheme id. The texts still live once, here in the Rust sources; the page puts them back
//! (`www/engine.js`), and a test holds the result equal to the full module's `evaluate()`.

use crate::explain::{self, all_rules, note_text, scheme_texts};
use crate::id::SchemeId;
use crate::questions::{catalogue, GroupOut, QuestionOut};
use crate::registry::BecauseOut;
use crate::sources::{self, Source};
use crate::text::Lang;
use crate::Version;
use serde::Serialize;
use std::collections::BTreeMap;

/// Everything the page shows in one language, by id.
#[derive(Serialize)]
pub struct Texts {
    pub lang: &'static str,
    pub version: Version,
    pub questions: Vec<QuestionOut>,
    pub groups: Vec<GroupOut>,
    pub schemes: BTreeMap<&'static str, &'static str>,
    pub rules: BTreeMap<&'static str, RuleText>,
    pub documents: BTreeMap<&'static str, &'static str>,
    pub notes: BTreeMap<&'static str, NoteText>,
    pub steps: BTreeMap<&'static str, StepText>,
    /// The title of each page a source without a stored copy names first (its `ref`), by page id:
    /// what a link to it says, beside the source's section ("7 §" alone names no law).
    pub pages: BTreeMap<&'static str, &'static str>,
}

/// A rule's reason and its source, as a reason in the full outcome has them, and the clauses a
/// page writes after "eftersom" / "because" (rules 2026.3).
#[derive(Serialize)]
pub struct RuleText {
    pub text: &'static str,
    pub because: BecauseOut,
    pub source: Source,
}

/// A note's text and sources.
#[derive(Serialize)]
pub struct NoteText {
    pub text: &'static str,
    pub sources: &'static [Source],
}

/// A next step's text and the official page it links.
#[derive(Serialize)]
pub struct StepText {
    pub how: &'static str,
    pub url: &'static str,
}

/// The catalogue in `lang`.
pub fn texts(lang: Lang) -> Texts {
    let cat = catalogue(lang);
    Texts {
        lang: match lang {
            Lang::Sv => "sv",
            Lang::En => "en",
        },
        version: crate::version(),
        questions: cat.questions,
        groups: cat.groups,
        schemes: SchemeId::ALL.iter().map(|id| (id.as_str(), scheme_texts(*id).name.get(lang))).collect(),
        rules: all_rules()
            .map(|r| (r.id, RuleText { text: r.text.get(lang), because: BecauseOut::of(r, lang), source: r.source }))
            .collect(),
        documents: explain::documents().map(|(id, text)| (*id, text.get(lang))).collect(),
        notes: explain::all_notes()
            .map(|(n, _)| {
                let (text, sources) = note_text(n.id);
                (n.id, NoteText { text: text.get(lang), sources })
            })
            .collect(),
        steps: explain::steps().map(|s| (s.id, StepText { how: s.how.get(lang), url: s.url() })).collect(),
        pages: all_rules()
            .map(|r| r.source)
            .chain(explain::all_notes().flat_map(|(n, _)| note_text(n.id).1.iter().copied()))
            .filter(|s| s.doc.is_none())
            .filter_map(|s| sources::ids(s.refs).next())
            .filter_map(|id| Some((id, sources::title(id)?)))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_names_one_text() {
        let t = texts(Lang::Sv);
        assert_eq!(t.rules.len(), all_rules().count(), "a rule id twice");
        assert_eq!(t.documents.len(), explain::documents().count(), "a document id twice");
        assert_eq!(t.notes.len(), explain::all_notes().count(), "a note id twice");
        assert_eq!(t.steps.len(), explain::steps().count(), "a step id twice");
        assert_eq!(t.schemes.len(), 4);
        // A source of a note without a stored copy (FK's cap per calendar year: Förordning
        // (2014:67) 7 §) is named by its page's title.
        assert!(t.pages["F1"].starts_with("Förordning (2014:67)"));
        for n in t.notes.values() {
            for s in n.sources.iter().filter(|s| s.doc.is_none()) {
                assert!(t.pages.contains_key(sources::ids(s.refs).next().unwrap()), "{}", s.refs);
            }
        }
        for s in crate::schemes::SCHEMES {
            for d in s.documents {
                assert!(t.rules.contains_key(d.rule.id), "{}", d.id);
            }
        }
    }
}
