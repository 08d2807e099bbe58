//! The measure catalogue (docs/API.md §1): every kind of measure, the plain-Swedish group the page
//! shows it under, and — per scheme — whether the scheme pays for it, excludes it, or does not
//! list it, with the rule that says so.

use crate::schemes::{afa, fk, rg, Rule};
use crate::text::{choices, t, Text};
use serde::Serialize;

choices!(
    /// The kind of a measure (insats).
    Kind {
        SupportTalks = "support_talks", "Stödsamtal / enskilda samtal", "Support talks / individual talks";
        Kbt = "kbt", "Kognitiv beteendeterapi (KBT)", "Cognitive behavioural therapy (CBT)";
        Ipt = "ipt", "Interpersonell terapi (IPT)", "Interpersonal therapy (IPT)";
        AssessmentTalk = "assessment_talk", "Bedömningssamtal", "Assessment talk";
        StressConflictSupport = "stress_conflict_support", "Stöd att hantera stress, konflikter eller kris", "Support to handle stress, conflicts or a crisis";
        WorkSupervision = "work_supervision", "Handledning för att klara arbetet", "Supervision to manage the work";
        Coaching = "coaching", "Coachning", "Coaching";
        StressManagementCourse = "stress_management_course", "Kurs i stresshantering", "Stress management course";
        LifestyleCourse = "lifestyle_course", "Kurs i livsstilsförändring", "Lifestyle change course";
        RetrainingCourse = "retraining_course", "Kortare omskolande kurs", "Short retraining course";
        BackCourse = "back_course", "Ryggkurs", "Back course";
        Education = "education", "Utbildning", "Education or training course";
        Lecture = "lecture", "Föreläsning", "Lecture";
        AddictionTreatment = "addiction_treatment", "Beroendebehandling", "Addiction treatment";
        AbstinenceTreatment = "abstinence_treatment", "Abstinensbehandling", "Abstinence treatment";
        SamplingTests = "sampling_tests", "Provtagning och drogtester", "Sampling and drug tests";
        InvestigateIllHealth = "investigate_ill_health", "Utreda medarbetarens ohälsa", "Investigate the employee's ill-health";
        InvestigateWorkNeeds = "investigate_work_needs", "Utreda behov för att vara kvar i eller återgå till arbetet (arbetsförmågebedömning)", "Investigate needs to stay in or return to work (work-capacity assessment)";
        ReturnToWorkPlan = "return_to_work_plan", "Plan för återgång i arbete", "Return-to-work plan";
        RehabCoordinator = "rehab_coordinator", "Rehabiliteringsledare eller -koordinator", "Rehabilitation leader or coordinator";
        AdaptWorkplace = "adapt_workplace", "Anpassa arbetsplatsen", "Adapt the workplace";
        AdaptTasks = "adapt_tasks", "Anpassa arbetsuppgifterna", "Adapt the work tasks";
        AdaptHours = "adapt_hours", "Anpassa arbetstiderna", "Adapt the working hours";
        ReviewWorkAids = "review_work_aids", "Se över arbetshjälpmedel", "Review work aids";
        WorkTechnique = "work_technique", "Ändrad arbetsteknik", "Changed work technique";
        WorkAidsPurchase = "work_aids_purchase", "Köp av arbetshjälpmedel", "Buying work aids";
        TechnicalAids = "technical_aids", "Tekniska hjälpmedel", "Technical aids";
        MedicalTreatment = "medical_treatment", "Medicinsk behandling", "Medical treatment";
        Physiotherapy = "physiotherapy", "Fysioterapi (sjukgymnastik)", "Physiotherapy";
        Naprapathy = "naprapathy", "Naprapati", "Naprapathy";
        DoctorVisit = "doctor_visit", "Läkarbesök", "Doctor's visit";
        MultimodalRehab1 = "multimodal_rehab_1", "Multimodal rehabilitering 1 (primärvård)", "Multimodal rehabilitation 1 (primary care)";
        MultimodalRehab2 = "multimodal_rehab_2", "Multimodal rehabilitering 2 (specialistvård)", "Multimodal rehabilitation 2 (specialised care)";
        HealthPromotion = "health_promotion", "Friskvård och hälsofrämjande insatser", "Wellness and health promotion";
        SmokingCessation = "smoking_cessation", "Rökavvänjning", "Smoking cessation";
        WeightLoss = "weight_loss", "Viktminskningsprogram", "Weight-loss programme";
        GroupExercise = "group_exercise", "Gruppgymnastik och träning", "Group exercise and training";
        ScreeningTool = "screening_tool", "Screeningverktyg för företaget", "Screening tool for the company";
        OrganisationDevelopment = "organisation_development", "Utveckling av organisation eller grupper", "Developing the organisation or groups";
        LeadershipTraining = "leadership_training", "Ledarskapsutbildning", "Leadership training";
        SalaryCosts = "salary_costs", "Lönekostnader för den anställde", "The employee's salary costs";
        SubstituteCosts = "substitute_costs", "Vikarier och administration", "Substitutes and administration";
    }
);

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

