//! Properties over generated answers documents: any subset of fields, any valid values, 0–20
//! measures. Each case is built from one seed, so a failure names a reproducible document.

use proptest::prelude::*;
use rehabkollen::fields::{self, candidate_count, slot, Slot, Unanswered};
use rehabkollen::outcome::judge;
use rehabkollen::questions::{Answer, Section, QUESTIONS};
use rehabkollen::relevance::{budget, ceiling};
use rehabkollen::world::Cost;
use rehabkollen::{Answers, Date};

mod common;
use common::{document, Answering, Gen};

fn today() -> Date {
    Date::new(2026, 3, 1).unwrap()
}

/// A random answer for an unanswered question, from a wider range than the engine's candidates.
fn answer_randomly(a: &mut Answers, q: &rehabkollen::questions::Question, index: usize, g: &mut Gen) {
    let cost = a.measures.get(index).and_then(|m| m.cost_ore);
    let Some(s) = slot(a, q, index) else { return };
    match s {
        Slot::Bool(v) => *v = Some(g.next(2) == 0),
        Slot::Choice(v) => {
            let n = v.count() as u64;
            v.set(g.next(n) as usize);
        }
        Slot::List(v) => {
            *v = Some(if g.next(2) == 0 { vec![] } else { vec![rehabkollen::answers::Competence::Ergonomics] })
        }
        Slot::Number(v) => {
            *v = Some(match q.answer {
                Answer::Money { .. } if q.field == "other_payer_ore" => g.next(cost.unwrap_or(1_000_000) + 1),
                Answer::Money { .. } => g.next(30_000_000),
                Answer::Number { max, .. } => g.next(max.min(130) + 1),
                _ => 0,
            })
        }
        Slot::Date(v) => *v = Date::parse(&g.date()),
    }
}

