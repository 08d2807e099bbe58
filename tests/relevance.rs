//! Relevance is exact (docs/API.md §7, "Missing"): a question is
//! in a scheme's `missing` exactly when two completions of the open questions that differ only
//! in it give that scheme a different decision. A brute-force enumeration of every completion is
//! the reference; the properties the search relies on (settled stays settled, unread answers
//! cannot matter) are checked on their own; and the candidate answers are checked against far
//! wider values than the engine tries.

use rehabkollen::decide::{decide_scheme, Decision, Scope};
use rehabkollen::id::SchemeId;
const SCHEMES: [SchemeId; 4] = SchemeId::ALL;
use rehabkollen::fields::{self, bit, candidate_count, slot, Place, Slot, Unanswered};
use rehabkollen::judge::Ctx;
use rehabkollen::questions::{Answer, QUESTIONS};
use rehabkollen::relevance::{reads, relevance, relevance_within};
use rehabkollen::tri::Tri;
use rehabkollen::world::Cost;
use rehabkollen::{Answers, Date};
use rehabkollen_cli::cases;
use std::collections::BTreeSet;
use std::path::PathBuf;

mod common;
use common::{document, Gen};

fn today() -> Date {
    Date::new(2026, 3, 1).unwrap()
}

/// A generated document with every place answered but `open` of them (chosen at random).
fn with_open(seed: u64, measures: u64, open: usize) -> Answers {
    let mut a = document(seed, measures);
    let date = a.date.unwrap_or(today());
    let mut g = Gen(seed.rotate_left(29) | 1);
    let all: Vec<Place> = (0..QUESTIONS.len())
        .flat_map(|q| {
            let n = if q >= fields::q::FIRST_MEASURE { a.measures.len() } else { 1 };
            (0..n).map(move |i| Place::of(q, i))
        })
        .collect();
    let keep: BTreeSet<usize> = (0..open).map(|_| g.next(all.len() as u64) as usize).collect();
    let unanswered = Unanswered::of(&a);
    for (i, p) in all.into_iter().enumerate() {
        if keep.contains(&i) {
            fields::clear(&mut a, p);
        } else if unanswered.contains(p) || g.next(3) != 0 {
            // The first candidate is most often the one that keeps a scheme open (true, private
            // sector, employed, …): favour it, so that the open questions have something to decide.
            let n = candidate_count(p.q()) as u64;
            let c = if g.next(3) == 0 { g.next(n) } else { 0 };
            fields::set(&mut a, p, c as usize, date);
        }
    }
    if g.next(4) == 0 {
        let scope: Vec<SchemeId> = SCHEMES.into_iter().filter(|_| g.next(2) == 0).collect();
        a.scope = Some(scope);
    }
    a
}

fn decisions(w: &Answers, date: Date, scope: Scope) -> Vec<Option<Decision>> {
    let cx = Ctx::new(w, date);
    (0..4).map(|s| scope.has(s).then(|| decide_scheme(s, &cx))).collect()
}

/// The definition, by enumeration: for every open place, the schemes for which two completions
/// differing only there decide differently. `None` when there are more than `limit` completions.
fn brute_force(a: &Answers, date: Date, limit: usize) -> Option<Vec<(Place, [bool; 4])>> {
    let scope = Scope::of(a);
    let open = Unanswered::of(a).places();
    let radix: Vec<usize> = open.iter().map(|p| candidate_count(p.q())).collect();
    let total = radix.iter().try_fold(1usize, |acc, r| acc.checked_mul(*r).filter(|t| *t <= limit))?;
    let mut table = Vec::with_capacity(total);
    for index in 0..total {
        let mut w = a.clone();
        let mut rest = index;
        for (p, r) in open.iter().zip(&radix) {
            fields::set(&mut w, *p, rest % r, date);
            rest /= r;
        }
        table.push(decisions(&w, date, scope));
    }
    let mut out = Vec::new();
    let mut stride = 1;
    for (k, p) in open.iter().enumerate() {
        let mut differs = [false; 4];
        for index in (0..total).filter(|i| (i / stride) % radix[k] == 0) {
            for d in 1..radix[k] {
                let other = index + d * stride;
                for s in 0..4 {
                    differs[s] |= table[index][s] != table[other][s];
                }
            }
        }
        if differs.iter().any(|x| *x) {
            out.push((*p, differs));
        }
        stride *= radix[k];
    }
    Some(out)
}

