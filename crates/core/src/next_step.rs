//! What to do now, per scheme (docs/API.md §2: `schemes[].next_step`): who
//! applies, how, the official page, and the earliest deadline still open among the measures the
//! scheme may pay for. Absent when the verdict is `not_eligible`.

use crate::date::Date;
use crate::schemes::{afa, fk, rg, samordning, Payee, SchemeResult};
use crate::sources::url;
use crate::text::{t, Text};
use crate::tri::Tri;
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
        $(const $name: Step = Step { id: $id, who: Who::$who, rules: $rules };)+
        /// Every step, for the text catalogue.
        pub const ALL: &[&Step] = &[$(&$name),+];
        /// What each step of [`ALL`] says, in the same order.
        pub static TEXTS: &[StepText] = &[$(StepText { id: $id, how: $how, page: $page }),+];
    };
}

steps! {
    AFA_EMPLOYER = "afa_employer" {
        who: Employer,
        rules: &["AFA-DOC-1", "AFA-DOC-2", "AFA-DOC-3", "AFA-NOTE-1"],
        page: "A0",
        how: t(
        "Arbetsgivaren ansöker i AFA Försäkrings webbansökan med medarbetarens samtycke, en beskrivning av orsak och syfte och anordnarens underlag. AFA betalar efter slutfakturan.",
        "The employer applies in AFA Försäkring's web application with the employee's consent, a description of the cause and purpose and the provider's basis. AFA pays after the final invoice.",
    ),
    }
    AFA_AGENCY = "afa_agency" {
        who: Agency,
        rules: &["AFA-COV-5", "AFA-NOTE-3"],
        page: "A14",
        how: t(
        "Vid efterskydd ansöker Arbetsförmedlingen eller Försäkringskassan hos AFA Försäkring, inte arbetsgivaren. AFA:s sidor säger olika om vem av dem som ansöker: fråga AFA.",
        "Under efterskydd, Arbetsförmedlingen or Försäkringskassan applies to AFA Försäkring, not the employer. AFA's pages differ on which of them applies: ask AFA.",
    ),
    }
    FK_EMPLOYER = "fk_employer" {
        who: Employer,
        rules: &["FK-DOC-1", "FK-DL-1"],
        page: "F9",
        how: t(
        "Arbetsgivaren ansöker hos Försäkringskassan med anordnarens fakturaunderlag och redovisning och bevis på vad arbetsgivaren har betalat.",
        "The employer applies to Försäkringskassan with the provider's invoice basis and report and proof of what the employer paid.",
    ),
    }
    RG_REGION = "rg_region" {
        who: Region,
        rules: &["RG-REP-1"],
        page: "R1",
        how: t(
        "Regionen rapporterar genomförda behandlingar till Försäkringskassan på överenskommelsens rapportdagar.",
        "The region reports completed treatments to Försäkringskassan on the agreement's report days.",
    ),
    }
    SAM_PERSON = "sam_person" {
        who: Person,
        rules: &["SAM-ELIG-3"],
        page: "S1",
        how: t(
        "Personen ansöker själv hos Försäkringskassan, i e-tjänsten eller på blankett, med läkarintyget. Försäkringskassan bokar sedan ett första digitalt möte, oftast tillsammans med Arbetsförmedlingen.",
        "The person applies to Försäkringskassan themself, in the e-service or on a form, with the doctor's certificate. Försäkringskassan then books a first digital meeting, usually with Arbetsförmedlingen.",
    ),
    }
}

fn step(r: &SchemeResult) -> &'static Step {
    match r.id {
        afa::ID if r.payee == Payee::Agency => &AFA_AGENCY,
        afa::ID => &AFA_EMPLOYER,
        fk::ID => &FK_EMPLOYER,
        rg::ID => &RG_REGION,
        _ => {
            debug_assert_eq!(r.id, samordning::ID);
            &SAM_PERSON
        }
    }
}

/// The next step under a judged scheme, on the day judged.
pub fn next_step(r: &SchemeResult, judged: Date) -> Option<NextStep> {
    if r.verdict == Tri::No {
        return None;
    }
    let s = step(r);
    let deadline =
        r.measures.iter().filter(|m| m.status != Tri::No).filter_map(|m| m.deadline).filter(|d| *d >= judged).min();
    Some(NextStep { id: Some(s.id), who: s.who, how: None, url: None, deadline, rules: s.rules })
}


#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_links_a_page_of_sources_md() {
        for (s, text) in ALL.iter().zip(TEXTS) {
            assert_eq!(s.id, text.id);
            assert!(url(text.page).is_some(), "{}", text.page);
            for r in s.rules {
                assert!(crate::schemes::all_rules().any(|x| x.id == *r), "{r}");
            }
        }
    }
}
