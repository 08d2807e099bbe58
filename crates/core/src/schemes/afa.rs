//! AFA Försäkring Rehabiliteringsstöd (seed 000): up to half the cost of work-oriented
//! rehabilitation for a person covered by AGS or AGS-KL. The employer applies.

use crate::answers::{Addiction, Category, Employment, Measure, Sector, Setting};
use crate::catalogue::Cover;
use crate::choices::Kind;
use crate::date::Date;
use crate::id::SchemeId;
use crate::judge::{
    all_of, any_of, cond, holds, judge_measure, listed, open_on, part, reason, Amount, Ctx, Grant, Judged,
    MeasureDecision, Parts, Payee, Range, Rec, SchemeResult, Tally,
};
use crate::money::{half, kr, three_quarters};
use crate::next_step::steps;
use crate::notes::{notes, own, NoteBody, Noted};
use crate::rule::{because, informs};
use crate::shown;
use crate::sources::{secondary, seed, seed_and, web, AFA};
use crate::table::q;
use crate::text::t;
use crate::tri::{is, Tri};
use crate::{documents, rules};

pub const ID: SchemeId = SchemeId::Afa;
/// The scheme's name (explained outcomes and the registry only).
pub const NAME: crate::text::Text =
    t("Rehabiliteringsstöd (AFA Försäkring)", "Rehabilitation support (AFA Försäkring)");

const WHO: &str = "Vem kan du ansöka för?";
const WHAT: &str = "Vad kan vi lämna ersättning för?";
const WHAT_NOT: &str = "Vad kan vi inte lämna ersättning för?";
const APPLY: &str = "För att ansöka behöver du:";

