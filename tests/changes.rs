//! `changes` is exact (rules.md §8): held to a brute force over every single change and every
//! pair of changes to actionable answers, judged with the decision alone. Every listed set works
//! (a `not_eligible` verdict is lifted; an `undetermined` one becomes eligible), with the verdict
//! and amount the decision gives after it; no working single is missing; no working pair is
//! missing unless a working single is contained in it; no listed set holds a fact of the case.

use rehabkollen::decide::{decide_scheme, Scope};
use rehabkollen::fields::{self, Place};
use rehabkollen::judge::Ctx;
use rehabkollen::questions::{Answer, QUESTIONS};
use rehabkollen::table::{Given, TEXTS};
use rehabkollen::tri::Tri;
use rehabkollen::{Answers, Date};
use std::collections::BTreeSet;

mod common;
use common::{document, Gen};

fn today() -> Date {
    Date::new(2026, 3, 1).unwrap()
}

/// Every change the catalogue allows on `a`: each actionable place and each value its actions
/// give (as a candidate), where the answer would change. With the JSON value, as `changes` names it.
/// A provider question's places are the top level and each measure's own answer, where the measure
/// gives one (it wins over the top level's for that measure).
fn moves(a: &Answers, date: Date) -> Vec<(Place, usize, String)> {
    let mut out = Vec::new();
    for (q, question) in QUESTIONS.iter().enumerate() {
        let places: Vec<Place> = if q >= fields::q::FIRST_MEASURE {
            (0..a.measures.len()).map(|i| Place::of(q, i)).collect()
        } else if question.id.starts_with("provider.") {
            let answered = |i: usize| {
                let mut b = a.clone();
                fields::clear(&mut b, Place::own(q, i));
                b != *a
            };
            std::iter::once(Place::top(q))
                .chain((0..a.measures.len()).filter(|i| answered(*i)).map(|i| Place::own(q, i)))
                .collect()
        } else {
            vec![Place::top(q)]
        };
        let mut values: Vec<(usize, String)> = Vec::new();
        for action in TEXTS[q].actions {
            let v = match (action.value, question.answer) {
                (Some(Given::Bool(b)), _) => (if b { 0 } else { 1 }, b.to_string()),
                (Some(Given::Choice(name)), Answer::Choice(options)) => {
                    (options.iter().position(|o| *o == name).unwrap(), format!("\"{name}\""))
                }
                (None, Answer::Multi(_)) => (1, "[\"medicine\"]".to_owned()),
                _ => panic!("{}: an action's value does not fit", question.id),
            };
            if !values.contains(&v) {
                values.push(v);
            }
        }
        for p in places {
            for (c, json) in &values {
                let mut b = a.clone();
                fields::set(&mut b, p, *c, date);
                if b != *a {
                    out.push((p, *c, json.clone()));
                }
            }
        }
    }
    out
}

type Set = BTreeSet<(String, String)>;

