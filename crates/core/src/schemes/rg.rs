//! Rehabiliteringsgarantin (seed 003, the 2015 agreement between SKL and the state): a fixed
//! payment to the region per completed KBT/IPT or multimodal rehabilitation. Abolished from 2016.

use crate::answers::Provider;
use crate::answers::{Condition, Measure};
use crate::catalogue::Cover;
use crate::choices::Kind;
use crate::date::Date;
use crate::id::SchemeId;
use crate::judge::{
    cond, holds, judge_measure, listed, part, reason, Amount, Ctx, Grant, Judged, MeasureDecision, Parts, Payee, Range,
    Rec, SchemeResult, Tally,
};
use crate::money::kr;
use crate::next_step::steps;
use crate::notes::{notes, own, Noted};
use crate::rule::{because, informs};
use crate::shown;
use crate::sources::{seed, seed_and, web, RG};
use crate::table::q;
use crate::text::t;
use crate::tri::{is, Tri};
use crate::{documents, rules};

pub const ID: SchemeId = SchemeId::Rg;
/// The scheme's name (explained outcomes and the registry only).
pub const NAME: crate::text::Text =
    t("Rehabiliteringsgarantin", "The rehabilitation guarantee (Rehabiliteringsgarantin)");

const MEANS: &str = "Rehabiliteringsgarantin innebär";
const MONEY: &str = "Statligt ekonomiskt stöd";