rules! {
    COV_1 = "AFA-COV-1" {
        text: t("En anställd i privat eller kooperativ sektor ska omfattas av sjukförsäkringen AGS: arbetsgivaren ska ha försäkringen genom kollektivavtal eller ha tecknat den utan kollektivavtal.", "An employee in the private or cooperative sector must be covered by the AGS sickness insurance (the sickness insurance of the collective agreements in the private sector): the employer must have it through a collective agreement or have taken it out without one."),
        because: because(
            t("arbetsgivaren har sjukförsäkringen AGS", "the employer has the AGS sickness insurance"),
            t("arbetsgivaren inte har sjukförsäkringen AGS", "the employer does not have the AGS sickness insurance"),
        ),
        source: seed_and(AFA, WHO, "A15"),
    }
    COV_2 = "AFA-COV-2" {
        text: t("En privatanställd ska vara arbetare, eller arbetsgivaren ska ha ett medarbetaravtal: tjänstemän i privat sektor omfattas normalt inte av AGS.", "A private-sector employee must be an arbetare (a blue-collar worker), or the employer must have a medarbetaravtal (a collective agreement that covers all employees alike, without splitting them into blue-collar workers and salaried employees): private-sector tjänstemän (salaried employees) are normally not covered by the AGS sickness insurance."),
        because: because(
            t("medarbetaren är arbetare eller arbetsgivaren har ett medarbetaravtal", "the employee is a blue-collar worker (arbetare) or the employer has a medarbetaravtal (a collective agreement covering all employees alike)"),
            t("medarbetaren är tjänsteman och arbetsgivaren saknar medarbetaravtal, och då omfattas medarbetaren normalt inte av AGS", "the employee is a salaried employee (tjänsteman) and the employer has no medarbetaravtal (a collective agreement covering all employees alike), and then the AGS sickness insurance normally does not cover the employee"),
        ),
        source: seed_and(AFA, WHO, "A2, A3"),
    }
    COV_3 = "AFA-COV-3" {
        text: t("En anställd i kommun, region, Svenska kyrkan eller ett kommunalt bolag ska omfattas av sjukförsäkringen AGS-KL genom arbetsgivaren.", "An employee of a municipality, a region, the Church of Sweden or a municipal company must be covered by the AGS-KL sickness insurance (the sickness insurance of the collective agreements for municipalities and regions) through the employer."),
        because: because(
            t("arbetsgivaren har sjukförsäkringen AGS-KL", "the employer has the AGS-KL sickness insurance"),
            t("arbetsgivaren inte har sjukförsäkringen AGS-KL", "the employer does not have the AGS-KL sickness insurance"),
        ),
        source: seed(AFA, WHO),
    }
    COV_4 = "AFA-COV-4" {
        text: t("Arbetsgivaren ska finnas i en sektor som AGS eller AGS-KL omfattar: statligt anställda omfattas av ingen av dem. Sektorn Annan (till exempel en ideell förening eller en stiftelse) räknas som en privat arbetsgivare.", "The employer must be in a sector the AGS or AGS-KL sickness insurance covers: state employees are covered by neither. The sector Other (for example a non-profit association or a foundation) counts as a private employer."),
        because: because(
            t("arbetsgivaren finns i en sektor som AGS eller AGS-KL omfattar", "the employer is in a sector the AGS or AGS-KL sickness insurance covers"),
            t("statligt anställda inte omfattas av AGS eller AGS-KL", "state employees are covered by neither the AGS nor the AGS-KL sickness insurance"),
        ),
        source: seed_and(AFA, WHO, "A15"),
    }
    COV_5 = "AFA-COV-5" {
        text: t("Utan anställning ska personen ha efterskydd från en tidigare anställning (upp till 720 kalenderdagar) och ha kvar sin SGI. Då ansöker Arbetsförmedlingen eller Försäkringskassan, inte arbetsgivaren.", "Without an employment, the person must have efterskydd (continued cover by the insurance of an earlier employment, for up to 720 calendar days) and keep their SGI (sickness-benefit-qualifying income). Then Arbetsförmedlingen or Försäkringskassan applies, not the employer."),
        because: because(
            t("personen har efterskydd från en tidigare anställning och har kvar sin SGI", "the person has efterskydd (continued cover from an earlier employment) and keeps their SGI (sickness-benefit-qualifying income)"),
            t("personen inte har efterskydd från en tidigare anställning, eller saknar SGI", "the person has no efterskydd (continued cover from an earlier employment), or has no SGI (sickness-benefit-qualifying income)"),
        ),
        source: web("A9, A14, A3", "Efterskydd"),
    }
    COND_1 = "AFA-COND-1" {
        text: t("Det ska finnas ett styrkt rehabiliteringsbehov. Insatsen får vara förebyggande eller förkorta en sjukskrivning.", "There must be a documented need for rehabilitation. The measure may be preventive or shorten a sick leave."),
        because: because(
            t("det finns ett styrkt rehabiliteringsbehov", "there is a documented need for rehabilitation"),
            t("det saknas ett styrkt rehabiliteringsbehov", "there is no documented need for rehabilitation"),
        ),
        source: seed(AFA, WHO),
    }
    COND_2 = "AFA-COND-2" {
        text: t(
            "Det ska vara rimligt att personen kan återfå eller behålla sin arbetsförmåga.",
            "It must be reasonable that the person can regain or keep their work capacity.",
        ),
        because: because(
            t("det är rimligt att personen kan återfå eller behålla sin arbetsförmåga", "it is reasonable that the person can regain or keep their work capacity"),
            t("det inte är rimligt att personen kan återfå eller behålla sin arbetsförmåga", "it is not reasonable that the person can regain or keep their work capacity"),
        ),
        source: web("A9", "Villkor för rehabiliteringsstöd"),
    }
    COND_3 = "AFA-COND-3" {
        text: t("Det ska finnas en plan för återgång i arbete.", "There must be a plan for return to work."),
        because: because(
            t("det finns en plan för återgång i arbete", "there is a plan for return to work"),
            t("det saknas en plan för återgång i arbete", "there is no plan for return to work"),
        ),
        source: web("A9", "Villkor för rehabiliteringsstöd"),
    }
    MEAS_1 = "AFA-MEAS-1" {
        text: t("Beroendebehandling ska gälla alkohol- eller drogmissbruk (inneliggande, i öppenvård eller som samtalsbehandling). Behandling av spelmissbruk ersätts bara när arbetsgivaren är en kommun eller region.", "Addiction treatment must concern alcohol or drug misuse (inpatient, outpatient or as talk treatment). Treatment of gambling addiction is reimbursed only when the employer is a municipality or region."),
        because: because(
            t("behandlingen gäller alkohol eller droger, eller arbetsgivaren är en kommun eller region", "the treatment concerns alcohol or drugs, or the employer is a municipality or region"),
            t("behandlingen gäller spelmissbruk, och AFA ersätter det bara när arbetsgivaren är en kommun eller region", "the treatment concerns gambling, which AFA pays for only when the employer is a municipality or region"),
        ),
        source: seed(AFA, "Vid beroendebehandling kan vi lämna ersättning för behandling av:"),
    }
    MEAS_2 = "AFA-MEAS-2" {
        text: t("Behandlingsmetoden ska vara rekommenderad i Socialstyrelsens nationella riktlinjer för vård och stöd vid missbruk och beroende.", "The treatment method must be recommended in Socialstyrelsen's national guidelines for misuse and addiction."),
        because: because(
            t("metoden är rekommenderad i Socialstyrelsens nationella riktlinjer för missbruk och beroende", "the method is recommended in Socialstyrelsen's national guidelines for misuse and addiction"),
            t("metoden inte är rekommenderad i Socialstyrelsens nationella riktlinjer för missbruk och beroende", "the method is not recommended in Socialstyrelsen's national guidelines for misuse and addiction"),
        ),
        source: seed(AFA, WHAT),
    }
    MEAS_3 = "AFA-MEAS-3" {
        text: t("Ett paketpris kräver att det behandlande företaget har tillstånd från IVO (Inspektionen för vård och omsorg). Utan tillstånd ersätts bara samtalsstöd som inte säljs som paket. Utredningar, provtagning, analyskostnader och abstinensbehandling ersätts inte.", "A package price requires the treating company to hold a permit from IVO (the Health and Social Care Inspectorate). Without a permit, only talk support not sold as a package is reimbursed. Investigations, sampling, analysis costs and abstinence treatment are not reimbursed."),
        because: because(
            t("det behandlande företaget har tillstånd från IVO, eller behandlingen är samtalsstöd som inte säljs som paket", "the treating company holds a permit from IVO, or the treatment is talk support not sold as a package"),
            t("det behandlande företaget saknar tillstånd från IVO, som krävs för annat än samtalsstöd utan paketpris", "the treating company has no permit from IVO, which is needed for anything but talk support without a package price"),
        ),
        source: seed(AFA, WHAT),
    }
    MEAS_4 = "AFA-MEAS-4" {
        text: t("Samtal (stödsamtal, KBT, IPT och stöd att hantera stress, konflikter eller kris) ska vara enskilda och hållas av en psykolog eller psykoterapeut med legitimation från Socialstyrelsen, till exempel om stress, ångest eller oro. Bedömningssamtal och samtal med till exempel en beteendevetare ersätts inte.", "Talks (support talks, CBT, IPT and support to handle stress, conflicts or a crisis) must be individual and held by a psychologist or psychotherapist licensed by Socialstyrelsen, for example about stress, anxiety or worry. Assessment talks and talks with, for example, a behavioural scientist are not reimbursed."),
        because: because(
            t("samtalen hålls av en legitimerad psykolog eller psykoterapeut", "the talks are held by a licensed psychologist or psychotherapist"),
            t("samtalen inte hålls av en legitimerad psykolog eller psykoterapeut", "the talks are not held by a licensed psychologist or psychotherapist"),
        ),
        source: seed(AFA, WHAT),
    }
    MEAS_5 = "AFA-MEAS-5" {
        text: t("En kurs eller insats i stresshantering eller livsstilsförändring ska följa en vedertagen, validerad och evidensbaserad metod. Den får innehålla samtalsstöd och föreläsningar.", "A course or measure in stress management or lifestyle change must follow an established, validated and evidence-based method. It may include talk support and lectures."),
        because: because(
            t("kursen följer en vedertagen, validerad och evidensbaserad metod", "the course follows an established, validated and evidence-based method"),
            t("kursen inte följer en vedertagen, validerad och evidensbaserad metod", "the course does not follow an established, validated and evidence-based method"),
        ),
        source: seed(AFA, WHAT),
    }
    MEAS_6 = "AFA-MEAS-6" {
        text: t("En kortare omskolande kurs kräver att möjligheten att återgå till det tidigare arbetet är utredd och att den anställde har någon form av inkomst under kursen.", "A shorter retraining course requires that the possibility of returning to the previous work has been investigated and that the employee has some income during the course."),
        because: because(
            t("möjligheten att återgå till det tidigare arbetet är utredd och den anställde har inkomst under kursen", "the possibility of returning to the previous work has been investigated and the employee has an income during the course"),
            t("möjligheten att återgå till det tidigare arbetet inte är utredd, eller den anställde saknar inkomst under kursen", "the possibility of returning to the previous work has not been investigated, or the employee has no income during the course"),
        ),
        source: seed(AFA, WHAT),
    }
    MEAS_7 = "AFA-MEAS-7" {
        text: t("Rehabilitering vid fysiska besvär, till exempel multimodal rehabilitering vid långvarig smärta och ryggkurser, ska vara arbetslivsinriktad och följa en vedertagen, validerad och evidensbaserad metod.", "Rehabilitation for physical problems, such as multimodal rehabilitation for long-term pain and back courses, must be work-oriented and follow an established, validated and evidence-based method."),
        because: because(
            t("rehabiliteringen följer en vedertagen, validerad och evidensbaserad metod", "the rehabilitation follows an established, validated and evidence-based method"),
            t("rehabiliteringen inte följer en vedertagen, validerad och evidensbaserad metod", "the rehabilitation does not follow an established, validated and evidence-based method"),
        ),
        source: seed(AFA, WHAT),
    }
    EXCL_1 = "AFA-EXCL-1" {
        text: t("AFA ersätter inte lönekostnader för den anställde, vikarier eller administration, medicinsk behandling, tekniska hjälpmedel, arbetshjälpmedel, arbetsplatsanpassning eller utredningar av olika slag.", "AFA does not pay for the employee's salary costs, substitutes or administration, medical treatment, technical aids, work aids, workplace adaptation or investigations of any kind."),
        because: because(
            t("{kind} inte hör till det som AFA undantar", "{kind} is not among what AFA rules out"),
            t("AFA inte ersätter {kind}", "AFA does not pay for {kind}"),
        ),
        source: seed_and(AFA, WHAT_NOT, "A3"),
    }
    EXCL_2 = "AFA-EXCL-2" {
        text: t("AFA ersätter inte läkarbesök, fysioterapi, naprapati, provtagning, drogtester, abstinensbehandling, bedömningssamtal, arbetsförmågebedömningar, gruppaktiviteter, friskvård, screening, handledning, coachning, ledarskapsutbildning eller föreläsningar som egen tjänst.", "AFA does not pay for doctor's visits, physiotherapy, naprapathy, sampling, drug tests, abstinence treatment, assessment talks, work-capacity assessments, group activities, wellness, screening, supervision, coaching, leadership training or lectures as a service of their own."),
        because: because(
            t("{kind} inte hör till det som AFA undantar", "{kind} is not among what AFA rules out"),
            t("AFA inte ersätter {kind}", "AFA does not pay for {kind}"),
        )
        .for_kinds(&[(
            &[Kind::SupportTalks, Kind::Kbt, Kind::Ipt, Kind::StressConflictSupport],
            t("samtalen är enskilda", "the talks are individual"),
            t("samtalen hålls i grupp, och AFA inte ersätter gruppaktiviteter", "the talks are held for a group, and AFA does not pay for group activities"),
        )]),
        source: web("A1, A3", "Vad ersätts inte"),
    }
    /// A kind none of AFA-MEAS-1..7 names: AFA's list gives examples, so the reason says AFA judges
    /// each application, while the checker cannot show that it is reimbursed (docs/API.md §8).
    NOT_LISTED = "AFA-MEAS" {
        text: t("Insatsen ska vara av ett slag som AFA ersätter. AFA:s lista (AFA-MEAS-1–7) ger exempel och AFA prövar varje ansökan för sig, men Rehabkollen kan bara visa att en insats ersätts när den finns bland exemplen.", "The measure must be of a kind AFA reimburses. AFA's list (AFA-MEAS-1–7) gives examples and AFA assesses each application, but Rehabkollen can only show that a measure is reimbursed when it is among the examples."),
        because: because(
            t("{kind} finns bland AFA:s exempel på vad AFA ersätter", "AFA's examples of what it pays for include {kind}"),
            t("{kind} inte finns bland AFA:s exempel på vad AFA ersätter", "AFA's examples of what it pays for do not include {kind}"),
        ),
        source: seed(AFA, WHAT),
    }
    AMT_1 = "AFA-AMT-1" {
        text: t("Ersättningen får vara högst hälften av kostnaden.", "The grant may be at most half the cost."),
        because: informs(t("AFA betalar högst hälften av kostnaden", "AFA pays at most half the cost")),
        source: seed(AFA, "Rehabiliteringsstödet - ett ekonomiskt stöd som främjar friska arbetsplatser"),
    }
    AMT_2 = "AFA-AMT-2" {
        text: t("Ersättningen får aldrig bli mer än hälften av den totala kostnaden eller mer än det arbetsgivaren själv betalar, när någon annan än AFA och Försäkringskassan betalar en del (till exempel socialtjänsten eller ett samordningsförbund). Betalar någon annan hälften kan arbetsgivarens hela egna kostnad ersättas. Uppgiften kommer från en sekundär källa.", "The grant may never be more than half the total cost or more than the employer pays itself, when someone other than AFA and Försäkringskassan pays part of it (for example social services or a samordningsförbund, a local coordination association). When someone else pays half, the employer's whole own cost may be covered. This comes from a secondary source."),
        because: informs(t("någon annan betalar en del av kostnaden, och AFA betalar högst det arbetsgivaren själv betalar", "someone else pays part of the cost, and AFA pays at most what the employer pays itself")),
        source: secondary("A10", "Andra betalare"),
    }
    AMT_3 = "AFA-AMT-3" {
        text: t("För en arbetslös person med efterskydd får ersättningen vara upp till 75 % av kostnaden, högst 37 500 kr per person.", "For an unemployed person with efterskydd (continued cover from an earlier employment) the grant may be up to 75 % of the cost, at most 37 500 kr per person."),
        because: informs(t("AFA vid efterskydd betalar upp till 75 % av kostnaden, högst 37 500 kr per person", "under efterskydd (continued cover after an earlier employment) AFA pays up to 75 % of the cost, at most 37 500 kr per person")),
        source: web("A6", "Arbetslösa med efterskydd"),
    }
    DOC_1 = "AFA-DOC-1" {
        text: t("Ansökan ska ha samtycke från personen som rehabiliteringen gäller. Samtyckesbilagan är obligatorisk för att kunna skicka ansökan.", "The application must have consent from the person the rehabilitation concerns. The consent attachment is mandatory to submit the application."),
        because: informs(t("AFA kräver samtycke från personen som rehabiliteringen gäller", "AFA requires consent from the person the rehabilitation concerns")),
        source: seed(AFA, "Uppdaterad ansökan"),
    }
    DOC_2 = "AFA-DOC-2" {
        text: t(
            "Ansökan ska ha en beskrivning där orsak och syfte med rehabiliteringen framgår.",
            "The application must have a description of the cause and purpose of the rehabilitation.",
        ),
        because: informs(t("AFA kräver en beskrivning av orsak och syfte med rehabiliteringen", "AFA requires a description of the cause and purpose of the rehabilitation")),
        source: seed(AFA, APPLY),
    }
    DOC_3 = "AFA-DOC-3" {
        text: t("Ansökan ska ha ett underlag från företaget som genomför rehabiliteringen: vem som behandlas, åtgärd, tidsperiod, kostnad och om behandlingen var digital. Ansökan görs i AFA:s webbansökan.", "The application must have a basis from the provider: who is treated, the measure, the period, the cost and whether it was digital. The application is made in AFA's web application."),
        because: informs(t("AFA kräver ett underlag från anordnaren", "AFA requires a basis from the provider")),
        source: seed(AFA, APPLY),
    }
    DOC_4 = "AFA-DOC-4" {
        text: t(
            "Fakturor till AFA ska ha ett referensnummer i stället för personuppgifter.",
            "Invoices to AFA must carry a reference number instead of personal data.",
        ),
        because: informs(t("fakturor till AFA ska ha ett referensnummer i stället för personuppgifter", "invoices to AFA must carry a reference number instead of personal data")),
        source: web("A4, A7", "Fakturor"),
    }
    DL_1 = "AFA-DL-1" {
        text: t("Inom AGS-KL (kommun, region, Svenska kyrkan, kommunala bolag) ska ansökan ha kommit in inom 6 månader från insatsens startdatum.", "Under the AGS-KL sickness insurance (municipality, region, Church of Sweden, municipal companies) the application must arrive within 6 months of the measure's start date."),
        because: because(
            t("det har gått högst 6 månader sedan insatsen startade", "no more than 6 months have passed since the measure started"),
            t("det har gått mer än 6 månader sedan insatsen startade, och inom AGS-KL ska ansökan komma in inom 6 månader", "more than 6 months have passed since the measure started, and under the AGS-KL sickness insurance the application must arrive within 6 months"),
        ),
        source: web("A5", "Sista datum för ansökan"),
    }
    DL_2 = "AFA-DL-2" {
        text: t("Inom privat och kooperativ sektor ska insatsen vara från 2011 eller senare; då går det att ansöka i efterhand.", "In the private and cooperative sectors the measure must be from 2011 or later; then one may apply retroactively."),
        because: because(
            t("insatsen är från 2011 eller senare, och då går det att ansöka i efterhand", "the measure is from 2011 or later, and then one may apply afterwards"),
            t("insatsen är från före 2011, och AFA ersätter i efterhand bara insatser från 2011", "the measure is from before 2011, and AFA pays afterwards only for measures from 2011"),
        ),
        source: web("A5", "Sista datum för ansökan"),
    }
    NOTE_1 = "AFA-NOTE-1" {
        text: t("AFA betalar inte ut delbelopp: ersättningen betalas efter den sista fakturan, märkt \"slutfaktura\".", "AFA makes no partial payments: the grant is paid after the last invoice, marked \"slutfaktura\" (final invoice)."),
        because: informs(t("AFA betalar efter den sista fakturan, märkt \"slutfaktura\"", "AFA pays after the last invoice, marked \"slutfaktura\" (final invoice)")),
        source: web("A7", "Slutfaktura"),
    }
    NOTE_2 = "AFA-NOTE-2" {
        text: t(
            "Arbetsgivaren ansvarar för att anordnaren uppfyller AFA:s kriterier för anordnare.",
            "The employer answers for the provider meeting AFA's criteria for providers.",
        ),
        because: informs(t("arbetsgivaren ansvarar för att anordnaren uppfyller AFA:s kriterier", "the employer answers for the provider meeting AFA's criteria")),
        source: web("A1", "Anordnare"),
    }
    NOTE_3 = "AFA-NOTE-3" {
        text: t("AFA:s sidor säger olika om vem som ansöker vid efterskydd: Arbetsförmedlingen bara för AGS, Försäkringskassan för både AGS och AGS-KL, och en sida säger att båda kan ansöka för båda. Fråga AFA vem som ska ansöka.", "AFA's pages differ on who applies under efterskydd (continued cover from an earlier employment): Arbetsförmedlingen for the AGS sickness insurance only, Försäkringskassan for both AGS and AGS-KL, and one page says both may apply for both. Ask AFA who should apply."),
        because: informs(t("AFA:s sidor säger olika om vem som ansöker vid efterskydd", "AFA's pages differ on who applies under efterskydd (continued cover after an earlier employment)")),
        source: web("A14, A3, A9", "Efterskydd: vem ansöker"),
    }
    CONF_1 = "AFA-CONF-1" {
        text: t("Källorna skiljer sig åt om insatser i grupp: AFA:s frågor och svar säger att gruppaktiviteter inte ersätts, men AFA:s huvudsida säger att kurser i stresshantering och livsstilsförändring, ryggkurser och multimodal rehabilitering kan ersättas, och de hålls ofta i grupp. Rehabkollen följer huvudsidan: en sådan kurs, och en kortare omskolande kurs, kan ersättas även i grupp. Samtal ska fortfarande vara enskilda (AFA-MEAS-4).", "The sources differ on measures held for a group: AFA's questions and answers say group activities are not reimbursed, but AFA's main page says courses in stress management and lifestyle change, back courses and multimodal rehabilitation may be, and these are often held for a group. Rehabkollen follows the main page: such a course, and a short retraining course, may be reimbursed also when held for a group. Talks must still be individual (AFA-MEAS-4)."),
        because: informs(t("källorna skiljer sig åt om kurser i grupp, och Rehabkollen följer AFA:s huvudsida", "the sources differ on courses held for a group, and Rehabkollen follows AFA's main page")),
        source: seed_and(AFA, WHAT, "A1, A3"),
    }
    CONF_2 = "AFA-CONF-2" {
        text: t("Källorna säger inte vilken sista dag som gäller vid efterskydd: regeln om 6 månader gäller ansökningar från arbetsgivare inom kommuner, regioner, Svenska kyrkan och kommunala bolag, men vid efterskydd ansöker Arbetsförmedlingen eller Försäkringskassan. Rehabkollen visar den tidigare och säkrare dagen, 6 månader från insatsens start. Fråga AFA vad som gäller.", "The sources do not say which last day applies under efterskydd (continued cover from an earlier employment): the 6-month rule is for applications from employers in municipalities, regions, the Church of Sweden and municipal companies, but under efterskydd Arbetsförmedlingen or Försäkringskassan applies. Rehabkollen shows the earlier, safer day, 6 months from the measure's start. Ask AFA which applies."),
        because: informs(t("källorna inte säger vilken sista dag som gäller vid efterskydd, och Rehabkollen visar den tidigare", "the sources do not say which last day applies under efterskydd (continued cover after an earlier employment), and Rehabkollen shows the earlier one")),
        source: web("A5, A14, A9", "Sista datum för ansökan; efterskydd"),
    }
}

