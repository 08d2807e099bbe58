use rehabkollen::{evaluate, Answers, Date};
use std::time::Instant;
fn main() {
    let today = Date::new(2026, 3, 1).unwrap();
    let json = r#"{"date":"2026-03-01","employer":{"sector":"private","ags_insurance":true,"fk_ars_granted_this_year_ore":0},
      "person":{"employment":"employed","category":"arbetare","work_capacity":"at_risk","rehab_need_documented":true,"work_capacity_prospect":true,"return_to_work_plan":true,"has_sgi":true},
      "provider":{"fk_approved":true,"performer":"licensed_psychologist","competence":["behavioural_science"],"knows_workplace":true},
      "measures":[{"kind":"support_talks","cost_ore":300000,"date":"2026-02-10","individual":true,"other_payer_ore":0,"evidence_based":true},
                  {"kind":"investigate_work_needs","cost_ore":350000,"date":"2026-02-11","individual":true,"other_payer_ore":0,"evidence_based":true},
                  {"kind":"adapt_workplace","cost_ore":400000,"date":"2026-01-12","individual":true,"other_payer_ore":0,"evidence_based":true},
                  {"kind":"kbt","cost_ore":450000,"date":"2026-02-13","individual":true,"other_payer_ore":0,"evidence_based":true},
                  {"kind":"stress_management_course","cost_ore":500000,"date":"2026-01-14","individual":true,"other_payer_ore":0,"evidence_based":true}]}"#;
    let a = Answers::from_json(json).unwrap();
    let n: usize = std::env::var("N").map_or(20000, |v| v.parse().unwrap());
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(evaluate(&a, today)); }
    let full = t.elapsed().as_secs_f64() / n as f64 * 1e6;
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(rehabkollen::relevance::relevance(&a, today, rehabkollen::decide::Scope::ALL)); }
    let rel = t.elapsed().as_secs_f64() / n as f64 * 1e6;
    let t = Instant::now();
    for _ in 0..n { std::hint::black_box(rehabkollen::outcome::judge(&a, today)); }
    let judge = t.elapsed().as_secs_f64() / n as f64 * 1e6;
    let o = evaluate(&a, today);
    println!("evaluate {full:.1} µs, relevance {rel:.1} µs, judge {judge:.1} µs; next {:?}; answered {}", o.next_questions, o.answered_relevant.len());
}
