//! The outcome explained: every id the decision gives (rules, documents, notes, next steps,
//! schemes) joined with its text and source, as docs/API.md §2 has it. The CLI and the tests
//! call this; the page's wasm module never does (it hands over ids, and the page joins them with
//! its text catalogue, `www/engine.js`), so no text is linked into it.

use crate::notes::{self, NoteBody};
use crate::outcome::{Outcome, ReasonOut};
use crate::schemes::{self, text_of};
use crate::sources::Source;
use crate::text::Text;

/// The name of a scheme.
pub fn scheme_name(id: &str) -> Text {
    match id {
        schemes::afa::ID => schemes::afa::NAME,
        schemes::fk::ID => schemes::fk::NAME,
        schemes::rg::ID => schemes::rg::NAME,
        _ => schemes::samordning::NAME,
    }
}

/// The text of a document of any scheme's checklist.
pub fn document_text(id: &str) -> Text {
    documents().find(|(d, _)| *d == id).map(|(_, t)| *t).expect("every document has its text")
}

/// Every document's text, by id.
pub fn documents() -> impl Iterator<Item = &'static (&'static str, Text)> {
    let s = schemes::afa::DOCUMENT_TEXTS.iter().chain(schemes::fk::DOCUMENT_TEXTS);
    s.chain(schemes::rg::DOCUMENT_TEXTS).chain(schemes::samordning::DOCUMENT_TEXTS)
}

/// What a note says, and its sources.
pub fn note_text(id: &str) -> (Text, &'static [Source]) {
    let (_, body) = notes::TEXTS.iter().find(|(n, _)| *n == id).expect("every note has its text");
    match body {
        NoteBody::Own(text, sources) => (*text, sources),
        NoteBody::Rule(rule) => {
            let r = text_of(rule.id);
            (r.text, std::slice::from_ref(&r.source))
        }
    }
}

/// A step's text and official page.
pub fn step_text(id: &str) -> &'static crate::next_step::StepText {
    crate::next_step::TEXTS.iter().find(|s| s.id == id).expect("every step has its text")
}

fn reason(r: &mut ReasonOut) {
    let t = text_of(r.rule);
    r.text = Some(t.text);
    r.source = Some(t.source);
}

/// Fills in every text and source of an outcome.
pub fn explain(o: &mut Outcome) {
    for s in &mut o.schemes {
        s.name = Some(scheme_name(s.id));
        s.reasons.iter_mut().for_each(reason);
        for m in &mut s.measures {
            m.reasons.iter_mut().for_each(reason);
        }
        for d in &mut s.documents {
            d.text = Some(document_text(d.id));
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
