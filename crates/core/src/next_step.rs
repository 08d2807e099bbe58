//! What to do now, per scheme (docs/API.md §2: `schemes[].next_step`): who
//! applies, how, the official page, and the earliest deadline still open among the measures the
//! scheme may pay for. Absent when the verdict is `not_eligible`.

use crate::date::Date;
use crate::schemes::{afa, fk, rg, samordning, Payee, SchemeResult};
#[cfg(not(feature = "page"))]
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

/// The next step under one scheme.
#[derive(Clone, Debug, Serialize)]
pub struct NextStep {
    /// Which step: the page's catalogue holds its text and page under this id (`steps`).
    #[cfg_attr(not(feature = "page"), serde(skip))]
    pub id: &'static str,
    pub who: Who,
    #[cfg_attr(feature = "page", serde(skip))]
    pub how: Text,
    /// The scheme's official page.
    #[cfg(not(feature = "page"))]
    pub url: &'static str,
    /// The earliest deadline not yet passed among the measures the scheme may pay for.
    pub deadline: Option<Date>,
    /// The rules the step follows.
    pub rules: &'static [&'static str],
}

pub struct Step {
    pub id: &'static str,
    pub who: Who,
    pub how: Text,
    pub page: &'static str,
    pub rules: &'static [&'static str],
}

impl Step {
    /// The step's official page.
    #[cfg(not(feature = "page"))]
    pub fn url(&self) -> &'static str {
        url(self.page).expect("every step's page is in PAGES")
    }
}

const AFA_EMPLOYER: Step = Step {
    id: "afa_employer",
    who: Who::Employer,
    how: t(
        "Arbetsgivaren ansöker i AFA Försäkrings webbansökan med medarbetarens samtycke, en beskrivning av orsak och syfte och anordnarens underlag. AFA betalar efter slutfakturan.",
        "The employer applies in AFA Försäkring's web application with the employee's consent, a description of the cause and purpose and the provider's basis. AFA pays after the final invoice.",
    ),
    page: "A0",
    rules: &["AFA-DOC-1", "AFA-DOC-2", "AFA-DOC-3", "AFA-NOTE-1"],
};
const AFA_AGENCY: Step = Step {
    id: "afa_agency",
    who: Who::Agency,
    how: t(
        "Vid efterskydd ansöker Arbetsförmedlingen eller Försäkringskassan hos AFA Försäkring, inte arbetsgivaren. AFA:s sidor säger olika om vem av dem som ansöker: fråga AFA.",
        "Under efterskydd, Arbetsförmedlingen or Försäkringskassan applies to AFA Försäkring, not the employer. AFA's pages differ on which of them applies: ask AFA.",
    ),
    page: "A14",
    rules: &["AFA-COV-5", "AFA-NOTE-3"],
};
const FK_EMPLOYER: Step = Step {
    id: "fk_employer",
    who: Who::Employer,
    how: t(
        "Arbetsgivaren ansöker hos Försäkringskassan med anordnarens fakturaunderlag och redovisning och bevis på vad arbetsgivaren har betalat.",
        "The employer applies to Försäkringskassan with the provider's invoice basis and report and proof of what the employer paid.",
    ),
    page: "F9",
    rules: &["FK-DOC-1", "FK-DL-1"],
};
const RG_REGION: Step = Step {
    id: "rg_region",
    who: Who::Region,
    how: t(
        "Regionen rapporterar genomförda behandlingar till Försäkringskassan på överenskommelsens rapportdagar.",
        "The region reports completed treatments to Försäkringskassan on the agreement's report days.",
    ),
    page: "R1",
    rules: &["RG-REP-1"],
};
const SAM_PERSON: Step = Step {
    id: "sam_person",
    who: Who::Person,
    how: t(
        "Personen ansöker själv hos Försäkringskassan, i e-tjänsten eller på blankett, med läkarintyget. Försäkringskassan bokar sedan ett första digitalt möte, oftast tillsammans med Arbetsförmedlingen.",
        "The person applies to Försäkringskassan themself, in the e-service or on a form, with the doctor's certificate. Försäkringskassan then books a first digital meeting, usually with Arbetsförmedlingen.",
    ),
    page: "S1",
    rules: &["SAM-ELIG-3"],
};

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
    Some(NextStep {
        id: s.id,
        who: s.who,
        how: s.how,
        #[cfg(not(feature = "page"))]
        url: s.url(),
        deadline,
        rules: s.rules,
    })
}

/// Every step, for the page's text catalogue.
pub const ALL: [&Step; 5] = [&AFA_EMPLOYER, &AFA_AGENCY, &FK_EMPLOYER, &RG_REGION, &SAM_PERSON];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_links_a_page_of_sources_md() {
        for s in ALL {
            assert!(url(s.page).is_some(), "{}", s.page);
            for r in s.rules {
                assert!(crate::schemes::all_rules().any(|x| x.id == *r), "{r}");
            }
        }
    }
}
