//! The measure catalogue (docs/API.md §1): the plain-Swedish group the page shows each kind of
//! measure under, and what a scheme can say of a kind ([`Cover`]). Each scheme keeps its own
//! column (`cover(kind)` in `crate::schemes::*`), next to its rules. Readings (docs/API.md §8):
//! talk kinds are AFA-MEAS-4; KBT, IPT, addiction treatment, MMR and every course are treatment or
//! education, which FK excludes (FK-EXCL-1); the guarantee pays only KBT/IPT (RG-ELIG-3) and MMR
//! (RG-ELIG-4).

use crate::choices::Kind;
use crate::rule::Rule;
use crate::text::{t, Text};
use serde::Serialize;

/// What a scheme says of a kind of measure.
#[derive(Clone, Copy, Debug)]
pub enum Cover {
    /// The scheme pays for it (its own conditions still apply), by this rule.
    Covered(&'static Rule),
    /// The scheme says it does not pay for it, by this rule.
    Excluded(&'static Rule),
    /// The scheme's sources do not list it among what it pays for.
    NotListed,
}

/// The plain-Swedish groups the page offers the kinds under.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Talks,
    Courses,
    Addiction,
    Investigation,
    Adaptation,
    Medical,
    HealthPromotion,
    Organisation,
    Costs,
}

impl Group {
    pub const ALL: &'static [Group] = &[
        Group::Talks,
        Group::Courses,
        Group::Addiction,
        Group::Investigation,
        Group::Adaptation,
        Group::Medical,
        Group::HealthPromotion,
        Group::Organisation,
        Group::Costs,
    ];

    pub fn label(self) -> Text {
        match self {
            Group::Talks => t("Samtal", "Talks"),
            Group::Courses => t("Kurser", "Courses"),
            Group::Addiction => t("Beroendebehandling", "Addiction treatment"),
            Group::Investigation => t("Utredning och planering", "Investigation and planning"),
            Group::Adaptation => t("Anpassning", "Adaptation"),
            Group::Medical => t("Medicinsk behandling", "Medical treatment"),
            Group::HealthPromotion => t("Hälsofrämjande", "Health promotion"),
            Group::Organisation => t("Organisation och ledarskap", "Organisation and leadership"),
            Group::Costs => t("Kostnader", "Costs"),
        }
    }
}

/// The group the page offers a kind under.
pub fn group(kind: Kind) -> Group {
    use Kind::*;
    match kind {
        SupportTalks | Kbt | Ipt | AssessmentTalk | StressConflictSupport | WorkSupervision | Coaching => Group::Talks,
        StressManagementCourse | LifestyleCourse | RetrainingCourse | BackCourse | Education | Lecture => {
            Group::Courses
        }
        AddictionTreatment | AbstinenceTreatment | SamplingTests => Group::Addiction,
        InvestigateIllHealth | InvestigateWorkNeeds | ReturnToWorkPlan | RehabCoordinator => Group::Investigation,
        AdaptWorkplace | AdaptTasks | AdaptHours | ReviewWorkAids | WorkTechnique | WorkAidsPurchase
        | TechnicalAids => Group::Adaptation,
        MedicalTreatment | Physiotherapy | Naprapathy | DoctorVisit | MultimodalRehab1 | MultimodalRehab2 => {
            Group::Medical
        }
        HealthPromotion | SmokingCessation | WeightLoss | GroupExercise => Group::HealthPromotion,
        ScreeningTool | OrganisationDevelopment | LeadershipTraining => Group::Organisation,
        SalaryCosts | SubstituteCosts => Group::Costs,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_group_has_a_kind() {
        for g in Group::ALL {
            assert!(Kind::ALL.iter().any(|k| group(*k) == *g), "{g:?}");
        }
    }
}