fn as_set(list: &[(Place, [bool; 4])]) -> BTreeSet<(String, usize)> {
    list.iter().flat_map(|(p, m)| (0..4).filter(|s| m[*s]).map(|s| (p.path(), s))).collect()
}

/// `missing` held to the enumeration on each (seed, document) small enough to enumerate: how many
/// documents were compared, and how many relevant questions they had.
fn compare_with_enumeration(docs: impl Iterator<Item = (u64, Answers)>) -> (usize, usize) {
    let (mut compared, mut relevant) = (0, 0);
    for (seed, a) in docs {
        let date = a.date.unwrap_or(today());
        let Some(want) = brute_force(&a, date, 4_000) else { continue };
        let got = relevance(&a, date, Scope::of(&a));
        assert!(!got.exhausted, "seed {seed}: the budget ran out on a small document");
        assert_eq!(as_set(&got.open), as_set(&want), "seed {seed}: {a:?}");
        compared += 1;
        relevant += want.len();
    }
    (compared, relevant)
}

#[test]
fn missing_equals_the_brute_force_definition_on_generated_documents() {
    let (compared, relevant) = compare_with_enumeration((1..=6000u64).map(|seed| {
        let open = 1 + (seed % 6) as usize;
        (seed, with_open(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15), 1 + seed % 3, open))
    }));
    assert!(compared > 3000, "only {compared} documents were small enough to enumerate");
    assert!(relevant > 1500, "only {relevant} relevant questions: the generator makes too little matter");
    eprintln!("{compared} documents, {relevant} relevant questions, equal to the enumeration");
}

/// The shape a form starts in: a measure whose kind is not answered yet, with a cost, and a few
/// other questions open. The search branches on an open kind first when it judges that measure's
/// status; this holds that order to the enumeration where it applies most.
#[test]
fn missing_equals_the_brute_force_definition_with_a_kind_open() {
    let (compared, relevant) = compare_with_enumeration((1..=4000u64).filter_map(|seed| {
        let mut a = with_open(seed.wrapping_mul(0xC2B2_AE3D_27D4_EB4F), 1 + seed % 2, (seed % 4) as usize);
        let m = a.measures.first_mut()?;
        m.kind = None;
        if m.cost_ore.is_none() {
            m.cost_ore = Some(300_000);
        }
        Some((seed, a))
    }));
    assert!(compared > 2000, "only {compared} documents were small enough to enumerate");
    assert!(relevant > 800, "only {relevant} relevant questions: the generator makes too little matter");
    eprintln!("{compared} documents with a kind open, {relevant} relevant questions, equal to the enumeration");
}

/// Identical measures are searched as one entry standing for several, and taken apart when a
/// search fills one of them (crates/core/src/world.rs): held to the enumeration on documents
/// whose measure is repeated two or three times, its open questions with it.
#[test]
fn missing_equals_the_brute_force_definition_with_identical_measures() {
    let (compared, relevant) = compare_with_enumeration((1..=6000u64).filter_map(|seed| {
        let mut a = with_open(seed.wrapping_mul(0x94D0_49BB_1331_11EB), 1, 2 + (seed % 3) as usize);
        let m = a.measures.first()?.clone();
        a.measures = vec![m; 2 + (seed % 2) as usize];
        Some((seed, a))
    }));
    assert!(compared > 2000, "only {compared} documents were small enough to enumerate");
    assert!(relevant > 400, "only {relevant} relevant questions: the generator makes too little matter");
    eprintln!("{compared} documents with identical measures, {relevant} relevant questions, equal to the enumeration");
}

