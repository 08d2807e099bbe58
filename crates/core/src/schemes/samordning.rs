//! Försäkringskassan Samordning av rehabiliteringsinsatser (seed 004): for a person without SGI,
//! Försäkringskassan coordinates measures with others. No money. The person applies.

use crate::id::SchemeId;
use crate::judge::{cond, reason, Amount, Ctx, Payee, Rec, SchemeResult};
use crate::next_step::steps;
use crate::notes::{notes, own, Noted};
use crate::rule::{because, informs};
use crate::shown;
use crate::sources::{seed, seed_and, SAM};
use crate::table::q;
use crate::text::t;
use crate::tri::Tri;
use crate::{documents, rules};

pub const ID: SchemeId = SchemeId::Samordning;
/// The scheme's name (explained outcomes and the registry only).
pub const NAME: crate::text::Text = t(
    "Samordning av rehabiliteringsinsatser (Försäkringskassan)",
    "Coordination of rehabilitation measures (Försäkringskassan)",
);

const WHO: &str = "Vem kan få samordning av rehabiliteringsinsatser?";

rules! {
    ELIG_1 = "SAM-ELIG-1" {
        text: t(
            "Personen ska sakna sjukpenninggrundande inkomst (SGI).",
            "The person must have no sickness-benefit-qualifying income (SGI).",
        ),
        because: because(t("personen saknar SGI", "the person has no SGI (sickness-benefit-qualifying income)"), t("personen har SGI, och samordningen gäller den som saknar SGI", "the person has SGI (sickness-benefit-qualifying income), and the coordination is for people without it")),
        source: seed(SAM, WHO),
    }
    ELIG_2 = "SAM-ELIG-2" {
        text: t(
            "Personen ska vara försäkrad i Sverige, genom arbete eller bosättning.",
            "The person must be insured in Sweden, through work or residence.",
        ),
        because: because(t("personen är försäkrad i Sverige", "the person is insured in Sweden"), t("personen inte är försäkrad i Sverige", "the person is not insured in Sweden")),
        source: seed(SAM, WHO),
    }
    ELIG_3 = "SAM-ELIG-3" {
        text: t(
            "Ett läkarintyg ska visa att personen har nedsatt arbetsförmåga på grund av sjukdom.",
            "A doctor's certificate must show that the person has reduced work capacity because of illness.",
        ),
        because: because(t("ett läkarintyg visar nedsatt arbetsförmåga på grund av sjukdom", "a doctor's certificate shows reduced work capacity because of illness"), t("det saknas ett läkarintyg som visar nedsatt arbetsförmåga på grund av sjukdom", "there is no doctor's certificate showing reduced work capacity because of illness")),
        source: seed(SAM, WHO),
    }
    ELIG_4 = "SAM-ELIG-4" {
        text: t(
            "Personen ska behöva arbetslivsinriktad rehabilitering för att kunna arbeta.",
            "The person must need work-oriented rehabilitation to be able to work.",
        ),
        because: because(t("personen behöver arbetslivsinriktad rehabilitering för att kunna arbeta", "the person needs work-oriented rehabilitation to be able to work"), t("personen inte behöver arbetslivsinriktad rehabilitering för att kunna arbeta", "the person does not need work-oriented rehabilitation to be able to work")),
        source: seed(SAM, WHO),
    }
    PTR_1 = "SAM-PTR-1" {
        text: t(
            "Den som deltar i Arbetsförmedlingens program kan få aktivitetsstöd eller utvecklingsersättning.",
            "A participant in Arbetsförmedlingen's programmes may get activity support or development allowance.",
        ),
        because: informs(t("den som deltar i Arbetsförmedlingens program kan få aktivitetsstöd eller utvecklingsersättning", "a participant in Arbetsförmedlingen's programmes may get activity support or development allowance")),
        source: seed(SAM, "Personen kan ha rätt till aktivitetsstöd eller utvecklingsersättning"),
    }
    PTR_2 = "SAM-PTR-2" {
        text: t("Den som deltar i arbetslivsinriktad rehabilitering kan ha rätt till särskilt bidrag för vissa merkostnader, till exempel resor, när ingen annan betalar dem.", "A participant in work-oriented rehabilitation may get a special grant for certain extra costs such as travel, when no one else pays them."),
        because: informs(t("den som deltar i arbetslivsinriktad rehabilitering kan få särskilt bidrag för vissa merkostnader", "a participant in work-oriented rehabilitation may get a special grant for certain extra costs")),
        source: seed_and(SAM, "Personen kan ha rätt till särskilt bidrag", "S5"),
    }
}