/// The parts of the decision.
pub static PARTS: Parts = Parts { conditions, measure, grant, total };

/// The most AFA pays a person under efterskydd (AFA-AMT-3).
pub const EFTERSKYDD_CAP: u64 = kr(37_500);

/// AGS: measures from 2011 on may be applied for afterwards (AFA-DL-2).
const FIRST_RETROACTIVE_DAY: Date = Date::ymd(2011, 1, 1);

/// The kind's own conditions (docs/API.md §8, the readings for AFA), each written once: for the
/// decision alone each is looked at only while the ones before it hold or are unknown.
fn by_kind(cx: &Ctx, m: &Measure, kind: Kind, r: &mut dyn Rec) -> Tri {
    use crate::answers::Performer::{LicensedPsychologist, LicensedPsychotherapist};
    let listed = listed(cover(kind), &NOT_LISTED, r);
    let municipal =
        || is(cx.top(q::SECTOR, cx.a.employer.sector), |s| matches!(s, Sector::Municipality | Sector::Region));
    let meas_1 = || cx.or(|| is(cx.at(q::ADDICTION, m.addiction), |x| x == Addiction::AlcoholDrugs), municipal);
    let meas_2 = || Tri::from(cx.at(q::GUIDELINE_METHOD, m.guideline_method));
    let talk_without_package = || {
        cx.and(
            || is(cx.at(q::SETTING, m.setting), |s| s == Setting::Talk),
            || Tri::from(cx.at(q::PACKAGE_PRICE, m.package_price)).not(),
        )
    };
    let meas_3 = || cx.or(|| cx.provider(&m.provider, q::IVO_PERMIT, |p| p.ivo_permit).into(), talk_without_package);
    let licensed = || {
        is(cx.provider(&m.provider, q::PERFORMER, |p| p.performer), |p| {
            matches!(p, LicensedPsychologist | LicensedPsychotherapist)
        })
    };
    // A talk held for a group is a group activity (AFA-EXCL-2).
    let individual = || Tri::from(cx.at(q::INDIVIDUAL, m.individual));
    let evidence = || Tri::from(cx.at(q::EVIDENCE_BASED, m.evidence_based));
    let retraining = || {
        cx.and(
            || cx.at(q::PREVIOUS_WORK_INVESTIGATED, m.previous_work_investigated).into(),
            || cx.at(q::INCOME_DURING, m.income_during).into(),
        )
    };
    let talks = matches!(kind, Kind::SupportTalks | Kind::Kbt | Kind::Ipt | Kind::StressConflictSupport);
    let listed = &|| listed;
    match kind {
        Kind::AddictionTreatment => {
            cx.all(r, &[part(listed), cond(&MEAS_1, &meas_1), cond(&MEAS_2, &meas_2), cond(&MEAS_3, &meas_3)])
        }
        // The talk kinds of AFA-MEAS-4 (docs/API.md §8): a licensed psychologist or
        // psychotherapist, for one person.
        _ if talks => cx.all(r, &[part(listed), cond(&MEAS_4, &licensed), cond(&EXCL_2, &individual)]),
        Kind::StressManagementCourse | Kind::LifestyleCourse => cx.all(r, &[part(listed), cond(&MEAS_5, &evidence)]),
        Kind::MultimodalRehab1 | Kind::MultimodalRehab2 | Kind::BackCourse => {
            cx.all(r, &[part(listed), cond(&MEAS_7, &evidence)])
        }
        Kind::RetrainingCourse => cx.all(r, &[part(listed), cond(&MEAS_6, &retraining)]),
        _ => listed(),
    }
}