rules! {
    ELIG_1 = "RG-ELIG-1" {
        text: t(
            "Personen ska vara 16–67 år (garantin gällde kvinnor och män i den åldern).",
            "The person must be aged 16–67 (the guarantee covered women and men of that age).",
        ),
        because: because(
            t("personen är 16–67 år", "the person is aged 16–67"),
            t("personen inte är 16–67 år, som garantin gällde", "the person is not aged 16–67, the ages the guarantee covered"),
        ),
        source: seed(RG, MEANS),
    }
    ELIG_2 = "RG-ELIG-2" {
        text: t(
            "Vården ska först ha gjort en medicinsk bedömning.",
            "Health care must first have made a medical assessment.",
        ),
        because: because(
            t("vården har gjort en medicinsk bedömning", "health care has made a medical assessment"),
            t("vården inte har gjort någon medicinsk bedömning", "health care has not made a medical assessment"),
        ),
        source: seed(RG, MEANS),
    }
    ELIG_3 = "RG-ELIG-3" {
        text: t("KBT eller IPT ska gälla ångest, depression eller stress (lätt till medelsvår), i regel 8–20 behandlingstillfällen.", "CBT or IPT must be for anxiety, depression or stress (mild to moderate), as a rule 8–20 sessions."),
        because: because(
            t("behandlingen gäller ångest, depression eller stress", "the treatment is for anxiety, depression or stress"),
            t("garantin bara betalade KBT och IPT vid ångest, depression eller stress", "the guarantee paid for CBT and IPT only for anxiety, depression or stress"),
        ),
        source: seed(RG, MEANS),
    }
    ELIG_4 = "RG-ELIG-4" {
        text: t("Multimodal rehabilitering ska gälla långvarig diffus smärta i axlar, nacke och rygg och vara sammansatta åtgärder av flera professioner under 4–8 veckor. MMR1 ges oftast i primärvården, MMR2 oftast i specialistvården.", "Multimodal rehabilitation must be for long-term diffuse pain in shoulders, neck and back, and be combined measures by several professions over 4–8 weeks. MMR1 is usually given in primary care, MMR2 usually in specialised care."),
        because: because(
            t("rehabiliteringen gäller långvarig smärta och ges av flera professioner under 4–8 veckor", "the rehabilitation is for long-term pain, by several professions over 4–8 weeks"),
            t("garantin bara betalade multimodal rehabilitering vid långvarig smärta, av flera professioner under 4–8 veckor", "the guarantee paid for multimodal rehabilitation only for long-term pain, by several professions over 4–8 weeks"),
        ),
        source: seed(RG, MEANS),
    }
    /// The closed list: only RG-ELIG-3 and RG-ELIG-4 treatments are paid for.
    NOT_LISTED = "RG-ELIG" {
        text: t(
            "Behandlingen ska vara KBT, IPT eller multimodal rehabilitering (RG-ELIG-3–4): garantin betalade bara för dem.",
            "The treatment must be CBT, IPT or multimodal rehabilitation (RG-ELIG-3–4): the guarantee paid only for those.",
        ),
        because: because(
            t("garantin betalade för {kind}", "the guarantee paid for {kind}"),
            t("garantin bara betalade för KBT, IPT och multimodal rehabilitering", "the guarantee paid only for CBT, IPT and multimodal rehabilitation"),
        ),
        source: seed(RG, MEANS),
    }
    AMT_1 = "RG-AMT-1" {
        text: t("2015 fick regionen 12 000 kr per genomförd KBT/IPT, 25 000 kr per behandlingsserie MMR1 och 45 000 kr per behandlingsserie MMR2, inom en ram på högst 712 miljoner kr. Personen får behandling, inte pengar.", "In 2015 the region was paid 12 000 kr per completed CBT/IPT, 25 000 kr per MMR1 series and 45 000 kr per MMR2 series, within a frame of at most 712 million kr. The person gets treatment, not money."),
        because: informs(t("regionen fick ett fast belopp per genomförd behandling", "the region was paid a fixed amount per completed treatment")),
        source: seed(RG, MONEY),
    }
    CARE_1 = "RG-CARE-1" {
        text: t("Behandlingen ska ges inom regionens offentligt finansierade hälso- och sjukvård: i regionens egna verksamheter eller hos en privat vårdgivare som har avtal med regionen (vårdval enligt LOV eller upphandling enligt LOU). En privat vårdgivare utan avtal med regionen ingår inte.", "The treatment must be given within the region's publicly funded health care: in the region's own units or by a private care provider under contract with the region (a choice-of-care scheme under LOV, or procurement under LOU). A private care provider without a contract with the region is outside the guarantee."),
        because: because(
            t("behandlingen ges inom regionens offentligt finansierade vård", "the treatment is given within the region's publicly funded care"),
            t("behandlingen inte ges inom regionens offentligt finansierade vård, varken i regionens egen regi eller hos en vårdgivare med avtal med regionen", "the treatment is not given within the region's publicly funded care, neither by the region itself nor by a care provider under contract with it"),
        ),
        source: seed_and(RG, MEANS, "R2"),
    }
    REP_1 = "RG-REP-1" {
        text: t("Behandlingen ska vara genomförd: regionerna rapporterade genomförda behandlingar 2015-04-29, 2015-08-29, 2015-10-31 och 2016-03-31, och Försäkringskassan granskade och betalade senast en månad efter rapporten.", "The treatment must be completed: the regions reported completed treatments on 2015-04-29, 2015-08-29, 2015-10-31 and 2016-03-31, and Försäkringskassan reviewed and paid at the latest one month after the report."),
        because: because(
            t("behandlingen är genomförd", "the treatment is completed"),
            t("behandlingen inte är genomförd, och garantin betalade bara för genomförda behandlingar", "the treatment is not completed, and the guarantee paid only for completed treatments"),
        ),
        source: seed(RG, "Tidplan"),
    }
    TIME_1 = "RG-TIME-1" {
        text: t("Behandlingen ska vara utförd under ett avtalsår; Rehabkollen känner bara till 2015 års överenskommelse och bedömer därför bara behandlingar 2015. Från 2016 finns garantin inte. I dag ska regionerna i stället erbjuda sjukskrivna patienter koordineringsinsatser enligt lag (2019:1297), som gäller från 2020-02-01.", "The treatment must be performed in an agreement year; Rehabkollen knows only the 2015 agreement and so judges only treatments in 2015. From 2016 the guarantee does not exist. Today the regions must instead offer sick-listed patients coordination (koordineringsinsatser) under Lag (2019:1297), in force from 2020-02-01."),
        because: because(
            t("behandlingen utfördes 2015", "the treatment was performed in 2015"),
            t("behandlingen inte utfördes 2015, och Rehabkollen känner bara till 2015 års överenskommelse", "the treatment was not performed in 2015, and Rehabkollen knows only the 2015 agreement"),
        ),
        source: seed_and(RG, "Överenskommelse rehabiliteringsgarantin", "R4, R12, R13"),
    }
    SCOPE = "RG-SCOPE" {
        text: t("Rehabiliteringsgarantin upphörde 2016. Efter det kan den inte ge ersättning, och Rehabkollen bedömer den bara för tiden då den fanns.", "Rehabiliteringsgarantin (the rehabilitation guarantee) ended in 2016. After that it pays for nothing, and Rehabkollen judges it only for the time it existed."),
        because: because(
            t("rehabiliteringsgarantin fortfarande fanns på dagen som bedöms", "the rehabilitation guarantee still existed on the day judged"),
            t("rehabiliteringsgarantin upphörde 2016", "the rehabilitation guarantee ended in 2016"),
        ),
        source: seed_and(RG, "Tidplan", "R4"),
    }
}

