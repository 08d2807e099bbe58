//! The question catalogue in one language (docs/API.md §3 `questions(lang)`): for every answer
//! path its type, options, text, help and "why we ask", where to find the answer, what to say
//! when it is missing and what would change it, from the field table (`crate::table`), and the
//! rules that read it, worked out from the rules themselves ([`rules_reading`]). The page and the
//! embed render only from this.

use crate::catalogue::{group, Group};
use crate::choices::Kind;
pub use crate::table::{find, Answer, Question, Section, QUESTIONS};
use crate::table::{Actor, Given, QuestionText, TEXTS};
use crate::text::Lang;
use serde::Serialize;

/// Options as `{value, label}` in one language.
#[derive(Serialize)]
pub struct OptionOut {
    pub value: &'static str,
    pub label: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<Group>,
    /// For a kind of measure: the kind as it reads inside a sentence, what a rule clause's
    /// `{kind}` stands for (`crate::rule::Because`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_sentence: Option<&'static str>,
}

/// What can be done to change an answer, in one language.
#[derive(Serialize)]
pub struct ActionOut {
    /// The answer it gives; absent: any answer that meets the rules.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Given>,
    pub who: Actor,
    /// What to do, as it reads after "kan" / "can".
    pub text: &'static str,
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
    /// Where the answer is found, or who usually knows it.
    pub find_out: &'static str,
    /// What to say when the question is left without an answer.
    pub required: &'static str,
    /// The rules that read the answer (empty: none does, and `why` says so).
    pub rules: Vec<&'static str>,
    pub unknown_allowed: bool,
    /// Whether the user can act to change the answer (rules.md §8).
    pub actionable: bool,
    /// What can be done to change the answer, and by whom (empty for a fact of the case).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<ActionOut>,
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
    let reading = rules_reading();
    let questions = questions_of((QUESTIONS, TEXTS), lang, &|q| reading[q].clone());
    let groups = Group::ALL.iter().map(|g| GroupOut { id: *g, label: g.label().get(lang) }).collect();
    Catalogue { lang: if lang == Lang::Sv { "sv" } else { "en" }, questions, groups }
}

/// The questions of a field table in one language, with the rules that read each (by its index).
pub fn questions_of(
    table: (&[Question], &[QuestionText]),
    lang: Lang,
    rules: &dyn Fn(usize) -> Vec<&'static str>,
) -> Vec<QuestionOut> {
    table
        .0
        .iter()
        .zip(table.1)
        .enumerate()
        .map(|(i, (q, texts))| {
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
                .map(|(value, label)| {
                    let kind = (q.field == "kind").then(|| Kind::parse(value)).flatten();
                    OptionOut {
                        value,
                        label: label.get(lang),
                        group: kind.map(group),
                        in_sentence: kind.map(|k| k.in_sentence().get(lang)),
                    }
                })
                .collect();
            QuestionOut {
                id: q.id,
                section: q.section,
                kind,
                text: texts.text.get(lang),
                help: texts.help.get(lang),
                why: texts.why.get(lang),
                find_out: texts.find_out.get(lang),
                required: texts.required.get(lang),
                rules: rules(i),
                unknown_allowed: q.unknown_allowed,
                actionable: q.actionable,
                actions: texts
                    .actions
                    .iter()
                    .map(|a| ActionOut { value: a.value, who: a.who, text: a.text.get(lang) })
                    .collect(),
                page: texts.page,
                options,
                min,
                max,
            }
        })
        .collect()
}