/// The safe side (README, "Which questions are asked"): where the work allowed runs out, a
/// question is kept as asked, never dropped. With any budget, however small, what is relevant
/// holds what the exact search finds, open and answered alike.
#[test]
fn a_budget_that_runs_out_only_keeps_more_questions() {
    let mut ran_out = 0;
    for seed in 1..=600u64 {
        let a = with_open(seed.wrapping_mul(0xA076_1D64_78BD_642F), 1 + seed % 4, 1 + (seed % 8) as usize);
        let date = a.date.unwrap_or(today());
        let exact = relevance(&a, date, Scope::of(&a));
        for limit in [0, 50, 500, 5_000] {
            let r = relevance_within(&a, date, Scope::of(&a), &Cost::new(limit));
            let (got, want) = (as_set(&r.open), as_set(&exact.open));
            assert!(got.is_superset(&want), "seed {seed}, {limit} units: dropped {:?}", want.difference(&got));
            assert!(
                exact.answered.iter().all(|p| r.answered.contains(p)),
                "seed {seed}, {limit} units: an answered question dropped"
            );
            ran_out += usize::from(r.exhausted);
        }
    }
    assert!(ran_out > 1000, "only {ran_out} searches ran out of budget: the test tries too little");
}

#[test]
fn answered_relevant_equals_the_brute_force_definition() {
    let mut checked = 0;
    for seed in 1..=400u64 {
        let a = with_open(seed.wrapping_mul(0xD1B5_4A32_D192_ED03), 1 + seed % 2, (seed % 4) as usize);
        let date = a.date.unwrap_or(today());
        let answered = relevance(&a, date, Scope::of(&a)).answered;
        let open = Unanswered::of(&a);
        let mut g = Gen(seed | 1);
        // A few answered places, each forgotten in turn and judged by enumeration.
        let all = open.answered();
        for _ in 0..3 {
            let p = all[g.next(all.len() as u64) as usize];
            let mut forgotten = a.clone();
            fields::clear(&mut forgotten, p);
            let Some(want) = brute_force(&forgotten, date, 4_000) else { continue };
            let relevant = want.iter().any(|(w, _)| *w == p);
            assert_eq!(answered.contains(&p), relevant, "seed {seed}: {}", p.path());
            checked += 1;
        }
    }
    assert!(checked > 500, "only {checked} answered places were checked");
}

/// Sets every open place at random among its candidates.
fn complete(a: &Answers, g: &mut Gen) -> Answers {
    let date = a.date.unwrap_or(today());
    let mut c = a.clone();
    for p in Unanswered::of(a).places() {
        fields::set(&mut c, p, g.next(candidate_count(p.q()) as u64) as usize, date);
    }
    c
}

#[test]
fn what_is_settled_on_partial_answers_holds_on_every_completion() {
    for seed in 1..=400u64 {
        let a = document(seed.wrapping_mul(0xA076_1D64_78BD_642F), 4);
        let date = a.date.unwrap_or(today());
        let mut g = Gen(seed | 1);
        let partial = decisions(&a, date, Scope::ALL);
        for _ in 0..8 {
            let c = complete(&a, &mut g);
            let full = decisions(&c, date, Scope::ALL);
            for s in 0..4 {
                let (p, f) = (partial[s].as_ref().unwrap(), full[s].as_ref().unwrap());
                if p.verdict != Tri::Unknown {
                    assert_eq!(p.verdict, f.verdict, "seed {seed}: {} verdict", SCHEMES[s]);
                }
                for (i, (ps, fs)) in p.statuses.iter().zip(&f.statuses).enumerate() {
                    if *ps != Tri::Unknown {
                        assert_eq!(ps, fs, "seed {seed}: {} measure {i}", SCHEMES[s]);
                    }
                }
                assert!(
                    p.amount.min <= f.amount.min,
                    "seed {seed}: {} minimum {:?} above a completion's {:?}",
                    SCHEMES[s],
                    p.amount,
                    f.amount
                );
                if let Some(max) = p.amount.max {
                    assert!(
                        f.amount.max.is_some_and(|m| m <= max),
                        "seed {seed}: {} maximum {:?} below a completion's {:?}",
                        SCHEMES[s],
                        p.amount,
                        f.amount
                    );
                }
            }
        }
    }
}

