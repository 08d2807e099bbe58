#[path = "../tests/common/mod.rs"]
mod common;
use rehabkollen::{evaluate, Date};
fn main() {
    let today = Date::new(2026, 3, 1).unwrap();
    for seed in 1..3000u64 {
        let a = common::document(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15), 8);
        let mut b = a.clone();
        b.measures.reverse();
        let n = a.measures.len();
        let (x, y) = (evaluate(&a, today), evaluate(&b, today));
        for (s, t) in x.schemes.iter().zip(&y.schemes) {
            let flip = |p: &String| match p.strip_prefix("measures[").and_then(|r| r.split_once(']')) {
                Some((i, rest)) => format!("measures[{}]{rest}", n - 1 - i.parse::<usize>().unwrap()),
                None => p.clone(),
            };
            let mut mine: Vec<String> = s.missing.clone();
            let mut theirs: Vec<String> = t.missing.iter().map(flip).collect();
            mine.sort(); theirs.sort();
            if mine != theirs || s.verdict != t.verdict {
                let only_a: Vec<_> = mine.iter().filter(|m| !theirs.contains(m)).collect();
                let only_b: Vec<_> = theirs.iter().filter(|m| !mine.contains(m)).collect();
                println!("seed {seed} {} n={n} {} {} only-forward {:?} only-reversed {:?}", s.id, s.verdict, t.verdict, only_a, only_b);
            }
        }
    }
}
