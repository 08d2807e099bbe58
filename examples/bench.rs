//! Native benchmark (not a test): evaluations per second and invoice lines per second, in-process,
//! on one core. `cargo run --release --example bench` prints one JSON line for tools/bench.mjs.
//! `cargo run --release --example bench -- sizes` prints evaluate's time on documents of 1 to 500
//! measures and on the hardest shapes known (min–max over five runs each).

use rehabkollen::value::Value;
use rehabkollen::{evaluate, Answers, Date};
use rehabkollen_invoice::check_csv;
use std::time::Instant;

/// A realistic case: employer, person, provider and five measures, varied by `i`.
fn case(i: usize) -> Answers {
    let sectors = ["private", "municipality", "region", "cooperative"];
    let kinds = [
        "support_talks",
        "investigate_work_needs",
        "adapt_workplace",
        "kbt",
        "stress_management_course",
        "return_to_work_plan",
        "lecture",
    ];
    let measures: Vec<String> = (0..5).map(|m| format!(
        r#"{{"kind":"{}","cost_ore":{},"date":"2026-0{}-1{}","individual":true,"other_payer_ore":0,"evidence_based":true}}"#,
        kinds[(i + m) % kinds.len()], 100_000 + 37_000 * ((i * 7 + m) % 11), 1 + m % 2, m)).collect();
    let json = format!(
        r#"{{"date":"2026-03-01",
        "employer":{{"sector":"{}","ags_insurance":true,"fk_ars_granted_this_year_ore":{}}},
        "person":{{"employment":"employed","category":"{}","work_capacity":"at_risk","rehab_need_documented":true,
                   "work_capacity_prospect":{},"return_to_work_plan":true,"has_sgi":true}},
        "provider":{{"fk_approved":true,"performer":"licensed_psychologist","competence":["behavioural_science"],"knows_workplace":{}}},
        "measures":[{}]}}"#,
        sectors[i % 4],
        (i % 3) * 100_000,
        if i.is_multiple_of(5) { "tjansteman" } else { "arbetare" },
        !i.is_multiple_of(7),
        !i.is_multiple_of(9),
        measures.join(",")
    );
    Answers::from_json(&json).expect("a valid case")
}

/// Evaluations per second of `f` over `cases`, timed for at least two seconds after a warm-up.
fn rate(cases: &[Answers], f: impl Fn(&Answers) -> usize) -> f64 {
    let mut sink = 0usize;
    for a in cases.iter().take(100) {
        sink += f(a);
    }
    let start = Instant::now();
    let mut n = 0usize;
    while start.elapsed().as_secs_f64() < 2.0 {
        for a in cases {
            sink += f(a);
            n += 1;
        }
    }
    std::hint::black_box(sink);
    n as f64 / start.elapsed().as_secs_f64()
}

