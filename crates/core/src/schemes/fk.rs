//! Försäkringskassan Arbetsplatsinriktat rehabiliteringsstöd (seeds 001, 002; förordning
//! 2014:67 as amended by SFS 2018:95): half of what the employer paid an approved provider for
//! workplace-oriented services for one employee, capped per employee and per employer and year.

use crate::answers::{Employment, Measure, Provider, WorkCapacity};
use crate::catalogue::Cover;
use crate::choices::Kind;
use crate::date::Date;
use crate::id::SchemeId;
use crate::judge::{
    cond, holds, judge_measure, listed, open_on, reason, Amount, Ctx, Grant, Judged, MeasureDecision, Parts, Payee,
    Range, Rec, SchemeResult, Tally,
};
use crate::money::{half, kr};
use crate::next_step::steps;
use crate::notes::{notes, own, Noted};
use crate::rule::{because, informs};
use crate::shown;
use crate::sources::{secondary, seed, seed_and, web, FK_REPORT, FK_SERVICES};
use crate::table::q;
use crate::text::t;
use crate::tri::{is, Tri};
use crate::{documents, rules};

pub const ID: SchemeId = SchemeId::Fk;
/// The scheme's name (explained outcomes and the registry only).
pub const NAME: crate::text::Text = t(
    "Arbetsplatsinriktat rehabiliteringsstöd (Försäkringskassan)",
    "Workplace-oriented rehabilitation support (Försäkringskassan)",
);

const INCLUDED: &str = "Vad ingår i arbetsplatsinriktat rehabiliteringsstöd?";
const EXCLUDED: &str = "Vad ingår inte i arbetsplatsinriktat rehabiliteringsstöd?";

