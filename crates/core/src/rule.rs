//! A rule as the decision names it (its id), apart from what explains it (its requirement text
//! and source). The outcome carries ids; the texts sit in tables of their own ([`RuleText`]), next
//! to their rules in the source, that only the explaining code reads — so a build that only
//! decides (the page's wasm module) never links a text.

use crate::choices::Kind;
use crate::sources::Source;
use crate::text::Text;

/// A rule, by its id (`AFA-COV-1`).
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
}

/// A rule's requirement text in Swedish and English, what a page says after "eftersom" /
/// "because", and where it comes from.
#[derive(Debug)]
pub struct RuleText {
    pub id: &'static str,
    pub text: Text,
    /// `None` only for the invoice checker's rules, which explain themselves in their problems.
    pub because: Option<Because>,
    pub source: Source,
}

/// What a page writes after "eftersom" / "because" for a rule in a case: one clause for when it
/// holds and one for when it does not, each true whenever the rule has that value, in plain
/// words ("det saknas en plan för återgång i arbete"; Swedish in the word order of a clause:
/// "AFA inte ersätter …"). `{kind}` stands for the measure's kind as it reads in a sentence
/// (`Kind::in_sentence`); it appears only in rules judged on a measure of a known kind.
#[derive(Clone, Copy, Debug)]
pub struct Because {
    pub holds: Text,
    /// `None` for a rule that only informs (an amount, a pointer, a conflict, a document): its
    /// reasons always hold.
    pub fails: Option<Text>,
    /// Kinds of measure for which other clauses are the true ones (AFA-EXCL-2: talks held for a
    /// group are a group activity; an excluded kind is excluded as such).
    pub kinds: &'static [(&'static [Kind], Text, Text)],
}

/// The clauses of a rule that can hold or not.
pub const fn because(holds: Text, fails: Text) -> Because {
    Because { holds, fails: Some(fails), kinds: &[] }
}

/// The clause of a rule that only informs.
pub const fn informs(holds: Text) -> Because {
    Because { holds, fails: None, kinds: &[] }
}

impl Because {
    /// Other clauses for some kinds of measure.
    pub const fn for_kinds(self, kinds: &'static [(&'static [Kind], Text, Text)]) -> Because {
        Because { kinds, ..self }
    }

    /// The clause for a reason with `holds` on a measure of `kind` (`None`: not a measure, or its
    /// kind unknown), in `lang`, with `{kind}` filled in; `None` when the rule only informs and
    /// `holds` is not Yes, or when `holds` is unknown.
    pub fn clause(&self, holds: crate::tri::Tri, kind: Option<Kind>, lang: crate::text::Lang) -> Option<String> {
        use crate::tri::Tri;
        let special = kind.and_then(|k| self.kinds.iter().find(|(ks, _, _)| ks.contains(&k)));
        let text = match (holds, special) {
            (Tri::Yes, Some((_, h, _))) => *h,
            (Tri::No, Some((_, _, f))) => *f,
            (Tri::Yes, None) => self.holds,
            (Tri::No, None) => self.fails?,
            (Tri::Unknown, _) => return None,
        };
        let text = text.get(lang);
        Some(match kind {
            Some(k) => text.replace("{kind}", k.in_sentence().get(lang)),
            None => text.to_owned(),
        })
    }
}

/// Rules, each written once: `NAME = "ID" { text: t(sv, en), because: because(…), source: … }`.
/// Makes a static [`Rule`] per rule, `RULES` (every rule, in the order written) and `RULE_TEXTS`
/// (their texts, clauses and sources, in the same order). `because` may be left out only by the
/// invoice checker's rules (a test holds every rule of the schemes to it).
#[macro_export]
macro_rules! rules {
    ($($(#[$m:meta])* $name:ident = $id:literal { text: $text:expr, $(because: $because:expr,)? source: $source:expr $(,)? })+) => {
        $($(#[$m])* pub static $name: $crate::rule::Rule = $crate::rule::Rule { id: $id };)+
        /// Every rule of this module, in the order the registry lists them.
        pub static RULES: &[&$crate::rule::Rule] = &[$(&$name),+];
        /// The texts and sources of [`RULES`], in the same order.
        pub static RULE_TEXTS: &[$crate::rule::RuleText] = &[$($crate::rule::RuleText {
            id: $id,
            text: $text,
            because: $crate::rules!(@because $($because)?),
            source: $source,
        }),+];
    };
    (@because $because:expr) => { Some($because) };
    (@because) => { None };
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