/// One measure's grant (AFA-AMT-1..3), as a range under its unknowns: half of its cost for an
/// employee, three quarters under efterskydd (capped per person in [`total`]), and never more
/// than what is left of the cost after another payer's share (AFA-AMT-2).
pub fn grant(cx: &Ctx, m: &Measure) -> Grant {
    let (cost, other) = (cx.at(q::COST, m.cost_ore), cx.at(q::OTHER_PAYER, m.other_payer_ore));
    let at = |rate: fn(u64) -> Option<u64>| {
        let of = |cost: u64, other: u64| rate(cost).map(|g| g.min(cost.saturating_sub(other)));
        match (cost, other) {
            (Some(cost), Some(other)) => Range { lo: of(cost, other).unwrap_or(0), hi: of(cost, other) },
            // Another payer may have paid anything up to the whole cost.
            (Some(cost), None) => Range { lo: 0, hi: of(cost, 0) },
            (None, _) => Range { lo: 0, hi: None },
        }
    };
    Grant { key: 0, lanes: [at(|c| Some(half(c))), at(three_quarters)] }
}

/// The lanes of [`grant`].
const HALF: usize = 0;
const EFTERSKYDD: usize = 1;

/// The grant range from the measures' grants: at half for an employee, at three quarters capped
/// at 37 500 kr under efterskydd, and either while the employment is not known.
pub fn total(cx: &Ctx, t: &Tally) -> Amount {
    let employment = cx.top(q::EMPLOYMENT, cx.a.person.employment);
    let row = t.row(0);
    let halves = (row.certain[HALF], row.most(HALF));
    let capped = |x: u64| x.min(EFTERSKYDD_CAP);
    let efter = (capped(row.certain[EFTERSKYDD]), Some(row.most(EFTERSKYDD).map_or(EFTERSKYDD_CAP, capped)));
    let (min, max) = match employment {
        Some(Employment::Efterskydd) => efter,
        None => (halves.0.min(efter.0), halves.1.zip(efter.1).map(|(a, b)| a.max(b))),
        _ => halves,
    };
    Amount { min, max }
}