rules! {
    COND_1 = "FK-COND-1" {
        text: t("Medarbetaren ska vara anställd hos arbetsgivaren och ha, eller riskera att få, nedsatt arbetsförmåga på grund av sjukdom eller skada. Sjukskrivning krävs inte.", "The employee must be employed by the employer and have, or risk getting, reduced work capacity because of illness or injury. Sick leave is not required."),
        because: because(
            t("medarbetaren är anställd och har, eller riskerar att få, nedsatt arbetsförmåga", "the employee is employed and has, or risks getting, reduced work capacity"),
            t("personen inte är anställd, eller har full arbetsförmåga utan risk för nedsättning", "the person is not employed, or has full work capacity with no risk of it being reduced"),
        ),
        source: web("F1, F8", "Förordning 2014:67, 1 §"),
    }
    COND_2 = "FK-COND-2" {
        text: t(
            "Anordnaren ska vara godkänd av Försäkringskassan (blankett 7027).",
            "The provider must be approved by Försäkringskassan (form 7027).",
        ),
        because: because(
            t("anordnaren är godkänd av Försäkringskassan", "the provider is approved by Försäkringskassan"),
            t("anordnaren inte är godkänd av Försäkringskassan", "the provider is not approved by Försäkringskassan"),
        ),
        source: web("F6, F1", "Att vara godkänd anordnare; förordning 2014:67, 7 §"),
    }
    COND_3 = "FK-COND-3" {
        text: t("Den som utför insatsen ska ha kompetens inom medicin, rehabilitering, arbetsorganisation, beteendevetenskap, ergonomi, hälsovetenskap eller teknik, och känna till förhållandena på medarbetarens arbetsplats och arbetsgivarens skyldighet att bedriva systematiskt arbetsmiljöarbete.", "The person performing the measure must have competence in medicine, rehabilitation, work organisation, behavioural science, ergonomics, health science or technology, and know the conditions at the employee's workplace and the employer's duty of systematic work-environment management."),
        because: because(
            t("utföraren har kompetens inom något av områdena och känner till arbetsplatsen och arbetsmiljöarbetet", "the performer has competence in one of the areas and knows the workplace and the work-environment management"),
            t("utföraren saknar kompetens inom områdena, eller inte känner till arbetsplatsen och arbetsmiljöarbetet", "the performer has no competence in the areas, or does not know the workplace and the work-environment management"),
        ),
        source: seed_and(FK_SERVICES, "Rehabiliteringstjänster som ger rätt till bidrag", "F6"),
    }
    COND_4 = "FK-COND-4" {
        text: t(
            "Insatsen ska gälla en enskild medarbetare, inte en grupp eller organisationen.",
            "The measure must concern one individual employee, not a group or the organisation.",
        ),
        because: because(
            t("insatsen gäller en enskild medarbetare", "the measure concerns one individual employee"),
            t("insatsen inte gäller en enskild medarbetare", "the measure does not concern one individual employee"),
        ),
        source: seed(FK_SERVICES, "Rehabiliteringstjänster som ger rätt till bidrag"),
    }
    MEAS_1 = "FK-MEAS-1" {
        text: t("Insatsen ska vara en av dem som ingår: utreda ohälsa och behov för att vara kvar eller återgå, planera återgång i arbete, stödsamtal, rehabiliteringsledare eller -koordinator, anpassa arbetsplats, arbetsuppgifter eller arbetstider, se över arbetshjälpmedel eller ändrad arbetsteknik.", "The measure must be one of those included: investigating ill-health and needs to stay or return, planning the return to work, support talks, a rehabilitation leader or coordinator, adapting the workplace, tasks or hours, reviewing work aids or changed work technique."),
        because: because(
            t("{kind} ingår i stödet", "the grant includes {kind}"),
            t("{kind} inte ingår i stödet", "the grant does not include {kind}"),
        ),
        source: seed(FK_SERVICES, INCLUDED),
    }
    MEAS_2 = "FK-MEAS-2" {
        text: t("Insatsen ska vara en av dem som ingår; hit hör också stöd att hantera stress, konflikter eller kris, och handledning för att klara arbetet.", "The measure must be one of those included; these also include support to handle stress, conflicts or a crisis, and supervision to manage the work."),
        because: because(
            t("{kind} ingår i stödet", "the grant includes {kind}"),
            t("{kind} inte ingår i stödet", "the grant does not include {kind}"),
        ),
        source: web("F9", "Exempel på insatser"),
    }
    /// The closed list: a kind FK-MEAS-1..2 does not name is not part of the grant.
    NOT_LISTED = "FK-MEAS" {
        text: t("Insatsen ska vara en av dem som ingår i arbetsplatsinriktat rehabiliteringsstöd (FK-MEAS-1–2).", "The measure must be one of those the grant includes (FK-MEAS-1–2)."),
        because: because(
            t("{kind} finns bland insatserna som ingår i stödet", "{kind} is among the measures the grant includes"),
            t("{kind} inte finns bland insatserna som ingår i stödet", "{kind} is not among the measures the grant includes"),
        ),
        source: seed(FK_SERVICES, INCLUDED),
    }
    EXCL_1 = "FK-EXCL-1" {
        text: t("Försäkringskassans stöd omfattar inte medicinsk eller annan behandling (även KBT, IPT, beroendebehandling och multimodal rehabilitering), hälsofrämjande insatser, screening, utveckling av organisation eller grupper, ledarskapsutbildning, coachning, föreläsningar, tjänster på grupp- eller organisationsnivå eller utbildningar.", "Försäkringskassan's grant does not cover medical or other treatment (CBT, IPT, addiction treatment and multimodal rehabilitation too), health promotion, screening, developing the organisation or groups, leadership training, coaching, lectures, services at group or organisation level, or education courses."),
        because: because(
            t("{kind} inte hör till det som Försäkringskassan undantar", "{kind} is not among what Försäkringskassan rules out"),
            t("Försäkringskassans stöd inte omfattar {kind}", "Försäkringskassan's grant does not cover {kind}"),
        ),
        source: seed_and(FK_SERVICES, EXCLUDED, "F5"),
    }
    EXCL_2 = "FK-EXCL-2" {
        text: t("Köp av arbetshjälpmedel ingår inte i det här stödet. Försäkringskassan har ett eget bidrag för arbetshjälpmedel.", "Buying work aids is not part of this grant. Försäkringskassan has a separate grant for work aids."),
        because: because(
            t("{kind} inte är köp av arbetshjälpmedel", "{kind} is not buying work aids"),
            t("{kind} inte ingår i det här stödet, men Försäkringskassan har ett eget bidrag för arbetshjälpmedel", "{kind} is not part of this grant, but Försäkringskassan has a separate grant for work aids"),
        ),
        source: web("A1", "Arbetshjälpmedel"),
    }
    AMT_1 = "FK-AMT-1" {
        text: t(
            "Bidraget får vara hälften av det arbetsgivaren har betalat anordnaren: kostnaden minus det någon annan än arbetsgivaren, AFA och Försäkringskassan har betalat (till exempel socialtjänsten eller ett samordningsförbund).",
            "The grant may be half of what the employer paid the provider: the cost less what someone other than the employer, AFA and Försäkringskassan paid (for example social services or a samordningsförbund, a local coordination association).",
        ),
        because: informs(t("Försäkringskassan betalar hälften av det arbetsgivaren själv har betalat anordnaren", "Försäkringskassan pays half of what the employer itself paid the provider")),
        source: web("F1", "7 §"),
    }
    AMT_2 = "FK-AMT-2" {
        text: t("Bidraget får vara högst 10 000 kr per medarbetare och kalenderår, inräknat det som redan beviljats det året.", "The grant may be at most 10 000 kr per employee and calendar year, counting what was already granted that year."),
        because: informs(t("Försäkringskassan betalar högst 10 000 kr per medarbetare och kalenderår", "Försäkringskassan pays at most 10 000 kr per employee and calendar year")),
        source: web("F1", "7 §"),
    }
    AMT_3 = "FK-AMT-3" {
        text: t("Bidraget får vara högst 200 000 kr per arbetsgivare och kalenderår, inräknat det som redan beviljats det året.", "The grant may be at most 200 000 kr per employer and calendar year, counting what was already granted that year."),
        because: informs(t("Försäkringskassan betalar högst 200 000 kr per arbetsgivare och kalenderår", "Försäkringskassan pays at most 200 000 kr per employer and calendar year")),
        source: web("F1", "7 §"),
    }
    AMT_4 = "FK-AMT-4" {
        text: t("Insatsen ska vara utförd från 2018-07-01 för att bedömas enligt nuvarande regler. Tidigare insatser hör till det gamla arbetsplatsnära stödet (hälften, högst 7 000 kr per insats), som Rehabkollen inte bedömer.", "The measure must be performed from 2018-07-01 to be judged under the current rules. Earlier measures belong to the old arbetsplatsnära stöd (half, at most 7 000 kr per measure), which Rehabkollen does not judge."),
        because: because(
            t("insatsen är utförd 2018-07-01 eller senare", "the measure was performed on or after 2018-07-01"),
            t("insatsen utfördes före 2018-07-01 och hör till det tidigare arbetsplatsnära stödet", "the measure was performed before 2018-07-01 and belongs to the earlier arbetsplatsnära stöd"),
        ),
        source: web("F10", "Arbetsplatsnära stöd"),
    }
    DL_1 = "FK-DL-1" {
        text: t("Ansökan ska ha kommit in till Försäkringskassan senast 1 februari året efter att tjänsterna utfördes. Uppgiften kommer från en sekundär källa.", "The application must reach Försäkringskassan by 1 February of the year after the services were performed. This comes from a secondary source."),
        because: because(
            t("sista dagen för ansökan, 1 februari året efter insatsen, inte har passerat", "the last day to apply, 1 February of the year after the measure, has not passed"),
            t("sista dagen för ansökan, 1 februari året efter insatsen, har passerat", "the last day to apply, 1 February of the year after the measure, has passed"),
        ),
        source: secondary("F4", "Sista dag för ansökan"),
    }
    INV_1 = "FK-INV-1" {
        text: t(
            "Fakturaunderlaget ska bara gälla en enskild medarbetare (dataskyddsförordningen).",
            "The invoice basis must concern only one employee (GDPR).",
        ),
        because: informs(t("fakturaunderlaget ska gälla en enda medarbetare", "the invoice basis must concern one employee only")),
        source: seed(FK_REPORT, "Uppgifter som måste finnas i fakturaunderlaget"),
    }
    INV_2 = "FK-INV-2" {
        text: t("Fakturaunderlaget ska per insats visa datum, medarbetarens namn och personnummer, vem som utförde den och dennes kompetens (kontrakterad genom avtal om extern), insatsens benämning och kostnaden för just den insatsen.", "The invoice basis must show per measure the date, the employee's name and personnummer (Swedish personal identity number), who performed it and their competence (contracted by agreement if external), the measure's name and the cost of that measure."),
        because: informs(t("fakturaunderlaget ska visa varje insats med datum, utförare, kompetens och kostnad", "the invoice basis must show each measure with its date, performer, competence and cost")),
        source: seed(FK_REPORT, "Uppgifter som måste finnas i fakturaunderlaget"),
    }
    REP_1 = "FK-REP-1" {
        text: t("Anordnaren ska göra en redovisning per person (blankett 7026 eller skriftligt på annat sätt): vem insatserna gäller, vilka arbetsplatsinriktade insatser som utförts och, vid utredning, vilka ställningstaganden som gjorts. Den skickas till arbetsgivaren som beställt insatserna.", "The provider must make one report per person (form 7026, or in writing in another form): who the measures concern, which workplace-oriented measures were performed and, for an investigation, which positions were taken. It is sent to the employer who ordered the measures."),
        because: informs(t("anordnaren ska lämna en redovisning till arbetsgivaren", "the provider must give the employer a report")),
        source: seed(FK_REPORT, "Redovisa arbetsplatsinriktat rehabiliteringsstöd"),
    }
    DOC_1 = "FK-DOC-1" {
        text: t("Arbetsgivaren ansöker hos Försäkringskassan och ska kunna visa vad den betalat anordnaren: fakturaunderlaget, redovisningen och ett bevis på det betalda beloppet.", "The employer applies to Försäkringskassan and must be able to show what it paid the provider: the invoice basis, the report and proof of the amount paid."),
        because: informs(t("arbetsgivaren ska kunna visa vad den har betalat anordnaren", "the employer must be able to show what it paid the provider")),
        source: seed_and(FK_REPORT, "Redovisa arbetsplatsinriktat rehabiliteringsstöd", "F9, F1"),
    }
}

