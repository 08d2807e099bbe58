//! Bilingual text: Swedish first, English second.

use serde::Serialize;

/// A text in Swedish and English.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Text {
    pub sv: &'static str,
    pub en: &'static str,
}

/// Shorthand for a [`Text`].
pub const fn t(sv: &'static str, en: &'static str) -> Text {
    Text { sv, en }
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
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Sv => self.sv,
            Lang::En => self.en,
        }
    }
}
