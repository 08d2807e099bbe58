//! The one way to name a scheme. Vocabulary: the registry (`crate::schemes::SCHEMES`) gives each
//! id its rules, and the explaining code (`crate::explain`) its texts.

use serde::Serialize;

/// A scheme, in the order every outcome lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SchemeId {
    Afa,
    Fk,
    Rg,
    Samordning,
}

impl SchemeId {
    /// Every scheme, in outcome order.
    pub const ALL: [SchemeId; 4] = [SchemeId::Afa, SchemeId::Fk, SchemeId::Rg, SchemeId::Samordning];

    /// The wire name (docs/API.md §2).
    pub const fn as_str(self) -> &'static str {
        match self {
            SchemeId::Afa => "afa_rehabiliteringsstod",
            SchemeId::Fk => "fk_arbetsplatsinriktat",
            SchemeId::Rg => "rehabiliteringsgarantin",
            SchemeId::Samordning => "fk_samordning",
        }
    }

    /// The scheme of a wire name.
    pub fn parse(s: &str) -> Option<SchemeId> {
        SchemeId::ALL.into_iter().find(|id| id.as_str() == s)
    }

    /// Its place in [`SchemeId::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }
}

impl Serialize for SchemeId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for SchemeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A scheme compared with its wire name.
impl PartialEq<&str> for SchemeId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