/// The rules that read each question (by its index in [`QUESTIONS`]), in the registry's order,
/// worked out from the rules themselves: every scheme judged with its reasons on answers where
/// nothing is known, with no measures and with one measure of each kind, on a day the guarantee
/// still ran and on one after it. Nothing unknown settles a Kleene `and` or `or`, so every
/// condition reads all it can read, and [`Ctx::about`] notes what each rule read ([`Ctx::all`]
/// for the conditions; notes, pointers and documents for themselves). To that come the kind's
/// own rules for `measures[].kind` (each scheme's column of the measure catalogue), and the
/// rules of the amount (each scheme's `amount_rules`) for the questions its grants and total read.
///
/// [`Ctx::about`]: crate::judge::Ctx::about
/// [`Ctx::all`]: crate::judge::Ctx::all
pub fn rules_reading() -> Vec<Vec<&'static str>> {
    use crate::answers::{Answers, Measure};
    use crate::date::Date;
    use crate::fields::ones;
    use crate::judge::Ctx;
    use crate::schemes::SCHEMES;
    use std::collections::BTreeSet;
    let mut read: Vec<BTreeSet<&'static str>> = vec![BTreeSet::new(); QUESTIONS.len()];
    let mut note = |rule: &'static str, bits: crate::fields::Bits| {
        for q in ones(bits) {
            read[q].insert(rule);
        }
    };
    let one = |kind: Option<Kind>| Answers {
        measures: kind.map(|kind| vec![Measure { kind: Some(kind), ..Measure::NONE }]).unwrap_or_default(),
        ..Answers::default()
    };
    let documents: Vec<Answers> = std::iter::once(one(None)).chain(Kind::ALL.iter().map(|k| one(Some(*k)))).collect();
    for day in [Date::ymd(2015, 6, 15), Date::ymd(2026, 3, 1)] {
        for a in &documents {
            for s in SCHEMES {
                let cx = Ctx::attributing(a, day);
                (s.evaluate)(&cx);
                for (rule, bits) in cx.attributed() {
                    note(rule, bits);
                }
            }
        }
    }
    for s in SCHEMES {
        for kind in Kind::ALL {
            if let Some(cover) = s.cover {
                let rule = match cover(*kind) {
                    crate::catalogue::Cover::Covered(r) | crate::catalogue::Cover::Excluded(r) => r,
                    crate::catalogue::Cover::NotListed => s.not_listed.expect("a scheme with a column names its list"),
                };
                note(rule.id, crate::fields::bit(crate::table::q::KIND));
            }
        }
        if let Some(parts) = s.parts {
            // What the amount reads, from its grants and total with nothing known.
            let mut amount = 0;
            for day in [Date::ymd(2015, 6, 15), Date::ymd(2026, 3, 1)] {
                for a in &documents {
                    let cx = Ctx::new(a, day);
                    let mut tally = crate::judge::Tally::default();
                    for m in &a.measures {
                        tally.add(crate::tri::Tri::Unknown, &(parts.grant)(&cx, m), 1);
                    }
                    (parts.total)(&cx, &tally);
                    amount |= cx.top_reads() | cx.take_measure_reads();
                }
            }
            for rule in s.amount_rules {
                note(rule.id, amount);
            }
        }
    }
    let order: Vec<&str> = crate::explain::all_rules().map(|r| r.id).collect();
    read.into_iter()
        .map(|rules| {
            let mut rules: Vec<&'static str> = rules.into_iter().collect();
            rules.sort_by_key(|r| order.iter().position(|o| o == r));
            rules
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_has_its_texts_in_swedish_and_english() {
        let reading = rules_reading();
        for (i, (q, t)) in QUESTIONS.iter().zip(TEXTS).enumerate() {
            for (what, text) in [("text", t.text), ("why", t.why), ("find_out", t.find_out), ("required", t.required)] {
                assert!(!text.sv.is_empty() && !text.en.is_empty(), "{}: {what}", q.id);
            }
            // The required-answer message says what to answer (issue #23 item 4).
            assert!(
                ["Välj ", "Svara om ", "Skriv "].iter().any(|w| t.required.sv.starts_with(w)),
                "{}: {}",
                q.id,
                t.required.sv
            );
            assert!(["Choose ", "Answer whether ", "Enter "].iter().any(|w| t.required.en.starts_with(w)), "{}", q.id);
            // A question no rule reads says so in its own words.
            if reading[i].is_empty() {
                assert!(
                    t.why.sv.contains("påverkar inte")
                        || t.help.sv.contains("påverkar inte")
                        || t.help.sv.contains("inte i bedömningen"),
                    "{} is read by no rule and does not say so",
                    q.id
                );
            }
        }
    }

    #[test]
    fn every_actionable_question_says_what_to_do_and_who_in_both_languages() {
        for (q, t) in QUESTIONS.iter().zip(TEXTS) {
            assert_eq!(q.actionable, !t.actions.is_empty(), "{}", q.id);
            for a in t.actions {
                assert!(!a.text.sv.is_empty() && !a.text.en.is_empty(), "{}", q.id);
                // An infinitive phrase after "kan" / "can": lower case, no full stop.
                assert!(
                    a.text.sv.starts_with(char::is_lowercase) && !a.text.sv.ends_with('.'),
                    "{}: {}",
                    q.id,
                    a.text.sv
                );
                assert!(
                    a.text.en.starts_with(char::is_lowercase) && !a.text.en.ends_with('.'),
                    "{}: {}",
                    q.id,
                    a.text.en
                );
                match (a.value, q.answer) {
                    (Some(Given::Bool(_)), Answer::Bool) | (None, Answer::Multi(_)) => {}
                    (Some(Given::Choice(v)), Answer::Choice(values)) => assert!(values.contains(&v), "{}: {v}", q.id),
                    _ => panic!("{}: an action's value does not fit the question", q.id),
                }
            }
        }
        // rules.md §8 lists the actionable answers.
        let actionable: Vec<&str> = QUESTIONS.iter().filter(|q| q.actionable).map(|q| q.id).collect();
        assert_eq!(
            actionable,
            [
                "person.rehab_need_documented",
                "person.return_to_work_plan",
                "person.consent",
                "provider.fk_approved",
                "provider.ivo_permit",
                "provider.performer",
                "provider.competence",
                "provider.knows_workplace",
                "provider.contracted",
                "provider.region_care",
                "measures[].individual",
                "measures[].package_price",
                "measures[].guideline_method",
                "measures[].evidence_based",
                "measures[].previous_work_investigated",
                "measures[].income_during",
            ]
        );
    }

    #[test]
    fn the_rules_a_question_names_come_from_the_rules_that_read_it() {
        let reading = rules_reading();
        let rules_of = |id: &str| reading[crate::table::index(find(id).unwrap())].clone();
        assert_eq!(rules_of("person.on_sick_leave"), Vec::<&str>::new(), "no rule reads it");
        assert_eq!(rules_of("employer.medarbetaravtal"), ["AFA-COV-2"]);
        assert_eq!(rules_of("person.category"), ["AFA-COV-2"]);
        assert_eq!(rules_of("provider.region_care"), ["RG-CARE-1"]);
        assert_eq!(rules_of("measures[].completed"), ["RG-REP-1"]);
        assert_eq!(rules_of("person.consent"), ["AFA-DOC-1"]);
        assert_eq!(rules_of("person.in_af_programme"), ["SAM-PTR-1"]);
        let sector = rules_of("employer.sector");
        for r in ["AFA-COV-1", "AFA-COV-3", "AFA-COV-4", "AFA-DL-1", "AFA-DL-2", "AFA-MEAS-1", "AFA-CONF-2"] {
            assert!(sector.contains(&r), "{r} reads the sector: {sector:?}");
        }
        let other = rules_of("measures[].other_payer_ore");
        for r in ["AFA-AMT-2", "FK-AMT-1"] {
            assert!(other.contains(&r), "{r} reads another payer's share: {other:?}");
        }
        let individual = rules_of("measures[].individual");
        assert_eq!(individual, ["AFA-EXCL-2", "AFA-CONF-1", "FK-COND-4"]);
        let kind = rules_of("measures[].kind");
        for r in ["AFA-MEAS", "AFA-EXCL-1", "FK-MEAS-1", "FK-EXCL-2", "RG-ELIG-3", "RG-ELIG"] {
            assert!(kind.contains(&r), "{r} decides by the kind: {kind:?}");
        }
        // Every rule that decides reads some question, but RG-SCOPE, which reads the day judged.
        let all: Vec<&str> = reading.iter().flatten().copied().collect();
        for r in crate::explain::all_rules().filter(|r| r.id != "RG-SCOPE") {
            let decides = r.because.as_ref().is_some_and(|b| b.fails.is_some());
            assert!(!decides || all.contains(&r.id), "{} reads nothing", r.id);
        }
    }

    #[test]
    fn every_rule_a_question_names_exists() {
        let ids: Vec<_> = crate::explain::all_rules().map(|r| r.id).collect();
        for (q, rules) in QUESTIONS.iter().zip(rules_reading()) {
            for r in rules {
                assert!(ids.contains(&r), "{} names unknown rule {r}", q.id);
            }
        }
    }

    #[test]
    fn the_agreement_questions_ask_the_category_before_the_medarbetaravtal() {
        let at = |id: &str| QUESTIONS.iter().position(|q| q.id == id).unwrap();
        assert!(at("employer.sector") < at("employer.ags_insurance"));
        assert!(at("employer.ags_insurance") < at("person.category"));
        assert!(at("person.category") < at("employer.medarbetaravtal"));
    }
}