/// The parts of the decision.
pub static PARTS: Parts = Parts { conditions, measure, grant, total };

/// FK-AMT-2: per employee and calendar year.
pub const PERSON_CAP: u64 = kr(10_000);
/// FK-AMT-3: per employer and calendar year.
pub const EMPLOYER_CAP: u64 = kr(200_000);

const CURRENT_RULES_FROM: Date = Date::ymd(2018, 7, 1);

/// FK-COND-2: the provider is approved (a measure's own provider, over the top level).
fn approved(cx: &Ctx, own: &Provider) -> Tri {
    cx.provider(own, q::FK_APPROVED, |p| p.fk_approved).into()
}

/// FK-COND-3: the performer has a listed competence and knows the workplace.
fn competent(cx: &Ctx, own: &Provider) -> Tri {
    cx.and(
        || Tri::from(cx.provider(own, q::COMPETENCE, |p| p.competence.as_ref().map(|c| !c.is_empty()))),
        || cx.provider(own, q::KNOWS_WORKPLACE, |p| p.knows_workplace).into(),
    )
}

/// The last day to apply: 1 February the year after the measure (FK-DL-1); for a measure in
/// the calendar's last year, its last day.
pub fn deadline(performed: Date) -> Date {
    Date::new(performed.year() + 1, 2, 1).unwrap_or(Date::LAST)
}

