//! Shared by the test files: a small deterministic generator (xorshift), no dependencies.

pub struct Gen(pub u64);

impl Gen {
    /// A number in `0..n`.
    pub fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}
