//! The question catalogue in one language (docs/API.md §3 `questions(lang)`): for every answer
//! path its type, options, text, help and "why we ask", from the field table (`crate::table`).
//! The page and the embed render only from this.

use crate::catalogue::{group, Group};
use crate::choices::Kind;
pub use crate::table::{find, Answer, Question, Section, QUESTIONS};
use crate::table::{QuestionText, TEXTS};
use crate::text::Lang;
use serde::Serialize;

/// Options as `{value, label}` in one language.
#[derive(Serialize)]
pub struct OptionOut {
    pub value: &'static str,
    pub label: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<Group>,
}

/// A question as the page receives it.
#[derive(Serialize)]
pub struct QuestionOut {
    pub id: &'static str,
    pub section: Section,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub text: &'static str,
    pub help: &'static str,
    pub why: &'static str,
    pub rules: &'static [&'static str],
    pub unknown_allowed: bool,
    /// Whether the user can act to change the answer (rules.md §8).
    pub actionable: bool,
    /// The questionnaire page it shares with others; absent: a page of its own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
}

/// A measure group as the page receives it.
#[derive(Serialize)]
pub struct GroupOut {
    pub id: Group,
    pub label: &'static str,
}

/// The catalogue in one language (docs/API.md §3 `questions(lang)`).
#[derive(Serialize)]
pub struct Catalogue {
    pub lang: &'static str,
    pub questions: Vec<QuestionOut>,
    pub groups: Vec<GroupOut>,
}

/// The catalogue in one language.
pub fn catalogue(lang: Lang) -> Catalogue {
    let questions = questions_of((QUESTIONS, TEXTS), lang);
    let groups = Group::ALL.iter().map(|g| GroupOut { id: *g, label: g.label().get(lang) }).collect();
    Catalogue { lang: if lang == Lang::Sv { "sv" } else { "en" }, questions, groups }
}

/// The questions of a field table in one language.
pub fn questions_of(table: (&[Question], &[QuestionText]), lang: Lang) -> Vec<QuestionOut> {
    table
        .0
        .iter()
        .zip(table.1)
        .map(|(q, texts)| {
            let (kind, opts, min, max) = match q.answer {
                Answer::Bool => ("bool", Vec::new(), None, None),
                Answer::Choice(_) => ("choice", (texts.labels)(), None, None),
                Answer::Multi(_) => ("multi", (texts.labels)(), None, None),
                Answer::Number { min, max, .. } => ("number", Vec::new(), Some(min), Some(max)),
                Answer::Money { .. } => ("money", Vec::new(), Some(0), Some(crate::money::MAX_ORE)),
                Answer::Date => ("date", Vec::new(), None, None),
            };
            let options = opts
                .into_iter()
                .map(|(value, label)| OptionOut {
                    value,
                    label: label.get(lang),
                    group: (q.field == "kind").then(|| Kind::parse(value).map(group)).flatten(),
                })
                .collect();
            QuestionOut {
                id: q.id,
                section: q.section,
                kind,
                text: texts.text.get(lang),
                help: texts.help.get(lang),
                why: texts.why.get(lang),
                rules: texts.rules,
                unknown_allowed: q.unknown_allowed,
                actionable: q.actionable,
                page: texts.page,
                options,
                min,
                max,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_has_swedish_and_english_text() {
        for (q, t) in QUESTIONS.iter().zip(TEXTS) {
            assert!(!t.text.sv.is_empty() && !t.text.en.is_empty(), "{}", q.id);
            assert!(!t.why.sv.is_empty() && !t.why.en.is_empty(), "{}", q.id);
            assert!(!t.rules.is_empty(), "{} names no rule", q.id);
        }
    }

    #[test]
    fn every_rule_a_question_names_exists() {
        let ids: Vec<_> = crate::explain::all_rules().map(|r| r.id).collect();
        for (q, t) in QUESTIONS.iter().zip(TEXTS) {
            for r in t.rules {
                assert!(ids.contains(r), "{} names unknown rule {r}", q.id);
            }
        }
    }
}
