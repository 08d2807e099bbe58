//! Money as whole öre (1 kr = 100 öre) with checked arithmetic.
//!
//! Every grant is rounded down to the öre: the checker never promises more than a rule allows.

/// The largest amount the answers may carry: 10 000 000 000 kr. Larger amounts are
/// rejected at the edge, so sums of up to 500 measures can never overflow `u64`.
pub const MAX_ORE: u64 = 1_000_000_000_000;

/// Kronor to öre.
pub const fn kr(kronor: u64) -> u64 {
    kronor * 100
}

/// Half, rounded down (AFA-AMT-1, FK-AMT-1).
pub fn half(ore: u64) -> u64 {
    ore / 2
}

/// Three quarters, rounded down (AFA-AMT-3).
pub fn three_quarters(ore: u64) -> Option<u64> {
    ore.checked_mul(3).map(|x| x / 4)
}

/// A sum that reports overflow instead of wrapping.
pub fn sum(values: impl IntoIterator<Item = u64>) -> Option<u64> {
    values.into_iter().try_fold(0u64, |acc, v| acc.checked_add(v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halving_rounds_down_to_the_ore() {
        assert_eq!(half(900_001), 450_000);
        assert_eq!(half(1), 0);
    }

    #[test]
    fn three_quarters_rounds_down_and_never_overflows() {
        assert_eq!(three_quarters(101), Some(75));
        assert_eq!(three_quarters(u64::MAX), None);
    }

    #[test]
    fn sums_report_overflow() {
        assert_eq!(sum([1, 2, 3]), Some(6));
        assert_eq!(sum([u64::MAX, 1]), None);
    }
}