/// The key of the measures whose date is not known: each is priced alone (see [`grant`]).
const UNDATED: i64 = i64::MIN;

/// The most a measure can bring in one calendar year (FK-AMT-2; FK-AMT-3 is higher).
const YEAR_CAP: u64 = if PERSON_CAP < EMPLOYER_CAP { PERSON_CAP } else { EMPLOYER_CAP };

/// One measure's part of the grant (FK-AMT-1, rules 2026.3): its base, what the employer itself
/// paid the provider (the cost less a third party's share, `other_payer_ore`), counted in the
/// calendar year it was performed, where [`total`] halves it and caps it. While the third
/// party's share is unknown, the base may be anything from nothing up to the cost.
///
/// A measure of unknown date might fall in any year, so it is priced alone: at most a year's cap,
/// and half its base rounded *up* (joined with another measure of the same year it can add the
/// öre that halving each alone rounds away, and the range must hold every way the date could
/// turn out).
pub fn grant(cx: &Ctx, m: &Measure) -> Grant {
    let base = match (cx.at(q::COST, m.cost_ore), cx.at(q::OTHER_PAYER, m.other_payer_ore)) {
        (Some(cost), Some(other)) => Range::of(Some(cost.saturating_sub(other))),
        (Some(cost), None) => Range::upto(cost),
        (None, _) => Range::of(None),
    };
    match cx.at(q::DATE, m.date) {
        Some(d) => Grant::one(i64::from(d.year()), base),
        None => Grant::one(UNDATED, Range::upto(base.hi.map_or(YEAR_CAP, |b| (b - half(b)).min(YEAR_CAP)))),
    }
}

