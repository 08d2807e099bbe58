//! Three-valued logic (Kleene): every rule evaluates to Yes, No or Unknown.
//!
//! Unknown is a value of its own, never a default: an unanswered question stays Unknown
//! and keeps every result that depends on it open.

use serde::{Serialize, Serializer};

/// Yes, No, or not known yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tri {
    Yes,
    No,
    Unknown,
}

impl Tri {
    /// Kleene conjunction: No wins, then Unknown.
    pub fn and(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::No, _) | (_, Tri::No) => Tri::No,
            (Tri::Yes, Tri::Yes) => Tri::Yes,
            _ => Tri::Unknown,
        }
    }

    /// Kleene disjunction: Yes wins, then Unknown.
    pub fn or(self, other: Tri) -> Tri {
        match (self, other) {
            (Tri::Yes, _) | (_, Tri::Yes) => Tri::Yes,
            (Tri::No, Tri::No) => Tri::No,
            _ => Tri::Unknown,
        }
    }

    /// Kleene conjunction that looks at its right side only when it can matter: No settles it.
    /// The rules use it so that an answer masked by a settled No is not even read (what is
    /// settled on partial answers stays settled on every completion, so a read skipped here is
    /// skipped on every completion too).
    #[inline]
    pub fn and_then(self, right: impl FnOnce() -> Tri) -> Tri {
        if self == Tri::No {
            Tri::No
        } else {
            self.and(right())
        }
    }

    /// Kleene disjunction that looks at its right side only when it can matter: Yes settles it.
    #[inline]
    pub fn or_else(self, right: impl FnOnce() -> Tri) -> Tri {
        if self == Tri::Yes {
            Tri::Yes
        } else {
            self.or(right())
        }
    }

    /// Negation: Unknown stays Unknown.
    #[allow(clippy::should_implement_trait)]
    pub fn not(self) -> Tri {
        match self {
            Tri::Yes => Tri::No,
            Tri::No => Tri::Yes,
            Tri::Unknown => Tri::Unknown,
        }
    }

    /// The conjunction of any number of values (Yes for none).
    pub fn all(values: impl IntoIterator<Item = Tri>) -> Tri {
        values.into_iter().fold(Tri::Yes, Tri::and)
    }

    /// The value that agrees with every one given, or Unknown where they differ.
    /// Used when an unanswered question leaves several cases open.
    pub fn agree(values: impl IntoIterator<Item = Tri>) -> Tri {
        let mut it = values.into_iter();
        let first = it.next().unwrap_or(Tri::Unknown);
        if it.all(|v| v == first) {
            first
        } else {
            Tri::Unknown
        }
    }

    /// `Some(true)` / `Some(false)` / `None`.
    pub fn known(self) -> Option<bool> {
        match self {
            Tri::Yes => Some(true),
            Tri::No => Some(false),
            Tri::Unknown => None,
        }
    }
}

impl From<bool> for Tri {
    fn from(b: bool) -> Tri {
        if b {
            Tri::Yes
        } else {
            Tri::No
        }
    }
}

impl From<Option<bool>> for Tri {
    fn from(b: Option<bool>) -> Tri {
        b.map_or(Tri::Unknown, Tri::from)
    }
}

/// Whether an optional answer satisfies `pred`: Unknown when it is not answered.
pub fn is<T: Copy>(answer: Option<T>, pred: impl Fn(T) -> bool) -> Tri {
    answer.map_or(Tri::Unknown, |v| Tri::from(pred(v)))
}

/// Serialized as `true`, `false` or `null`.
impl Serialize for Tri {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.known().serialize(s)
    }
}

#[cfg(test)]
mod tests {
    use super::Tri::{self, *};

    #[test]
    fn and_follows_kleene_truth_table() {
        #[rustfmt::skip]
        let table = [
            (Yes, Yes, Yes), (Yes, No, No), (Yes, Unknown, Unknown),
            (No, Yes, No), (No, No, No), (No, Unknown, No),
            (Unknown, Yes, Unknown), (Unknown, No, No), (Unknown, Unknown, Unknown),
        ];
        for (a, b, want) in table {
            assert_eq!(a.and(b), want, "{a:?} and {b:?}");
        }
    }

    #[test]
    fn or_follows_kleene_truth_table() {
        #[rustfmt::skip]
        let table = [
            (Yes, Yes, Yes), (Yes, No, Yes), (Yes, Unknown, Yes),
            (No, Yes, Yes), (No, No, No), (No, Unknown, Unknown),
            (Unknown, Yes, Yes), (Unknown, No, Unknown), (Unknown, Unknown, Unknown),
        ];
        for (a, b, want) in table {
            assert_eq!(a.or(b), want, "{a:?} or {b:?}");
        }
    }

    #[test]
    fn lazy_operators_agree_with_kleene_and_skip_only_what_is_settled() {
        for a in [Yes, No, Unknown] {
            for b in [Yes, No, Unknown] {
                let mut looked = false;
                assert_eq!(
                    a.and_then(|| {
                        looked = true;
                        b
                    }),
                    a.and(b)
                );
                assert_eq!(looked, a != No);
                let mut looked = false;
                assert_eq!(
                    a.or_else(|| {
                        looked = true;
                        b
                    }),
                    a.or(b)
                );
                assert_eq!(looked, a != Yes);
            }
        }
    }

    #[test]
    fn negation_keeps_unknown_unknown() {
        assert_eq!(Yes.not(), No);
        assert_eq!(No.not(), Yes);
        assert_eq!(Unknown.not(), Unknown);
    }

    #[test]
    fn an_unanswered_question_is_unknown_not_no() {
        assert_eq!(Tri::from(None::<bool>), Unknown);
        assert_eq!(super::is(None::<u8>, |v| v > 3), Unknown);
        assert_eq!(super::is(Some(5u8), |v| v > 3), Yes);
    }

    #[test]
    fn agree_is_unknown_when_cases_differ() {
        assert_eq!(Tri::agree([No, No]), No);
        assert_eq!(Tri::agree([Yes, No]), Unknown);
        assert_eq!(Tri::all([]), Yes);
    }
}
