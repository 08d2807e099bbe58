//! The closed sets of answer values (docs/API.md §1), each with its wire name and its label, and
//! the kinds of measure. Vocabulary: nothing here knows a rule.

use crate::text::Text;

/// A closed set of answer values, each with its wire name and its label.
macro_rules! choices {
    ($(#[$m:meta])* $name:ident { $($var:ident = $s:literal, $sv:literal, $en:literal;)+ }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($var),+ }
        impl $name {
            /// Every value, in catalogue order.
            pub const ALL: &'static [$name] = &[$($name::$var),+];
            /// The wire names, in catalogue order.
            pub const WIRE: &'static [&'static str] = &[$($s),+];
            /// The wire name (snake_case).
            pub fn as_str(self) -> &'static str { match self { $($name::$var => $s),+ } }
            /// The value for a wire name.
            pub fn parse(s: &str) -> Option<Self> { match s { $($s => Some($name::$var),)+ _ => None } }
            /// The label shown to people.
            pub fn label(self) -> $crate::text::Text { match self { $($name::$var => $crate::text::t($sv, $en)),+ } }
        }
        impl $crate::choices::Choice for $name {
            fn all() -> &'static [Self] { Self::ALL }
            fn wire(self) -> &'static str { self.as_str() }
            fn parse_wire(s: &str) -> Option<Self> { Self::parse(s) }
            fn text(self) -> $crate::text::Text { self.label() }
        }
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> { s.serialize_str(self.as_str()) }
        }
    };
}