/// The parts of the decision.
pub static PARTS: Parts = Parts { conditions, measure, grant, total };

/// The last report day of the 2015 agreement (RG-REP-1).
pub const LAST_REPORT_DAY: Date = Date::ymd(2016, 3, 31);

/// The payment per completed treatment in 2015 (RG-AMT-1).
pub fn payment(kind: Kind) -> Option<u64> {
    match kind {
        Kind::Kbt | Kind::Ipt => Some(kr(12_000)),
        Kind::MultimodalRehab1 => Some(kr(25_000)),
        Kind::MultimodalRehab2 => Some(kr(45_000)),
        _ => None,
    }
}

fn by_kind(cx: &Ctx, m: &Measure, kind: Kind, r: &mut dyn Rec) -> Tri {
    let listed = listed(cover(kind), &NOT_LISTED, r);
    let condition = || cx.top(q::CONDITION, cx.a.person.condition);
    let talk = || is(condition(), |c| matches!(c, Condition::Anxiety | Condition::Depression | Condition::Stress));
    let multimodal = || {
        let pain = || is(condition(), |c| c == Condition::LongTermPain);
        let professions = || is(cx.at(q::PROFESSIONS, m.professions), |n| n >= 2);
        cx.and(|| cx.and(pain, professions), || is(cx.at(q::WEEKS, m.weeks), |w| (4..=8).contains(&w)))
    };
    let listed = &|| listed;
    match kind {
        Kind::Kbt | Kind::Ipt => cx.all(r, &[part(listed), cond(&ELIG_3, &talk)]),
        Kind::MultimodalRehab1 | Kind::MultimodalRehab2 => cx.all(r, &[part(listed), cond(&ELIG_4, &multimodal)]),
        _ => listed(),
    }
}

/// The scheme's own conditions: the guarantee still exists on the day judged (RG-SCOPE), age
/// and assessment, and the region's care when no measures are listed.
pub fn conditions(cx: &Ctx, r: &mut dyn Rec) -> Tri {
    let p = &cx.a.person;
    let period = Tri::from(cx.date <= LAST_REPORT_DAY);
    let age = || is(cx.top(q::AGE, p.age), |age| (16..=67).contains(&age));
    let assessed = || Tri::from(cx.top(q::MEDICAL_ASSESSMENT, p.medical_assessment));
    let region = || Tri::from(cx.provider(&Provider::NONE, q::REGION_CARE, |p| p.region_care));
    let period = &|| period;
    if cx.a.measures.is_empty() {
        cx.all(r, &[cond(&SCOPE, period), cond(&ELIG_1, &age), cond(&ELIG_2, &assessed), cond(&CARE_1, &region)])
    } else {
        cx.all(r, &[cond(&SCOPE, period), cond(&ELIG_1, &age), cond(&ELIG_2, &assessed)])
    }
}

