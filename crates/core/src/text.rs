//! Bilingual text: Swedish first, English second.

#[cfg(not(feature = "page"))]
use serde::Serialize;

/// A text in Swedish and English.
#[cfg(not(feature = "page"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Text {
    pub sv: &'static str,
    pub en: &'static str,
}

/// In the page's module a text is nothing: the page has every text from its catalogue (the
/// `texts` command writes one per language from these same sources), so the module carries none.
/// `Text` is then not serializable, so an outcome field that would still carry one does not build.
#[cfg(feature = "page")]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text;

/// Shorthand for a [`Text`].
#[cfg(not(feature = "page"))]
pub const fn t(sv: &'static str, en: &'static str) -> Text {
    Text { sv, en }
}

/// Shorthand for a [`Text`] (the page's module keeps no text).
#[cfg(feature = "page")]
#[inline(always)]
pub const fn t(_sv: &'static str, _en: &'static str) -> Text {
    Text
}

/// The two languages of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    Sv,
    En,
}

impl Lang {
    /// `"sv"` or `"en"`; anything else is refused.
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

impl Text {
    #[cfg(not(feature = "page"))]
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }
}

/// A closed set of answer values, each with its wire name and its label.
macro_rules! choices {
    ($(#[$m:meta])* $name:ident { $($var:ident = $s:literal, $sv:literal, $en:literal;)+ }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($var),+ }
        impl $name {
            /// Every value, in catalogue order.
            pub const ALL: &'static [$name] = &[$($name::$var),+];
            /// The wire name (snake_case).
            pub fn as_str(self) -> &'static str { match self { $($name::$var => $s),+ } }
            /// The value for a wire name.
            pub fn parse(s: &str) -> Option<Self> { match s { $($s => Some($name::$var),)+ _ => None } }
            /// The label shown to people.
            pub fn label(self) -> $crate::text::Text { match self { $($name::$var => $crate::text::t($sv, $en)),+ } }
        }
        impl $crate::text::Choice for $name {
            fn all() -> &'static [Self] { Self::ALL }
            fn wire(self) -> &'static str { self.as_str() }
            fn text(self) -> $crate::text::Text { self.label() }
        }
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.as_str()) }
        }
    };
}
pub(crate) use choices;

/// A closed set of answer values (implemented by every [`choices!`] enum).
pub trait Choice: Copy + 'static {
    fn all() -> &'static [Self];
    fn wire(self) -> &'static str;
    fn text(self) -> Text;
}
