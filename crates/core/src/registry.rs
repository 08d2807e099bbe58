//! The rule registry (`rules(lang)`): every rule of every scheme, with its text in one language
//! and every source it names as a link — what the "Regler och källor" page renders, offline,
//! with one anchor per rule id that result pages can link to.

use crate::explain::scheme_texts;
use crate::id::SchemeId;
use crate::rule::RuleText;
use crate::sources::{ids, url, Source};
use crate::text::{t, Lang, Text};
use serde::Serialize;

/// The registry in one language.
#[derive(Serialize)]
pub struct Registry {
    pub lang: &'static str,
    pub rules_version: &'static str,
    pub sources_as_of: &'static str,
    pub schemes: Vec<SchemeRules>,
}

/// The rules of one scheme (or of combining schemes).
#[derive(Serialize)]
pub struct SchemeRules {
    pub id: &'static str,
    pub name: &'static str,
    pub rules: Vec<RuleEntry>,
}

/// One rule.
#[derive(Serialize)]
pub struct RuleEntry {
    pub id: &'static str,
    pub text: &'static str,
    pub because: BecauseOut,
    pub sources: Vec<SourceLink>,
}

/// What a page writes after "eftersom" / "because" for a reason of a rule, in one language
/// (`crate::rule::Because`): `{kind}` stands for the measure's kind as it reads in a sentence
/// (the kind option's `in_sentence` in the question catalogue).
#[derive(Serialize)]
pub struct BecauseOut {
    /// When the rule holds.
    pub holds: &'static str,
    /// When it does not; `null` for a rule that only informs (its reasons always hold).
    pub fails: Option<&'static str>,
    /// Other clauses for some kinds of measure, by kind.
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub kinds: std::collections::BTreeMap<&'static str, KindClauses>,
}

/// A rule's clauses for one kind of measure.
#[derive(Serialize)]
pub struct KindClauses {
    pub holds: &'static str,
    pub fails: &'static str,
}

impl BecauseOut {
    /// A rule's clauses in `lang`.
    pub fn of(r: &RuleText, lang: Lang) -> BecauseOut {
        let b = r.because.as_ref().expect("every rule of the schemes has its clauses");
        BecauseOut {
            holds: b.holds.get(lang),
            fails: b.fails.map(|f| f.get(lang)),
            kinds: b
                .kinds
                .iter()
                .flat_map(|(kinds, h, f)| {
                    kinds.iter().map(|k| (k.as_str(), KindClauses { holds: h.get(lang), fails: f.get(lang) }))
                })
                .collect(),
        }
    }
}

/// One page a rule cites.
#[derive(Serialize)]
pub struct SourceLink {
    /// The official page.
    pub url: &'static str,
    /// The stored seed text that copies `url`, when there is one.
    pub doc: Option<&'static str>,
    pub section: &'static str,
    /// The page's id in [`crate::sources::PAGES`] (A0…P7).
    #[serde(rename = "ref")]
    pub id: &'static str,
    /// The page's title (Swedish, as the page itself is): what a link to it says.
    pub title: &'static str,
    pub secondary: bool,
}

/// Every page a source names: the seed's page (or the first page named) first, then the others.
pub fn links(s: &Source) -> Vec<SourceLink> {
    let page = |u: &str| crate::sources::PAGES.iter().find(|(_, x, _)| *x == u).map_or(("", ""), |(i, _, t)| (*i, *t));
    let link = |url: &'static str, doc, section| {
        let (id, title) = page(url);
        SourceLink { url, doc, section, id, title, secondary: s.secondary }
    };
    let mut out = vec![link(s.url, s.doc, s.section)];
    for id in ids(s.refs) {
        if let Some(u) = url(id).filter(|u| out.iter().all(|l| l.url != *u)) {
            // A seed's heading is not a heading of the pages beside it.
            out.push(link(u, None, if s.doc.is_some() { "" } else { s.section }));
        }
    }
    out
}

/// The groups of rules, in the order the outcome lists the schemes.
pub fn groups() -> impl Iterator<Item = (&'static str, Text, &'static [RuleText])> {
    let schemes = SchemeId::ALL.into_iter().map(|id| {
        let t = scheme_texts(id);
        (id.as_str(), t.name, t.rules)
    });
    schemes.chain([("combined", t("Att kombinera stöd", "Combining schemes"), crate::combined::RULE_TEXTS)])
}

/// The registry in one language.
pub fn rules(lang: Lang) -> Registry {
    let schemes = groups()
        .map(|(id, name, rules)| SchemeRules {
            id,
            name: name.get(lang),
            rules: rules
                .iter()
                .map(|r| RuleEntry {
                    id: r.id,
                    text: r.text.get(lang),
                    because: BecauseOut::of(r, lang),
                    sources: links(&r.source),
                })
                .collect(),
        })
        .collect();
    Registry {
        lang: if lang == Lang::Sv { "sv" } else { "en" },
        rules_version: crate::RULES_VERSION,
        sources_as_of: crate::outcome::SOURCES_AS_OF,
        schemes,
    }
}