fn places(a: &Answers) -> Vec<(&'static rehabkollen::questions::Question, usize, String)> {
    QUESTIONS
        .iter()
        .flat_map(|q| {
            let n = if q.section == Section::Measure { a.measures.len() } else { 1 };
            (0..n).map(move |i| {
                (
                    q,
                    i,
                    if q.section == Section::Measure { format!("measures[{i}].{}", q.field) } else { q.id.to_owned() },
                )
            })
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn evaluation_never_panics_and_is_deterministic(seed in any::<u64>()) {
        let a = document(seed, 20);
        let one = serde_json::to_string(&rehabkollen::evaluate(&a, today())).unwrap();
        let two = serde_json::to_string(&rehabkollen::evaluate(&a, today())).unwrap();
        prop_assert_eq!(one, two);
    }

    #[test]
    fn reordering_measures_changes_nothing_but_indices(seed in any::<u64>()) {
        let a = document(seed, 8);
        let mut b = a.clone();
        b.measures.reverse();
        let n = a.measures.len();
        let (x, y) = (rehabkollen::evaluate(&a, today()), rehabkollen::evaluate(&b, today()));
        for (s, t) in x.schemes.iter().zip(&y.schemes) {
            prop_assert_eq!(s.verdict, t.verdict);
            prop_assert_eq!(s.amount_ore, t.amount_ore);
            let mut statuses: Vec<_> = t.measures.iter().map(|m| m.status).collect();
            statuses.reverse();
            prop_assert_eq!(s.measures.iter().map(|m| m.status).collect::<Vec<_>>(), statuses);
            let flip = |p: &String| match p.strip_prefix("measures[").and_then(|r| r.split_once(']')) {
                Some((i, rest)) => format!("measures[{}]{rest}", n - 1 - i.parse::<usize>().unwrap()),
                None => p.clone(),
            };
            let mut mine: Vec<String> = s.missing.clone();
            let mut theirs: Vec<String> = t.missing.iter().map(flip).collect();
            mine.sort();
            theirs.sort();
            prop_assert_eq!(mine, theirs);
        }
    }

    #[test]
    fn amounts_respect_every_cap(seed in any::<u64>()) {
        let a = document(seed, 20);
        let o = rehabkollen::evaluate(&a, today());
        let costs: u64 = a.measures.iter().filter_map(|m| m.cost_ore).sum();
        let all_costs_known = a.measures.iter().all(|m| m.cost_ore.is_some());
        for s in &o.schemes {
            if let Some(max) = s.amount_ore.max {
                prop_assert!(s.amount_ore.min <= max, "{}: min above max", s.id);
            }
            match s.id.as_str() {
                "afa_rehabiliteringsstod" if all_costs_known => {
                    let max = s.amount_ore.max.unwrap();
                    prop_assert!(max <= (costs * 3 / 4).max(costs / 2), "AFA above 75 % of the costs");
                    if a.person.employment == Some(rehabkollen::answers::Employment::Employed) {
                        prop_assert!(max <= costs / 2 + a.measures.len() as u64, "AFA above half the costs");
                    }
                    if a.person.employment == Some(rehabkollen::answers::Employment::Efterskydd) {
                        prop_assert!(max <= 3_750_000, "efterskydd above 37 500 kr");
                    }
                }
                "fk_arbetsplatsinriktat" => {
                    let max = s.amount_ore.max.unwrap();
                    let years = a.measures.len().max(1) as u64;
                    prop_assert!(max <= 1_000_000 * years, "FK above 10 000 kr per person-year");
                    if all_costs_known {
                        prop_assert!(max <= costs / 2 + a.measures.len() as u64, "FK above half the costs");
                    }
                    if a.measures.iter().all(|m| m.date.is_some_and(|d| d.year() == o.date.year())) {
                        if let Some(g) = a.person.fk_ars_granted_this_year_ore {
                            prop_assert!(max <= 1_000_000u64.saturating_sub(g), "FK above what is left of the person's cap");
                        }
                        if let Some(g) = a.employer.fk_ars_granted_this_year_ore {
                            prop_assert!(max <= 20_000_000u64.saturating_sub(g), "FK above what is left of the employer's cap");
                        }
                    }
                }
                "rehabiliteringsgarantin" => prop_assert!(s.amount_ore.max.unwrap() <= 4_500_000 * a.measures.len() as u64),
                "fk_samordning" => prop_assert_eq!(s.amount_ore, rehabkollen::judge::Amount::ZERO),
                _ => {}
            }
        }
    }

    #[test]
    fn relevance_is_exact_and_answers_only_settle(seed in any::<u64>()) {
        let a = document(seed, 4);
        let date = a.date.unwrap_or(today());
        let o = rehabkollen::evaluate(&a, today());
        let base: Vec<_> = judge(&a, date).iter().map(|r| r.decision()).collect();
        let mut g = Gen(seed.rotate_left(17) | 1);
        for s in &o.schemes {
            prop_assert!(s.verdict != "undetermined" || !s.missing.is_empty(), "{} undetermined with nothing missing", s.id);
        }
        let open = Unanswered::of(&a).places();
        for (q, index, path) in places(&a) {
            let mut probe = a.clone();
            if slot(&mut probe, q, index).unwrap().answered() {
                continue;
            }
            for _ in 0..6 {
                // Outside missing, no answer changes anything on any completion of the rest, for
                // answers far wider than the engine's candidates.
                let mut c = a.clone();
                for p in open.iter().filter(|p| p.path() != path) {
                    fields::set(&mut c, *p, g.next(candidate_count(p.q()) as u64) as usize, date);
                }
                let (mut b1, mut b2) = (c.clone(), c);
                answer_randomly(&mut b1, q, index, &mut g);
                answer_randomly(&mut b2, q, index, &mut g);
                let (one, two) = (judge(&b1, date), judge(&b2, date));
                let mut b = a.clone();
                answer_randomly(&mut b, q, index, &mut g);
                for (k, r) in judge(&b, date).iter().enumerate() {
                    if !o.schemes[k].missing.contains(&path) {
                        prop_assert_eq!(one[k].decision(), two[k].decision(), "{} changed {} on a completion though it is not in missing", path, o.schemes[k].id);
                    }
                    // Monotone: an answer settles a determined verdict, never reopens it.
                    if base[k].0 != rehabkollen::tri::Tri::Unknown {
                        prop_assert_eq!(r.verdict, base[k].0, "{} reopened {}", path, o.schemes[k].id);
                    }
                }
            }
        }
    }

    /// Bounded work for every valid input (issue #22): one evaluation never does more than
    /// `relevance::ceiling` units of work ([`rehabkollen::world`]'s cost model counts them; no
    /// clock), on the costliest shapes known — every measure different and nearly everything open
    /// (a cost, a date in another year, a third party's share each; or nothing at all) — at any
    /// size up to the 500 measures a document may hold, under top-level answers of every kind.
    #[test]
    fn one_evaluation_stays_within_its_work_ceiling(seed in any::<u64>()) {
        let mut g = Gen(seed | 1);
        let mut a = document(seed, 0);
        let n = [1, 2, 7, 40, 150, 500][g.next(6) as usize] as u64;
        let shape = g.next(5);
        a.measures = (0..n)
            .map(|i| {
                let json = match shape {
                    0 => "{}".to_owned(),
                    1 => format!(r#"{{"cost_ore":{}}}"#, 100_000 + i),
                    2 => format!(r#"{{"date":"{}-01-01"}}"#, 1950 + i % 100),
                    3 => format!(r#"{{"other_payer_ore":{i},"cost_ore":{}}}"#, 100_000 + i * 7),
                    _ => format!(r#"{{"kind":"kbt","cost_ore":{},"date":"{}-06-01"}}"#, 100_000 + i, 1950 + i % 100),
                };
                Answers::from_json(&format!(r#"{{"measures":[{json}]}}"#)).unwrap().measures.remove(0)
            })
            .collect();
        let cost = Cost::new(budget(a.measures.len()));
        rehabkollen::outcome::evaluate_within(&a, today(), &cost);
        prop_assert!(cost.spent() <= ceiling(a.measures.len()), "{} units on {} measures (shape {shape}), over {}", cost.spent(), n, ceiling(a.measures.len()));
    }
}