/// The scheme's own conditions: coverage by AGS or AGS-KL through the employer (by sector), or
/// by efterskydd (AFA-COV-1..5), and AFA-COND-1..3. Which coverage reasons are shown depends on
/// what the sector may still be: AFA-COV-2 only for a private employer, AFA-COV-4 only for one
/// in neither insurance's sectors, AFA-COV-5 only where the person may lack an employment.
pub fn conditions(cx: &Ctx, r: &mut dyn Rec) -> Tri {
    let (e, p) = (&cx.a.employer, &cx.a.person);
    let sector = || cx.top(q::SECTOR, e.sector);
    // Sector `other` (an association, a foundation) is a private employer for AFA (AFA-COV-4, 2026.2).
    let ags = || is(sector(), Sector::is_ags);
    let kl = || is(sector(), Sector::is_ags_kl);
    let insured = || Tri::from(cx.top(q::AGS_INSURANCE, e.ags_insurance));
    let arbetare = || is(cx.top(q::CATEGORY, p.category), |c| c == Category::Arbetare);
    let employment = || cx.top(q::EMPLOYMENT, p.employment);
    // What a reason shows, read without recording.
    let (may_be_ags, may_be_kl) = (is(e.sector, Sector::is_ags), is(e.sector, Sector::is_ags_kl));
    let may_be_employed = is(p.employment, |x| x == Employment::Employed);
    cx.all(
        r,
        &[
            any_of(&[
                all_of(&[
                    part(&|| is(employment(), |x| x == Employment::Employed)),
                    any_of(&[
                        all_of(&[
                            cond(&COV_1, &|| cx.and(ags, insured)).shown_if(&|| may_be_ags != Tri::No),
                            cond(&COV_2, &|| cx.or(arbetare, || cx.top(q::MEDARBETARAVTAL, e.medarbetaravtal).into()))
                                .shown_if(&|| may_be_ags == Tri::Yes),
                        ]),
                        cond(&COV_3, &|| cx.and(kl, insured)).shown_if(&|| may_be_kl != Tri::No),
                    ]),
                    cond(&COV_4, &|| is(sector(), |s| s.is_ags() || s.is_ags_kl()))
                        .shown_if(&|| may_be_ags == Tri::No && may_be_kl == Tri::No),
                ])
                .shown_if(&|| may_be_employed != Tri::No),
                cond(&COV_5, &|| {
                    cx.and(
                        || is(employment(), |x| x == Employment::Efterskydd),
                        || cx.top(q::HAS_SGI, p.has_sgi).into(),
                    )
                })
                .shown_if(&|| may_be_employed != Tri::Yes),
            ]),
            cond(&COND_1, &|| cx.top(q::REHAB_NEED_DOCUMENTED, p.rehab_need_documented).into()),
            cond(&COND_2, &|| cx.top(q::WORK_CAPACITY_PROSPECT, p.work_capacity_prospect).into()),
            cond(&COND_3, &|| cx.top(q::RETURN_TO_WORK_PLAN, p.return_to_work_plan).into()),
        ],
    )
}

