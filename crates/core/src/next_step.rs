//! What to do now, per scheme (docs/API.md §2: `schemes[].next_step`): who
//! applies, how, the official page, and the earliest deadline still open among the measures the
//! scheme may pay for. Absent when the verdict is `not_eligible`.

use crate::date::Date;
use crate::sources::url;
use crate::text::Text;
use serde::Serialize;

/// Who takes the next step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    Employer,
    Provider,
    Person,
    Region,
    /// Arbetsförmedlingen or Försäkringskassan (AFA under efterskydd).
    Agency,
}

/// The next step under one scheme. `how` and `url` are filled in only by the explaining code
/// (`crate::explain`), which then leaves out the `id` (docs/API.md §2 has no id; the lean outcome
/// has nothing else to name the step by).
#[derive(Clone, Debug, Serialize)]
pub struct NextStep {
    /// Which step: the text catalogue holds its text and page under this id (`steps`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<&'static str>,
    pub who: Who,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub how: Option<Text>,
    /// The scheme's official page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'static str>,
    /// The earliest deadline not yet passed among the measures the scheme may pay for.
    pub deadline: Option<Date>,
    /// The rules the step follows.
    pub rules: &'static [&'static str],
}

/// A step, by its id; what it says is in [`TEXTS`].
#[derive(Debug)]
pub struct Step {
    pub id: &'static str,
    pub who: Who,
    pub rules: &'static [&'static str],
}

/// What a step says, and the official page (its id in `PAGES`) it links.
pub struct StepText {
    pub id: &'static str,
    pub how: Text,
    pub page: &'static str,
}

impl StepText {
    /// The step's official page.
    pub fn url(&self) -> &'static str {
        url(self.page).expect("every step's page is in PAGES")
    }
}

/// Steps, each written once; makes `ALL` and `TEXTS` (what each says, apart).
macro_rules! steps {
    ($($name:ident = $id:literal { who: $who:ident, rules: $rules:expr, page: $page:literal, how: $how:expr $(,)? })+) => {
        $(pub static $name: $crate::next_step::Step = $crate::next_step::Step { id: $id, who: $crate::next_step::Who::$who, rules: $rules };)+
        /// Every step of this module, for the text catalogue.
        pub static STEPS: &[&$crate::next_step::Step] = &[$(&$name),+];
        /// What each step of [`STEPS`] says, in the same order.
        pub static STEP_TEXTS: &[$crate::next_step::StepText] = &[$($crate::next_step::StepText { id: $id, how: $how, page: $page }),+];
    };
}
pub(crate) use steps;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_links_a_page_of_sources_md() {
        for id in crate::id::SchemeId::ALL {
            let t = crate::explain::scheme_texts(id);
            for (s, text) in crate::schemes::scheme(id).steps.iter().zip(t.steps) {
                assert_eq!(s.id, text.id);
                assert!(url(text.page).is_some(), "{}", text.page);
                for r in s.rules {
                    assert!(crate::explain::all_rules().any(|x| x.id == *r), "{r}");
                }
            }
        }
    }
}