/// One treatment, given whether the scheme's conditions hold: performed in 2015 (RG-TIME-1), in
/// the region's publicly funded care (RG-CARE-1), completed (RG-REP-1).
pub fn measure(cx: &Ctx, scheme_ok: Tri, m: &Measure, r: &mut dyn Rec) -> MeasureDecision {
    let in_2015 = || is(cx.at(q::DATE, m.date), |d| d.year() == 2015);
    let region_care = || Tri::from(cx.provider(&m.provider, q::REGION_CARE, |p| p.region_care));
    let completed = || Tri::from(cx.at(q::COMPLETED, m.completed));
    let common = [cond(&TIME_1, &in_2015), cond(&CARE_1, &region_care), cond(&REP_1, &completed)];
    let status = judge_measure(cx, scheme_ok, m, &common, r, |k, r| by_kind(cx, m, k, r));
    MeasureDecision { status, deadline: Some(LAST_REPORT_DAY) }
}

/// One treatment's payment (RG-AMT-1): fixed by its kind; up to the largest while the kind is
/// not known.
pub fn grant(cx: &Ctx, m: &Measure) -> Grant {
    let pay = match cx.at(q::KIND, m.kind) {
        Some(kind) => Range::of(Some(payment(kind).unwrap_or(0))),
        None => Range::upto(kr(45_000)),
    };
    Grant::one(0, pay)
}

/// The payments of the reimbursable (minimum) and possible (maximum) treatments (RG-AMT-1).
pub fn total(_cx: &Ctx, t: &Tally) -> Amount {
    let row = t.row(0);
    Amount { min: row.certain[0], max: row.most(0) }
}

/// Judges Rehabiliteringsgarantin.
pub fn evaluate(cx: &Ctx) -> SchemeResult {
    let a = cx.a;
    let Judged { mut reasons, mut measures, verdict, amount } = PARTS.judge(cx);
    if cx.date > LAST_REPORT_DAY {
        // RG-SCOPE: after the last report day the guarantee is one line, "abolished", with the
        // pointer to what the regions do today; no deadlines, no documents.
        let abolished = vec![reason(&SCOPE, Tri::No)];
        for m in &mut measures {
            m.deadline = None;
            m.reasons = abolished.clone();
        }
        return SchemeResult {
            id: ID,
            step: &RG_REGION,
            verdict,
            amount,
            payee: Payee::Region,
            reasons: abolished,
            measures,
            documents: Vec::new(),
            notes: vec![Noted::of(&RG_ABOLISHED)],
        };
    }
    shown::deadlines(holds(&reasons), &mut measures, &[]);
    reasons.push(reason(&AMT_1, Tri::Yes));

    let mut notes = Vec::new();
    if cx.settled.is_some() {
        notes.push(Noted::of(&RG_SETTLED));
    }
    if verdict != Tri::No {
        notes.push(Noted::of(&RG_FIRST_YEAR));
        notes.push(Noted::of(&RG_MMR_WEEKS));
        let unusual = |m: &Measure| {
            cx.at(q::KIND, m.kind).is_some_and(|k| matches!(k, Kind::Kbt | Kind::Ipt))
                && cx.at(q::SESSIONS, m.sessions).is_some_and(|s| !(8..=20).contains(&s))
        };
        let unusual: Vec<usize> =
            cx.about(RG_SESSIONS.rules, || (0..a.measures.len()).filter(|&i| unusual(&a.measures[i])).collect());
        if !unusual.is_empty() {
            notes.push(Noted::on(&RG_SESSIONS, unusual));
        }
    }

    SchemeResult {
        id: ID,
        step: &RG_REGION,
        verdict,
        amount,
        payee: Payee::Region,
        reasons,
        measures,
        documents: shown::documents(verdict, DOCUMENTS, &[None]),
        notes,
    }
}

/// This scheme's column of the measure catalogue (`crate::catalogue`): whether it pays for a
/// kind, excludes it or does not list it, and by which rule.
pub fn cover(kind: Kind) -> Cover {
    use Kind::*;
    match kind {
        Kbt | Ipt => Cover::Covered(&ELIG_3),
        MultimodalRehab1 | MultimodalRehab2 => Cover::Covered(&ELIG_4),
        _ => Cover::NotListed,
    }
}

