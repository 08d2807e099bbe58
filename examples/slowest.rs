#[path = "../tests/common/mod.rs"]
mod common;
use rehabkollen::{evaluate, Date};
fn main() {
    let mut times = Vec::new();
    let n: u64 = std::env::args().nth(1).map_or(300, |s| s.parse().unwrap());
    let m: u64 = std::env::args().nth(2).map_or(3, |s| s.parse().unwrap());
    let from: u64 = std::env::args().nth(3).map_or(1, |s| s.parse().unwrap());
    for seed in from..=n {
        let a = common::document(seed.wrapping_mul(0xE703_7ED1_A0B4_28DB), m);
        let t = std::time::Instant::now();
        let o = evaluate(&a, Date::new(2026, 3, 1).unwrap());
        eprintln!("{seed} {:.1}", t.elapsed().as_secs_f64()*1e3);
        times.push((t.elapsed().as_secs_f64() * 1e3, seed, a.measures.len(), o.next_questions.len()));
    }
    times.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap());
    let total: f64 = times.iter().map(|t| t.0).sum();
    println!("total {total:.1} ms; median {:.3} ms; slowest {:?}", times[times.len() / 2].0, &times[..6]);
}