/// The verdict: SAM-ELIG-1..4. Measures play no part; the amount is always 0.
pub fn conditions(cx: &Ctx, r: &mut dyn Rec) -> Tri {
    let p = &cx.a.person;
    let elig_1 = || Tri::from(cx.top(q::HAS_SGI, p.has_sgi)).not();
    let elig_2 = || Tri::from(cx.top(q::INSURED_IN_SWEDEN, p.insured_in_sweden));
    let elig_3 = || Tri::from(cx.top(q::DOCTOR_CERTIFICATE, p.doctor_certificate));
    let elig_4 = || Tri::from(cx.top(q::NEEDS_WORK_REHAB, p.needs_work_rehab));
    cx.all(r, &[cond(&ELIG_1, &elig_1), cond(&ELIG_2, &elig_2), cond(&ELIG_3, &elig_3), cond(&ELIG_4, &elig_4)])
}

/// Judges Samordning av rehabiliteringsinsatser.
pub fn evaluate(cx: &Ctx) -> SchemeResult {
    let p = &cx.a.person;
    let mut reasons = Vec::new();
    let verdict = conditions(cx, &mut reasons);
    let mut notes = Vec::new();
    if cx.about(&[PTR_1.id], || cx.top(q::IN_AF_PROGRAMME, p.in_af_programme)) == Some(true) {
        reasons.push(reason(&PTR_1, Tri::Yes));
        notes.push(Noted::of(&SAM_ACTIVITY));
    }
    if cx.about(&[PTR_2.id], || cx.top(q::NEEDS_WORK_REHAB, p.needs_work_rehab)) == Some(true) && verdict != Tri::No {
        reasons.push(reason(&PTR_2, Tri::Yes));
        notes.push(Noted::of(&SAM_SPECIAL_GRANT));
    }
    let certificate = cx.about(&[ELIG_3.id], || cx.top(q::DOCTOR_CERTIFICATE, p.doctor_certificate));
    SchemeResult {
        id: ID,
        step: &SAM_PERSON,
        verdict,
        amount: Amount::ZERO,
        payee: Payee::None,
        reasons,
        measures: Vec::new(),
        documents: shown::documents(verdict, DOCUMENTS, &[certificate, None]),
        notes,
    }
}

steps! {
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

notes! {
    SAM_ACTIVITY = "pointer_sam_aktivitetsstod" {
        kind: Pointer,
        scheme: ID.as_str(),
        rules: &["SAM-PTR-1"],
        explained: own(
            t(
                "Den som deltar i Arbetsförmedlingens program kan få aktivitetsstöd eller utvecklingsersättning.",
                "A participant in Arbetsförmedlingen's programmes may get activity support (aktivitetsstöd) or development allowance (utvecklingsersättning).",
            ),
            &[seed(SAM, "Personen kan ha rätt till aktivitetsstöd eller utvecklingsersättning")],
        ),
    }
    SAM_SPECIAL_GRANT = "pointer_sam_sarskilt_bidrag" {
        kind: Pointer,
        scheme: ID.as_str(),
        rules: &["SAM-PTR-2"],
        explained: own(
            t(
                "Den som deltar i arbetslivsinriktad rehabilitering kan ha rätt till särskilt bidrag för vissa merkostnader, till exempel resor, när ingen annan betalar dem.",
                "A participant in work-oriented rehabilitation may get a special grant (särskilt bidrag) for certain extra costs such as travel, when no one else pays them.",
            ),
            &[seed_and(SAM, "Personen kan ha rätt till särskilt bidrag", "S5")],
        ),
    }
}

// The documents for Samordning, in checklist order.
documents! {
    "doctor_certificate" => ELIG_3, t("Läkarintyg om nedsatt arbetsförmåga", "Doctor's certificate of reduced work capacity");
    "application" => ELIG_1, t("Ansökan av personen själv, via e-tjänst eller blankett", "Application by the person, through the e-service or on a form");
}