#[test]
fn changes_equal_the_brute_force_over_singles_and_pairs() {
    let (mut documents, mut listed, mut pairs, mut own) = (0, 0, 0, 0);
    for seed in 1..=3000u64 {
        let mut g = Gen(seed | 1);
        let a = document(seed.wrapping_mul(0x2545_F491_4F6C_DD1D), 1 + g.next(3));
        let date = a.date.unwrap_or(today());
        let o = rehabkollen::evaluate(&a, today());
        let all = moves(&a, date);
        for (k, s) in Scope::of(&a).schemes().enumerate() {
            let out = &o.schemes[k];
            // The decision's own verdict (three-valued); an outcome shows a verdict taken from a
            // completion where no open question can change it, and then lists what makes it eligible.
            let verdict = decide_scheme(s, &Ctx::new(&a, date)).verdict;
            if verdict == Tri::Yes || out.verdict == "eligible" {
                assert!(out.changes.is_empty(), "seed {seed}: {} eligible with changes", out.id);
                continue;
            }
            let works = |v: Tri| if verdict == Tri::No { v != Tri::No } else { v == Tri::Yes };
            let judge = |set: &[&(Place, usize, String)]| {
                let mut b = a.clone();
                for (p, c, _) in set {
                    fields::set(&mut b, *p, *c, date);
                }
                decide_scheme(s, &Ctx::new(&b, date))
            };
            let key = |set: &[&(Place, usize, String)]| -> Set {
                set.iter().map(|(p, _, v)| (p.path(), v.clone())).collect()
            };
            let mut want: Vec<Set> = Vec::new();
            let mut singles: Vec<&(Place, usize, String)> = Vec::new();
            for m in &all {
                if works(judge(&[m]).verdict) {
                    want.push(key(&[m]));
                    singles.push(m);
                }
            }
            for (i, x) in all.iter().enumerate() {
                for y in &all[i + 1..] {
                    if x.0 == y.0 || singles.contains(&x) || singles.contains(&y) {
                        continue;
                    }
                    if works(judge(&[x, y]).verdict) {
                        want.push(key(&[x, y]));
                    }
                }
            }
            let got: Vec<Set> = out
                .changes
                .iter()
                .map(|c| c.set.iter().map(|(p, v)| (p.clone(), serde_json::to_string(v).unwrap())).collect())
                .collect();
            for (c, set) in out.changes.iter().zip(&got) {
                // Facts of the case are never suggested.
                for (p, _) in &c.set {
                    // `measures[i].field`, or a measure's own provider answer `measures[i].provider.field`.
                    let within = p.strip_prefix("measures[").map(|rest| &rest[rest.find("].").unwrap() + 2..]);
                    let q = QUESTIONS
                        .iter()
                        .find(|q| match within {
                            Some(f) => q.id == format!("measures[].{f}") || (f.starts_with("provider.") && q.id == f),
                            None => q.id == p,
                        })
                        .unwrap_or_else(|| panic!("seed {seed}: {} names no question: {p}", out.id));
                    assert!(q.actionable, "seed {seed}: {} suggests a fact, {p}", out.id);
                }
                // Each listed set works, with the verdict and amount the decision gives after it.
                let chosen: Vec<&(Place, usize, String)> =
                    all.iter().filter(|(p, _, v)| set.contains(&(p.path(), v.clone()))).collect();
                assert_eq!(
                    chosen.len(),
                    set.len(),
                    "seed {seed}: {} lists a change the catalogue does not allow: {set:?}",
                    out.id
                );
                let d = judge(&chosen);
                assert!(works(d.verdict), "seed {seed}: {} lists {set:?}, which does not work", out.id);
                assert_eq!(rehabkollen::judge::verdict_name(d.verdict), c.verdict, "seed {seed}: {set:?}");
                assert_eq!(d.amount, c.amount_ore, "seed {seed}: {set:?}");
            }
            let (want_set, got_set): (BTreeSet<&Set>, BTreeSet<&Set>) = (want.iter().collect(), got.iter().collect());
            assert_eq!(got.len(), got_set.len(), "seed {seed}: {} lists a set twice", out.id);
            assert_eq!(got_set, want_set, "seed {seed}: {} on {a:?}", out.id);
            // Singles first, then pairs.
            assert!(got.windows(2).all(|w| w[0].len() <= w[1].len()), "seed {seed}: a pair before a single");
            documents += 1;
            listed += got.len();
            pairs += got.iter().filter(|s| s.len() == 2).count();
            own += got.iter().filter(|s| s.iter().any(|(p, _)| p.contains("].provider."))).count();
        }
    }
    assert!(documents > 5000, "only {documents} schemes were compared");
    assert!(
        listed > 1000 && pairs > 150,
        "only {listed} sets ({pairs} pairs) were listed: the generator makes too little turn"
    );
    assert!(own > 20, "only {own} sets change a measure's own provider answer: the generator gives too few");
    eprintln!(
        "{documents} schemes compared, {listed} sets listed ({pairs} pairs, {own} with a measure's own provider answer), equal to the brute force"
    );
}

/// A listed change as the test reads it: its set (paths and JSON values), verdict and rules.
type Listed = (Vec<(String, String)>, &'static str, Vec<&'static str>);

/// Issue #23's questionnaire keeps the performer on the measure (`measures[i].provider`), where it
/// wins over the top level's: AFA's talks by a nurse are turned by that measure's performer, as
/// they are by the top-level performer when it is given there.
#[test]
fn a_measures_own_performer_is_changed_where_the_measure_answers_it() {
    let doc = |provider: &str, own: &str| {
        format!(
            r#"{{"date":"2026-03-01",
                "employer":{{"sector":"private","ags_insurance":true}},
                "person":{{"employment":"employed","category":"arbetare","age":44,"condition":"stress",
                    "work_capacity":"at_risk","rehab_need_documented":true,"work_capacity_prospect":true,
                    "return_to_work_plan":true,"consent":true,"has_sgi":true,"insured_in_sweden":true}},
                "provider":{{"fk_approved":true,{provider}"competence":["behavioural_science","medicine"],
                    "knows_workplace":true,"contracted":true}},
                "measures":[{{"kind":"support_talks","cost_ore":900000,"date":"2026-02-10","individual":true{own}}}]}}"#
        )
    };
    let afa = |json: &str| {
        let o = rehabkollen::evaluate(&Answers::from_json(json).unwrap(), today());
        let s = o.schemes.into_iter().find(|s| s.id == "afa_rehabiliteringsstod").unwrap();
        let changes: Vec<Listed> = s
            .changes
            .iter()
            .map(|c| {
                let set = c.set.iter().map(|(p, v)| (p.clone(), serde_json::to_string(v).unwrap())).collect();
                (set, c.verdict, c.rules.clone())
            })
            .collect();
        (s.verdict, changes)
    };
    let turned = |path: &str| {
        ["licensed_psychologist", "licensed_psychotherapist"]
            .map(|v| (vec![(path.to_owned(), format!("\"{v}\""))], "eligible", vec!["AFA-MEAS-4"]))
            .to_vec()
    };
    assert_eq!(afa(&doc(r#""performer":"nurse","#, "")), ("not_eligible", turned("provider.performer")));
    assert_eq!(
        afa(&doc("", r#","provider":{"performer":"nurse"}"#)),
        ("not_eligible", turned("measures[0].provider.performer"))
    );
    // The top level's performer does not reach a measure that gives its own.
    assert_eq!(
        afa(&doc(r#""performer":"licensed_psychologist","#, r#","provider":{"performer":"nurse"}"#)),
        ("not_eligible", turned("measures[0].provider.performer"))
    );
}
