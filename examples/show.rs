#[path = "../tests/common/mod.rs"]
mod common;
fn main() {
    let seed: u64 = std::env::args().nth(1).unwrap().parse().unwrap();
    let a = common::document(seed.wrapping_mul(0xE703_7ED1_A0B4_28DB), std::env::args().nth(2).map_or(3, |s| s.parse().unwrap()));
    println!("{a:?}");
}
