//! Any bytes into `evaluate`'s JSON entry point: an outcome or a clear error, never a panic or a
//! hang; every evaluation within its work ceiling; and every outcome keeps its invariants.
#![no_main]
use libfuzzer_sys::fuzz_target;
use rehabkollen::fields::{Place, Unanswered};
use rehabkollen::{Answers, Date};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let today = Date::new(2026, 3, 1).unwrap();
    // The direct reader gives what the validating reader gives, or leaves the document to it.
    if let Some(direct) = Answers::direct(text) {
        let checked = rehabkollen::value::from_json(text).map(|v| Answers::from_value(&v));
        assert_eq!(checked, Ok(Ok(direct)), "the direct reader read otherwise");
    }
    let answers = match Answers::from_json(text) {
        Ok(a) => a,
        Err(e) => {
            // Errors stay short whatever the input: they never echo it.
            assert!(e.to_string().len() < 400, "an error echoed the input");
            return;
        }
    };
    // Bounded work: one evaluation within its ceiling, counted in the cost model's units (no clock).
    let n = answers.measures.len();
    let cost = rehabkollen::world::Cost::new(rehabkollen::relevance::budget(n));
    let o = rehabkollen::outcome::evaluate_within(&answers, today, &cost);
    assert!(cost.spent() <= rehabkollen::relevance::ceiling(n), "{} units of work on {n} measures", cost.spent());
    let open: Vec<String> = Unanswered::of(&answers).places().into_iter().map(Place::path).collect();
    let mut union: Vec<&String> = Vec::new();
    for s in &o.schemes {
        if let Some(max) = s.amount_ore.max {
            assert!(s.amount_ore.min <= max, "{}: amount min above max", s.id);
        }
        // Every scheme with measures judges each one (Samordning has none of its own).
        assert!(
            s.id == "fk_samordning" || s.measures.len() == answers.measures.len(),
            "{}: a measure not judged",
            s.id
        );
        for m in &s.missing {
            assert!(open.contains(m), "{}: {m} is missing but answered", s.id);
            union.push(m);
        }
        assert!(s.verdict != "undetermined" || !s.missing.is_empty(), "{}: undetermined with nothing to ask", s.id);
    }
    assert_eq!(o.next_questions.len(), {
        union.sort();
        union.dedup();
        union.len()
    });
    for q in &o.next_questions {
        assert!(union.contains(&q), "{q} is asked but in no scheme's missing");
    }
});
