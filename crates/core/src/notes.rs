//! Notes shown beside the verdicts: where sources conflict (docs/RULES.md lists each conflict, and the
//! checker must show it rather than silently pick one side), and pointers to other support.

use crate::schemes::afa;
use crate::sources::{seed, seed_and, web, Source, AFA, RG, SAM};
use crate::text::{t, Text};
use serde::Serialize;

/// What a note is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// Two sources say different things; the user should know.
    Conflict,
    /// Other support that may fit.
    Pointer,
    /// Something the user should know about how the result was formed.
    Info,
}

/// A note, by its id; its text is in [`TEXTS`].
#[derive(Debug, Serialize)]
pub struct Note {
    pub id: &'static str,
    pub kind: NoteKind,
    pub scheme: &'static str,
    pub rules: &'static [&'static str],
}

/// What a note says: its own text and sources, or a rule's.
pub enum NoteBody {
    Own(Text, &'static [Source]),
    Rule(&'static crate::rule::Rule),
}

const fn own(text: Text, sources: &'static [Source]) -> NoteBody {
    NoteBody::Own(text, sources)
}

/// Notes, each written once; makes `ALL` (the notes) and `TEXTS` (what each says, apart).
macro_rules! notes {
    ($($(#[$m:meta])* $name:ident = $id:literal {
        kind: $kind:ident, scheme: $scheme:expr, rules: $rules:expr, explained: $body:expr $(,)?
    })+) => {
        $($(#[$m])* pub static $name: Note = Note { id: $id, kind: NoteKind::$kind, scheme: $scheme, rules: $rules };)+
        /// Every note, for the text catalogue (`crate::texts`).
        pub static ALL: &[&Note] = &[$(&$name),+];
        /// What each note of [`ALL`] says, in the same order.
        pub static TEXTS: &[(&str, NoteBody)] = &[$(($id, $body)),+];
    };
}

notes! {
    /// Added where a result is settled by every way the open questions could be answered, though
    /// no single requirement shows it (docs/API.md §7, "Missing").
    SETTLED = "info_settled_whatever_the_answers" {
        kind: Info,
        scheme: "",
        rules: &[],
        explained: own(
            t(
        "Några frågor är obesvarade, men hur de än besvaras blir resultatet för minst ett av stöden detsamma. Därför frågar vi inte efter dem.",
        "Some questions are unanswered, but however they are answered the result for at least one of the schemes is the same. That is why they are not asked.",
    ),
            &[],
        ),
    }
    AFA_LECTURES = "conflict_afa_lectures" {
        kind: Conflict,
        scheme: "afa_rehabiliteringsstod",
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
        scheme: "afa_rehabiliteringsstod",
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
        scheme: "afa_rehabiliteringsstod",
        rules: &["AFA-COV-5", "AFA-AMT-3"],
        explained: own(
            t(
        "Vid efterskydd ansöker Arbetsförmedlingen eller Försäkringskassan, inte arbetsgivaren. Efterskyddet gäller upp till 720 kalenderdagar efter anställningen, så länge personen har kvar sin SGI.",
        "Under efterskydd, Arbetsförmedlingen or Försäkringskassan applies, not the employer. Efterskydd lasts up to 720 calendar days after the employment, while the person keeps their SGI.",
    ),
            &[web("A9, A14, A3", "Efterskydd"), web("A6", "Arbetslösa med efterskydd")],
        ),
    }
    AFA_FINAL_INVOICE = "info_afa_final_invoice" {
        kind: Info,
        scheme: "afa_rehabiliteringsstod",
        rules: &["AFA-NOTE-1"],
        explained: NoteBody::Rule(&afa::NOTE_1),
    }
    AFA_PROVIDER_CRITERIA = "info_afa_provider_criteria" {
        kind: Info,
        scheme: "afa_rehabiliteringsstod",
        rules: &["AFA-NOTE-2"],
        explained: NoteBody::Rule(&afa::NOTE_2),
    }
    AFA_EFTERSKYDD_APPLICANT = "conflict_afa_efterskydd_applicant" {
        kind: Conflict,
        scheme: "afa_rehabiliteringsstod",
        rules: &["AFA-NOTE-3", "AFA-COV-5"],
        explained: NoteBody::Rule(&afa::NOTE_3),
    }
    FK_OLD_SCHEME = "info_fk_old_scheme" {
        kind: Info,
        scheme: "fk_arbetsplatsinriktat",
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
        scheme: "fk_arbetsplatsinriktat",
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
        scheme: "fk_arbetsplatsinriktat",
        rules: &["FK-AMT-2", "FK-AMT-3"],
        explained: own(
            t(
        "Taket på 10 000 kr per medarbetare och 200 000 kr per arbetsgivare gäller per kalenderår och räknar med det som redan beviljats. Svaren om redan beviljat stöd gäller innevarande år; för insatser ett annat år räknar Rehabkollen med att allt eller inget redan kan vara beviljat, därför visas ett spann.",
        "The caps of 10 000 kr per employee and 200 000 kr per employer apply per calendar year and count what was already granted. The answers about support already granted are for the current year; for measures in another year Rehabkollen allows for anything between nothing and everything already granted, hence a range.",
    ),
            &[web("F1", "7 §")],
        ),
    }
    RG_FIRST_YEAR = "conflict_rg_first_year" {
        kind: Conflict,
        scheme: "rehabiliteringsgarantin",
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
        scheme: "rehabiliteringsgarantin",
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
        scheme: "rehabiliteringsgarantin",
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
        scheme: "rehabiliteringsgarantin",
        rules: &["RG-SCOPE", "RG-TIME-1"],
        explained: own(
            t(
        "Rehabiliteringsgarantin finns inte sedan 2016. Den ersattes av en överenskommelse om sjukskrivningsprocessen, som inte ger ersättning per behandling. I dag ska regionerna i stället erbjuda sjukskrivna patienter koordineringsinsatser enligt lag (2019:1297) om koordineringsinsatser för sjukskrivna patienter, som gäller från 2020-02-01.",
        "Rehabiliteringsgarantin has not existed since 2016. It was replaced by an agreement on the sick-leave process, which does not pay per treatment. Today the regions must instead offer sick-listed patients coordination (koordineringsinsatser) under Lag (2019:1297), in force from 2020-02-01.",
    ),
            &[web("R4, R12", "Rehabiliteringsgarantin upphör"), web("R13", "Koordineringsinsatser för sjukskrivna patienter")],
        ),
    }
    SAM_ACTIVITY = "pointer_sam_aktivitetsstod" {
        kind: Pointer,
        scheme: "fk_samordning",
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
        scheme: "fk_samordning",
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
