//! The question catalogue: for every answer path its type, options, text, help and "why we
//! ask". The page and the embed render only from this, in Swedish or English.
//!
//! Where each answer lives in the answers document, and the candidate answers relevance tries,
//! are in [`crate::fields`].

use crate::answers::{
    Addiction, Category, Competence, Condition, Employment, Performer, Sector, Setting, WorkCapacity,
};
use crate::catalogue::{Group, Kind};
#[cfg(not(feature = "page"))]
use crate::text::Lang;
use crate::text::{t, Choice, Text};
use serde::Serialize;

/// Which part of the answers a question belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Employer,
    Person,
    Provider,
    Measure,
}

/// The type of answer a question takes.
#[derive(Clone, Copy)]
pub enum Answer {
    Bool,
    Choice(fn() -> Vec<(&'static str, Text)>),
    /// Several of a closed set.
    Multi(fn() -> Vec<(&'static str, Text)>),
    /// A whole number with candidates that straddle every threshold a rule uses.
    Number {
        min: u64,
        max: u64,
        candidates: &'static [u64],
    },
    /// Öre; the page takes kronor.
    Money {
        candidates: &'static [u64],
    },
    Date,
}

/// One question of the catalogue.
pub struct Question {
    /// The answer path (`person.age`); measure questions are `measures[].kind`.
    pub id: &'static str,
    /// The field name within its section.
    pub field: &'static str,
    pub section: Section,
    pub answer: Answer,
    pub text: Text,
    pub help: Text,
    pub why: Text,
    /// The rules that use the answer.
    pub rules: &'static [&'static str],
    /// Whether "Vet ej" (I don't know) is offered.
    pub unknown_allowed: bool,
}

fn options<T: Choice>() -> Vec<(&'static str, Text)> {
    T::all().iter().map(|v| (v.wire(), v.text())).collect()
}

const BOOL: Answer = Answer::Bool;
const MONEY_GRANTED: Answer = Answer::Money { candidates: &[0, 1_000_000, 20_000_000] };

macro_rules! q {
    ($id:literal, $field:literal, $section:ident, $answer:expr, $unknown:expr, $rules:expr, $text:expr, $help:expr, $why:expr) => {
        Question {
            id: $id,
            field: $field,
            section: Section::$section,
            answer: $answer,
            text: $text,
            help: $help,
            why: $why,
            rules: $rules,
            unknown_allowed: $unknown,
        }
    };
}

/// Every question, in the order a form asks them: employer, person, provider, measure details.
pub static QUESTIONS: &[Question] = &[
    q!("employer.sector", "sector", Employer, Answer::Choice(options::<Sector>), true, &["AFA-COV-1", "AFA-COV-3", "AFA-COV-4", "AFA-DL-1", "AFA-DL-2", "AFA-MEAS-1"],
        t("Inom vilken sektor finns arbetsgivaren?", "Which sector is the employer in?"),
        t("Kommunala bolag räknas hit bara om de har kollektivavtal inom det kommunala området. Annan, till exempel en ideell förening eller en stiftelse, räknas som en privat arbetsgivare hos AFA.", "Municipal companies count here only with a collective agreement in the municipal sector. Other, for example a non-profit association or a foundation, counts as a private employer at AFA."),
        t("Sektorn avgör om medarbetaren kan omfattas av AGS eller AGS-KL och vilken ansökningstid som gäller hos AFA.", "The sector decides whether the person can be covered by AGS or AGS-KL, and AFA's application deadline.")),
    q!("employer.ags_insurance", "ags_insurance", Employer, BOOL, true, &["AFA-COV-1", "AFA-COV-3"],
        t("Har arbetsgivaren kollektivavtal med sjukförsäkringen AGS eller AGS-KL?", "Does the employer have a collective agreement with the AGS or AGS-KL sickness insurance?"),
        t("AGS ingår i de flesta kollektivavtal i privat sektor, AGS-KL i kommuner och regioner.", "AGS is part of most private-sector collective agreements, AGS-KL of municipalities' and regions'."),
        t("AFA:s rehabiliteringsstöd gäller bara den som omfattas av AGS eller AGS-KL.", "AFA's support applies only to people covered by AGS or AGS-KL.")),
    q!("employer.medarbetaravtal", "medarbetaravtal", Employer, BOOL, true, &["AFA-COV-2"],
        t("Har arbetsgivaren ett medarbetaravtal?", "Does the employer have a medarbetaravtal?"),
        t("Ett medarbetaravtal är ett kollektivavtal som inte delar in de anställda i arbetare och tjänstemän.", "A medarbetaravtal is a collective agreement that does not split employees into arbetare and tjänstemän."),
        t("Privatanställda tjänstemän omfattas av AGS bara genom ett medarbetaravtal.", "Private-sector salaried employees are covered by AGS only through a medarbetaravtal.")),
    q!("employer.fk_ars_granted_this_year_ore", "fk_ars_granted_this_year_ore", Employer, MONEY_GRANTED, true, &["FK-AMT-3"],
        t("Hur mycket arbetsplatsinriktat rehabiliteringsstöd har arbetsgivaren redan fått beviljat i år?", "How much workplace-oriented rehabilitation support has the employer already been granted this year?"),
        t("Räkna med alla medarbetare under innevarande kalenderår.", "Count all employees in the current calendar year."),
        t("Försäkringskassan betalar högst 200 000 kr per arbetsgivare och år.", "Försäkringskassan pays at most 200 000 kr per employer and year.")),
    q!("person.employment", "employment", Person, Answer::Choice(options::<Employment>), true, &["AFA-COV-5", "FK-COND-1", "AFA-AMT-3"],
        t("Vilken anknytning till arbete har medarbetaren?", "What is the person's relation to work?"),
        t("Efterskydd betyder att AGS eller AGS-KL fortfarande gäller en tid efter en tidigare anställning.", "Efterskydd means AGS or AGS-KL still applies for a while after an earlier employment."),
        t("Stöden till arbetsgivare gäller anställda; efterskydd ger AFA-stöd på andra villkor.", "Support to employers concerns employees; efterskydd gives AFA support on other terms.")),
    q!("person.category", "category", Person, Answer::Choice(options::<Category>), true, &["AFA-COV-2"],
        t("Är medarbetaren arbetare eller tjänsteman?", "Is the person an arbetare or a tjänsteman?"),
        t("Tjänstemän har oftast månadslön och kollektivavtal via Unionen, Akademikerförbunden eller liknande.", "Tjänstemän usually have a monthly salary and an agreement through Unionen, the Saco unions or similar."),
        t("I privat sektor omfattas tjänstemän normalt inte av AGS.", "In the private sector, tjänstemän are normally not covered by AGS.")),
    q!("person.age", "age", Person, Answer::Number { min: 0, max: 130, candidates: &[10, 40, 90] }, true, &["RG-ELIG-1"],
        t("Hur gammal är personen?", "How old is the person?"),
        t("Ange ålder i hela år.", "Age in whole years."),
        t("Rehabiliteringsgarantin gällde personer som var 16–67 år.", "Rehabiliteringsgarantin covered people aged 16–67.")),
    q!("person.condition", "condition", Person, Answer::Choice(options::<Condition>), true, &["RG-ELIG-3", "RG-ELIG-4"],
        t("Vad gäller rehabiliteringen främst?", "What is the rehabilitation mainly for?"),
        t("Välj det som bäst beskriver besvären. Ingen diagnos behöver anges.", "Choose what best describes the problems. No diagnosis is needed."),
        t("Rehabiliteringsgarantin gällde bara vissa besvär.", "Rehabiliteringsgarantin covered certain problems only.")),
    q!("person.work_capacity", "work_capacity", Person, Answer::Choice(options::<WorkCapacity>), true, &["FK-COND-1"],
        t("Har medarbetaren nedsatt arbetsförmåga på grund av sjukdom eller skada, eller risk för det?", "Does the person have reduced work capacity because of illness or injury, or a risk of it?"),
        t("Medarbetaren behöver inte vara sjukskriven.", "The person need not be on sick leave."),
        t("Försäkringskassans stöd gäller medarbetare med nedsatt arbetsförmåga eller risk för det.", "Försäkringskassan's grant concerns employees with reduced work capacity or a risk of it.")),
    q!("person.on_sick_leave", "on_sick_leave", Person, BOOL, true, &["FK-COND-1"],
        t("Är medarbetaren sjukskriven?", "Is the person on sick leave?"),
        t("Sjukskrivning krävs inte för något av stöden.", "Sick leave is not required for any of the schemes."),
        t("Frågan påverkar inte resultatet; den finns med för att arbetsgivare ofta undrar.", "It does not change the result; it is here because employers often wonder.")),
    q!("person.rehab_need_documented", "rehab_need_documented", Person, BOOL, true, &["AFA-COND-1"],
        t("Finns ett styrkt rehabiliteringsbehov?", "Is there a documented need for rehabilitation?"),
        t("Till exempel intyg eller bedömning från vården eller företagshälsovården. Insatsen kan vara förebyggande.", "For example a certificate or assessment from health care or occupational health. The measure may be preventive."),
        t("AFA kräver ett styrkt rehabiliteringsbehov.", "AFA requires a documented need for rehabilitation.")),
    q!("person.work_capacity_prospect", "work_capacity_prospect", Person, BOOL, true, &["AFA-COND-2"],
        t("Är det rimligt att medarbetaren kan återfå eller behålla sin arbetsförmåga?", "Is it reasonable that the person can regain or keep their work capacity?"),
        t("En bedömning av om rehabiliteringen kan leda tillbaka till arbete.", "A judgement of whether the rehabilitation can lead back to work."),
        t("AFA ersätter rehabilitering som kan leda till arbete.", "AFA reimburses rehabilitation that can lead to work.")),
    q!("person.return_to_work_plan", "return_to_work_plan", Person, BOOL, true, &["AFA-COND-3"],
        t("Finns en plan för återgång i arbete?", "Is there a plan for return to work?"),
        t("Planen kan tas fram av arbetsgivaren tillsammans med medarbetaren.", "The employer can draw up the plan with the employee."),
        t("AFA kräver en plan för återgång i arbete.", "AFA requires a plan for return to work.")),
    q!("person.consent", "consent", Person, BOOL, true, &["AFA-DOC-1"],
        t("Har medarbetaren skrivit under samtycke till ansökan?", "Has the person signed consent to the application?"),
        t("Samtyckesbilagan är obligatorisk i AFA:s ansökan.", "The consent attachment is mandatory in AFA's application."),
        t("Utan samtycke kan ansökan till AFA inte skickas.", "Without consent the application to AFA cannot be sent.")),
    q!("person.medical_assessment", "medical_assessment", Person, BOOL, true, &["RG-ELIG-2"],
        t("Har vården gjort en medicinsk bedömning?", "Has health care made a medical assessment?"),
        t("Gäller rehabiliteringsgarantin (2015).", "Applies to Rehabiliteringsgarantin (2015)."),
        t("Garantin krävde en medicinsk bedömning före behandlingen.", "The guarantee required a medical assessment before treatment.")),
    q!("person.has_sgi", "has_sgi", Person, BOOL, true, &["SAM-ELIG-1", "AFA-COV-5"],
        t("Har personen en sjukpenninggrundande inkomst (SGI)?", "Does the person have a sickness-benefit-qualifying income (SGI)?"),
        t("Den som arbetar eller nyligen har arbetat har oftast SGI. Försäkringskassan kan svara.", "People who work or worked recently usually have SGI. Försäkringskassan can tell."),
        t("Samordning av rehabiliteringsinsatser gäller den som saknar SGI; efterskydd kräver SGI.", "Coordination is for people without SGI; efterskydd requires SGI.")),
    q!("person.insured_in_sweden", "insured_in_sweden", Person, BOOL, true, &["SAM-ELIG-2"],
        t("Är personen försäkrad i Sverige, genom arbete eller bosättning?", "Is the person insured in Sweden, through work or residence?"),
        t("Den som bor eller arbetar i Sverige är oftast försäkrad.", "People who live or work in Sweden usually are."),
        t("Samordning kräver att personen är försäkrad i Sverige.", "Coordination requires insurance in Sweden.")),
    q!("person.doctor_certificate", "doctor_certificate", Person, BOOL, true, &["SAM-ELIG-3"],
        t("Finns ett läkarintyg som visar nedsatt arbetsförmåga på grund av sjukdom?", "Is there a doctor's certificate showing reduced work capacity because of illness?"),
        t("Intyget bifogas ansökan om samordning.", "The certificate goes with the application."),
        t("Samordning kräver ett läkarintyg.", "Coordination requires a doctor's certificate.")),
    q!("person.needs_work_rehab", "needs_work_rehab", Person, BOOL, true, &["SAM-ELIG-4", "SAM-PTR-2"],
        t("Behöver personen arbetslivsinriktad rehabilitering för att kunna arbeta?", "Does the person need work-oriented rehabilitation to be able to work?"),
        t("Till exempel arbetsträning eller stöd att hitta ett arbete som passar.", "For example work training or support to find suitable work."),
        t("Samordning gäller den som behöver arbetslivsinriktad rehabilitering.", "Coordination is for people who need work-oriented rehabilitation.")),
    q!("person.in_af_programme", "in_af_programme", Person, BOOL, true, &["SAM-PTR-1"],
        t("Deltar personen i ett program hos Arbetsförmedlingen?", "Does the person take part in an Arbetsförmedlingen programme?"),
        t("Påverkar inte bedömningen, men kan ge rätt till annat stöd.", "Does not change the result, but may give other support."),
        t("Deltagare kan ha rätt till aktivitetsstöd eller utvecklingsersättning.", "Participants may get activity support or development allowance.")),
    q!("person.fk_ars_granted_this_year_ore", "fk_ars_granted_this_year_ore", Person, MONEY_GRANTED, true, &["FK-AMT-2"],
        t("Hur mycket arbetsplatsinriktat rehabiliteringsstöd har redan beviljats för den här medarbetaren i år?", "How much workplace-oriented rehabilitation support has already been granted for this employee this year?"),
        t("Ange 0 om inget har beviljats.", "Enter 0 if nothing has been granted."),
        t("Försäkringskassan betalar högst 10 000 kr per medarbetare och år.", "Försäkringskassan pays at most 10 000 kr per employee and year.")),
    q!("provider.fk_approved", "fk_approved", Provider, BOOL, true, &["FK-COND-2"],
        t("Är anordnaren godkänd av Försäkringskassan för arbetsplatsinriktat rehabiliteringsstöd?", "Is the provider approved by Försäkringskassan for workplace-oriented rehabilitation support?"),
        t("Anordnaren är företaget som utför insatsen, till exempel företagshälsovården. Fråga anordnaren om den är godkänd; Försäkringskassan har också en förteckning. (För att bli godkänd krävs kompetens inom medicin och rehabilitering och tre av fem andra områden. Försäkringskassans text från 2014 krävde fyra av fem; den gäller inte längre.)", "The provider is the company performing the measure, such as occupational health services. Ask the provider whether it is approved; Försäkringskassan also keeps a list. (Approval requires competence in medicine and rehabilitation and three of five other areas. Försäkringskassan's text from 2014 required four of five; it no longer applies.)"),
        t("Bidraget betalas bara för tjänster från godkända anordnare.", "The grant is paid only for services from approved providers.")),
    q!("provider.ivo_permit", "ivo_permit", Provider, BOOL, true, &["AFA-MEAS-3"],
        t("Har det behandlande företaget tillstånd från IVO?", "Does the treating company hold a permit from IVO?"),
        t("Inspektionen för vård och omsorg ger tillstånd till bland annat behandlingshem.", "Inspektionen för vård och omsorg issues permits to, among others, treatment homes."),
        t("AFA ersätter paketpris för beroendebehandling bara med IVO-tillstånd.", "AFA reimburses package prices for addiction treatment only with an IVO permit.")),
    q!("provider.performer", "performer", Provider, Answer::Choice(options::<Performer>), true, &["AFA-MEAS-4"],
        t("Vem utför insatsen?", "Who performs the measure?"),
        t("Legitimation utfärdas av Socialstyrelsen.", "Licences are issued by Socialstyrelsen."),
        t("AFA ersätter samtal, även stöd vid stress, konflikt eller kris, bara hos legitimerad psykolog eller psykoterapeut.", "AFA reimburses talks, support with stress, a conflict or a crisis too, only with a licensed psychologist or psychotherapist.")),
    q!("provider.competence", "competence", Provider, Answer::Multi(options::<Competence>), true, &["FK-COND-3"],
        t("Inom vilka områden har utföraren kompetens?", "In which areas does the performer have competence?"),
        t("Välj alla som stämmer.", "Choose all that apply."),
        t("Försäkringskassan kräver kompetens inom minst ett av områdena.", "Försäkringskassan requires competence in at least one of the areas.")),
    q!("provider.knows_workplace", "knows_workplace", Provider, BOOL, true, &["FK-COND-3"],
        t("Känner utföraren till medarbetarens arbetsplats och arbetsgivarens arbetsmiljöansvar (SAM)?", "Does the performer know the employee's workplace and the employer's work-environment duty (SAM)?"),
        t("SAM är systematiskt arbetsmiljöarbete enligt arbetsmiljölagen.", "SAM is systematic work-environment management under the Work Environment Act."),
        t("Försäkringskassan kräver kunskap om arbetsplatsen.", "Försäkringskassan requires knowledge of the workplace.")),
    q!("provider.contracted", "contracted", Provider, BOOL, true, &["FK-INV-2"],
        t("Om utföraren inte är anställd hos anordnaren: finns ett avtal med utföraren?", "If the performer is not employed by the provider: is there a contract?"),
        t("Kontrolleras i fakturaunderlaget, inte i bedömningen.", "Checked on the invoice basis, not in the assessment."),
        t("Fakturaunderlaget till Försäkringskassan ska visa det.", "The invoice basis for Försäkringskassan must show it.")),
    q!("provider.region_care", "region_care", Provider, BOOL, true, &["RG-REP-1"],
        t("Ges behandlingen inom regionens (landstingets) hälso- och sjukvård?", "Is the treatment given in the region's health care?"),
        t("Gäller rehabiliteringsgarantin.", "Applies to Rehabiliteringsgarantin."),
        t("Garantin betalades till regionerna för deras egen vård.", "The guarantee was paid to the regions for their own care.")),
    q!("measures[].kind", "kind", Measure, Answer::Choice(options::<Kind>), false, &["AFA-MEAS-1", "FK-MEAS-1", "FK-EXCL-1", "AFA-EXCL-1", "RG-ELIG-3"],
        t("Vilken sorts insats?", "What kind of measure?"),
        t("Välj det som bäst beskriver tjänsten.", "Choose what best describes the service."),
        t("Varje stöd betalar för vissa sorters insatser.", "Each scheme pays for certain kinds of measures.")),
    q!("measures[].cost_ore", "cost_ore", Measure, Answer::Money { candidates: &[10_000_000, 0] }, false, &["AFA-AMT-1", "FK-AMT-1"],
        t("Vad kostar insatsen?", "What does the measure cost?"),
        t("I kronor, utan moms om arbetsgivaren kan dra av momsen.", "In kronor, without VAT if the employer can deduct it."),
        t("Stödet är en del av kostnaden.", "The support is a share of the cost.")),
    q!("measures[].date", "date", Measure, Answer::Date, false, &["AFA-DL-1", "AFA-DL-2", "FK-DL-1", "FK-AMT-4", "RG-TIME-1"],
        t("När utfördes eller startade insatsen?", "When was the measure performed or started?"),
        t("För en längre insats: startdatum.", "For a longer measure: the start date."),
        t("Datumet avgör sista dag för ansökan och vilka regler som gäller.", "The date decides the application deadline and which rules apply.")),
    q!("measures[].individual", "individual", Measure, BOOL, true, &["FK-COND-4", "AFA-EXCL-2"],
        t("Gäller insatsen en enskild medarbetare?", "Does the measure concern one individual employee?"),
        t("Svara nej för insatser i grupp eller för hela organisationen.", "Answer no for group or organisation-wide measures."),
        t("Stöden betalar inte för gruppaktiviteter.", "The schemes do not pay for group activities.")),
    q!("measures[].digital", "digital", Measure, BOOL, true, &["AFA-DOC-3"],
        t("Genomförs insatsen digitalt?", "Is the measure delivered digitally?"),
        t("Ska framgå av underlaget till AFA.", "Must be stated in the basis for AFA."),
        t("AFA vill veta det; det påverkar inte bedömningen.", "AFA asks for it; it does not change the assessment.")),
    q!("measures[].addiction", "addiction", Measure, Answer::Choice(options::<Addiction>), true, &["AFA-MEAS-1"],
        t("Vilket beroende gäller behandlingen?", "Which addiction is treated?"),
        t("", ""),
        t("AFA ersätter behandling av spelmissbruk bara för kommuner och regioner.", "AFA reimburses gambling treatment only for municipalities and regions.")),
    q!("measures[].setting", "setting", Measure, Answer::Choice(options::<Setting>), true, &["AFA-MEAS-3"],
        t("Hur ges behandlingen?", "How is the treatment given?"),
        t("", ""),
        t("Utan IVO-tillstånd ersätter AFA bara samtalsbehandling.", "Without an IVO permit AFA reimburses talk treatment only.")),
    q!("measures[].package_price", "package_price", Measure, BOOL, true, &["AFA-MEAS-3"],
        t("Säljs behandlingen till paketpris?", "Is the treatment sold at a package price?"),
        t("", ""),
        t("Paketpris kräver IVO-tillstånd.", "A package price requires an IVO permit.")),
    q!("measures[].guideline_method", "guideline_method", Measure, BOOL, true, &["AFA-MEAS-2"],
        t("Är metoden rekommenderad i Socialstyrelsens nationella riktlinjer för missbruk och beroende?", "Is the method recommended in Socialstyrelsen's national guidelines for misuse and addiction?"),
        t("", ""),
        t("AFA kräver det för beroendebehandling.", "AFA requires it for addiction treatment.")),
    q!("measures[].evidence_based", "evidence_based", Measure, BOOL, true, &["AFA-MEAS-5", "AFA-MEAS-7"],
        t("Följer insatsen en vedertagen, validerad och evidensbaserad metod?", "Does the measure follow an established, validated and evidence-based method?"),
        t("Fråga anordnaren vilken metod som används.", "Ask the provider which method is used."),
        t("AFA kräver det för kurser och för rehabilitering vid fysiska besvär.", "AFA requires it for courses and physical rehabilitation.")),
    q!("measures[].previous_work_investigated", "previous_work_investigated", Measure, BOOL, true, &["AFA-MEAS-6"],
        t("Är möjligheten att återgå till det tidigare arbetet utredd?", "Has the possibility of returning to the previous work been investigated?"),
        t("", ""),
        t("AFA kräver det vid omskolning.", "AFA requires it for retraining.")),
    q!("measures[].income_during", "income_during", Measure, BOOL, true, &["AFA-MEAS-6"],
        t("Har den anställde någon form av inkomst under kursen?", "Does the employee have some income during the course?"),
        t("", ""),
        t("AFA kräver det vid omskolning.", "AFA requires it for retraining.")),
    q!("measures[].sessions", "sessions", Measure, Answer::Number { min: 0, max: 1000, candidates: &[4, 12, 30] }, true, &["RG-ELIG-3"],
        t("Hur många behandlingstillfällen?", "How many sessions?"),
        t("", ""),
        t("KBT och IPT omfattar i regel 8–20 tillfällen.", "CBT and IPT are as a rule 8–20 sessions.")),
    q!("measures[].weeks", "weeks", Measure, Answer::Number { min: 0, max: 520, candidates: &[2, 6, 10] }, true, &["RG-ELIG-4"],
        t("Hur många veckor pågår rehabiliteringen?", "How many weeks does the rehabilitation last?"),
        t("", ""),
        t("Multimodal rehabilitering pågår 4–8 veckor.", "Multimodal rehabilitation lasts 4–8 weeks.")),
    q!("measures[].professions", "professions", Measure, Answer::Number { min: 0, max: 100, candidates: &[1, 3] }, true, &["RG-ELIG-4"],
        t("Hur många yrkesprofessioner arbetar tillsammans?", "How many professions work together?"),
        t("", ""),
        t("Multimodal rehabilitering kräver flera professioner.", "Multimodal rehabilitation requires several professions.")),
    q!("measures[].completed", "completed", Measure, BOOL, true, &["RG-AMT-1", "RG-REP-1"],
        t("Är behandlingen genomförd?", "Is the treatment completed?"),
        t("", ""),
        t("Garantin betalade per genomförd behandling.", "The guarantee paid per completed treatment.")),
    q!("measures[].other_payer_ore", "other_payer_ore", Measure, Answer::Money { candidates: &[0, u64::MAX] }, true, &["AFA-AMT-2"],
        t("Betalar någon annan en del av kostnaden, till exempel socialtjänsten? Hur mycket?", "Does someone else pay part of the cost, for example social services? How much?"),
        t("Ange 0 om arbetsgivaren betalar allt.", "Enter 0 if the employer pays everything."),
        t("AFA:s stöd blir aldrig mer än hälften av den totala kostnaden.", "AFA's support never exceeds half the total cost.")),
];

/// A question by its id.
pub fn find(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}

/// Options as `{value, label}` in one language.
#[derive(Serialize)]
pub struct OptionOut {
    pub value: &'static str,
    pub label: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<Group>,
}

/// A question as the page receives it.
#[derive(Serialize)]
pub struct QuestionOut {
    pub id: &'static str,
    pub section: Section,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub text: &'static str,
    pub help: &'static str,
    pub why: &'static str,
    pub rules: &'static [&'static str],
    pub unknown_allowed: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<OptionOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<u64>,
}

/// A measure group as the page receives it.
#[derive(Serialize)]
pub struct GroupOut {
    pub id: Group,
    pub label: &'static str,
}

/// The catalogue in one language (docs/API.md §3 `questions(lang)`).
#[derive(Serialize)]
pub struct Catalogue {
    pub lang: &'static str,
    pub questions: Vec<QuestionOut>,
    pub groups: Vec<GroupOut>,
}

/// The catalogue in one language.
#[cfg(not(feature = "page"))]
pub fn catalogue(lang: Lang) -> Catalogue {
    let questions = QUESTIONS
        .iter()
        .map(|q| {
            let (kind, opts, min, max) = match q.answer {
                Answer::Bool => ("bool", Vec::new(), None, None),
                Answer::Choice(o) => ("choice", o(), None, None),
                Answer::Multi(o) => ("multi", o(), None, None),
                Answer::Number { min, max, .. } => ("number", Vec::new(), Some(min), Some(max)),
                Answer::Money { .. } => ("money", Vec::new(), Some(0), Some(crate::money::MAX_ORE)),
                Answer::Date => ("date", Vec::new(), None, None),
            };
            let options = opts
                .into_iter()
                .map(|(value, label)| OptionOut {
                    value,
                    label: label.get(lang),
                    group: (q.field == "kind").then(|| Kind::parse(value).map(|k| k.entry().group)).flatten(),
                })
                .collect();
            QuestionOut {
                id: q.id,
                section: q.section,
                kind,
                text: q.text.get(lang),
                help: q.help.get(lang),
                why: q.why.get(lang),
                rules: q.rules,
                unknown_allowed: q.unknown_allowed,
                options,
                min,
                max,
            }
        })
        .collect();
    let groups = Group::ALL.iter().map(|g| GroupOut { id: *g, label: g.label().get(lang) }).collect();
    Catalogue { lang: if lang == Lang::Sv { "sv" } else { "en" }, questions, groups }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_has_swedish_and_english_text() {
        for q in QUESTIONS {
            assert!(!q.text.sv.is_empty() && !q.text.en.is_empty(), "{}", q.id);
            assert!(!q.why.sv.is_empty() && !q.why.en.is_empty(), "{}", q.id);
            assert!(!q.rules.is_empty(), "{} names no rule", q.id);
        }
    }

    #[test]
    fn every_rule_a_question_names_exists() {
        let ids: Vec<_> = crate::schemes::all_rules().map(|r| r.id).collect();
        for q in QUESTIONS {
            for r in q.rules {
                assert!(ids.contains(r), "{} names unknown rule {r}", q.id);
            }
        }
    }
}