/// A row of the catalogue.
pub struct Entry {
    pub kind: Kind,
    pub group: Group,
    pub afa: Cover,
    pub fk: Cover,
    pub rg: Cover,
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

use Cover::{Covered as C, Excluded as X, NotListed as N};

macro_rules! rows {
    ($($kind:ident $group:ident afa $afa:expr, fk $fk:expr, rg $rg:expr;)+) => {
        /// The catalogue, one row per kind, in [`Kind::ALL`] order.
        pub static CATALOGUE: &[Entry] = &[$(Entry { kind: Kind::$kind, group: Group::$group, afa: $afa, fk: $fk, rg: $rg }),+];
    };
}

// Readings (docs/API.md §8): talk kinds are AFA-MEAS-4; KBT, IPT, addiction treatment, MMR and every
// course are treatment or education, which FK excludes (FK-EXCL-1); the guarantee pays only KBT/IPT
// (RG-ELIG-3) and MMR (RG-ELIG-4).
rows! {
    SupportTalks            Talks           afa C(&afa::MEAS_4),  fk C(&fk::MEAS_1),  rg N;
    Kbt                     Talks           afa C(&afa::MEAS_4),  fk X(&fk::EXCL_1),  rg C(&rg::ELIG_3);
    Ipt                     Talks           afa C(&afa::MEAS_4),  fk X(&fk::EXCL_1),  rg C(&rg::ELIG_3);
    AssessmentTalk          Talks           afa X(&afa::EXCL_2),  fk N,               rg N;
    StressConflictSupport   Talks           afa C(&afa::MEAS_4),  fk C(&fk::MEAS_2),  rg N;
    WorkSupervision         Talks           afa X(&afa::EXCL_2),  fk C(&fk::MEAS_2),  rg N;
    Coaching                Talks           afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    StressManagementCourse  Courses         afa C(&afa::MEAS_5),  fk X(&fk::EXCL_1),  rg N;
    LifestyleCourse         Courses         afa C(&afa::MEAS_5),  fk X(&fk::EXCL_1),  rg N;
    RetrainingCourse        Courses         afa C(&afa::MEAS_6),  fk X(&fk::EXCL_1),  rg N;
    BackCourse              Courses         afa C(&afa::MEAS_7),  fk X(&fk::EXCL_1),  rg N;
    Education               Courses         afa N,                fk X(&fk::EXCL_1),  rg N;
    Lecture                 Courses         afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    AddictionTreatment      Addiction       afa C(&afa::MEAS_1),  fk X(&fk::EXCL_1),  rg N;
    AbstinenceTreatment     Addiction       afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    SamplingTests           Addiction       afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    InvestigateIllHealth    Investigation   afa X(&afa::EXCL_1),  fk C(&fk::MEAS_1),  rg N;
    InvestigateWorkNeeds    Investigation   afa X(&afa::EXCL_2),  fk C(&fk::MEAS_1),  rg N;
    ReturnToWorkPlan        Investigation   afa N,                fk C(&fk::MEAS_1),  rg N;
    RehabCoordinator        Investigation   afa N,                fk C(&fk::MEAS_1),  rg N;
    AdaptWorkplace          Adaptation      afa X(&afa::EXCL_1),  fk C(&fk::MEAS_1),  rg N;
    AdaptTasks              Adaptation      afa N,                fk C(&fk::MEAS_1),  rg N;
    AdaptHours              Adaptation      afa N,                fk C(&fk::MEAS_1),  rg N;
    ReviewWorkAids          Adaptation      afa N,                fk C(&fk::MEAS_1),  rg N;
    WorkTechnique           Adaptation      afa N,                fk C(&fk::MEAS_1),  rg N;
    WorkAidsPurchase        Adaptation      afa X(&afa::EXCL_1),  fk X(&fk::EXCL_2),  rg N;
    TechnicalAids           Adaptation      afa X(&afa::EXCL_1),  fk X(&fk::EXCL_2),  rg N;
    MedicalTreatment        Medical         afa X(&afa::EXCL_1),  fk X(&fk::EXCL_1),  rg N;
    Physiotherapy           Medical         afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    Naprapathy              Medical         afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    DoctorVisit             Medical         afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    MultimodalRehab1        Medical         afa C(&afa::MEAS_7),  fk X(&fk::EXCL_1),  rg C(&rg::ELIG_4);
    MultimodalRehab2        Medical         afa C(&afa::MEAS_7),  fk X(&fk::EXCL_1),  rg C(&rg::ELIG_4);
    HealthPromotion         HealthPromotion afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    SmokingCessation        HealthPromotion afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    WeightLoss              HealthPromotion afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    GroupExercise           HealthPromotion afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    ScreeningTool           Organisation    afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    OrganisationDevelopment Organisation    afa N,                fk X(&fk::EXCL_1),  rg N;
    LeadershipTraining      Organisation    afa X(&afa::EXCL_2),  fk X(&fk::EXCL_1),  rg N;
    SalaryCosts             Costs           afa X(&afa::EXCL_1),  fk N,               rg N;
    SubstituteCosts         Costs           afa X(&afa::EXCL_1),  fk N,               rg N;
}

impl Kind {
    /// This kind's row of the catalogue.
    pub fn entry(self) -> &'static Entry {
        &CATALOGUE[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_catalogue_has_one_row_per_kind_in_order() {
        assert_eq!(CATALOGUE.len(), Kind::ALL.len());
        for (i, k) in Kind::ALL.iter().enumerate() {
            assert_eq!(CATALOGUE[i].kind, *k);
            assert_eq!(k.entry().kind, *k);
        }
    }

    #[test]
    fn fk_and_afa_disagree_on_workplace_adaptation() {
        assert!(matches!(Kind::AdaptWorkplace.entry().afa, Cover::Excluded(r) if r.id == "AFA-EXCL-1"));
        assert!(matches!(Kind::AdaptWorkplace.entry().fk, Cover::Covered(r) if r.id == "FK-MEAS-1"));
    }

    #[test]
    fn every_course_is_education_to_fk() {
        for k in [
            Kind::StressManagementCourse,
            Kind::LifestyleCourse,
            Kind::RetrainingCourse,
            Kind::BackCourse,
            Kind::Education,
        ] {
            assert!(matches!(k.entry().fk, Cover::Excluded(r) if r.id == "FK-EXCL-1"), "{k:?}");
        }
    }
}
