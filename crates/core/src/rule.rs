//! A rule as the decision names it (its id), apart from what explains it (its requirement text
//! and source). The outcome carries ids; the texts sit in tables of their own ([`RuleText`]), next
//! to their rules in the source, that only the explaining code reads — so a build that only
//! decides (the page's wasm module) never links a text.

use crate::sources::Source;
use crate::text::Text;

/// A rule, by its id (`AFA-COV-1`).
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
}

/// A rule's requirement text in Swedish and English, and where it comes from.
#[derive(Debug)]
pub struct RuleText {
    pub id: &'static str,
    pub text: Text,
    pub source: Source,
}

/// Rules, each written once: `NAME = "ID" { text: t(sv, en), source: … }`. Makes a static
/// [`Rule`] per rule, `RULES` (every rule, in the order written) and `RULE_TEXTS` (their texts and
/// sources, in the same order).
#[macro_export]
macro_rules! rules {
    ($($(#[$m:meta])* $name:ident = $id:literal { text: $text:expr, source: $source:expr $(,)? })+) => {
        $($(#[$m])* pub static $name: $crate::rule::Rule = $crate::rule::Rule { id: $id };)+
        /// Every rule of this module, in the order the registry lists them.
        pub static RULES: &[&$crate::rule::Rule] = &[$(&$name),+];
        /// The texts and sources of [`RULES`], in the same order.
        pub static RULE_TEXTS: &[$crate::rule::RuleText] = &[$($crate::rule::RuleText { id: $id, text: $text, source: $source }),+];
    };
}

/// An item of a scheme's document checklist, by its id, and the rule that asks for it.
#[derive(Clone, Copy, Debug)]
pub struct Document {
    pub id: &'static str,
    pub rule: &'static Rule,
    /// Whether the user says they have it (`None`: not asked, or not answered).
    pub have: Option<bool>,
}

/// A checklist, each item written once: `"id" => RULE, t(sv, en);`. Makes `DOCUMENTS` and
/// `DOCUMENT_TEXTS` (their texts, apart, like [`RuleText`]).
#[macro_export]
macro_rules! documents {
    ($($id:literal => $rule:ident, $text:expr;)+) => {
        /// The documents, in checklist order.
        pub static DOCUMENTS: &[$crate::rule::Document] = &[$($crate::rule::Document { id: $id, rule: &$rule, have: None }),+];
        /// The texts of [`DOCUMENTS`], by id.
        pub static DOCUMENT_TEXTS: &[(&str, $crate::text::Text)] = &[$(($id, $text)),+];
    };
}
