//! Properties over generated answers documents: any subset of fields, any valid values, 0–20
//! measures. Each case is built from one seed, so a failure names a reproducible document.

use proptest::prelude::*;
use rehabkollen::outcome::judge;
use rehabkollen::questions::{slot, Answer, Section, Slot, QUESTIONS};
use rehabkollen::{Answers, Date};
use serde_json::{json, Map, Value};

mod common;
use common::Gen;

/// Generating answers from proptest's seed.
trait Answering {
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str;
    fn date(&mut self) -> String;
    fn maybe(&mut self, m: &mut Map<String, Value>, key: &str, v: Value);
}

impl Answering for Gen {
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.next(xs.len() as u64) as usize]
    }
    fn date(&mut self) -> String {
        Date::from_days_since_epoch(Date::new(2009, 1, 1).unwrap().days_since_epoch() + self.next(20 * 366) as i64).unwrap().to_string()
    }
    /// Leaves a field out half the time; sometimes answers "unknown" or null.
    fn maybe(&mut self, m: &mut Map<String, Value>, key: &str, v: Value) {
        match self.next(8) {
            0..=3 => {}
            4 => {
                m.insert(key.into(), if self.next(2) == 0 { json!("unknown") } else { Value::Null });
            }
            _ => {
                m.insert(key.into(), v);
            }
        }
    }
}

const SECTORS: &[&str] = &["private", "cooperative", "municipality", "region", "church_of_sweden", "municipal_company", "state", "other"];
const KINDS: &[&str] = &["support_talks", "kbt", "ipt", "assessment_talk", "stress_conflict_support", "work_supervision", "stress_management_course",
    "lifestyle_course", "retraining_course", "back_course", "lecture", "addiction_treatment", "investigate_ill_health", "investigate_work_needs",
    "return_to_work_plan", "adapt_workplace", "adapt_hours", "work_aids_purchase", "physiotherapy", "multimodal_rehab_1", "multimodal_rehab_2",
    "health_promotion", "salary_costs"];

fn document(seed: u64, max_measures: u64) -> Answers {
    let mut g = Gen(seed | 1);
    let b = |g: &mut Gen| json!(g.next(2) == 0);
    let mut employer = Map::new();
    let v = json!(g.pick(SECTORS));
    g.maybe(&mut employer, "sector", v);
    for k in ["ags_insurance", "medarbetaravtal"] {
        let v = b(&mut g);
        g.maybe(&mut employer, k, v);
    }
    let v = json!(g.next(3) * 10_000_000);
    g.maybe(&mut employer, "fk_ars_granted_this_year_ore", v);
    let mut person = Map::new();
    let v = json!(g.pick(&["employed", "efterskydd", "unemployed", "none"]));
    g.maybe(&mut person, "employment", v);
    let v = json!(g.pick(&["arbetare", "tjansteman"]));
    g.maybe(&mut person, "category", v);
    let v = json!(g.next(131));
    g.maybe(&mut person, "age", v);
    let v = json!(g.pick(&["anxiety", "depression", "stress", "long_term_pain", "substance_misuse", "gambling", "other_mental", "other_physical"]));
    g.maybe(&mut person, "condition", v);
    let v = json!(g.pick(&["reduced", "at_risk", "full"]));
    g.maybe(&mut person, "work_capacity", v);
    for k in ["rehab_need_documented", "work_capacity_prospect", "return_to_work_plan", "consent", "medical_assessment", "has_sgi",
        "insured_in_sweden", "doctor_certificate", "needs_work_rehab", "in_af_programme"] {
        let v = b(&mut g);
        g.maybe(&mut person, k, v);
    }
    let v = json!(g.next(3) * 500_000);
    g.maybe(&mut person, "fk_ars_granted_this_year_ore", v);
    let provider = |g: &mut Gen| {
        let mut p = Map::new();
        for k in ["fk_approved", "ivo_permit", "knows_workplace", "contracted", "region_care"] {
            let v = json!(g.next(2) == 0);
            g.maybe(&mut p, k, v);
        }
        let v = json!(g.pick(&["licensed_psychologist", "licensed_psychotherapist", "nurse", "behavioural_scientist", "ergonomist"]));
        g.maybe(&mut p, "performer", v);
        let v = if g.next(3) == 0 { json!([]) } else { json!(["medicine"]) };
        g.maybe(&mut p, "competence", v);
        p
    };
    let top = provider(&mut g);
    let mut measures = Vec::new();
    for _ in 0..g.next(max_measures + 1) {
        let mut m = Map::new();
        let v = json!(g.pick(KINDS));
        g.maybe(&mut m, "kind", v);
        let cost = g.next(5_000_000);
        m.insert("cost_ore".into(), json!(cost));
        if g.next(4) == 0 {
            m.remove("cost_ore");
        }
        let v = json!(g.date());
        g.maybe(&mut m, "date", v);
        for k in ["individual", "package_price", "guideline_method", "evidence_based", "previous_work_investigated", "income_during", "completed"] {
            let v = b(&mut g);
            g.maybe(&mut m, k, v);
        }
        let v = json!(g.pick(&["alcohol_drugs", "gambling"]));
        g.maybe(&mut m, "addiction", v);
        let v = json!(g.pick(&["inpatient", "outpatient", "talk"]));
        g.maybe(&mut m, "setting", v);
        for (k, n) in [("sessions", 30), ("weeks", 12), ("professions", 4)] {
            let v = json!(g.next(n));
            g.maybe(&mut m, k, v);
        }
        if m.contains_key("cost_ore") {
            let v = json!(g.next(cost + 1));
            g.maybe(&mut m, "other_payer_ore", v);
        }
        if g.next(5) == 0 {
            m.insert("provider".into(), Value::Object(provider(&mut g)));
        }
        measures.push(Value::Object(m));
    }
    let date = if g.next(6) == 0 { "2015-09-01".to_owned() } else { g.date() };
    let doc = json!({"date": date, "employer": employer, "person": person, "provider": top, "measures": measures});
    Answers::from_json(&doc.to_string()).unwrap_or_else(|e| panic!("the generator made an invalid document ({e}): {doc}"))
}

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
        Slot::List(v) => *v = Some(if g.next(2) == 0 { vec![] } else { vec![rehabkollen::answers::Competence::Ergonomics] }),
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
    QUESTIONS.iter().flat_map(|q| {
        let n = if q.section == Section::Measure { a.measures.len() } else { 1 };
        (0..n).map(move |i| (q, i, if q.section == Section::Measure { format!("measures[{i}].{}", q.field) } else { q.id.to_owned() }))
    }).collect()
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
            match s.id {
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
                "fk_samordning" => prop_assert_eq!(s.amount_ore, rehabkollen::schemes::Amount::ZERO),
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
        for (q, index, path) in places(&a) {
            let mut probe = a.clone();
            if slot(&mut probe, q, index).unwrap().answered() {
                continue;
            }
            for _ in 0..6 {
                let mut b = a.clone();
                answer_randomly(&mut b, q, index, &mut g);
                for (k, r) in judge(&b, date).iter().enumerate() {
                    let listed = o.schemes[k].missing.contains(&path);
                    if !listed {
                        prop_assert_eq!(&r.decision(), &base[k], "{} changed {} though it is not in missing", path, o.schemes[k].id);
                    }
                    // Monotone: an answer settles a determined verdict, never reopens it.
                    if base[k].0 != rehabkollen::tri::Tri::Unknown {
                        prop_assert_eq!(r.verdict, base[k].0, "{} reopened {}", path, o.schemes[k].id);
                    }
                }
            }
        }
    }
}
