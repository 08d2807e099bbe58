//! The outcome explained: every id the decision gives (rules, documents, notes, next steps,
//! schemes) joined with its text and source, as docs/API.md §2 has it. The CLI, the text catalogue
//! and the tests call this; the page's wasm module never does (it hands over ids, and the page
//! joins them with its text catalogue, `www/engine.js`), so no text is linked into it.

use crate::id::SchemeId;
use crate::next_step::StepText;
use crate::notes::{Note, NoteBody};
use crate::outcome::{Outcome, ReasonOut};
use crate::rule::RuleText;
use crate::schemes::{afa, fk, rg, samordning};
use crate::sources::Source;
use crate::text::Text;

/// What explains one scheme: its name, and the texts of its rules, documents, notes and steps.
pub struct SchemeTexts {
    pub name: Text,
    pub rules: &'static [RuleText],
    pub documents: &'static [(&'static str, Text)],
    pub notes: &'static [&'static Note],
    pub note_texts: &'static [(&'static str, NoteBody)],
    pub steps: &'static [StepText],
}

/// The texts of a scheme.
pub fn scheme_texts(id: SchemeId) -> SchemeTexts {
    macro_rules! of {
        ($m:ident) => {
            SchemeTexts {
                name: $m::NAME,
                rules: $m::RULE_TEXTS,
                documents: $m::DOCUMENT_TEXTS,
                notes: $m::NOTES,
                note_texts: $m::NOTE_TEXTS,
                steps: $m::STEP_TEXTS,
            }
        };
    }
    match id {
        SchemeId::Afa => of!(afa),
        SchemeId::Fk => of!(fk),
        SchemeId::Rg => of!(rg),
        SchemeId::Samordning => of!(samordning),
    }
}

/// Every rule with its text and source: the schemes' in outcome order, then combining schemes'.
pub fn all_rules() -> impl Iterator<Item = &'static RuleText> {
    SchemeId::ALL.into_iter().flat_map(|id| scheme_texts(id).rules).chain(crate::combined::RULE_TEXTS)
}

/// The text and source of a rule of any scheme.
pub fn text_of(id: &str) -> &'static RuleText {
    all_rules().find(|r| r.id == id).expect("every rule has its text")
}

/// Every note, scheme by scheme.
pub fn all_notes() -> impl Iterator<Item = (&'static Note, &'static NoteBody)> {
    SchemeId::ALL.into_iter().flat_map(|id| {
        let t = scheme_texts(id);
        t.notes.iter().zip(t.note_texts).map(|(n, (id, body))| {
            debug_assert_eq!(n.id, *id);
            (*n, body)
        })
    })
}

/// Every document's text, by id.
pub fn documents() -> impl Iterator<Item = &'static (&'static str, Text)> {
    SchemeId::ALL.into_iter().flat_map(|id| scheme_texts(id).documents)
}

/// Every step's text.
pub fn steps() -> impl Iterator<Item = &'static StepText> {
    SchemeId::ALL.into_iter().flat_map(|id| scheme_texts(id).steps)
}

/// The text of a document of any scheme's checklist.
pub fn document_text(id: &str) -> Text {
    documents().find(|(d, _)| *d == id).map(|(_, t)| *t).expect("every document has its text")
}

/// What a note says, and its sources.
pub fn note_text(id: &str) -> (Text, &'static [Source]) {
    let (_, body) = all_notes().find(|(n, _)| n.id == id).expect("every note has its text");
    match body {
        NoteBody::Own(text, sources) => (*text, sources),
        NoteBody::Rule(rule) => {
            let r = text_of(rule.id);
            (r.text, std::slice::from_ref(&r.source))
        }
    }
}

/// A step's text and official page.
pub fn step_text(id: &str) -> &'static StepText {
    steps().find(|s| s.id == id).expect("every step has its text")
}

fn reason(r: &mut ReasonOut) {
    let t = text_of(r.rule);
    r.text = Some(t.text);
    r.source = Some(t.source);
}

/// Fills in every text and source of an outcome.
pub fn explain(o: &mut Outcome) {
    for s in &mut o.schemes {
        s.name = Some(scheme_texts(s.id).name);
        s.reasons.iter_mut().for_each(reason);
        for m in &mut s.measures {
            m.reasons.iter_mut().for_each(reason);
        }
        for d in &mut s.documents {
            d.text = Some(document_text(d.id));
        }
        for c in &mut s.changes {
            c.texts = Some(c.rules.iter().map(|id| text_of(id).text).collect());
            c.sources = Some(c.rules.iter().map(|id| text_of(id).source).collect());
        }
        if let Some(step) = &mut s.next_step {
            let t = step_text(step.id.take().expect("a lean step has its id"));
            step.how = Some(t.how);
            step.url = Some(t.url());
        }
    }
    for n in &mut o.notes {
        let (text, sources) = note_text(n.note.id);
        n.text = Some(text);
        n.sources = Some(sources);
    }
    for c in &mut o.combined {
        let [a, b] = c.rules.map(text_of);
        c.text = Some(a.text);
        c.sources = Some([a.source, b.source]);
    }
}
