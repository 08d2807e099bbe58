//! Native benchmark (not a test): evaluations per second and invoice lines per second, in-process,
//! on one core, on this thread's CPU-time clock (the machine is shared: wall time would count other
//! processes' turns). `cargo run --release --example bench` prints one JSON line for tools/bench.mjs:
//! the rates, and the large documents (100, 500 and 1 000 varied measures, 500 measures of distinct
//! costs alone, 10 and 100 measures with employer, person and provider unanswered), each evaluated
//! and, phase by phase through the core's public functions, read, judged, searched for relevance,
//! searched for changes and written out (the median of several calls each).
//! `cargo run --release --example bench -- sizes` prints evaluate's time on documents of 1 to 500
//! measures and on the hardest shapes known (min–max over five runs each after one not counted),
//! on the same clock. The clock is a CPU clock on Linux only: elsewhere std offers none, and
//! [`cpu`] falls back to wall time, which [`CLOCK`] names and `sizes` prints in its first line.

use rehabkollen::decide::Scope;
use rehabkollen::tri::Tri;
use rehabkollen::value::Value;
use rehabkollen::world::Cost;
use rehabkollen::{evaluate, Answers, Date};
use rehabkollen_invoice::check_csv;

/// This thread's CPU time in seconds (CLOCK_THREAD_CPUTIME_ID): std has no CPU clock, so the C
/// library's, which std links anyway. Elsewhere than Linux, wall time since the first call.
#[cfg(target_os = "linux")]
fn cpu() -> f64 {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec through a pointer to a live, aligned one.
    let r = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) };
    assert_eq!(r, 0, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)");
    t.sec as f64 + t.nsec as f64 * 1e-9
}
#[cfg(target_os = "linux")]
const CLOCK: &str = "this thread's CPU time (CLOCK_THREAD_CPUTIME_ID)";
#[cfg(not(target_os = "linux"))]
fn cpu() -> f64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_secs_f64()
}
#[cfg(not(target_os = "linux"))]
const CLOCK: &str = "wall time (no CPU clock read on this system)";

/// CPU milliseconds of one call of `f`, the median of `runs` calls after one not counted.
fn median_ms<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    std::hint::black_box(f());
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t0 = cpu();
            std::hint::black_box(f());
            (cpu() - t0) * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

/// Measure `i` of a large document: kind, cost, date, individual and other payer vary with `i`
/// (tools/bench/browser.mjs and tools/bench/node.mjs build the same ones).
fn varied_measure(i: usize) -> String {
    let kinds = [
        "support_talks",
        "investigate_work_needs",
        "adapt_workplace",
        "kbt",
        "return_to_work_plan",
        "stress_conflict_support",
        "work_supervision",
        "adapt_tasks",
        "back_course",
    ];
    format!(
        r#"{{"kind":"{}","cost_ore":{},"date":"2026-0{}-{:02}","individual":{},"other_payer_ore":{}}}"#,
        kinds[i % kinds.len()],
        100_000 + ((i * 7919) % 900) * 1_000,
        1 + i % 2,
        1 + i % 28,
        !i.is_multiple_of(3),
        if i.is_multiple_of(4) { 50_000 } else { 0 }
    )
}

/// The employer, person and provider of the large realistic documents (tools/bench/browser.mjs's REALISTIC).
const REALISTIC_TOP: &str = r#""date":"2026-03-01",
  "employer":{"sector":"private","ags_insurance":true,"fk_ars_granted_this_year_ore":0},
  "person":{"employment":"employed","category":"arbetare","work_capacity":"at_risk","rehab_need_documented":true,
            "work_capacity_prospect":true,"return_to_work_plan":true,"has_sgi":true},
  "provider":{"fk_approved":true,"performer":"licensed_psychologist","competence":["behavioural_science"],"knows_workplace":true},"#;