/// One measure, given whether the scheme's conditions hold. The deadline by sector: 6 months from
/// the start under AGS-KL (AFA-DL-1), none but "from 2011" under AGS (AFA-DL-2). Each deadline
/// rule holds when it does not stop the measure: it is met, or does not apply to this sector;
/// its reason is shown where the sector may be one it applies to.
pub fn measure(cx: &Ctx, scheme_ok: Tri, m: &Measure, r: &mut dyn Rec) -> MeasureDecision {
    let sector = || cx.top(q::SECTOR, cx.a.employer.sector);
    let six_months = |d: Option<Date>| d.map(|d| d.add_months(6));
    let (may_be_ags, may_be_kl) =
        (is(cx.a.employer.sector, Sector::is_ags), is(cx.a.employer.sector, Sector::is_ags_kl));
    let dl_1 =
        || cx.or(|| is(sector(), Sector::is_ags_kl).not(), || open_on(six_months(cx.at(q::DATE, m.date)), cx.date));
    let dl_2 =
        || cx.or(|| is(sector(), Sector::is_ags).not(), || is(cx.at(q::DATE, m.date), |d| d >= FIRST_RETROACTIVE_DAY));
    let (kl_shown, ags_shown) = (|| may_be_kl != Tri::No, || may_be_ags != Tri::No);
    let common = [cond(&DL_1, &dl_1).shown_if(&kl_shown), cond(&DL_2, &dl_2).shown_if(&ags_shown)];
    let status = judge_measure(cx, scheme_ok, m, &common, r, |k, r| by_kind(cx, m, k, r));
    // Shown, not decided on: read without recording.
    let deadline = if may_be_ags == Tri::Yes { None } else { six_months(m.date) };
    MeasureDecision { status, deadline }
}

