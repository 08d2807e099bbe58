//! Relevance is exact: a question outside a scheme's `missing` cannot change that scheme's
//! verdict, a measure's status or the amount, whatever the answer; a question inside it can.
//!
//! The engine tries a few candidate answers per question; these tests try many more values
//! (every age, dates across 2009–2028, amounts of many sizes) so that a candidate list that
//! missed a threshold would show up here.

use rehabkollen::outcome::judge;
use rehabkollen::questions::{slot, Answer, Section, Slot, QUESTIONS};
use rehabkollen::{cases, Answers, Date};
use std::path::PathBuf;

fn case_answers() -> Vec<(String, Answers)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut out = Vec::new();
    for f in cases::collect(&[dir]).unwrap() {
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        if let Ok(a) = Answers::from_json(&json["answers"].to_string()) {
            out.push((f.display().to_string(), a));
        }
    }
    out
}

/// Many answers for a question: every option, and wide sweeps for numbers and dates.
fn many_values(a: &Answers, q: &rehabkollen::questions::Question, index: usize) -> Vec<Answers> {
    let mut out = Vec::new();
    let n = match q.answer {
        Answer::Bool => 2,
        Answer::Choice(o) => o().len(),
        Answer::Multi(o) => o().len() + 1,
        Answer::Number { max, .. } => (max.min(130) + 1) as usize,
        Answer::Money { .. } => 40,
        Answer::Date => 430,
    };
    for i in 0..n {
        let mut b = a.clone();
        let cost = b.measures.get(index).and_then(|m| m.cost_ore);
        match slot(&mut b, q, index).unwrap() {
            Slot::Bool(v) => *v = Some(i == 0),
            Slot::Choice(v) => v.set(i),
            Slot::List(v) => {
                use rehabkollen::answers::Competence;
                *v = Some(Competence::ALL.iter().copied().take(i).collect());
            }
            Slot::Number(v) => {
                *v = Some(match q.answer {
                    // 0, 1, 2, 5, 10, 20, 50 … öre up to 10^13, and for another payer at most the cost.
                    Answer::Money { .. } => {
                        let x = [1u64, 2, 5][i % 3] * 10u64.pow((i / 3) as u32) - u64::from(i == 0);
                        if q.field == "other_payer_ore" { x.min(cost.unwrap_or(x)) } else { x.min(rehabkollen::money::MAX_ORE) }
                    }
                    _ => i as u64,
                })
            }
            Slot::Date(v) => *v = Date::from_days_since_epoch(Date::new(2009, 1, 1).unwrap().days_since_epoch() + 17 * i as i64),
        }
        out.push(b);
    }
    out
}

#[test]
fn answering_a_question_outside_missing_never_changes_anything_and_inside_always_can() {
    let mut checked = 0;
    for (file, a) in case_answers() {
        let today = cases::fixed_today();
        let date = a.date.unwrap_or(today);
        let outcome = rehabkollen::evaluate(&a, today);
        let base: Vec<_> = judge(&a, date).iter().map(|r| r.decision()).collect();
        for q in QUESTIONS {
            let places = if q.section == Section::Measure { a.measures.len() } else { 1 };
            for index in 0..places {
                let mut probe = a.clone();
                if slot(&mut probe, q, index).unwrap().answered() {
                    continue;
                }
                let path = if q.section == Section::Measure { format!("measures[{index}].{}", q.field) } else { q.id.to_string() };
                let mut changes = [false; 4];
                for b in many_values(&a, q, index) {
                    for (s, r) in judge(&b, date).iter().enumerate() {
                        changes[s] |= r.decision() != base[s];
                    }
                }
                for (s, scheme) in outcome.schemes.iter().enumerate() {
                    let listed = scheme.missing.contains(&path);
                    assert_eq!(listed, changes[s], "{file}: {} {path}: in missing = {listed}, can change = {}", scheme.id, changes[s]);
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 500, "only {checked} unanswered questions were checked");
}

#[test]
fn an_undetermined_verdict_always_says_what_it_depends_on() {
    for (file, a) in case_answers() {
        for s in rehabkollen::evaluate(&a, cases::fixed_today()).schemes {
            if s.verdict == "undetermined" {
                assert!(!s.missing.is_empty(), "{file}: {} is undetermined with nothing missing", s.id);
            }
        }
    }
}

#[test]
fn next_questions_are_exactly_the_union_of_missing() {
    for (file, a) in case_answers() {
        let o = rehabkollen::evaluate(&a, cases::fixed_today());
        let mut union: Vec<_> = o.schemes.iter().flat_map(|s| s.missing.iter().cloned()).collect();
        union.sort();
        union.dedup();
        let mut next = o.next_questions.clone();
        next.sort();
        assert_eq!(next, union, "{file}");
    }
}

#[test]
fn evaluation_is_deterministic() {
    for (_, a) in case_answers() {
        let one = serde_json::to_string(&rehabkollen::evaluate(&a, cases::fixed_today())).unwrap();
        let two = serde_json::to_string(&rehabkollen::evaluate(&a, cases::fixed_today())).unwrap();
        assert_eq!(one, two);
    }
}