/// The large documents, as JSON text: (key in the JSON line, document). The reader takes at most
/// 500 measures, so the document of 1 000 is two of 500 read and put together.
fn large() -> Vec<(&'static str, Vec<String>)> {
    let varied = |from: usize, n: usize| (from..from + n).map(varied_measure).collect::<Vec<_>>().join(",");
    let realistic = |from: usize, n: usize| format!(r#"{{{REALISTIC_TOP}"measures":[{}]}}"#, varied(from, n));
    let unanswered = |n: usize| format!(r#"{{"date":"2026-03-01","measures":[{}]}}"#, varied(0, n));
    let distinct = (0..500).map(|i| format!(r#"{{"cost_ore":{}}}"#, 100_000 + i)).collect::<Vec<_>>().join(",");
    vec![
        ("m5", vec![realistic(0, 5)]),
        ("m100", vec![realistic(0, 100)]),
        ("m500", vec![realistic(0, 500)]),
        ("m1000", vec![realistic(0, 500), realistic(500, 500)]),
        ("m500_distinct_costs", vec![format!(r#"{{"measures":[{distinct}]}}"#)]),
        ("m10_unanswered", vec![unanswered(10)]),
        ("m100_unanswered", vec![unanswered(100)]),
    ]
}

/// One large document: evaluate's CPU time, and each phase of it timed alone through the core's
/// public functions: reading the JSON, judging the schemes, the relevance search, the changes
/// search (for the schemes not already eligible, as evaluate does) and writing the outcome as JSON.
/// What evaluate does besides these (settling verdicts, putting the outcome together) is `other`.
fn phases(parts: &[String], today: Date, runs: usize) -> Vec<(&'static str, f64)> {
    let read_all = || {
        let mut read = parts.iter().map(|json| Answers::from_json(json).expect("a valid large document"));
        let mut a = read.next().expect("one part");
        for more in read {
            a.measures.extend(more.measures);
        }
        a
    };
    let a = read_all();
    let date = a.date.unwrap_or(today);
    let scope = Scope::of(&a);
    let n = a.measures.len();
    let outcome = evaluate(&a, today);
    let judged = rehabkollen::outcome::judge(&a, date);
    let evaluate_ms = median_ms(runs, || evaluate(&a, today));
    let read = median_ms(runs, read_all);
    let judge = median_ms(runs, || rehabkollen::outcome::judge(&a, date));
    let relevance = median_ms(runs, || rehabkollen::relevance::relevance(&a, date, scope));
    let changes = median_ms(runs, || {
        scope
            .schemes()
            .filter(|&s| judged[s].verdict != Tri::Yes)
            .map(|s| rehabkollen::changes::changes(&a, date, s, &Cost::new(rehabkollen::relevance::budget(n))).len())
            .sum::<usize>()
    });
    let output = median_ms(runs, || serde_json::to_string(&outcome).expect("serializes"));
    let other = evaluate_ms - judge - relevance - changes;
    vec![
        ("evaluate_ms", evaluate_ms),
        ("read_ms", read),
        ("judge_ms", judge),
        ("relevance_ms", relevance),
        ("changes_ms", changes),
        ("other_ms", other),
        ("output_ms", output),
    ]
}

/// A realistic case: employer, person, provider and five measures, varied by `i`
/// (tools/bench-lines.mjs writes the same documents).
fn case(i: usize) -> Answers {
    Answers::from_json(&case_json(i)).expect("a valid case")
}

/// [`case`] `i` as JSON text.
fn case_json(i: usize) -> String {
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
    json
}

/// Evaluations per CPU second of `f` over `cases`, timed for at least two CPU seconds after a warm-up.
fn rate(cases: &[Answers], f: impl Fn(&Answers) -> usize) -> f64 {
    let mut sink = 0usize;
    for a in cases.iter().take(100) {
        sink += f(a);
    }
    let start = cpu();
    let mut n = 0usize;
    while cpu() - start < 2.0 {
        for a in cases {
            sink += f(a);
            n += 1;
        }
    }
    std::hint::black_box(sink);
    n as f64 / (cpu() - start)
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

/// evaluate's time on each of [`sized`] on [`cpu`]'s clock, min–max over five runs after one not
/// counted (the first call of a shape pays for its allocations and cold caches).
fn sizes(cases: &[Answers], today: Date) {
    println!("# evaluate, ms of {CLOCK}, min – max of five runs after one not counted");
    for (name, a) in sized(cases) {
        std::hint::black_box(evaluate(&a, today));
        let times: Vec<f64> = (0..5)
            .map(|_| {
                let t0 = cpu();
                std::hint::black_box(evaluate(&a, today));
                (cpu() - t0) * 1e3
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
    // Reading the same cases from their JSON text (what `rehabkollen decide` does before deciding).
    let texts: Vec<String> = (0..cases.len()).map(case_json).collect();
    let texts_start = cpu();
    let mut reads = 0usize;
    while cpu() - texts_start < 2.0 {
        for t in &texts {
            std::hint::black_box(Answers::from_json(t).expect("a valid case"));
            reads += 1;
        }
    }
    let reads_per_s = reads as f64 / (cpu() - texts_start);
    let evals_per_s = rate(&cases, |a| evaluate(a, today).next_questions.len());
    let mut large_fields = String::new();
    for (key, parts) in large() {
        for (phase, ms) in phases(&parts, today, 9) {
            large_fields.push_str(&format!(r#""{key}.{phase}":{ms:.3},"#));
        }
    }

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
    let start = cpu();
    let mut runs = 0;
    while cpu() - start < 2.0 {
        let report = check_csv(&csv, &head, today).expect("a valid head");
        assert!(report.ok && report.lines == n);
        runs += 1;
    }
    let lines_per_s = (runs * n) as f64 / (cpu() - start);
    println!(
        r#"{{"evaluations_per_second":{evals_per_s:.0},"one_measure_evaluations_per_second":{one_per_s:.0},"decisions_per_second":{decide_per_s:.0},"reads_per_second":{reads_per_s:.0},{large_fields}"invoice_lines_per_second":{lines_per_s:.0}}}"#
    );
}