/// The course kinds AFA pays for that are usually held for a group (AFA-CONF-1).
fn course(kind: Kind) -> bool {
    use Kind::*;
    matches!(
        kind,
        StressManagementCourse | LifestyleCourse | RetrainingCourse | BackCourse | MultimodalRehab1 | MultimodalRehab2
    )
}

/// Judges AFA Rehabiliteringsstöd.
pub fn evaluate(cx: &Ctx) -> SchemeResult {
    let (e, p, ms) = (&cx.a.employer, &cx.a.person, &cx.a.measures);
    let Judged { mut reasons, mut measures, verdict, amount } = PARTS.judge(cx);
    // No deadline where AFA cannot apply or does not pay for the measure (rules 2026.2).
    shown::deadlines(holds(&reasons), &mut measures, &[&DL_1, &DL_2]);
    // Under efterskydd the grant is AFA-AMT-3's, not AFA-AMT-1's half (rules 2026.3); with the
    // employment unknown the range allows for both, and both are shown.
    let employment = cx.about(&[AMT_1.id, AMT_3.id], || cx.top(q::EMPLOYMENT, p.employment));
    let efterskydd = employment == Some(Employment::Efterskydd);
    if !efterskydd {
        reasons.push(reason(&AMT_1, Tri::Yes));
    }
    if cx.about(&[AMT_2.id], || ms.iter().any(|m| cx.at(q::OTHER_PAYER, m.other_payer_ore).is_some_and(|o| o > 0))) {
        reasons.push(reason(&AMT_2, Tri::Yes));
    }
    if employment.is_none() || efterskydd {
        reasons.push(reason(&AMT_3, Tri::Yes));
    }

    let mut notes = Vec::new();
    if cx.settled.is_some() {
        notes.push(Noted::of(&AFA_SETTLED));
    }
    if verdict != Tri::No {
        notes.push(Noted::of(&AFA_CASE_BY_CASE));
        let lecture_like = |k| matches!(k, Kind::Lecture | Kind::StressManagementCourse | Kind::LifestyleCourse);
        if cx.about(AFA_LECTURES.rules, || ms.iter().any(|m| cx.at(q::KIND, m.kind).is_some_and(lecture_like))) {
            notes.push(Noted::of(&AFA_LECTURES));
        }
        if !ms.is_empty() {
            notes.push(Noted::of(&AFA_FINAL_INVOICE));
            notes.push(Noted::of(&AFA_PROVIDER_CRITERIA));
        }
        if efterskydd {
            notes.push(Noted::of(&AFA_EFTERSKYDD));
            notes.push(Noted::of(&AFA_EFTERSKYDD_APPLICANT));
        }
        // AFA-CONF-1: a course AFA may pay for that may be held for a group.
        let group_courses: Vec<usize> = cx.about(AFA_GROUP_COURSES.rules, || {
            (0..ms.len())
                .filter(|&i| {
                    cx.at(q::KIND, ms[i].kind).is_some_and(course)
                        && cx.at(q::INDIVIDUAL, ms[i].individual) != Some(true)
                        && measures[i].status != Tri::No
                })
                .collect()
        });
        if !group_courses.is_empty() {
            notes.push(Noted::on(&AFA_GROUP_COURSES, group_courses));
        }
        // AFA-CONF-2: under efterskydd, the measures shown with AGS-KL's 6-month date.
        let six_months: Vec<usize> = cx.about(AFA_EFTERSKYDD_DEADLINE.rules, || {
            let efterskydd = cx.top(q::EMPLOYMENT, p.employment) == Some(Employment::Efterskydd);
            let kl = is(cx.top(q::SECTOR, e.sector), Sector::is_ags_kl) != Tri::No;
            (0..ms.len()).filter(|&i| efterskydd && kl && measures[i].deadline.is_some()).collect()
        });
        if !six_months.is_empty() {
            notes.push(Noted::on(&AFA_EFTERSKYDD_DEADLINE, six_months));
        }
    }

    let consent = cx.about(&[DOC_1.id], || cx.top(q::CONSENT, p.consent));
    SchemeResult {
        id: ID,
        step: if efterskydd { &AFA_AGENCY } else { &AFA_EMPLOYER },
        verdict,
        amount,
        payee: if efterskydd { Payee::Agency } else { Payee::Employer },
        reasons,
        measures,
        documents: shown::documents(verdict, DOCUMENTS, &[consent, None, None, None]),
        notes,
    }
}