steps! {
    RG_REGION = "rg_region" {
        who: Region,
        rules: &["RG-REP-1"],
        page: "R1",
        how: t(
            "Regionen rapporterar genomförda behandlingar till Försäkringskassan på överenskommelsens rapportdagar.",
            "The region reports completed treatments to Försäkringskassan on the agreement's report days.",
        ),
    }
}

notes! {
    RG_SETTLED = "info_rg_settled" {
        kind: Info,
        scheme: ID.as_str(),
        rules: &[],
        explained: own(
            t(
                "Svaren som saknas kan inte ändra resultatet för Rehabiliteringsgarantin.",
                "The answers still missing cannot change the result for Rehabiliteringsgarantin (the rehabilitation guarantee).",
            ),
            &[],
        ),
    }
    RG_FIRST_YEAR = "conflict_rg_first_year" {
        kind: Conflict,
        scheme: ID.as_str(),
        rules: &["RG-TIME-1"],
        explained: own(
            t(
                "Källorna skiljer sig åt om första året: överenskommelsen tecknades 2008, men andra källor anger start 2009-01-01.",
                "The sources differ on the first year: the agreement was signed in 2008, but other sources give a start on 2009-01-01.",
            ),
            &[seed(RG, "Bakgrund till överenskommelsen"), web("R4", "Rehabiliteringsgarantins historik")],
        ),
    }
    RG_MMR_WEEKS = "conflict_rg_mmr_weeks" {
        kind: Conflict,
        scheme: ID.as_str(),
        rules: &["RG-ELIG-4"],
        explained: own(
            t(
                "Källorna skiljer sig åt om hur länge multimodal rehabilitering pågår: 4–8 veckor enligt överenskommelsen 2015, 6–8 veckor enligt andra källor. Rehabkollen följer överenskommelsen (4–8 veckor).",
                "The sources differ on how long multimodal rehabilitation lasts: 4–8 weeks in the 2015 agreement, 6–8 weeks in other sources. Rehabkollen follows the agreement (4–8 weeks).",
            ),
            &[seed(RG, "Rehabiliteringsgarantin innebär"), web("R4", "Multimodal rehabilitering")],
        ),
    }
    RG_SESSIONS = "info_rg_sessions" {
        kind: Info,
        scheme: ID.as_str(),
        rules: &["RG-ELIG-3"],
        explained: own(
            t(
                "En KBT- eller IPT-behandling omfattar i regel 8–20 behandlingstillfällen. Ett annat antal stänger inte ute ersättning, men kan ifrågasättas.",
                "A CBT or IPT treatment is as a rule 8–20 sessions. Another number does not rule out payment, but may be questioned.",
            ),
            &[seed(RG, "Statligt ekonomiskt stöd")],
        ),
    }
    RG_ABOLISHED = "info_rg_abolished" {
        kind: Pointer,
        scheme: ID.as_str(),
        rules: &["RG-SCOPE", "RG-TIME-1"],
        explained: own(
            t(
                "Rehabiliteringsgarantin upphörde 2016. Den ersattes av en överenskommelse om sjukskrivningsprocessen, som inte ger ersättning per behandling. I dag ska regionerna i stället erbjuda sjukskrivna patienter koordineringsinsatser enligt lag (2019:1297) om koordineringsinsatser för sjukskrivna patienter, som gäller från 2020-02-01.",
                "Rehabiliteringsgarantin (the rehabilitation guarantee) ended in 2016. It was replaced by an agreement on the sick-leave process, which does not pay per treatment. Today the regions must instead offer sick-listed patients coordination (koordineringsinsatser) under Lag (2019:1297), in force from 2020-02-01.",
            ),
            &[web("R4, R12", "Rehabiliteringsgarantin upphör"), web("R13", "Koordineringsinsatser för sjukskrivna patienter")],
        ),
    }
}

// The documents for the guarantee, in checklist order.
documents! {
    "region_report" => REP_1, t("Regionens rapport om genomförda behandlingar till Försäkringskassan", "The region's report of completed treatments to Försäkringskassan");
}