/// What the search stands on: on partial answers, an unanswered question the rules did not read
/// cannot change any completion's decision, and when they read no unanswered question at all,
/// every completion decides exactly as the partial answers do.
#[test]
fn unread_questions_cannot_matter_and_reading_only_answers_is_exact() {
    let mut unread_checked = 0;
    let mut exact_checked = 0;
    for seed in 1..=400u64 {
        let a = with_open(seed.wrapping_mul(0xA076_1D64_78BD_642F), 1 + seed % 4, 2 + (seed % 12) as usize);
        let date = a.date.unwrap_or(today());
        let mut g = Gen(seed | 1);
        let open = Unanswered::of(&a).places();
        let partial = decisions(&a, date, Scope::ALL);
        for s in 0..4 {
            let r = reads(&a, date, s);
            let read = |p: &Place| match p.measure {
                Some(i) => r.1[i] & bit(p.question) != 0,
                None => r.0 & bit(p.question) != 0,
            };
            let none_read = !open.iter().any(read);
            for _ in 0..6 {
                let c = complete(&a, &mut g);
                let full = decisions(&c, date, Scope::ALL);
                if none_read {
                    assert_eq!(
                        full[s], partial[s],
                        "seed {seed}: {} reads only answers but a completion decides otherwise",
                        SCHEMES[s]
                    );
                    exact_checked += 1;
                }
                for p in open.iter().filter(|p| !read(p)) {
                    for k in 0..candidate_count(p.q()) {
                        let mut d = c.clone();
                        fields::set(&mut d, *p, k, date);
                        assert_eq!(
                            decisions(&d, date, Scope::ALL)[s],
                            full[s],
                            "seed {seed}: {} changed with unread {}",
                            SCHEMES[s],
                            p.path()
                        );
                        unread_checked += 1;
                    }
                }
            }
        }
    }
    assert!(
        unread_checked > 10_000 && exact_checked > 500,
        "too few checks: {unread_checked} unread, {exact_checked} exact"
    );
}

#[test]
fn answering_a_question_never_makes_another_relevant() {
    for seed in 1..=300u64 {
        let a = document(seed.wrapping_mul(0xE703_7ED1_A0B4_28DB), 3);
        let date = a.date.unwrap_or(today());
        let before = rehabkollen::evaluate(&a, today());
        let mut g = Gen(seed | 1);
        let open = Unanswered::of(&a).places();
        if open.is_empty() {
            continue;
        }
        let p = open[g.next(open.len() as u64) as usize];
        let mut b = a.clone();
        fields::set(&mut b, p, g.next(candidate_count(p.q()) as u64) as usize, date);
        let after = rehabkollen::evaluate(&b, today());
        let was: BTreeSet<_> = before.next_questions.iter().collect();
        for q in &after.next_questions {
            assert!(was.contains(q), "seed {seed}: answering {} made {q} relevant", p.path());
        }
        for (x, y) in before.schemes.iter().zip(&after.schemes) {
            for q in &y.missing {
                assert!(x.missing.contains(q), "seed {seed}: answering {} added {q} to {}", p.path(), x.id);
            }
        }
    }
}