/// This scheme's column of the measure catalogue (`crate::catalogue`): whether it pays for a
/// kind, excludes it or does not list it, and by which rule.
pub fn cover(kind: Kind) -> Cover {
    use Kind::*;
    match kind {
        SupportTalks | Kbt | Ipt | StressConflictSupport => Cover::Covered(&MEAS_4),
        AssessmentTalk | WorkSupervision | Coaching | Lecture | AbstinenceTreatment | SamplingTests
        | InvestigateWorkNeeds | Physiotherapy | Naprapathy | DoctorVisit | HealthPromotion | SmokingCessation
        | WeightLoss | GroupExercise | ScreeningTool | LeadershipTraining => Cover::Excluded(&EXCL_2),
        StressManagementCourse | LifestyleCourse => Cover::Covered(&MEAS_5),
        RetrainingCourse => Cover::Covered(&MEAS_6),
        BackCourse | MultimodalRehab1 | MultimodalRehab2 => Cover::Covered(&MEAS_7),
        AddictionTreatment => Cover::Covered(&MEAS_1),
        InvestigateIllHealth | AdaptWorkplace | WorkAidsPurchase | TechnicalAids | MedicalTreatment | SalaryCosts
        | SubstituteCosts => Cover::Excluded(&EXCL_1),
        _ => Cover::NotListed,
    }
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
            "Under efterskydd (continued cover after an earlier employment), Arbetsförmedlingen or Försäkringskassan applies to AFA Försäkring, not the employer. AFA's pages differ on which of them applies: ask AFA.",
        ),
    }
}

notes! {
    AFA_LECTURES = "conflict_afa_lectures" {
        kind: Conflict,
        scheme: ID.as_str(),
        rules: &["AFA-EXCL-2", "AFA-MEAS-5"],
        explained: own(
            t(
                "Källorna skiljer sig åt: AFA:s frågor och svar säger att föreläsningar inte ersätts som egen tjänst, men AFA:s huvudsida säger att kurser i stresshantering och livsstilsförändring kan innehålla föreläsningar. En föreläsning som del av en sådan kurs kan alltså ersättas, men inte en fristående föreläsning.",
                "The sources differ: AFA's questions and answers say lectures are not reimbursed as a service of their own, but AFA's main page says stress-management and lifestyle courses may include lectures. A lecture within such a course may be reimbursed; a stand-alone lecture is not.",
            ),
            &[seed(AFA, "Vad kan vi lämna ersättning för?"), web("A3", "Vad ersätts inte")],
        ),
    }
    AFA_CASE_BY_CASE = "info_afa_case_by_case" {
        kind: Info,
        scheme: ID.as_str(),
        rules: &[],
        explained: own(
            t(
                "AFA Försäkring prövar varje ansökan för sig. Rehabkollen kan säga att stöd kan beviljas, aldrig att det kommer att beviljas.",
                "AFA Försäkring assesses every application on its own. Rehabkollen can say support may be granted, never that it will be.",
            ),
            &[web("A11, A13", "Bedömning i varje enskilt fall")],
        ),
    }
    AFA_EFTERSKYDD = "info_afa_efterskydd" {
        kind: Info,
        scheme: ID.as_str(),
        rules: &["AFA-COV-5", "AFA-AMT-3"],
        explained: own(
            t(
                "Vid efterskydd ansöker Arbetsförmedlingen eller Försäkringskassan, inte arbetsgivaren. Efterskyddet gäller upp till 720 kalenderdagar efter anställningen, så länge personen har kvar sin SGI.",
                "Under efterskydd (continued cover after an earlier employment), Arbetsförmedlingen or Försäkringskassan applies, not the employer. Efterskydd lasts up to 720 calendar days after the employment, while the person keeps their SGI (sickness-benefit-qualifying income).",
            ),
            &[web("A9, A14, A3", "Efterskydd"), web("A6", "Arbetslösa med efterskydd")],
        ),
    }
    AFA_FINAL_INVOICE = "info_afa_final_invoice" {
        kind: Info,
        scheme: ID.as_str(),
        rules: &["AFA-NOTE-1"],
        explained: NoteBody::Rule(&NOTE_1),
    }
    AFA_PROVIDER_CRITERIA = "info_afa_provider_criteria" {
        kind: Info,
        scheme: ID.as_str(),
        rules: &["AFA-NOTE-2"],
        explained: NoteBody::Rule(&NOTE_2),
    }
    AFA_EFTERSKYDD_APPLICANT = "conflict_afa_efterskydd_applicant" {
        kind: Conflict,
        scheme: ID.as_str(),
        rules: &["AFA-NOTE-3", "AFA-COV-5"],
        explained: NoteBody::Rule(&NOTE_3),
    }
    AFA_GROUP_COURSES = "conflict_afa_group_courses" {
        kind: Conflict,
        scheme: ID.as_str(),
        rules: &["AFA-CONF-1", "AFA-EXCL-2"],
        explained: NoteBody::Rule(&CONF_1),
    }
    AFA_EFTERSKYDD_DEADLINE = "conflict_afa_efterskydd_deadline" {
        kind: Conflict,
        scheme: ID.as_str(),
        rules: &["AFA-CONF-2", "AFA-DL-1"],
        explained: NoteBody::Rule(&CONF_2),
    }
    AFA_SETTLED = "info_afa_settled" {
        kind: Info,
        scheme: ID.as_str(),
        rules: &[],
        explained: own(
            t(
                "Svaren som saknas kan inte ändra resultatet för AFA Försäkrings rehabiliteringsstöd.",
                "The answers still missing cannot change the result for AFA Försäkring's rehabilitation support.",
            ),
            &[],
        ),
    }
}

// The documents AFA asks for (AFA-DOC-1..4), in checklist order.
documents! {
    "consent" => DOC_1, t("Samtycke från personen som rehabiliteringen gäller (samtyckesbilaga)", "Consent from the person the rehabilitation concerns (consent attachment)");
    "description" => DOC_2, t("Beskrivning av orsak och syfte med rehabiliteringen", "Description of the cause and purpose of the rehabilitation");
    "provider_basis" => DOC_3, t("Underlag från anordnaren: vem, åtgärd, period, kostnad, digitalt eller inte", "Basis from the provider: who, measure, period, cost, digital or not");
    "invoice_reference" => DOC_4, t("Faktura med referensnummer i stället för personuppgifter", "Invoice with a reference number instead of personal data");
}