/// Half the reimbursable base per calendar year, each year capped on its own (FK-AMT-1..3).
///
/// The range holds every way the unknowns could turn out. What was already granted counts only
/// for this year's measures; for another year's (and while it is not answered) anything from
/// nothing to all of a cap may be used up, so the minimum counts none of it and the maximum all.
pub fn total(cx: &Ctx, t: &Tally) -> Amount {
    let (e, p) = (&cx.a.employer, &cx.a.person);
    let this_year = cx.date.year();
    let room = |cap: u64, granted: Option<u64>, this: bool| -> (u64, u64) {
        match (this, granted) {
            (true, Some(g)) => (cap.saturating_sub(g), cap.saturating_sub(g)),
            _ => (0, cap),
        }
    };
    let (mut min, mut max) = (0u64, 0u64);
    for row in t.rows() {
        let this = row.key == i64::from(this_year);
        // An undated measure may turn out to be of this year, so it reads what was granted too.
        let (person, employer) = if this || row.key == UNDATED {
            (
                cx.top(q::PERSON_GRANTED, p.fk_ars_granted_this_year_ore),
                cx.top(q::EMPLOYER_GRANTED, e.fk_ars_granted_this_year_ore),
            )
        } else {
            (None, None)
        };
        if row.key == UNDATED {
            // Priced alone and capped in `grant`; none of it is certain.
            max += row.possible[0];
            continue;
        }
        let (person_low, person_high) = room(PERSON_CAP, person, this);
        let (employer_low, employer_high) = room(EMPLOYER_CAP, employer, this);
        min += half(row.certain[0]).min(person_low).min(employer_low);
        max += row.most(0).map_or(u64::MAX, half).min(person_high).min(employer_high);
    }
    Amount { min, max: Some(max) }
}

/// The scheme's own conditions: FK-COND-1, and the provider when no measures are listed
/// (docs/API.md §7).
pub fn conditions(cx: &Ctx, r: &mut dyn Rec) -> Tri {
    let p = &cx.a.person;
    let cond_1 = || {
        cx.and(
            || is(cx.top(q::EMPLOYMENT, p.employment), |x| x == Employment::Employed),
            || {
                is(cx.top(q::WORK_CAPACITY, p.work_capacity), |w| {
                    matches!(w, WorkCapacity::Reduced | WorkCapacity::AtRisk)
                })
            },
        )
    };
    let own = &Provider::NONE;
    if cx.a.measures.is_empty() {
        cx.all(
            r,
            &[cond(&COND_1, &cond_1), cond(&COND_2, &|| approved(cx, own)), cond(&COND_3, &|| competent(cx, own))],
        )
    } else {
        cx.all(r, &[cond(&COND_1, &cond_1)])
    }
}

