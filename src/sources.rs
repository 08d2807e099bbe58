//! Where each rule comes from: a seed document (by file name and section heading) or a
//! public page named by its id in `shared/spec/rules.md` (A1…A14, F1…F11, R4, R12, S5, P1, P2).
//!
//! The seeds are the primary sources. The web pages' addresses were not part of the source list
//! we were given, so a web source carries its id (`ref`) and a null `url` rather than a guessed one.

use serde::Serialize;

/// A citation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The seed file, when the rule comes from a seed.
    pub doc: Option<&'static str>,
    /// The public address, when one is known.
    pub url: Option<&'static str>,
    /// The heading in the seed, or the page and paragraph.
    pub section: &'static str,
    /// The ids of the public pages in `rules.md` (e.g. `"A9, A14"`), empty when none.
    #[serde(rename = "ref")]
    pub refs: &'static str,
    /// A secondary source: rules.md asks the checker to say so.
    pub secondary: bool,
}

pub const AFA: &str = "000_25e51b488a68ee13.txt";
pub const FK_SERVICES: &str = "001_f179ac39f29b4ebd.txt";
pub const FK_REPORT: &str = "002_44686c56c502207a.txt";
pub const RG: &str = "003_9e52da95b2f4db62.txt";
pub const SAM: &str = "004_ebaf56c7424ac0c3.txt";

/// A seed and its section heading.
pub const fn seed(doc: &'static str, section: &'static str) -> Source {
    Source { doc: Some(doc), url: None, section, refs: "", secondary: false }
}

/// A seed with supporting public pages.
pub const fn seed_and(doc: &'static str, section: &'static str, refs: &'static str) -> Source {
    Source { doc: Some(doc), url: None, section, refs, secondary: false }
}

/// Public pages only.
pub const fn web(refs: &'static str, section: &'static str) -> Source {
    Source { doc: None, url: None, section, refs, secondary: false }
}

/// A secondary public page (rules.md: "secondary source: say so").
pub const fn secondary(refs: &'static str, section: &'static str) -> Source {
    Source { doc: None, url: None, section, refs, secondary: true }
}