#[test]
fn with_nothing_answered_afa_asks_what_decides_coverage() {
    let o = rehabkollen::evaluate(&Answers::default(), today());
    let afa = &o.schemes[0];
    for q in [
        "employer.sector",
        "employer.ags_insurance",
        "person.category",
        "employer.medarbetaravtal",
        "person.employment",
    ] {
        assert!(afa.missing.iter().any(|m| m == q), "{q} not in AFA's missing: {:?}", afa.missing);
    }
    // Never asked: nothing any scheme decides reads them.
    for q in ["person.on_sick_leave", "person.consent", "person.in_af_programme", "provider.contracted"] {
        assert!(!o.next_questions.iter().any(|m| m == q), "{q} is asked");
    }
}

#[test]
fn scope_judges_and_asks_only_the_schemes_named() {
    let a = Answers::from_json(r#"{"date":"2026-03-01","scope":["fk_samordning"],"measures":[{}]}"#).unwrap();
    let o = rehabkollen::evaluate(&a, today());
    assert_eq!(o.schemes.iter().map(|s| s.id).collect::<Vec<_>>(), ["fk_samordning"]);
    let mut next = o.next_questions.clone();
    next.sort();
    let mut want = o.schemes[0].missing.clone();
    want.sort();
    assert_eq!(next, want);
    assert!(!o.next_questions.iter().any(|q| q.starts_with("employer.") || q.starts_with("measures[")));
    let employer =
        Answers::from_json(r#"{"date":"2026-03-01","scope":["afa_rehabiliteringsstod","fk_arbetsplatsinriktat"]}"#)
            .unwrap();
    let o = rehabkollen::evaluate(&employer, today());
    assert!(!o.next_questions.iter().any(|q| q == "person.insured_in_sweden" || q == "person.doctor_certificate"));
    assert_eq!(rehabkollen::decide::decide(&employer, today()).len(), 2);
}

fn case_answers() -> Vec<(String, Answers)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let mut out = Vec::new();
    for f in cases::collect(&[dir]).unwrap() {
        let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        if let Ok(a) = Answers::from_json(&json["answers"].to_string()) {
            out.push((f.display().to_string(), a));
        }
    }
    out
}

/// Many answers for a place: every option, and wide sweeps for numbers and dates.
fn many_values(a: &Answers, p: Place) -> Vec<Answers> {
    let q = p.q();
    let index = p.measure.unwrap_or(0);
    let n = match q.answer {
        Answer::Bool => 2,
        Answer::Choice(o) => o.len(),
        Answer::Multi(o) => o.len() + 1,
        Answer::Number { max, .. } => (max.min(130) + 1) as usize,
        Answer::Money { .. } => 40,
        Answer::Date => 430,
    };
    let mut out = Vec::new();
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
                        if q.field == "other_payer_ore" {
                            x.min(cost.unwrap_or(x))
                        } else {
                            x.min(rehabkollen::money::MAX_ORE)
                        }
                    }
                    _ => i as u64,
                })
            }
            Slot::Date(v) => {
                *v = Date::from_days_since_epoch(Date::new(2009, 1, 1).unwrap().days_since_epoch() + 17 * i as i64)
            }
        }
        out.push(b);
    }
    out
}