/// One measure, given whether the scheme's conditions hold.
pub fn measure(cx: &Ctx, scheme_ok: Tri, m: &Measure, r: &mut dyn Rec) -> MeasureDecision {
    let own = &m.provider;
    let (approved, competent) = (|| approved(cx, own), || competent(cx, own));
    let individual = || Tri::from(cx.at(q::INDIVIDUAL, m.individual));
    let current = || is(cx.at(q::DATE, m.date), |d| d >= CURRENT_RULES_FROM);
    let in_time = || open_on(cx.at(q::DATE, m.date).map(deadline), cx.date);
    let common = [
        cond(&COND_2, &approved),
        cond(&COND_3, &competent),
        cond(&COND_4, &individual),
        cond(&AMT_4, &current),
        cond(&DL_1, &in_time),
    ];
    let status = judge_measure(cx, scheme_ok, m, &common, r, |k, r| listed(cover(k), &NOT_LISTED, r));
    MeasureDecision { status, deadline: m.date.map(deadline) }
}

/// Judges Arbetsplatsinriktat rehabiliteringsstöd.
pub fn evaluate(cx: &Ctx) -> SchemeResult {
    let ms = &cx.a.measures;
    let Judged { mut reasons, mut measures, verdict, amount } = PARTS.judge(cx);
    shown::deadlines(holds(&reasons), &mut measures, &[&DL_1]);
    reasons.extend([reason(&AMT_1, Tri::Yes), reason(&AMT_2, Tri::Yes), reason(&AMT_3, Tri::Yes)]);

    // The 2014 text's "four areas" is history, shown only with the question on the provider's
    // approval (rules 2026.2), not as a note on every result.
    let mut notes = Vec::new();
    if cx.settled.is_some() {
        notes.push(Noted::of(&FK_SETTLED));
    }
    let dates = || ms.iter().map(|m| cx.at(q::DATE, m.date));
    if cx.about(FK_OLD_SCHEME.rules, || dates().any(|d| d.is_some_and(|d| d < CURRENT_RULES_FROM))) {
        notes.push(Noted::of(&FK_OLD_SCHEME));
    }
    let aids = |k| matches!(k, Kind::WorkAidsPurchase | Kind::TechnicalAids);
    if cx.about(FK_WORK_AIDS.rules, || ms.iter().any(|m| cx.at(q::KIND, m.kind).is_some_and(aids))) {
        notes.push(Noted::of(&FK_WORK_AIDS));
    }
    if verdict != Tri::No
        && cx.about(FK_OTHER_YEAR.rules, || dates().any(|d| d.is_some_and(|d| d.year() != cx.date.year())))
    {
        notes.push(Noted::of(&FK_OTHER_YEAR));
    }

    SchemeResult {
        id: ID,
        step: &FK_EMPLOYER,
        verdict,
        amount,
        payee: Payee::Employer,
        reasons,
        measures,
        documents: shown::documents(verdict, DOCUMENTS, &[None; 4]),
        notes,
    }
}

/// This scheme's column of the measure catalogue (`crate::catalogue`): whether it pays for a
/// kind, excludes it or does not list it, and by which rule.
pub fn cover(kind: Kind) -> Cover {
    use Kind::*;
    match kind {
        SupportTalks | InvestigateIllHealth | InvestigateWorkNeeds | ReturnToWorkPlan | RehabCoordinator
        | AdaptWorkplace | AdaptTasks | AdaptHours | ReviewWorkAids | WorkTechnique => Cover::Covered(&MEAS_1),
        Kbt
        | Ipt
        | Coaching
        | StressManagementCourse
        | LifestyleCourse
        | RetrainingCourse
        | BackCourse
        | Education
        | Lecture
        | AddictionTreatment
        | AbstinenceTreatment
        | SamplingTests
        | MedicalTreatment
        | Physiotherapy
        | Naprapathy
        | DoctorVisit
        | MultimodalRehab1
        | MultimodalRehab2
        | HealthPromotion
        | SmokingCessation
        | WeightLoss
        | GroupExercise
        | ScreeningTool
        | OrganisationDevelopment
        | LeadershipTraining => Cover::Excluded(&EXCL_1),
        StressConflictSupport | WorkSupervision => Cover::Covered(&MEAS_2),
        WorkAidsPurchase | TechnicalAids => Cover::Excluded(&EXCL_2),
        _ => Cover::NotListed,
    }
}