/// The documents `sizes` times: realistic ones of 1 to 500 measures, and the shapes that cost most.
fn sized(cases: &[Answers]) -> Vec<(String, Answers)> {
    let many = |n: usize, top: &Answers| Answers {
        measures: (0..n).map(|i| cases[i % cases.len()].measures[i % 5].clone()).collect(),
        ..top.clone()
    };
    let mut out: Vec<(String, Answers)> =
        [1, 10, 100, 500].iter().map(|n| (format!("{n} measures, realistic"), many(*n, &cases[1]))).collect();
    let bare = Answers { date: cases[1].date, ..Answers::default() };
    for n in [10, 100, 500] {
        out.push((format!("{n} measures, employer, person and provider unanswered"), many(n, &bare)));
    }
    let empty = |n: usize| Answers::from_json(&format!(r#"{{"measures":[{}]}}"#, vec!["{}"; n].join(","))).unwrap();
    out.push(("500 empty measures {}".into(), empty(500)));
    // Every measure different and nothing else answered: a cost of its own, kind and date open.
    let distinct = (0..500).map(|i| format!(r#"{{"cost_ore":{}}}"#, 100_000 + i)).collect::<Vec<_>>().join(",");
    out.push((
        "500 measures, only distinct costs".into(),
        Answers::from_json(&format!(r#"{{"measures":[{distinct}]}}"#)).unwrap(),
    ));
    out
}

/// evaluate's time on each of [`sized`], min–max over five runs.
fn sizes(cases: &[Answers], today: Date) {
    for (name, a) in sized(cases) {
        let times: Vec<f64> = (0..5)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(evaluate(&a, today));
                start.elapsed().as_secs_f64() * 1e3
            })
            .collect();
        let (min, max) = times.iter().fold((f64::MAX, 0f64), |(lo, hi), t| (lo.min(*t), hi.max(*t)));
        println!("{name:<60} {min:>9.2} – {max:>9.2} ms");
    }
}

fn main() {
    let today = Date::new(2026, 3, 1).unwrap();
    let cases: Vec<Answers> = (0..1000).map(case).collect();
    if std::env::args().nth(1).as_deref() == Some("profile") {
        let a = Answers::from_json(&std::fs::read_to_string(std::env::args().nth(2).unwrap()).unwrap()).unwrap();
        for _ in 0..std::env::args().nth(3).unwrap().parse::<usize>().unwrap() {
            std::hint::black_box(evaluate(&a, today));
        }
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("sizes") {
        return sizes(&cases, today);
    }
    // `profile-sized <part of a name in sizes> <runs>`: one of the sized documents, evaluated
    // `runs` times, for a profiler.
    if std::env::args().nth(1).as_deref() == Some("profile-sized") {
        let name = std::env::args().nth(2).expect("a part of a name in sizes");
        let runs: usize = std::env::args().nth(3).expect("runs").parse().expect("runs, a number");
        let (_, a) = sized(&cases).into_iter().find(|(n, _)| n.contains(&name)).expect("a document of sizes");
        for _ in 0..runs {
            std::hint::black_box(evaluate(&a, today));
        }
        return;
    }
    let one_measure: Vec<Answers> =
        cases.iter().map(|a| Answers { measures: a.measures[..1].to_vec(), ..a.clone() }).collect();
    let one_per_s = rate(&one_measure, |a| evaluate(a, today).next_questions.len());
    let decide_per_s = rate(&cases, |a| rehabkollen::decide::decide(a, today).len());
    let many = |n: usize| -> f64 {
        let a = Answers {
            measures: (0..n).map(|i| cases[i % cases.len()].measures[i % 5].clone()).collect(),
            ..cases[1].clone()
        };
        let start = Instant::now();
        let runs = 5;
        for _ in 0..runs {
            std::hint::black_box(evaluate(&a, today));
        }
        start.elapsed().as_secs_f64() * 1e3 / runs as f64
    };
    let (ms_100, ms_500) = (many(100), many(500));
    // Warm up, then time whole passes over the 1 000 cases for at least two seconds.
    let mut sink = 0usize;
    for a in &cases[..100] {
        sink += evaluate(a, today).schemes.len();
    }
    let start = Instant::now();
    let mut evals = 0usize;
    while start.elapsed().as_secs_f64() < 2.0 {
        for a in &cases {
            sink += evaluate(a, today).next_questions.len();
            evals += 1;
        }
    }
    let evals_per_s = evals as f64 / start.elapsed().as_secs_f64();

    let mut csv = String::from("datum;insats;typ;utförare;kompetens;kontrakterad;kostnad\n");
    let n = 100_000;
    for i in 0..n {
        csv.push_str(&format!(
            "2026-02-{:02};Stödsamtal {i};support_talks;Eva Ek;behavioural_science;ja;{},50\n",
            1 + i % 28,
            1000 + i % 9000
        ));
    }
    let party = |name: &str, org: &str| {
        Value::Obj(vec![("name".into(), Value::Str(name.into())), ("org_number".into(), Value::Str(org.into()))])
    };
    let head = Value::Obj(vec![
        ("scheme".into(), Value::Str("fk_arbetsplatsinriktat".into())),
        ("employer".into(), party("Verkstaden AB", "556677-8899")),
        ("provider".into(), party("Friskvård AB", "559900-1129")),
        (
            "employees".into(),
            Value::Arr(vec![Value::Obj(vec![
                ("name".into(), Value::Str("Anna Andersson".into())),
                ("personnummer".into(), Value::Str("811218-9876".into())),
            ])]),
        ),
    ]);
    let start = Instant::now();
    let mut runs = 0;
    while start.elapsed().as_secs_f64() < 2.0 {
        let report = check_csv(&csv, &head, today).expect("a valid head");
        assert!(report.ok && report.lines == n);
        runs += 1;
    }
    let lines_per_s = (runs * n) as f64 / start.elapsed().as_secs_f64();
    println!(
        r#"{{"evaluations_per_second":{evals_per_s:.0},"one_measure_evaluations_per_second":{one_per_s:.0},"decisions_per_second":{decide_per_s:.0},"ms_100_measures":{ms_100:.2},"ms_500_measures":{ms_500:.2},"invoice_lines_per_second":{lines_per_s:.0},"sink":{sink}}}"#
    );
}