/// A closed set whose values also read inside a sentence: each row adds the value as a page
/// writes it after "eftersom AFA inte ersätter" / "because AFA does not pay for" (lower case, no
/// article where none is needed: "anpassning av arbetsplatsen", "adapting the workplace").
macro_rules! choices_in_sentences {
    ($(#[$m:meta])* $name:ident { $($var:ident = $s:literal, $sv:literal, $en:literal, in_sentence($isv:literal, $ien:literal);)+ }) => {
        choices!($(#[$m])* $name { $($var = $s, $sv, $en;)+ });
        impl $name {
            /// The value as it reads inside a sentence (rule clauses' `{kind}`, `crate::rule::Because`).
            pub fn in_sentence(self) -> $crate::text::Text { match self { $($name::$var => $crate::text::t($isv, $ien)),+ } }
        }
    };
}

/// A closed set of answer values (implemented by every [`choices!`] enum).
pub trait Choice: Copy + 'static {
    fn all() -> &'static [Self];
    fn wire(self) -> &'static str;
    fn parse_wire(s: &str) -> Option<Self>;
    fn text(self) -> Text;
}

choices!(
    /// The employer's sector (decides AGS or AGS-KL, AFA-COV-1..4).
    Sector {
        Private = "private", "Privat sektor", "Private sector";
        Cooperative = "cooperative", "Kooperativ sektor", "Cooperative sector";
        Municipality = "municipality", "Kommun", "Municipality";
        Region = "region", "Region", "Region";
        ChurchOfSweden = "church_of_sweden", "Svenska kyrkan", "Church of Sweden";
        MunicipalCompany = "municipal_company", "Kommunalt bolag", "Municipal company";
        State = "state", "Staten", "State";
        Other = "other", "Annan", "Other";
    }
);

impl Sector {
    /// Private or cooperative, or another private employer such as an association or a
    /// foundation: AGS through the collective agreement or signed without one (AFA-COV-1,
    /// AFA-COV-4 as of rules 2026.2).
    pub fn is_ags(self) -> bool {
        matches!(self, Sector::Private | Sector::Cooperative | Sector::Other)
    }
    /// The municipal sector: AGS-KL (AFA-COV-3).
    pub fn is_ags_kl(self) -> bool {
        matches!(self, Sector::Municipality | Sector::Region | Sector::ChurchOfSweden | Sector::MunicipalCompany)
    }
}

choices!(
    /// The person's relation to work.
    Employment {
        Employed = "employed", "Anställd", "Employed";
        Efterskydd = "efterskydd", "Efterskydd efter tidigare anställning", "Efterskydd (continued cover after an earlier employment)";
        Unemployed = "unemployed", "Arbetslös", "Unemployed";
        NoEmployment = "none", "Ingen anställning", "No employment";
    }
);

choices!(
    /// Arbetare or tjänsteman (matters in the private sector, AFA-COV-2).
    Category {
        Arbetare = "arbetare", "Arbetare", "Blue-collar worker (arbetare)";
        Tjansteman = "tjansteman", "Tjänsteman", "Salaried employee (tjänsteman)";
    }
);

choices!(
    /// What the rehabilitation is for.
    Condition {
        Anxiety = "anxiety", "Ångest", "Anxiety";
        Depression = "depression", "Depression", "Depression";
        Stress = "stress", "Stress", "Stress";
        LongTermPain = "long_term_pain", "Långvarig smärta (axlar, nacke, rygg)", "Long-term pain (shoulders, neck, back)";
        SubstanceMisuse = "substance_misuse", "Alkohol- eller drogmissbruk", "Alcohol or drug misuse";
        Gambling = "gambling", "Spelmissbruk", "Gambling addiction";
        OtherMental = "other_mental", "Andra psykiska besvär", "Other mental health problems";
        OtherPhysical = "other_physical", "Andra fysiska besvär", "Other physical problems";
    }
);

choices!(
    /// Work capacity (FK-COND-1).
    WorkCapacity {
        Reduced = "reduced", "Nedsatt", "Reduced";
        AtRisk = "at_risk", "Risk för nedsättning", "At risk of being reduced";
        Full = "full", "Varken nedsatt eller risk för det", "Neither reduced nor at risk";
    }
);

choices!(
    /// Who performs the measure.
    Performer {
        LicensedPsychologist = "licensed_psychologist", "Legitimerad psykolog", "Licensed psychologist";
        LicensedPsychotherapist = "licensed_psychotherapist", "Legitimerad psykoterapeut", "Licensed psychotherapist";
        Physician = "physician", "Läkare", "Physician";
        Nurse = "nurse", "Sjuksköterska", "Nurse";
        Physiotherapist = "physiotherapist", "Fysioterapeut (sjukgymnast)", "Physiotherapist";
        Naprapath = "naprapath", "Naprapat", "Naprapath";
        OccupationalTherapist = "occupational_therapist", "Arbetsterapeut", "Occupational therapist";
        Ergonomist = "ergonomist", "Ergonom", "Ergonomist";
        BehaviouralScientist = "behavioural_scientist", "Beteendevetare", "Behavioural scientist";
        RehabCoordinator = "rehab_coordinator", "Rehabiliteringskoordinator", "Rehabilitation coordinator";
        HealthEducator = "health_educator", "Hälsopedagog", "Health educator";
        OtherPerformer = "other", "Annan", "Other";
    }
);

choices!(
    /// The competence areas of FK-COND-3.
    Competence {
        Medicine = "medicine", "Medicin", "Medicine";
        Rehabilitation = "rehabilitation", "Rehabilitering", "Rehabilitation";
        WorkOrganisation = "work_organisation", "Arbetsorganisation", "Work organisation";
        BehaviouralScience = "behavioural_science", "Beteendevetenskap", "Behavioural science";
        Ergonomics = "ergonomics", "Ergonomi", "Ergonomics";
        HealthScience = "health_science", "Hälsovetenskap", "Health science";
        Technology = "technology", "Teknik", "Technology";
    }
);

choices!(
    /// What the addiction treatment is for (AFA-MEAS-1).
    Addiction {
        AlcoholDrugs = "alcohol_drugs", "Alkohol och droger", "Alcohol and drugs";
        Gambling = "gambling", "Spel om pengar", "Gambling";
    }
);

choices!(
    /// Where the addiction treatment takes place (AFA-MEAS-1, AFA-MEAS-3).
    Setting {
        Inpatient = "inpatient", "Inneliggande (t.ex. behandlingshem)", "Inpatient (e.g. treatment home)";
        Outpatient = "outpatient", "Öppenvård", "Outpatient";
        Talk = "talk", "Samtalsbehandling", "Talk treatment";
    }
);

choices_in_sentences!(
    /// The kind of a measure (insats).
    Kind {
        SupportTalks = "support_talks", "Stödsamtal / enskilda samtal", "Support talks / individual talks", in_sentence("stödsamtal", "support talks");
        Kbt = "kbt", "Kognitiv beteendeterapi (KBT)", "Cognitive behavioural therapy (CBT)", in_sentence("KBT", "CBT");
        Ipt = "ipt", "Interpersonell terapi (IPT)", "Interpersonal therapy (IPT)", in_sentence("IPT", "IPT");
        AssessmentTalk = "assessment_talk", "Bedömningssamtal", "Assessment talk", in_sentence("bedömningssamtal", "assessment talks");
        StressConflictSupport = "stress_conflict_support", "Stöd att hantera stress, konflikter eller kris", "Support to handle stress, conflicts or a crisis", in_sentence("stöd att hantera stress, konflikter eller kris", "support to handle stress, conflicts or a crisis");
        WorkSupervision = "work_supervision", "Handledning för att klara arbetet", "Supervision to manage the work", in_sentence("handledning", "supervision");
        Coaching = "coaching", "Coachning", "Coaching", in_sentence("coachning", "coaching");
        StressManagementCourse = "stress_management_course", "Kurs i stresshantering", "Stress management course", in_sentence("kurser i stresshantering", "stress management courses");
        LifestyleCourse = "lifestyle_course", "Kurs i livsstilsförändring", "Lifestyle change course", in_sentence("kurser i livsstilsförändring", "lifestyle change courses");
        RetrainingCourse = "retraining_course", "Kortare omskolande kurs", "Short retraining course", in_sentence("kortare omskolande kurser", "short retraining courses");
        BackCourse = "back_course", "Ryggkurs", "Back course", in_sentence("ryggkurser", "back courses");
        Education = "education", "Utbildning", "Education or training course", in_sentence("utbildningar", "education or training courses");
        Lecture = "lecture", "Föreläsning", "Lecture", in_sentence("föreläsningar", "lectures");
        AddictionTreatment = "addiction_treatment", "Beroendebehandling", "Addiction treatment", in_sentence("beroendebehandling", "addiction treatment");
        AbstinenceTreatment = "abstinence_treatment", "Abstinensbehandling", "Abstinence treatment", in_sentence("abstinensbehandling", "abstinence treatment");
        SamplingTests = "sampling_tests", "Provtagning och drogtester", "Sampling and drug tests", in_sentence("provtagning och drogtester", "sampling and drug tests");
        InvestigateIllHealth = "investigate_ill_health", "Utreda medarbetarens ohälsa", "Investigate the employee's ill-health", in_sentence("utredning av medarbetarens ohälsa", "investigating the employee's ill-health");
        InvestigateWorkNeeds = "investigate_work_needs", "Utreda behov för att vara kvar i eller återgå till arbetet (arbetsförmågebedömning)", "Investigate needs to stay in or return to work (work-capacity assessment)", in_sentence("utredning av behoven för att vara kvar i eller återgå till arbetet", "investigating the needs to stay in or return to work");
        ReturnToWorkPlan = "return_to_work_plan", "Plan för återgång i arbete", "Return-to-work plan", in_sentence("planering av återgången i arbete", "planning the return to work");
        RehabCoordinator = "rehab_coordinator", "Rehabiliteringsledare eller -koordinator", "Rehabilitation leader or coordinator", in_sentence("en rehabiliteringsledare eller -koordinator", "a rehabilitation leader or coordinator");
        AdaptWorkplace = "adapt_workplace", "Anpassa arbetsplatsen", "Adapt the workplace", in_sentence("anpassning av arbetsplatsen", "adapting the workplace");
        AdaptTasks = "adapt_tasks", "Anpassa arbetsuppgifterna", "Adapt the work tasks", in_sentence("anpassning av arbetsuppgifterna", "adapting the work tasks");
        AdaptHours = "adapt_hours", "Anpassa arbetstiderna", "Adapt the working hours", in_sentence("anpassning av arbetstiderna", "adapting the working hours");
        ReviewWorkAids = "review_work_aids", "Se över arbetshjälpmedel", "Review work aids", in_sentence("översyn av arbetshjälpmedel", "reviewing work aids");
        WorkTechnique = "work_technique", "Ändrad arbetsteknik", "Changed work technique", in_sentence("ändrad arbetsteknik", "changed work technique");
        WorkAidsPurchase = "work_aids_purchase", "Köp av arbetshjälpmedel", "Buying work aids", in_sentence("köp av arbetshjälpmedel", "buying work aids");
        TechnicalAids = "technical_aids", "Tekniska hjälpmedel", "Technical aids", in_sentence("tekniska hjälpmedel", "technical aids");
        MedicalTreatment = "medical_treatment", "Medicinsk behandling", "Medical treatment", in_sentence("medicinsk behandling", "medical treatment");
        Physiotherapy = "physiotherapy", "Fysioterapi (sjukgymnastik)", "Physiotherapy", in_sentence("fysioterapi (sjukgymnastik)", "physiotherapy");
        Naprapathy = "naprapathy", "Naprapati", "Naprapathy", in_sentence("naprapati", "naprapathy");
        DoctorVisit = "doctor_visit", "Läkarbesök", "Doctor's visit", in_sentence("läkarbesök", "doctor's visits");
        MultimodalRehab1 = "multimodal_rehab_1", "Multimodal rehabilitering 1 (primärvård)", "Multimodal rehabilitation 1 (primary care)", in_sentence("multimodal rehabilitering", "multimodal rehabilitation");
        MultimodalRehab2 = "multimodal_rehab_2", "Multimodal rehabilitering 2 (specialistvård)", "Multimodal rehabilitation 2 (specialised care)", in_sentence("multimodal rehabilitering", "multimodal rehabilitation");
        HealthPromotion = "health_promotion", "Friskvård och hälsofrämjande insatser", "Wellness and health promotion", in_sentence("friskvård och hälsofrämjande insatser", "wellness and health promotion");
        SmokingCessation = "smoking_cessation", "Rökavvänjning", "Smoking cessation", in_sentence("rökavvänjning", "smoking cessation");
        WeightLoss = "weight_loss", "Viktminskningsprogram", "Weight-loss programme", in_sentence("viktminskningsprogram", "weight-loss programmes");
        GroupExercise = "group_exercise", "Gruppgymnastik och träning", "Group exercise and training", in_sentence("gruppgymnastik och träning", "group exercise and training");
        ScreeningTool = "screening_tool", "Screeningverktyg för företaget", "Screening tool for the company", in_sentence("screeningverktyg för företaget", "screening tools for the company");
        OrganisationDevelopment = "organisation_development", "Utveckling av organisation eller grupper", "Developing the organisation or groups", in_sentence("utveckling av organisation eller grupper", "developing the organisation or groups");
        LeadershipTraining = "leadership_training", "Ledarskapsutbildning", "Leadership training", in_sentence("ledarskapsutbildning", "leadership training");
        SalaryCosts = "salary_costs", "Lönekostnader för den anställde", "The employee's salary costs", in_sentence("den anställdes lönekostnader", "the employee's salary costs");
        SubstituteCosts = "substitute_costs", "Vikarier och administration", "Substitutes and administration", in_sentence("kostnader för vikarier och administration", "costs of substitutes and administration");
    }
);