steps! {
    FK_EMPLOYER = "fk_employer" {
        who: Employer,
        rules: &["FK-DOC-1", "FK-DL-1"],
        page: "F9",
        how: t(
            "Arbetsgivaren ansöker hos Försäkringskassan med anordnarens fakturaunderlag och redovisning och bevis på vad arbetsgivaren har betalat.",
            "The employer applies to Försäkringskassan with the provider's invoice basis and report and proof of what the employer paid.",
        ),
    }
}

notes! {
    FK_SETTLED = "info_fk_settled" {
        kind: Info,
        scheme: ID.as_str(),
        rules: &[],
        explained: own(
            t(
                "Svaren som saknas kan inte ändra resultatet för Försäkringskassans arbetsplatsinriktade rehabiliteringsstöd.",
                "The answers still missing cannot change the result for Försäkringskassan's workplace-oriented rehabilitation support.",
            ),
            &[],
        ),
    }
    FK_OLD_SCHEME = "info_fk_old_scheme" {
        kind: Info,
        scheme: ID.as_str(),
        rules: &["FK-AMT-4"],
        explained: own(
            t(
                "Insatser före 2018-07-01 hör till det tidigare arbetsplatsnära stödet (hälften av kostnaden, högst 7 000 kr per insats). Rehabkollen bedömer dem inte.",
                "Measures before 2018-07-01 belong to the earlier arbetsplatsnära stöd (half the cost, at most 7 000 kr per measure). Rehabkollen does not judge them.",
            ),
            &[web("F10", "Arbetsplatsnära stöd")],
        ),
    }
    FK_WORK_AIDS = "pointer_fk_work_aids" {
        kind: Pointer,
        scheme: ID.as_str(),
        rules: &["FK-EXCL-2"],
        explained: own(
            t(
                "Köp av arbetshjälpmedel ingår inte i arbetsplatsinriktat rehabiliteringsstöd, men Försäkringskassan har ett eget bidrag för arbetshjälpmedel.",
                "Buying work aids is not part of this grant, but Försäkringskassan has a separate grant for work aids (arbetshjälpmedel).",
            ),
            &[web("A1", "Arbetshjälpmedel")],
        ),
    }
    FK_OTHER_YEAR = "info_fk_other_year" {
        kind: Info,
        scheme: ID.as_str(),
        rules: &["FK-AMT-2", "FK-AMT-3"],
        explained: own(
            t(
                "Taket på 10 000 kr per medarbetare och 200 000 kr per arbetsgivare gäller per kalenderår och räknar med det som redan beviljats. Svaren om redan beviljat stöd gäller innevarande år; för insatser ett annat år räknar Rehabkollen med att allt eller inget redan kan vara beviljat. Därför kan beloppet visas som ett spann.",
                "The caps of 10 000 kr per employee and 200 000 kr per employer apply per calendar year and count what was already granted. The answers about support already granted are for the current year; for measures in another year Rehabkollen allows for anything between nothing and everything already granted, so the amount may be shown as a range.",
            ),
            &[web("F1", "7 §")],
        ),
    }
}

// The documents Försäkringskassan asks for, in checklist order.
documents! {
    "invoice_basis" => INV_2, t("Fakturaunderlag från anordnaren med datum, namn och personnummer, utförare och kompetens, insatsens benämning och kostnad per insats", "Invoice basis from the provider with date, name and personnummer, performer and competence, the measure's name and its cost per measure");
    "one_employee" => INV_1, t("Ett fakturaunderlag per medarbetare", "One invoice basis per employee");
    "report_7026" => REP_1, t("Redovisning från anordnaren (blankett 7026 eller skriftligt på annat sätt)", "Report from the provider (form 7026, or in writing in another form)");
    "proof_of_payment" => DOC_1, t("Bevis på vad arbetsgivaren har betalat anordnaren", "Proof of what the employer paid the provider");
}