/// The rules reference in Markdown, Swedish first and English second: every rule with its text and
/// the pages it cites, then every page by its id. `docs/RULES.md` is this text (`rehabkollen
/// rules md` writes it; a test fails when the file is out of date).
pub fn markdown() -> String {
    use std::fmt::Write;
    let (sv, en) = (rules(Lang::Sv), rules(Lang::En));
    let mut out = String::new();
    let w = &mut out;
    let _ = writeln!(w, "# Regler och källor / Rules and sources\n");
    let _ = writeln!(
        w,
        "Rules version {} (sources read {}). Generated from the rule registry by `rehabkollen rules md`; \
         do not edit by hand. How the rules combine into a result is in [API.md](API.md) §7.\n",
        sv.rules_version, sv.sources_as_of
    );
    for (s, e) in sv.schemes.iter().zip(&en.schemes) {
        let _ = writeln!(w, "## {} — `{}`\n\n*{}*\n", s.name, s.id, e.name);
        for (r, re) in s.rules.iter().zip(&e.rules) {
            let _ = writeln!(w, "### {}\n\n{}\n\n*{}*\n", r.id, r.text, re.text);
            let fails = |b: &BecauseOut| b.fails.map_or(String::new(), |f| format!(" / inte: “{f}”"));
            let _ = writeln!(
                w,
                "Eftersom: “{}”{} — *because: “{}”{}*\n",
                r.because.holds,
                fails(&r.because),
                re.because.holds,
                fails(&re.because).replace("inte:", "not:")
            );
            // Kinds with the same clauses, together.
            let mut groups: Vec<(Vec<&str>, &KindClauses, &KindClauses)> = Vec::new();
            for ((kind, k), (_, ke)) in r.because.kinds.iter().zip(&re.because.kinds) {
                match groups.iter_mut().find(|(_, g, _)| (g.holds, g.fails) == (k.holds, k.fails)) {
                    Some(g) => g.0.push(kind),
                    None => groups.push((vec![kind], k, ke)),
                }
            }
            for (kinds, k, ke) in groups {
                let kinds = kinds.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ");
                let _ = writeln!(
                    w,
                    "För {kinds}: “{}” / inte: “{}” — *for {kinds}: “{}” / not: “{}”*\n",
                    k.holds, k.fails, ke.holds, ke.fails
                );
            }
            let cites: Vec<String> = r
                .sources
                .iter()
                .map(|l| {
                    let mut c = format!("{} [{}]({})", l.id, l.title, l.url);
                    if let Some(doc) = l.doc {
                        let _ = write!(c, " (stored copy `{doc}`)");
                    }
                    if !l.section.is_empty() {
                        let _ = write!(c, ", “{}”", l.section);
                    }
                    if l.secondary {
                        c.push_str(", secondary source");
                    }
                    c
                })
                .collect();
            let _ = writeln!(w, "Källor / Sources: {}\n", cites.join("; "));
        }
    }
    let _ = writeln!(w, "## Källor / Sources\n\n| id | page | address |\n|---|---|---|");
    for (id, url, title) in crate::sources::PAGES {
        let _ = writeln!(w, "| {id} | {title} | <{url}> |");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_in_the_registry_once_with_a_link() {
        let reg = rules(Lang::En);
        let listed: Vec<&str> = reg.schemes.iter().flat_map(|s| s.rules.iter().map(|r| r.id)).collect();
        let all: Vec<&str> = crate::explain::all_rules().map(|r| r.id).collect();
        assert_eq!(listed, all);
        for r in reg.schemes.iter().flat_map(|s| &s.rules) {
            assert!(
                !r.sources.is_empty()
                    && r.sources.iter().all(|l| l.url.starts_with("http") && !l.id.is_empty() && !l.title.is_empty()),
                "{}",
                r.id
            );
        }
    }

    #[test]
    fn a_source_naming_several_pages_links_each() {
        let ids: Vec<&str> = links(&crate::explain::text_of("AFA-COV-5").source).iter().map(|l| l.id).collect();
        assert_eq!(ids, ["A9", "A14", "A3"]);
        let seed: Vec<&str> = links(&crate::explain::text_of("AFA-COV-2").source).iter().map(|l| l.id).collect();
        assert_eq!(seed, ["A0", "A2", "A3"]);
        assert_eq!(links(&crate::explain::text_of("AFA-COV-2").source)[0].doc, Some(crate::sources::AFA));
    }
}
