#[path = "../tests/common/mod.rs"]
mod common;
use rehabkollen::{evaluate, Date};
fn main() {
    let seed: u64 = std::env::args().nth(1).unwrap().parse().unwrap();
    let a = common::document(seed, 4);
    let o = evaluate(&a, Date::new(2026, 3, 1).unwrap());
    println!("{}", serde_json::to_string(&serde_json::json!({"date": a.date.map(|d| d.to_string())})).unwrap());
    println!("{a:?}");
    let s = &o.schemes[0];
    println!("{} {} {:?} {:?}", s.id, s.verdict, s.amount_ore, s.missing);
}