/// The candidates stand for every answer: a question outside `missing` changes nothing whatever
/// it is answered, across far wider values than the candidates (every age, dates 2009–2028,
/// amounts of every size), on completions of the other open questions.
#[test]
fn a_question_outside_missing_changes_nothing_whatever_the_answer() {
    let mut checked = 0;
    for (file, a) in case_answers() {
        let date = a.date.unwrap_or(cases::fixed_today());
        let outcome = rehabkollen::evaluate(&a, cases::fixed_today());
        let open = Unanswered::of(&a).places();
        let mut g = Gen(0x5EED);
        for p in &open {
            let path = p.path();
            // The other open questions completed three ways: first candidates, last, at random.
            for way in 0..3 {
                let mut c = a.clone();
                for o in open.iter().filter(|o| *o != p) {
                    let n = candidate_count(o.q());
                    fields::set(&mut c, *o, [0, n - 1, g.next(n as u64) as usize][way], date);
                }
                let tried: Vec<_> = many_values(&c, *p).iter().map(|b| decisions(b, date, Scope::ALL)).collect();
                for (s, scheme) in outcome.schemes.iter().enumerate() {
                    if !scheme.missing.contains(&path) {
                        for t in &tried[1..] {
                            assert_eq!(
                                t[s], tried[0][s],
                                "{file}: {} {path} is not in missing but changes the decision",
                                scheme.id
                            );
                        }
                    }
                }
            }
            checked += 1;
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
fn next_questions_are_exactly_the_union_of_missing_and_all_unanswered() {
    for (file, a) in case_answers() {
        let o = rehabkollen::evaluate(&a, cases::fixed_today());
        let mut union: Vec<_> = o.schemes.iter().flat_map(|s| s.missing.iter().cloned()).collect();
        union.sort();
        union.dedup();
        let mut next = o.next_questions.clone();
        next.sort();
        assert_eq!(next, union, "{file}");
        let open: Vec<String> = Unanswered::of(&a).places().into_iter().map(Place::path).collect();
        for q in &next {
            assert!(open.contains(q), "{file}: {q} is asked but answered");
        }
        for q in &o.answered_relevant {
            assert!(!open.contains(q), "{file}: {q} is listed as answered");
        }
    }
}

#[test]
fn the_reasoned_outcome_agrees_with_the_decision_alone() {
    for seed in 1..=300u64 {
        let a = document(seed.wrapping_mul(0x2545_F491_4F6C_DD1D), 6);
        let date = a.date.unwrap_or(today());
        let judged = rehabkollen::outcome::judge(&a, date);
        let quiet = decisions(&a, date, Scope::ALL);
        for s in 0..4 {
            let (v, st, am) = judged[s].decision();
            assert_eq!(
                Decision { verdict: v, statuses: st, amount: am },
                *quiet[s].as_ref().unwrap(),
                "seed {seed}: {}",
                SCHEMES[s]
            );
        }
    }
}

#[test]
fn reads_cover_every_question_a_decision_depends_on() {
    // A question a scheme does not read on fully answered documents never changes its decision.
    for seed in 1..=200u64 {
        let a = complete(&document(seed.wrapping_mul(0x9FB2_1C65_1E98_DF25), 3), &mut Gen(seed | 1));
        let date = a.date.unwrap_or(today());
        let base = decisions(&a, date, Scope::ALL);
        for s in 0..4 {
            let (top, measures) = reads(&a, date, s);
            let unread: Vec<Place> = (0..QUESTIONS.len())
                .flat_map(|q| {
                    let n = if q >= fields::q::FIRST_MEASURE { a.measures.len() } else { 1 };
                    (0..n).map(move |i| Place::of(q, i))
                })
                .filter(|p| match p.measure {
                    Some(i) => measures[i] & bit(p.question) == 0,
                    None => top & bit(p.question) == 0,
                })
                .collect();
            for p in unread {
                for c in 0..candidate_count(p.q()) {
                    let mut b = a.clone();
                    fields::set(&mut b, p, c, date);
                    assert_eq!(
                        decisions(&b, date, Scope::ALL)[s],
                        base[s],
                        "seed {seed}: {} depends on unread {}",
                        SCHEMES[s],
                        p.path()
                    );
                }
            }
        }
    }
}

#[test]
fn boundary_dates_and_many_measures_never_panic() {
    for date in ["0001-01-01", "9999-12-31", "2024-02-29", "2016-03-31", "2018-07-01"] {
        for measure_date in ["0001-01-01", "9999-12-31", "9999-08-31", "2024-02-29"] {
            let json = format!(
                r#"{{"date":"{date}","employer":{{"sector":"municipality"}},"measures":[{{"kind":"support_talks","date":"{measure_date}","cost_ore":100}},{{}}]}}"#
            );
            let a = Answers::from_json(&json).unwrap();
            let o = rehabkollen::evaluate(&a, today());
            assert_eq!(o.schemes.len(), 4);
        }
    }
}
